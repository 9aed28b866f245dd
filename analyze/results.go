package analyze

import "time"

// Reasons why a figure is not measurable. They are codes, not sentences: the
// report words them in the reader's language.
const (
	// ReasonNoBrandComments: no comment in the data can be attributed to the
	// brand, so nothing says which comments were answered.
	ReasonNoBrandComments = "no_brand_comments"
	// ReasonAuthorsWithheld: the export withheld who wrote the comments
	// (Facebook's Graph API without the page's own access writes
	// "undiscoverable"), so the brand's replies cannot be told apart.
	ReasonAuthorsWithheld = "authors_withheld"
	// ReasonNoCustomerComments: there is no customer comment old enough to
	// judge (none at all, or all pending).
	ReasonNoCustomerComments = "no_customer_comments"
	// ReasonNoReplySource: the data has neither brand comments nor reply
	// posts, so brand replies cannot be counted.
	ReasonNoReplySource = "no_reply_source"
	// ReasonNoPosts: no brand post was published in the period.
	ReasonNoPosts = "no_posts"
	// ReasonNoFeedbackData: no post or daily row of the period carries
	// negative-feedback counters.
	ReasonNoFeedbackData = "no_feedback_data"
	// ReasonTooFewMonths: fewer than 3 months with data; no trend is claimed.
	ReasonTooFewMonths = "too_few_months"
)

// Trend directions.
const (
	TrendRising  = "rising"
	TrendFalling = "falling"
	TrendFlat    = "flat"
)

// Trend bases: which monthly series a trend was computed on.
const (
	BasisPostRate  = "post_per_1000_impressions" // post-level total per 1,000 impressions
	BasisPostCount = "post_count"                // post-level total
	BasisPageRate  = "page_per_1000_impressions" // page-level total per 1,000 page impressions
	BasisPageCount = "page_count"                // page-level total
)

// ResponseBucketBounds are the upper bounds of the first-response buckets
// in ResponseStats.Buckets: within 1 h, 1-8 h, 8-24 h, 1-3 days, over 3 days.
var ResponseBucketBounds = [4]time.Duration{time.Hour, 8 * time.Hour, 24 * time.Hour, 72 * time.Hour}

// Results are the figures of one report, computed by Run. Nothing in them
// depends on the wall clock, and every slice is in a stated, stable order.
type Results struct {
	Period   Period
	AsOf     time.Time
	Location *time.Location
	SLA      time.Duration
	// BusinessHours as used for the in-hours / out-of-hours split.
	BusinessHours BusinessHours
	// Platforms lists every platform with records in the period, sorted.
	Platforms []string
	// Months lists every calendar month ("YYYY-MM", report zone) that the
	// period touches, in order.
	Months []string

	Summary          Summary
	Responsiveness   Responsiveness
	Broadcast        Broadcast
	NegativeFeedback NegativeFeedback
	// Open lists the customer comments of the period that have no answer,
	// unanswered and pending, oldest first (then by platform and id).
	Open []OpenComment
	// Inputs is the accounting of every input file, as the importers left it.
	Inputs []Input
	// Ignored counts records left out because they lie after AsOf.
	IgnoredAfterAsOf int
}

// Period is the report period [From, To).
type Period struct {
	From, To time.Time
	// Defaulted is true when the bound was taken from the data rather than
	// given by the user.
	FromDefaulted, ToDefaulted bool
}

// Summary counts the records of the period.
type Summary struct {
	Posts            int // posts published in the period (replies included)
	Comments         int // comments created in the period
	CustomerComments int
	BrandComments    int
	// AuthorWithheld counts the comments whose export withheld the author:
	// neither customers' nor the brand's, as far as anyone can tell.
	AuthorWithheld int
	Days           int // daily rows in the period
}

// Responsiveness answers "does the brand answer?".
type Responsiveness struct {
	ResponseStats
	// Questions are the customer comments containing '?', '？' or '¿'.
	Questions ResponseStats
	// InHours and OutOfHours split customer comments by whether they
	// arrived in business hours (weekdays) or in the evening, at night or
	// on a weekend.
	InHours, OutOfHours ResponseStats
	ByPlatform          []PlatformResponsiveness // sorted by platform
	ByMonth             []MonthResponsiveness    // one per Results.Months
	// Heatmap counts customer comments by weekday and hour of arrival.
	Heatmap Heatmap
	// LeftOut counts the comments of the period left out of every figure
	// but their platform's own "not measurable": comments on platforms
	// whose export withheld the authors, so that nobody can know whether
	// they were answered.
	LeftOut int
}

// PlatformResponsiveness is Responsiveness for one platform.
type PlatformResponsiveness struct {
	Platform  string
	All       ResponseStats
	Questions ResponseStats
}

// MonthResponsiveness is Responsiveness for the customer comments of one
// month (of their arrival time).
type MonthResponsiveness struct {
	Month     string // "YYYY-MM"
	All       ResponseStats
	Questions ResponseStats
}

// ResponseStats are the responsiveness figures of one set of customer
// comments. When Measurable is false, only CustomerComments is meaningful and
// Reason says why; the report prints "not measurable", never zeros.
type ResponseStats struct {
	Measurable bool
	Reason     string // one of the Reason* codes when not measurable

	CustomerComments  int // in the period
	Answered          int
	Unanswered        int
	Pending           int
	AnsweredWithinSLA int
	// ResponseRate = Answered/(Answered+Unanswered); nil when that is 0.
	ResponseRate *float64
	// WithinSLARate = AnsweredWithinSLA/(Answered+Unanswered); nil when 0.
	WithinSLARate *float64
	// FirstResponse summarises the first response times of Answered.
	FirstResponse DurationStats
	// Buckets counts answered comments by first response time, split at
	// ResponseBucketBounds (so 5 buckets).
	Buckets [5]int
	// HiddenWithoutAnswer counts comments the brand hid and never answered
	// (pending ones included); nil when no comment of the set says whether
	// it was hidden.
	HiddenWithoutAnswer *int
}

// DurationStats summarise durations: nearest-rank median and 90th
// percentile, and the mean. All nil when there is no value.
type DurationStats struct {
	N           int
	Median, P90 *time.Duration
	Mean        *time.Duration
}

// Heatmap counts customer comments of the period by weekday (0 = Monday ...
// 6 = Sunday) and hour (0-23) of arrival in the report's zone.
type Heatmap struct {
	Comments   [7][24]int
	Unanswered [7][24]int
}

// Broadcast answers "is it a conversation or a broadcast?".
type Broadcast struct {
	BroadcastStats
	ByPlatform []PlatformBroadcast // sorted by platform
	ByMonth    []MonthBroadcast    // one per Results.Months
}

// PlatformBroadcast is Broadcast for one platform.
type PlatformBroadcast struct {
	Platform string
	BroadcastStats
}

// MonthBroadcast is Broadcast for one month.
type MonthBroadcast struct {
	Month string
	BroadcastStats
}

// BroadcastStats compare one-way posts with replies.
type BroadcastStats struct {
	Measurable bool
	Reason     string

	BrandPosts   int // posts of the period that are not replies
	BrandReplies int // brand comments with a parent, plus reply posts
	// BroadcastShare = BrandPosts/(BrandPosts+BrandReplies); nil when 0.
	BroadcastShare *float64
	// PostsPerReply = BrandPosts/BrandReplies; nil when there is no reply.
	PostsPerReply *float64
}

// NegativeFeedback answers "is the audience pushing back?".
type NegativeFeedback struct {
	Measurable bool
	Reason     string

	Posts      PostFeedback
	Page       PageFeedback
	Monthly    []MonthFeedback // one per Results.Months
	Trend      Trend
	ByPlatform []PlatformFeedback // sorted by platform
	// TopPosts are the (at most) 10 posts with the most negative feedback
	// per 1,000 impressions, highest first.
	TopPosts []RankedPost
}

// PostFeedback sums the post-level negative feedback of a set of posts.
type PostFeedback struct {
	Posts             int // posts published
	PostsWithFeedback int // of which the export carries negative feedback
	Hides, HideAll    Count
	SpamReports       Count
	Unlikes           Count
	Total             Count // hides + hide_all + spam_reports + unlikes
	// Impressions of the posts that carry negative feedback.
	Impressions Count
	// Per1000 = Total / Impressions * 1000; nil when not computable.
	Per1000 *float64
}

// PageFeedback sums the page-level (daily) figures of a set of days.
type PageFeedback struct {
	Days               int // daily rows
	Unfollows, Follows Count
	Hides, HideAll     Count
	SpamReports        Count
	Impressions        Count
	// NetFollowers = Follows - Unfollows, known when both are.
	NetFollowers Count
	// Total = hides + hide_all + spam_reports + unfollows (page side).
	Total Count
	// Per1000 = Total / Impressions * 1000; nil when not computable.
	Per1000 *float64
}

// MonthFeedback is negative feedback for one month.
type MonthFeedback struct {
	Month string
	Posts PostFeedback
	Page  PageFeedback
}

// PlatformFeedback is negative feedback for one platform.
type PlatformFeedback struct {
	Platform string
	Posts    PostFeedback
	Page     PageFeedback
}

// Trend is the direction of the monthly negative-feedback series.
type Trend struct {
	Measurable bool
	Reason     string
	Direction  string  // TrendRising, TrendFalling or TrendFlat
	Basis      string  // one of the Basis* codes
	Slope      float64 // per month, in the unit of Basis
	Months     int     // months with a value in the series
}

// RankedPost is a post with its negative feedback rate.
type RankedPost struct {
	Post    Post
	Total   int64
	Per1000 float64
}

// OpenComment is a customer comment with no answer at as-of.
type OpenComment struct {
	Comment Comment
	// Pending is true when the comment is younger than the SLA.
	Pending bool
	// Age is AsOf - Comment.Created.
	Age time.Duration
	// Question is true when the text contains a question mark.
	Question bool
}
