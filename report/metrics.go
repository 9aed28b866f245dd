package report

import (
	"bytes"
	"encoding/json"
	"fmt"
	"time"

	"github.com/socialaudit/socialaudit/analyze"
)

// MetricsSchema is the version of the data/metrics.json layout; it changes
// when a field changes meaning or is removed.
//
// Schema 2 (this one) caps the lists that grow with the records (see
// limits.go) and points to the CSV file holding each whole: it removed
// diagnostics.clicks.posts (now data/posts.csv), capped
// diagnostics.agents.by_agent and inputs[].rejections, and added the
// full_list pointers, diagnostics.agents.agents and downloads.
const MetricsSchema = 2

// MetricsSchemaOldest is the oldest layout of data/metrics.json that this
// version still reads (report/archive): schema 2 only removed and capped
// lists, none of which a reader of the headline figures needs.
const MetricsSchemaOldest = 1

// MetricsJSON is the layout of data/metrics.json: every figure of the report
// for machines. Rates are fractions (0..1), durations are seconds, and what
// the data does not support is null, never 0.
type MetricsJSON struct {
	Schema      int    `json:"schema"`
	Generator   string `json:"generator"`
	GeneratedAt string `json:"generated_at"` // RFC 3339, UTC
	Client      string `json:"client"`
	// Lang is the language of the report's pages ("en", "fr"); the
	// figures and keys of this file are the same in every language.
	Lang string `json:"lang"`
	// Anonymized is true when commenters appear under pseudonyms.
	Anonymized       bool                 `json:"anonymized"`
	TimeZone         string               `json:"time_zone"`
	AsOf             string               `json:"as_of"` // RFC 3339, report zone
	SLASeconds       float64              `json:"sla_seconds"`
	Period           PeriodJSON           `json:"period"`
	Summary          SummaryJSON          `json:"summary"`
	Responsiveness   ResponsivenessJSON   `json:"responsiveness"`
	Broadcast        BroadcastJSON        `json:"broadcast"`
	NegativeFeedback NegativeFeedbackJSON `json:"negative_feedback"`
	Inputs           []InputJSON          `json:"inputs"`
	// Diagnostics are the habits behind the numbers, with the rules and
	// thresholds they were judged by (metrics_diag.go).
	Diagnostics DiagnosticsJSON `json:"diagnostics"`
	// Events are the report's events (--events), absent when there are
	// none.
	Events []EventJSON `json:"events,omitempty"`
	// Comparison compares the headline figures with another period
	// (--compare), absent without one.
	Comparison *ComparisonJSON `json:"comparison,omitempty"`
	// Downloads are the CSV files of data/, each with its rows.
	Downloads []DownloadJSON `json:"downloads"`
}

// DownloadJSON is one CSV file of data/: its path in the site and its
// rows, the header excluded.
type DownloadJSON struct {
	File string `json:"file"`
	Rows int    `json:"rows"`
}

// PeriodJSON is the report period [from, to), RFC 3339 in the report zone.
type PeriodJSON struct {
	From string `json:"from"`
	To   string `json:"to"`
}

// SummaryJSON counts the records of the period.
type SummaryJSON struct {
	Posts            int `json:"posts"`
	Comments         int `json:"comments"`
	CustomerComments int `json:"customer_comments"`
	BrandComments    int `json:"brand_comments"`
	// AuthorWithheld counts comments whose export withheld the author.
	AuthorWithheld int `json:"author_withheld"`
	Days           int `json:"days"`
}

// ResponseStatsJSON is one analyze.ResponseStats. When it is not
// measurable, every field but Measurable, Reason and CustomerComments is
// null.
type ResponseStatsJSON struct {
	Measurable           bool                 `json:"measurable"`
	Reason               *string              `json:"reason"`
	CustomerComments     int                  `json:"customer_comments"`
	Answered             *int                 `json:"answered"`
	Unanswered           *int                 `json:"unanswered"`
	Pending              *int                 `json:"pending"`
	AnsweredWithinSLA    *int                 `json:"answered_within_sla"`
	ResponseRate         *float64             `json:"response_rate"`
	WithinSLARate        *float64             `json:"within_sla_rate"`
	FirstResponseSeconds *FirstResponseJSON   `json:"first_response_seconds"`
	FirstResponseBuckets *ResponseBucketsJSON `json:"first_response_buckets"`
	HiddenWithoutAnswer  *int                 `json:"hidden_without_answer"`
}

// FirstResponseJSON summarises first response times in seconds; each is
// null when no comment was answered.
type FirstResponseJSON struct {
	Median *float64 `json:"median"`
	P90    *float64 `json:"p90"`
	Mean   *float64 `json:"mean"`
}

// ResponseBucketsJSON counts answered comments by first response time,
// split at analyze.ResponseBucketBounds.
type ResponseBucketsJSON struct {
	Within1h int `json:"within_1h"`
	H1To8    int `json:"1h_8h"`
	H8To24   int `json:"8h_24h"`
	H24To72  int `json:"24h_72h"`
	Over72h  int `json:"over_72h"`
}

// ResponseWithQuestionsJSON is a ResponseStatsJSON with the same figures for
// the questions among its comments.
type ResponseWithQuestionsJSON struct {
	ResponseStatsJSON
	Questions ResponseStatsJSON `json:"questions"`
}

// MonthResponseJSON is the responsiveness of one month's comments.
type MonthResponseJSON struct {
	Month string `json:"month"`
	ResponseStatsJSON
	Questions ResponseStatsJSON `json:"questions"`
}

// ResponsivenessJSON answers "does the brand answer?".
type ResponsivenessJSON struct {
	ResponseStatsJSON
	Questions          ResponseStatsJSON                    `json:"questions"`
	InBusinessHours    ResponseStatsJSON                    `json:"in_business_hours"`
	OutOfBusinessHours ResponseStatsJSON                    `json:"out_of_business_hours"`
	ByPlatform         map[string]ResponseWithQuestionsJSON `json:"by_platform"`
	ByMonth            []MonthResponseJSON                  `json:"by_month"`
	Heatmap            HeatmapJSON                          `json:"heatmap"`
	// LeftOut counts the comments of platforms whose export withheld the
	// authors, left out of every figure but their platform's own.
	LeftOut int `json:"left_out_authors_withheld"`
}

// HeatmapJSON counts customer comments by weekday (Monday first) and hour.
type HeatmapJSON struct {
	Weekdays   []string   `json:"weekdays"`
	Comments   [7][24]int `json:"comments"`
	Unanswered [7][24]int `json:"unanswered"`
}

// BroadcastStatsJSON compares one-way posts with replies. BrandReplies is
// null when the data cannot count replies (measurable false).
type BroadcastStatsJSON struct {
	Measurable     bool     `json:"measurable"`
	Reason         *string  `json:"reason"`
	BrandPosts     int      `json:"brand_posts"`
	BrandReplies   *int     `json:"brand_replies"`
	BroadcastShare *float64 `json:"broadcast_share"`
	PostsPerReply  *float64 `json:"posts_per_reply"`
}

// MonthBroadcastJSON is BroadcastStatsJSON for one month.
type MonthBroadcastJSON struct {
	Month string `json:"month"`
	BroadcastStatsJSON
}

// BroadcastJSON answers "is it a conversation or a broadcast?".
type BroadcastJSON struct {
	BroadcastStatsJSON
	ByPlatform map[string]BroadcastStatsJSON `json:"by_platform"`
	ByMonth    []MonthBroadcastJSON          `json:"by_month"`
}

// PostFeedbackJSON is analyze.PostFeedback; unknown counts are null.
type PostFeedbackJSON struct {
	Posts             int      `json:"posts"`
	PostsWithFeedback int      `json:"posts_with_feedback"`
	Hides             *int64   `json:"hides"`
	HideAll           *int64   `json:"hide_all"`
	SpamReports       *int64   `json:"spam_reports"`
	Unlikes           *int64   `json:"unlikes"`
	Total             *int64   `json:"total"`
	Impressions       *int64   `json:"impressions"`
	Per1000           *float64 `json:"per_1000_impressions"`
}

// PageFeedbackJSON is analyze.PageFeedback; unknown counts are null.
type PageFeedbackJSON struct {
	Days         int      `json:"days"`
	Unfollows    *int64   `json:"unfollows"`
	Follows      *int64   `json:"follows"`
	Hides        *int64   `json:"hides"`
	HideAll      *int64   `json:"hide_all"`
	SpamReports  *int64   `json:"spam_reports"`
	Impressions  *int64   `json:"impressions"`
	NetFollowers *int64   `json:"net_followers"`
	Total        *int64   `json:"total"`
	Per1000      *float64 `json:"per_1000_impressions"`
}

// MonthFeedbackJSON is the negative feedback of one month.
type MonthFeedbackJSON struct {
	Month string           `json:"month"`
	Posts PostFeedbackJSON `json:"posts"`
	Page  PageFeedbackJSON `json:"page"`
}

// SidesJSON puts post-level and page-level feedback side by side.
type SidesJSON struct {
	Posts PostFeedbackJSON `json:"posts"`
	Page  PageFeedbackJSON `json:"page"`
}

// TrendJSON is analyze.Trend; all but measurable, reason and months are
// null when no trend is claimed.
type TrendJSON struct {
	Measurable    bool     `json:"measurable"`
	Reason        *string  `json:"reason"`
	Direction     *string  `json:"direction"`
	Basis         *string  `json:"basis"`
	SlopePerMonth *float64 `json:"slope_per_month"`
	Months        int      `json:"months"`
}

// TopPostJSON is one post of the negative-feedback ranking.
type TopPostJSON struct {
	Platform         string  `json:"platform"`
	Account          string  `json:"account"`
	PostID           string  `json:"post_id"`
	PublishedAt      string  `json:"published_at"`
	Type             string  `json:"type"`
	Text             string  `json:"text"`
	Permalink        string  `json:"permalink"`
	Impressions      *int64  `json:"impressions"`
	NegativeFeedback int64   `json:"negative_feedback"`
	Per1000          float64 `json:"per_1000_impressions"`
}

// NegativeFeedbackJSON answers "is the audience pushing back?".
type NegativeFeedbackJSON struct {
	Measurable bool                 `json:"measurable"`
	Reason     *string              `json:"reason"`
	Posts      PostFeedbackJSON     `json:"posts"`
	Page       PageFeedbackJSON     `json:"page"`
	Monthly    []MonthFeedbackJSON  `json:"monthly"`
	Trend      TrendJSON            `json:"trend"`
	ByPlatform map[string]SidesJSON `json:"by_platform"`
	TopPosts   []TopPostJSON        `json:"top_posts"`
}

// InputJSON accounts for one input file.
// Rows = Used + Rejected + Merged.
type InputJSON struct {
	File      string `json:"file"`
	Kind      string `json:"kind"`
	Format    string `json:"format"`
	FormatID  string `json:"format_id"`
	Encoding  string `json:"encoding"`
	Delimiter string `json:"delimiter"`
	// DateOrder is "dmy" or "mdy" for files with slashed dates, else "".
	DateOrder string `json:"date_order"`
	// First and Last bound the file's records (RFC 3339), null when none
	// was used.
	First          *string     `json:"first"`
	Last           *string     `json:"last"`
	Rows           int         `json:"rows"`
	Used           int         `json:"used"`
	Rejected       int         `json:"rejected"`
	Merged         int         `json:"merged"`
	MergedInto     []MergeJSON `json:"merged_into"`
	IgnoredColumns []string    `json:"ignored_columns"`
	Notes          []string    `json:"notes"`
	// Rejections are the first maxRejections rejected rows, in line
	// order; all rejected rows are in full_list.
	Rejections []RejectionJSON `json:"rejections"`
	FullList   string          `json:"full_list"`
}

// MergeJSON counts the records of a file that a later export also held.
type MergeJSON struct {
	File    string `json:"file"`
	Records int    `json:"records"`
}

// RejectionJSON is one rejected row; Column is empty when the row as a
// whole was wrong.
type RejectionJSON struct {
	Line   int    `json:"line"`
	Column string `json:"column"`
	Reason string `json:"reason"`
}

// metricsJSON renders data/metrics.json: indented, with a trailing newline.
func metricsJSON(res *analyze.Results, meta Meta) ([]byte, error) {
	m := newMetrics(res, meta)
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf) // escapes <, > and & as in every other output
	enc.SetIndent("", "  ")
	if err := enc.Encode(m); err != nil {
		return nil, fmt.Errorf("encode metrics: %w", err)
	}
	return buf.Bytes(), nil
}

// newMetrics fills MetricsJSON from the results.
func newMetrics(res *analyze.Results, meta Meta) MetricsJSON {
	loc := location(res)
	r := &res.Responsiveness
	m := MetricsJSON{
		Schema:      MetricsSchema,
		Generator:   generator(meta),
		GeneratedAt: meta.GeneratedAt.UTC().Format(time.RFC3339),
		Client:      meta.Client,
		Lang:        metaLang(meta),
		Anonymized:  meta.Anonymized != nil,
		TimeZone:    loc.String(),
		AsOf:        res.AsOf.In(loc).Format(time.RFC3339),
		SLASeconds:  sla(res).Seconds(),
		Period: PeriodJSON{
			From: res.Period.From.In(loc).Format(time.RFC3339),
			To:   res.Period.To.In(loc).Format(time.RFC3339),
		},
		Summary: SummaryJSON{
			Posts:            res.Summary.Posts,
			Comments:         res.Summary.Comments,
			CustomerComments: res.Summary.CustomerComments,
			BrandComments:    res.Summary.BrandComments,
			AuthorWithheld:   res.Summary.AuthorWithheld,
			Days:             res.Summary.Days,
		},
		Responsiveness: ResponsivenessJSON{
			ResponseStatsJSON:  responseJSON(r.ResponseStats),
			Questions:          responseJSON(r.Questions),
			InBusinessHours:    responseJSON(r.InHours),
			OutOfBusinessHours: responseJSON(r.OutOfHours),
			ByPlatform:         map[string]ResponseWithQuestionsJSON{},
			ByMonth:            []MonthResponseJSON{},
			Heatmap: HeatmapJSON{
				Weekdays:   []string{"mon", "tue", "wed", "thu", "fri", "sat", "sun"},
				Comments:   r.Heatmap.Comments,
				Unanswered: r.Heatmap.Unanswered,
			},
			LeftOut: r.LeftOut,
		},
		Broadcast: BroadcastJSON{
			BroadcastStatsJSON: broadcastJSON(res.Broadcast.BroadcastStats),
			ByPlatform:         map[string]BroadcastStatsJSON{},
			ByMonth:            []MonthBroadcastJSON{},
		},
		Inputs: []InputJSON{},
	}
	for _, p := range r.ByPlatform {
		m.Responsiveness.ByPlatform[p.Platform] = ResponseWithQuestionsJSON{responseJSON(p.All), responseJSON(p.Questions)}
	}
	for _, mo := range r.ByMonth {
		m.Responsiveness.ByMonth = append(m.Responsiveness.ByMonth, MonthResponseJSON{mo.Month, responseJSON(mo.All), responseJSON(mo.Questions)})
	}
	for _, p := range res.Broadcast.ByPlatform {
		m.Broadcast.ByPlatform[p.Platform] = broadcastJSON(p.BroadcastStats)
	}
	for _, mo := range res.Broadcast.ByMonth {
		m.Broadcast.ByMonth = append(m.Broadcast.ByMonth, MonthBroadcastJSON{mo.Month, broadcastJSON(mo.BroadcastStats)})
	}

	nf := &res.NegativeFeedback
	m.NegativeFeedback = NegativeFeedbackJSON{
		Measurable: nf.Measurable,
		Reason:     reasonPtr(nf.Measurable, nf.Reason),
		Posts:      postFeedbackJSON(nf.Posts),
		Page:       pageFeedbackJSON(nf.Page),
		Monthly:    []MonthFeedbackJSON{},
		Trend: TrendJSON{
			Measurable: nf.Trend.Measurable,
			Reason:     reasonPtr(nf.Trend.Measurable, nf.Trend.Reason),
			Months:     nf.Trend.Months,
		},
		ByPlatform: map[string]SidesJSON{},
		TopPosts:   []TopPostJSON{},
	}
	if t := nf.Trend; t.Measurable {
		dir, basis, slope := t.Direction, t.Basis, t.Slope
		m.NegativeFeedback.Trend.Direction = &dir
		m.NegativeFeedback.Trend.Basis = &basis
		m.NegativeFeedback.Trend.SlopePerMonth = &slope
	}
	for _, mo := range nf.Monthly {
		m.NegativeFeedback.Monthly = append(m.NegativeFeedback.Monthly, MonthFeedbackJSON{mo.Month, postFeedbackJSON(mo.Posts), pageFeedbackJSON(mo.Page)})
	}
	for _, p := range nf.ByPlatform {
		m.NegativeFeedback.ByPlatform[p.Platform] = SidesJSON{postFeedbackJSON(p.Posts), pageFeedbackJSON(p.Page)}
	}
	for _, tp := range topPosts(nf.TopPosts) {
		m.NegativeFeedback.TopPosts = append(m.NegativeFeedback.TopPosts, TopPostJSON{
			Platform:         tp.Post.Platform,
			Account:          tp.Post.Account,
			PostID:           tp.Post.ID,
			PublishedAt:      tp.Post.Published.In(loc).Format(time.RFC3339),
			Type:             tp.Post.Type,
			Text:             tp.Post.Text,
			Permalink:        tp.Post.Permalink,
			Impressions:      tp.Post.Impressions.Ptr(),
			NegativeFeedback: tp.Total,
			Per1000:          tp.Per1000,
		})
	}

	for _, in := range res.Inputs {
		ij := InputJSON{
			File:           in.File,
			Kind:           in.Kind,
			Format:         in.Format,
			FormatID:       in.FormatID,
			Encoding:       in.Encoding,
			Delimiter:      in.Delimiter,
			DateOrder:      in.DateOrder,
			First:          timePtr(in.First),
			Last:           timePtr(in.Last),
			Rows:           in.Rows,
			Used:           in.Used,
			Rejected:       in.Rejected,
			Merged:         in.Merged,
			MergedInto:     []MergeJSON{},
			IgnoredColumns: append([]string{}, in.IgnoredColumns...),
			Notes:          append([]string{}, in.Notes...),
			Rejections:     []RejectionJSON{},
			FullList:       rejectionsPath,
		}
		for _, rj := range capList(in.Rejections, maxRejections) {
			ij.Rejections = append(ij.Rejections, RejectionJSON{rj.Line, rj.Column, rj.Reason})
		}
		for _, mg := range in.MergedInto {
			ij.MergedInto = append(ij.MergedInto, MergeJSON{mg.File, mg.Records})
		}
		m.Inputs = append(m.Inputs, ij)
	}
	m.Diagnostics = diagnosticsJSON(res, meta.Thresholds)
	m.Events = evJSON(meta.Events, res.Period.From, res.Period.To, loc)
	m.Comparison = cmpJSON(res, meta)
	for _, f := range csvFiles {
		m.Downloads = append(m.Downloads, DownloadJSON{File: f.path, Rows: csvRows(res, f.path)})
	}
	return m
}

// reasonPtr is the JSON reason: the code when not measurable, else null.
func reasonPtr(measurable bool, reason string) *string {
	if measurable {
		return nil
	}
	return &reason
}

// responseJSON converts one ResponseStats, nulling all but the comment
// count when it is not measurable.
func responseJSON(s analyze.ResponseStats) ResponseStatsJSON {
	j := ResponseStatsJSON{
		Measurable:       s.Measurable,
		Reason:           reasonPtr(s.Measurable, s.Reason),
		CustomerComments: s.CustomerComments,
	}
	if !s.Measurable {
		return j
	}
	j.Answered = jsonInt(s.Answered)
	j.Unanswered = jsonInt(s.Unanswered)
	j.Pending = jsonInt(s.Pending)
	j.AnsweredWithinSLA = jsonInt(s.AnsweredWithinSLA)
	j.ResponseRate = s.ResponseRate
	j.WithinSLARate = s.WithinSLARate
	fr := durationStatsJSON(s.FirstResponse)
	j.FirstResponseSeconds = &fr
	b := s.Buckets
	j.FirstResponseBuckets = &ResponseBucketsJSON{b[0], b[1], b[2], b[3], b[4]}
	j.HiddenWithoutAnswer = s.HiddenWithoutAnswer
	return j
}

// seconds converts an optional duration to seconds.
func seconds(d *time.Duration) *float64 {
	if d == nil {
		return nil
	}
	s := d.Seconds()
	return &s
}

// broadcastJSON converts one BroadcastStats.
func broadcastJSON(s analyze.BroadcastStats) BroadcastStatsJSON {
	j := BroadcastStatsJSON{
		Measurable:     s.Measurable,
		Reason:         reasonPtr(s.Measurable, s.Reason),
		BrandPosts:     s.BrandPosts,
		BroadcastShare: s.BroadcastShare,
		PostsPerReply:  s.PostsPerReply,
	}
	if !repliesUnknown(s) {
		n := s.BrandReplies
		j.BrandReplies = &n
	}
	return j
}

// repliesUnknown reports whether the data could not count brand replies:
// analyze marks broadcast not measurable exactly then (no reply source, or
// comments that do not say which are the brand's).
func repliesUnknown(s analyze.BroadcastStats) bool { return !s.Measurable }

// repliesValue is the chart value of brand replies: "-" (ECharts' empty
// value) when they cannot be counted.
func repliesValue(s analyze.BroadcastStats) any {
	if repliesUnknown(s) {
		return "-"
	}
	return s.BrandReplies
}

func postFeedbackJSON(p analyze.PostFeedback) PostFeedbackJSON {
	return PostFeedbackJSON{
		Posts:             p.Posts,
		PostsWithFeedback: p.PostsWithFeedback,
		Hides:             p.Hides.Ptr(),
		HideAll:           p.HideAll.Ptr(),
		SpamReports:       p.SpamReports.Ptr(),
		Unlikes:           p.Unlikes.Ptr(),
		Total:             p.Total.Ptr(),
		Impressions:       p.Impressions.Ptr(),
		Per1000:           p.Per1000,
	}
}

func pageFeedbackJSON(p analyze.PageFeedback) PageFeedbackJSON {
	return PageFeedbackJSON{
		Days:         p.Days,
		Unfollows:    p.Unfollows.Ptr(),
		Follows:      p.Follows.Ptr(),
		Hides:        p.Hides.Ptr(),
		HideAll:      p.HideAll.Ptr(),
		SpamReports:  p.SpamReports.Ptr(),
		Impressions:  p.Impressions.Ptr(),
		NetFollowers: p.NetFollowers.Ptr(),
		Total:        p.Total.Ptr(),
		Per1000:      p.Per1000,
	}
}

// location is the report's zone, UTC when unset.
func location(res *analyze.Results) *time.Location {
	if res.Location == nil {
		return time.UTC
	}
	return res.Location
}

// sla is the SLA the results were computed with.
func sla(res *analyze.Results) time.Duration {
	if res.SLA == 0 {
		return analyze.DefaultSLA
	}
	return res.SLA
}

// metaLang is the report's language code; "" means English.
func metaLang(meta Meta) string {
	if meta.Lang == "" {
		return "en"
	}
	return meta.Lang
}

// generator names the program that made the report.
func generator(meta Meta) string {
	if meta.Version == "" {
		return "socialaudit"
	}
	return "socialaudit " + meta.Version
}

// maxTopPosts is how many posts the negative-feedback ranking shows.
const maxTopPosts = 10

// topPosts is the head of the ranking (analyze already gives at most 10;
// the cap keeps the page's promise if that changes).
func topPosts(ps []analyze.RankedPost) []analyze.RankedPost {
	if len(ps) > maxTopPosts {
		return ps[:maxTopPosts]
	}
	return ps
}

// timePtr formats a time as RFC 3339 in UTC, nil for the zero time.
func timePtr(t time.Time) *string {
	if t.IsZero() {
		return nil
	}
	s := t.UTC().Format(time.RFC3339)
	return &s
}
