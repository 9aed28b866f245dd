package analyze

import (
	"time"
)

// DefaultSLA is the service level used when Options.SLA is zero: a customer
// comment younger than this at as-of is pending, not unanswered.
const DefaultSLA = 24 * time.Hour

// Options are the choices a report is made with. The zero value means: the
// whole data, as of its latest record, in UTC, with a 24 h SLA and no brand
// accounts configured.
type Options struct {
	// From and To bound the report period [From, To). Zero means: from the
	// earliest record, to just after the latest.
	From, To time.Time
	// AsOf is the moment the data is judged at. Zero means the latest time
	// of any record. Records after AsOf are ignored.
	AsOf time.Time
	// Location is the report's time zone: months, weekdays and hours are
	// taken in it. Nil means UTC.
	Location *time.Location
	// SLA is the time within which a comment should be answered. Zero means
	// DefaultSLA.
	SLA time.Duration
	// Brand lists the brand's own account names or ids. Matching is
	// case-insensitive and ignores a leading "@".
	Brand []string
	// BrandByPlatform lists, per platform id ("facebook", "x"...), account
	// names or ids that are the brand on that platform only: the same name
	// may be the brand on one network and a customer on another. Platform
	// ids are matched case-insensitively; accounts as for Brand. These add
	// to Brand, which applies to every platform.
	BrandByPlatform map[string][]string
	// BusinessHours is the weekday window used to tell comments that arrive
	// in working hours from evenings and weekends. Zero means 09:00-18:00,
	// Monday to Friday.
	BusinessHours BusinessHours
}

// BusinessHours is a daily window [Start, End) of whole hours, Monday to
// Friday, in the report's time zone.
type BusinessHours struct {
	Start, End int
}

// DefaultBusinessHours is 09:00 to 18:00.
var DefaultBusinessHours = BusinessHours{Start: 9, End: 18}

// Contains reports whether t (already in the report's zone) falls in
// business hours.
func (b BusinessHours) Contains(t time.Time) bool {
	if wd := t.Weekday(); wd == time.Saturday || wd == time.Sunday {
		return false
	}
	h := t.Hour()
	return h >= b.Start && h < b.End
}
