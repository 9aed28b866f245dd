// Package metasuite reads Meta Business Suite ("Meta Insights") exports:
// the content export, one row per Facebook or Instagram post, and the export
// of one daily chart (follows or views of the page or account).
//
// No real file of either was available when this was written: the layouts
// follow ../shared/research/FORMATS.md section 2, which gathers what several
// independent third-party parsers of real exports agree on.
package metasuite

import (
	"fmt"
	"regexp"
	"strings"

	"github.com/socialaudit/socialaudit/analyze"
	"github.com/socialaudit/socialaudit/analyze/internal/field"
	"github.com/socialaudit/socialaudit/analyze/internal/importer"
	"github.com/socialaudit/socialaudit/analyze/internal/table"
)

// Content is the Meta Business Suite content export (Insights, Content,
// Export), for a Facebook Page or an Instagram account: one header row, one
// row per post, lifetime counters as of the day of the export. It also
// reads the 2022-23 variant, whose counters had older names (Impressions,
// People Reached) and whose negative feedback was counted in people.
//
// Posts are Facebook's unless the header has Instagram's account columns
// or the row's post type is an Instagram one ("IG reel").
var Content = importer.Format{
	ID:     "meta-content",
	Name:   "Meta Business Suite content export (Facebook or Instagram posts)",
	Kind:   "posts",
	Match:  matchContent,
	Decode: decodeContent,
}

// contentVariants are the headers the export has had: the columns that
// identify each. The counters beyond them are optional, as Meta adds and
// drops columns from month to month.
var contentVariants = [][]string{
	{"Post ID", "Page ID", "Page name", "Publish time", "Permalink", "Post type", "Views", "Reach"},
	{"Post ID", "Account ID", "Account username", "Publish time", "Permalink", "Post type", "Views", "Reach"},
	{"Post ID", "Page ID", "Page name", "Publish time", "Permalink", "Post type", "Impressions", "People Reached"},
}

var contentOptional = []string{"Description", "Title", "Date", "Reactions", "Likes", "Comments", "Shares", "Link Clicks", "Total clicks"}

func matchContent(head []table.Record) importer.Match {
	if len(head) == 0 {
		return importer.Match{}
	}
	h := importer.NewHeader(head[0].Fields)
	var best importer.Match
	for _, required := range contentVariants {
		m := h.Score(required, contentOptional...)
		if m.OK {
			return m
		}
		if best.Missing == nil || m.Score > best.Score {
			best = m
		}
	}
	return best
}

// Negative-feedback columns: the counts of actions, and the 2022-23
// variant's counts of people.
const (
	hideAllName       = "Negative feedback from users: Hide all"
	hideName          = "Negative feedback from users: Hide"
	uniqueHideAllName = "Unique negative feedback from users: Hide all"
	uniqueHideName    = "Unique negative feedback from users: Hide"
)

// mangledID is a post id a spreadsheet turned into a rounded number
// ("1.36225E+15", "1,36225E+15"): the digits are lost, and two posts would
// collide.
var mangledID = regexp.MustCompile(`^[0-9]+([.,][0-9]+)?[eE]\+?[0-9]+$`)

// contentColumns are the positions of the columns a content export is read
// from (-1 when absent).
type contentColumns struct {
	id, account, accountName, title, description, published, permalink, typ, date int
	impressions, reach, reactions, comments, shares, clicks, hideAll, hide        int
}

func decodeContent(f *importer.File) error {
	head, err := f.Table.Peek(1)
	if err != nil {
		return err
	}
	if len(head) == 0 {
		return fmt.Errorf("the file has no header row")
	}
	h := importer.NewHeader(head[0].Fields)
	// Instagram's header names the account; Facebook's names the Page.
	instagram := h.Index("Account ID", "Account username") >= 0
	col := contentColumns{
		id: h.Index("Post ID"), title: h.Index("Title"), description: h.Index("Description"),
		published: h.Index("Publish time"), permalink: h.Index("Permalink"), typ: h.Index("Post type"),
		date: h.Index("Date"), reach: h.Index("Reach", "People Reached"),
		// Instagram counts likes; the 2022-23 Facebook variant called
		// its reactions "Likes" too.
		reactions: h.Index("Reactions", "Likes"), comments: h.Index("Comments"), shares: h.Index("Shares"),
	}
	if instagram {
		col.account, col.accountName = h.Index("Account username"), h.Index("Account name")
	} else {
		col.account, col.accountName = h.Index("Page name"), -1
	}

	// Meta replaced impressions with views in 2024: a file has one or the
	// other.
	if col.impressions = h.Index("Views"); col.impressions >= 0 {
		f.Note(`impressions are read from "Views": Meta replaced impressions with views in 2024, so compare them with older exports' impressions with care`)
	} else {
		col.impressions = h.Index("Impressions")
	}
	// Link clicks are the clicks that leave for the brand's site; "Total
	// clicks" adds clicks on photos and "other clicks" (opening the post,
	// the page name...), so it is only a fallback.
	if col.clicks = h.Index("Link Clicks"); col.clicks >= 0 && h.Index("Total clicks") >= 0 {
		f.Note(`clicks are read from "Link Clicks" ("Total clicks" is not used)`)
	} else if col.clicks >= 0 {
		f.Note(`clicks are read from "Link Clicks"`)
	} else if col.clicks = h.Index("Total clicks"); col.clicks >= 0 {
		f.Note(`clicks are read from "Total clicks": the file has no "Link Clicks"`)
	}
	col.hideAll, col.hide = negativeColumns(f, h, instagram)
	if !f.Opts.ZoneGiven {
		f.Note(`Meta does not say which time zone "Publish time" is in: give --tz if you know it`)
	}
	f.UsualOrder = field.MonthFirst
	f.Input.IgnoredColumns = ignored(h, col)

	var notLifetime int
	var notLifetimeExample string
	emptyNegative := map[int]int{} // column -> rows where the cell is empty
	counted := map[[3]string]bool{}
	f.Columns = h.Names
	err = f.Rows(1, func(rec table.Record) *importer.Rejection {
		if r := importer.Width(rec, h.Len()); r != nil {
			return r
		}
		id := strings.TrimSpace(importer.Cell(rec, col.id))
		switch {
		case id == "":
			return importer.Rejectf(h.Names[col.id], "required value is empty")
		case mangledID.MatchString(id):
			return importer.Rejectf(h.Names[col.id], "%q is a post id a spreadsheet rounded to a number: export the file again from Meta Business Suite, or format the column as text before saving", id)
		}
		typ := strings.TrimSpace(importer.Cell(rec, col.typ))
		p := analyze.Post{
			Platform:  "facebook",
			Account:   strings.TrimSpace(importer.Cell(rec, col.account)),
			ID:        id,
			Type:      strings.ToLower(typ),
			Text:      importer.Cell(rec, col.description),
			Permalink: strings.TrimSpace(importer.Cell(rec, col.permalink)),
		}
		if instagram || isInstagramType(typ) {
			p.Platform = "instagram"
		}
		if p.Account == "" {
			p.Account = strings.TrimSpace(importer.Cell(rec, col.accountName))
		}
		// Which of Title and Description holds the caption depends on
		// the post type.
		if strings.TrimSpace(p.Text) == "" {
			p.Text = importer.Cell(rec, col.title)
		}
		counts := []struct {
			i   int
			dst *analyze.Count
		}{
			{col.impressions, &p.Impressions}, {col.reach, &p.Reach}, {col.reactions, &p.Reactions},
			{col.comments, &p.Comments}, {col.shares, &p.Shares}, {col.clicks, &p.Clicks},
			{col.hideAll, &p.HideAll}, {col.hide, &p.Hides},
		}
		for _, c := range counts {
			if c.i < 0 {
				continue
			}
			n, err := field.Count(importer.Cell(rec, c.i))
			if err != nil {
				return importer.Rejectf(h.Names[c.i], "%v", err)
			}
			*c.dst = n
		}
		// Meta writes a negative-feedback column only when some post of
		// the file had that feedback: when a row has a value for the one
		// column present, the other is a known 0 (see negativeColumns).
		switch {
		case col.hideAll >= 0 && col.hide < 0 && p.HideAll.Known:
			p.Hides = analyze.KnownCount(0)
		case col.hide >= 0 && col.hideAll < 0 && p.Hides.Known:
			p.HideAll = analyze.KnownCount(0)
		}
		if r := f.AddPost(p, h.Names[col.published], importer.Cell(rec, col.published), rec.Line); r != nil {
			return r
		}
		// Finish rejects the later duplicates: the notes count the
		// first row of each post only, as Finish keeps it.
		key := [3]string{p.Platform, p.Account, p.ID}
		if counted[key] {
			return nil
		}
		counted[key] = true
		for _, i := range []int{col.hideAll, col.hide} {
			if i >= 0 && field.Unknown(importer.Cell(rec, i)) {
				emptyNegative[i]++
			}
		}
		// "Date" says which period the counters cover; Meta writes
		// "Lifetime". Anything else is worth telling, not rejecting.
		if d := strings.TrimSpace(importer.Cell(rec, col.date)); d != "" && !strings.EqualFold(d, "Lifetime") {
			notLifetime++
			if notLifetimeExample == "" {
				notLifetimeExample = d
			}
		}
		return nil
	})
	if err != nil {
		return err
	}
	for _, i := range []int{col.hideAll, col.hide} {
		if n := emptyNegative[i]; n > 0 {
			f.Note("%q is empty in %s: their negative feedback of that type is unknown, not 0", h.Names[i], rows(n))
		}
	}
	if notLifetime > 0 {
		f.Note(`"Date" is %q in %s instead of "Lifetime": their counters may cover only that period`, notLifetimeExample, rows(notLifetime))
	}
	return nil
}

// negativeColumns finds the negative-feedback columns and says in the
// file's notes how they are read. The counts of actions are preferred; the
// 2022-23 variant only has counts of people ("Unique ..."), which are used
// then.
//
// The two columns come and go from one monthly export to the next (in
// twelve consecutive exports of one Page, six lacked "Hide all" and only
// one had "Hide"; FORMATS.md 2.1): Meta writes a column only when the type
// of feedback occurred. So when one column is present and the other is
// absent, the absent one is read as a known 0, on the rows whose present
// column has a value (a row with nothing at all stays unknown). When both
// are absent, nothing says whether the Page's posts were ever measured, and
// both stay unknown.
func negativeColumns(f *importer.File, h importer.Header, instagram bool) (hideAll, hide int) {
	allName, oneName := hideAllName, hideName
	hideAll, hide = h.Index(allName), h.Index(oneName)
	if hideAll < 0 && hide < 0 {
		allName, oneName = uniqueHideAllName, uniqueHideName
		hideAll, hide = h.Index(allName), h.Index(oneName)
		if hideAll >= 0 || hide >= 0 {
			f.Note(`negative feedback is read from the "Unique negative feedback from users" columns, which count people, not actions: this export has no count of actions`)
		}
	}
	switch {
	case hideAll < 0 && hide < 0 && instagram:
		f.Note("Instagram's content export has no negative feedback: hides are unknown")
	case hideAll < 0 && hide < 0:
		f.Note(`the file has no negative-feedback column (%q, %q): hides are unknown, not 0`, hideAllName, hideName)
	case hide < 0:
		f.Note(`the file has %q but no %q: Meta writes that column only when some post had such feedback, so it is read as 0 on the rows where %q has a value`, h.Names[hideAll], oneName, h.Names[hideAll])
	case hideAll < 0:
		f.Note(`the file has %q but no %q: Meta writes that column only when some post had such feedback, so it is read as 0 on the rows where %q has a value`, h.Names[hide], allName, h.Names[hide])
	}
	return hideAll, hide
}

// isInstagramType reports whether a post type is one of Instagram's ("IG
// image", "IG reel", "IG carousel"...).
func isInstagramType(typ string) bool {
	t := strings.ToLower(typ)
	return t == "ig" || strings.HasPrefix(t, "ig ")
}

// ignored lists the header's columns that are not read, in header order.
func ignored(h importer.Header, col contentColumns) []string {
	used := map[int]bool{}
	for _, i := range []int{col.id, col.account, col.accountName, col.title, col.description, col.published,
		col.permalink, col.typ, col.date, col.impressions, col.reach, col.reactions, col.comments,
		col.shares, col.clicks, col.hideAll, col.hide} {
		used[i] = true
	}
	var out []string
	for i, name := range h.Names {
		if !used[i] && strings.TrimSpace(name) != "" {
			out = append(out, strings.TrimPrefix(name, "\ufeff"))
		}
	}
	return out
}

func rows(n int) string {
	if n == 1 {
		return "1 row"
	}
	return fmt.Sprintf("%d rows", n)
}
