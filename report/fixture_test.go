package report

import (
	"time"
	_ "time/tzdata" // the fixture is in Europe/Paris on any machine

	"github.com/socialaudit/socialaudit/analyze"
)

func fp(x float64) *float64             { return &x }
func ip(n int) *int                     { return &n }
func dp(d time.Duration) *time.Duration { return &d }
func kc(n int64) analyze.Count          { return analyze.KnownCount(n) }

// paris is the fixture's report zone.
var paris = func() *time.Location {
	loc, err := time.LoadLocation("Europe/Paris")
	if err != nil {
		panic(err)
	}
	return loc
}()

// notMeasured is a ResponseStats the data does not support.
func notMeasured(reason string, comments int) analyze.ResponseStats {
	return analyze.ResponseStats{Reason: reason, CustomerComments: comments}
}

// fixtureMeta is the Meta of the golden tests.
func fixtureMeta() Meta {
	return Meta{
		Client:      "Maison Dupont",
		Brand:       []string{"@maisondupont"},
		Lang:        "en",
		Version:     "v0.1.0",
		GeneratedAt: time.Date(2024, 4, 2, 10, 0, 0, 0, time.UTC),
	}
}

// fixture is a small, hand-built Results: three months, two platforms, with
// some figures not measurable and some counts unknown, so that every kind
// of cell appears in the goldens.
func fixture() *analyze.Results {
	at := func(y int, m time.Month, d, h, min int) time.Time { return time.Date(y, m, d, h, min, 0, 0, paris) }
	var heat analyze.Heatmap
	heat.Comments[0][9], heat.Unanswered[0][9] = 5, 1   // Monday 09:00
	heat.Comments[4][17], heat.Unanswered[4][17] = 4, 2 // Friday 17:00
	heat.Comments[5][22], heat.Unanswered[5][22] = 3, 3 // Saturday 22:00
	heat.Comments[6][10] = 18                           // Sunday 10:00
	all := analyze.ResponseStats{
		Measurable: true, CustomerComments: 30, Answered: 20, Unanswered: 8, Pending: 2, AnsweredWithinSLA: 15,
		ResponseRate: fp(20.0 / 28), WithinSLARate: fp(15.0 / 28),
		FirstResponse: analyze.DurationStats{N: 20, Median: dp(3*time.Hour + 12*time.Minute), P90: dp(52 * time.Hour), Mean: dp(10*time.Hour + 30*time.Minute)},
		Buckets:       [5]int{6, 5, 4, 3, 2}, HiddenWithoutAnswer: ip(3),
	}
	questions := analyze.ResponseStats{
		Measurable: true, CustomerComments: 10, Answered: 6, Unanswered: 3, Pending: 1, AnsweredWithinSLA: 4,
		ResponseRate: fp(6.0 / 9), WithinSLARate: fp(4.0 / 9),
		FirstResponse: analyze.DurationStats{N: 6, Median: dp(2 * time.Hour), P90: dp(30 * time.Hour), Mean: dp(8 * time.Hour)},
		Buckets:       [5]int{2, 2, 1, 1, 0}, HiddenWithoutAnswer: ip(1),
	}
	inHours := analyze.ResponseStats{
		Measurable: true, CustomerComments: 18, Answered: 14, Unanswered: 3, Pending: 1, AnsweredWithinSLA: 12,
		ResponseRate: fp(14.0 / 17), WithinSLARate: fp(12.0 / 17),
		FirstResponse: analyze.DurationStats{N: 14, Median: dp(90 * time.Minute), P90: dp(20 * time.Hour), Mean: dp(5 * time.Hour)},
		Buckets:       [5]int{5, 5, 2, 2, 0}, HiddenWithoutAnswer: ip(1),
	}
	outHours := analyze.ResponseStats{
		Measurable: true, CustomerComments: 12, Answered: 6, Unanswered: 5, Pending: 1, AnsweredWithinSLA: 3,
		ResponseRate: fp(6.0 / 11), WithinSLARate: fp(3.0 / 11),
		FirstResponse: analyze.DurationStats{N: 6, Median: dp(14 * time.Hour), P90: dp(52 * time.Hour), Mean: dp(23 * time.Hour)},
		Buckets:       [5]int{1, 0, 2, 1, 2}, HiddenWithoutAnswer: ip(2),
	}
	fbAll := analyze.ResponseStats{
		Measurable: true, CustomerComments: 22, Answered: 16, Unanswered: 5, Pending: 1, AnsweredWithinSLA: 12,
		ResponseRate: fp(16.0 / 21), WithinSLARate: fp(12.0 / 21),
		FirstResponse: analyze.DurationStats{N: 16, Median: dp(3 * time.Hour), P90: dp(40 * time.Hour), Mean: dp(9 * time.Hour)},
		Buckets:       [5]int{5, 4, 3, 2, 2}, HiddenWithoutAnswer: ip(3),
	}
	igAll := analyze.ResponseStats{
		Measurable: true, CustomerComments: 8, Answered: 4, Unanswered: 3, Pending: 1, AnsweredWithinSLA: 3,
		ResponseRate: fp(4.0 / 7), WithinSLARate: fp(3.0 / 7),
		FirstResponse: analyze.DurationStats{N: 4, Median: dp(5 * time.Hour), P90: dp(52 * time.Hour), Mean: dp(16 * time.Hour)},
		Buckets:       [5]int{1, 1, 1, 1, 0}, // HiddenWithoutAnswer unknown: the export does not say
	}
	month := func(cc, ans, un, pend, sla int, median time.Duration) analyze.ResponseStats {
		return analyze.ResponseStats{
			Measurable: true, CustomerComments: cc, Answered: ans, Unanswered: un, Pending: pend, AnsweredWithinSLA: sla,
			ResponseRate: fp(float64(ans) / float64(ans+un)), WithinSLARate: fp(float64(sla) / float64(ans+un)),
			FirstResponse:       analyze.DurationStats{N: ans, Median: dp(median), P90: dp(2 * median), Mean: dp(median)},
			HiddenWithoutAnswer: ip(1),
		}
	}
	post := func(platform, id, text, permalink string, published time.Time, imp int64) analyze.Post {
		return analyze.Post{
			Platform: platform, Account: "maisondupont", ID: id, Published: published, Type: "photo",
			Text: text, Permalink: permalink, Impressions: kc(imp),
		}
	}
	comment := func(platform, id, post, parent, author, text string, created time.Time) analyze.Comment {
		return analyze.Comment{
			Platform: platform, Account: "maisondupont", ID: id, PostID: post, ParentID: parent,
			AuthorID: "u-" + id, AuthorName: author, FromBrand: analyze.FlagNo, Created: created, Text: text,
		}
	}
	return &analyze.Results{
		Period:        analyze.Period{From: at(2024, 1, 1, 0, 0), To: at(2024, 4, 1, 0, 0), FromDefaulted: true},
		AsOf:          at(2024, 3, 31, 20, 0),
		Location:      paris,
		SLA:           24 * time.Hour,
		BusinessHours: analyze.BusinessHours{Start: 9, End: 18},
		Platforms:     []string{"facebook", "instagram"},
		Months:        []string{"2024-01", "2024-02", "2024-03"},
		Summary:       analyze.Summary{Posts: 12, Comments: 40, CustomerComments: 30, BrandComments: 10, Days: 91},
		Responsiveness: analyze.Responsiveness{
			ResponseStats: all, Questions: questions, InHours: inHours, OutOfHours: outHours,
			ByPlatform: []analyze.PlatformResponsiveness{
				{Platform: "facebook", All: fbAll, Questions: questions},
				{Platform: "instagram", All: igAll, Questions: notMeasured(analyze.ReasonNoCustomerComments, 0)},
			},
			ByMonth: []analyze.MonthResponsiveness{
				{Month: "2024-01", All: month(10, 8, 2, 0, 7, 2*time.Hour), Questions: month(4, 3, 1, 0, 2, time.Hour)},
				{Month: "2024-02", All: month(12, 8, 4, 0, 5, 5*time.Hour), Questions: month(4, 2, 2, 0, 1, 6*time.Hour)},
				{Month: "2024-03", All: month(8, 4, 2, 2, 3, 4*time.Hour), Questions: notMeasured(analyze.ReasonNoCustomerComments, 2)},
			},
			Heatmap: heat,
		},
		Broadcast: analyze.Broadcast{
			BroadcastStats: analyze.BroadcastStats{Measurable: true, BrandPosts: 12, BrandReplies: 4, BroadcastShare: fp(0.75), PostsPerReply: fp(3)},
			ByPlatform: []analyze.PlatformBroadcast{
				{Platform: "facebook", BroadcastStats: analyze.BroadcastStats{Measurable: true, BrandPosts: 8, BrandReplies: 4, BroadcastShare: fp(8.0 / 12), PostsPerReply: fp(2)}},
				{Platform: "instagram", BroadcastStats: analyze.BroadcastStats{Measurable: true, BrandPosts: 4, BroadcastShare: fp(1)}},
			},
			ByMonth: []analyze.MonthBroadcast{
				{Month: "2024-01", BroadcastStats: analyze.BroadcastStats{Measurable: true, BrandPosts: 4, BrandReplies: 1, BroadcastShare: fp(0.8), PostsPerReply: fp(4)}},
				{Month: "2024-02", BroadcastStats: analyze.BroadcastStats{Measurable: true, BrandPosts: 4, BrandReplies: 3, BroadcastShare: fp(4.0 / 7), PostsPerReply: fp(4.0 / 3)}},
				{Month: "2024-03", BroadcastStats: analyze.BroadcastStats{Measurable: true, BrandPosts: 4, BroadcastShare: fp(1)}},
			},
		},
		NegativeFeedback: analyze.NegativeFeedback{
			Measurable: true,
			Posts: analyze.PostFeedback{Posts: 12, PostsWithFeedback: 10, Hides: kc(30), HideAll: kc(5), SpamReports: kc(2),
				Total: kc(37), Impressions: kc(50000), Per1000: fp(0.74)},
			Page: analyze.PageFeedback{Days: 91, Unfollows: kc(40), Follows: kc(100), Hides: kc(12), HideAll: kc(3), SpamReports: kc(1),
				Impressions: kc(200000), NetFollowers: kc(60), Total: kc(56), Per1000: fp(0.28)},
			Monthly: []analyze.MonthFeedback{
				{Month: "2024-01", Posts: analyze.PostFeedback{Posts: 4, PostsWithFeedback: 3, Hides: kc(5), HideAll: kc(1), SpamReports: kc(0), Total: kc(6), Impressions: kc(15000), Per1000: fp(0.4)},
					Page: analyze.PageFeedback{Days: 31, Unfollows: kc(10), Follows: kc(40), Hides: kc(3), HideAll: kc(1), SpamReports: kc(0), Impressions: kc(60000), NetFollowers: kc(30), Total: kc(14), Per1000: fp(14.0 / 60)}},
				{Month: "2024-02", Posts: analyze.PostFeedback{Posts: 4, PostsWithFeedback: 4, Hides: kc(10), HideAll: kc(2), SpamReports: kc(1), Total: kc(13), Impressions: kc(20000), Per1000: fp(0.65)},
					Page: analyze.PageFeedback{Days: 29, Unfollows: kc(12), Follows: kc(35), Hides: kc(4), HideAll: kc(1), SpamReports: kc(0), Impressions: kc(70000), NetFollowers: kc(23), Total: kc(17), Per1000: fp(17.0 / 70)}},
				{Month: "2024-03", Posts: analyze.PostFeedback{Posts: 4, PostsWithFeedback: 3, Hides: kc(15), HideAll: kc(2), SpamReports: kc(1), Total: kc(18), Impressions: kc(15000), Per1000: fp(1.2)},
					Page: analyze.PageFeedback{Days: 31, Unfollows: kc(18), Follows: kc(25), Hides: kc(5), HideAll: kc(1), SpamReports: kc(1), Impressions: kc(70000), NetFollowers: kc(7), Total: kc(25), Per1000: fp(25.0 / 70)}},
			},
			Trend: analyze.Trend{Measurable: true, Direction: analyze.TrendRising, Basis: analyze.BasisPostRate, Slope: 0.4, Months: 3},
			ByPlatform: []analyze.PlatformFeedback{
				{Platform: "facebook", Posts: analyze.PostFeedback{Posts: 8, PostsWithFeedback: 8, Hides: kc(28), HideAll: kc(5), SpamReports: kc(2), Total: kc(35), Impressions: kc(40000), Per1000: fp(0.875)},
					Page: analyze.PageFeedback{Days: 91, Unfollows: kc(40), Follows: kc(100), Hides: kc(12), HideAll: kc(3), SpamReports: kc(1), Impressions: kc(200000), NetFollowers: kc(60), Total: kc(56), Per1000: fp(0.28)}},
				{Platform: "instagram", Posts: analyze.PostFeedback{Posts: 4, PostsWithFeedback: 2, Hides: kc(2), Total: kc(2), Impressions: kc(10000), Per1000: fp(0.2)}},
			},
			TopPosts: []analyze.RankedPost{
				{Post: post("facebook", "fb-101", "Our new spring collection is here! Come and see the whole range in our shops from Saturday, with 20 % off for members.", "https://www.facebook.com/maisondupont/posts/101", at(2024, 3, 9, 10, 30), 5000), Total: 12, Per1000: 2.4},
				{Post: post("instagram", "ig-7", "Behind the scenes", "", at(2024, 2, 14, 18, 0), 2500), Total: 2, Per1000: 0.8},
			},
		},
		Open: []analyze.OpenComment{
			{Comment: ptr(comment("facebook", "c-1", "fb-90", "", "Jeanne Martin", "Still waiting for my refund, order 4411?", at(2024, 2, 27, 8, 5))), Age: 33*24*time.Hour + 10*time.Hour + 55*time.Minute, Question: true},
			{Comment: ptr(comment("instagram", "c-2", "ig-7", "", "=cmd|' /C calc'!A0", "+33 6 12 34 56 78 call me", at(2024, 3, 20, 22, 15))), Age: 10*24*time.Hour + 21*time.Hour + 45*time.Minute},
			{Comment: ptr(comment("facebook", "c-3", "fb-101", "c-0", "@troll", "-1 for this", at(2024, 3, 31, 7, 30))), Pending: true, Age: 12*time.Hour + 30*time.Minute},
		},
		Inputs: []analyze.Input{
			{File: "facebook-posts.csv", Kind: "posts", Format: "socialaudit posts", FormatID: "socialaudit", Encoding: "UTF-8", Delimiter: "comma",
				First: time.Date(2024, 5, 1, 8, 0, 0, 0, time.UTC), Last: time.Date(2024, 6, 30, 18, 0, 0, 0, time.UTC),
				Rows: 13, Used: 12, Rejected: 1,
				Rejections:     []analyze.Rejection{{File: "facebook-posts.csv", Line: 7, Column: "impressions", Reason: `"12,5" is not a whole number`}},
				IgnoredColumns: []string{"boost_budget"}, Notes: []string{"3 times without a UTC offset read in Europe/Paris", "dates with slashes read day first (dmy), decided from the dates"}},
			{File: "comments-may.csv", Kind: "comments", Format: "Facebook comments exported from the Graph API (id, message, created_time, from, parent)", FormatID: "facebook-graph-comments", Encoding: "Windows-1252", Delimiter: "semicolon", DateOrder: "dmy",
				First: time.Date(2024, 5, 1, 9, 0, 0, 0, time.UTC), Last: time.Date(2024, 5, 31, 21, 0, 0, 0, time.UTC),
				Rows: 9, Used: 6, Merged: 3, MergedInto: []analyze.Merge{{File: "comments.csv", Records: 3}}},
			{File: "comments.csv", Kind: "comments", Format: "socialaudit comments", FormatID: "socialaudit", Encoding: "UTF-8 with BOM", Delimiter: "comma",
				First: time.Date(2024, 5, 2, 9, 0, 0, 0, time.UTC), Last: time.Date(2024, 6, 30, 20, 0, 0, 0, time.UTC),
				Rows: 41, Used: 40, Rejected: 1,
				Rejections: []analyze.Rejection{{File: "comments.csv", Line: 12, Reason: "wrong number of fields (5, the header has 9)"}}},
		},
		IgnoredAfterAsOf: 2,
	}
}

// ptr is a pointer to a copy of v.
func ptr[T any](v T) *T { return &v }
