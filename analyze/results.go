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

	// ReasonNoReplies: replies can be counted, but the brand wrote none in
	// the period.
	ReasonNoReplies = "no_replies"
	// ReasonNoReplyText: the brand's replies of the period have no text
	// (the export left it out), so nothing can be compared.
	ReasonNoReplyText = "no_reply_text"
	// ReasonTooFewWeeks: fewer full weeks (or weeks with a value) than the
	// diagnostic's minimum; nothing is claimed.
	ReasonTooFewWeeks = "too_few_weeks"
	// ReasonTooFewDays: a daily series is shorter than the crisis
	// diagnostic's minimum.
	ReasonTooFewDays = "too_few_days"
	// ReasonNoImpressions: negative feedback is known, but not the
	// impressions it could be set against.
	ReasonNoImpressions = "no_impressions"
	// ReasonNoVariation: one of the two series is the same every week, so
	// no rank correlation exists.
	ReasonNoVariation = "no_variation"
	// ReasonNoClicks: no post of the period carries a click count.
	ReasonNoClicks = "no_clicks"
	// ReasonTooFewPosts: fewer posts with clicks than the minimum needed to
	// call a number of clicks high or low.
	ReasonTooFewPosts = "too_few_posts"
	// ReasonNoAuthors: no customer comment of the period names its author.
	ReasonNoAuthors = "no_authors"
	// ReasonUnknownForPlatforms: the measure is unknown for some platforms
	// (listed beside the reason), so no share can be computed.
	ReasonUnknownForPlatforms = "unknown_for_platforms"
	// ReasonZeroTotal: the measure is known for every platform but its
	// total is zero, so there is nothing to share out.
	ReasonZeroTotal = "zero_total"
	// ReasonNoAgent: brand replies exist, but no export names the agent
	// who wrote them.
	ReasonNoAgent = "no_agent"
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
	// Diagnostics are the figures behind the habits: canned replies,
	// campaign bursts, crises, posting against pushback, clicks against
	// conversations, the most active members, concentration on one
	// platform, and who answers.
	Diagnostics Diagnostics
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
	// Comment is the dataset's own record, shared, not a copy: the list
	// of a million comments would otherwise hold them all twice.
	Comment *Comment
	// Pending is true when the comment is younger than the SLA.
	Pending bool
	// Age is AsOf - Comment.Created.
	Age time.Duration
	// Question is true when the text contains a question mark.
	Question bool
}

// Diagnostics explain the core figures: each looks for one habit behind
// them (../shared/PRINCIPLES.md says where each comes from). Every
// diagnostic says whether it is measurable and, when it is not, why
// (a Reason* code); an unknown figure is a nil pointer or an unknown Count,
// never a zero. The rules and thresholds used are in Options.
type Diagnostics struct {
	// Options are the rules and thresholds as used (defaults filled in).
	Options DiagnosticOptions

	Canned        CannedReplies
	Cadence       Cadence
	Crises        Crises
	Pushback      Pushback
	Clicks        Clicks
	Members       Members
	Concentration Concentration
	Agents        Agents
}

// Week identifies one ISO week (Monday to Sunday) in the report's zone.
type Week struct {
	// Label is the ISO week, "2026-W05".
	Label string
	// Start is the Monday at midnight, in the report's zone.
	Start time.Time
	// Partial is true when the report period covers only part of the week.
	Partial bool
}

// CannedReplies measure how often the brand pastes the same answer.
//
// The brand's replies of the period are the brand comments with a parent
// and the posts that are replies (the same set as Broadcast.BrandReplies).
// Each text is normalised (NormalizeReply): lower case; links become
// "<url>"; @mentions, the replied-to comment's author name written whole,
// and the words of that name (words of two letters or more) become "@name",
// once for mentions separated by spaces only ("Jane Doe" is one "@name"); an agent's signature
// ("^JK") becomes "^agent"; every run of digits (with . , : / - between
// digits) becomes "#"; runs of white space become one space, trimmed. So
// "Hi @Jane, your order 12345" becomes "hi @name, your order #". A reply is
// canned when its normalised text is written at least MinRepeats times in
// the period (on any platform); every copy counts, the first included.
//
// Not measurable when replies cannot be counted (the same reasons as
// Broadcast), when the brand wrote no reply, or when no reply has a text.
type CannedReplies struct {
	Measurable bool
	Reason     string

	// Replies counts the brand replies of the period.
	Replies int
	// WithText counts those whose normalised text is not empty.
	WithText int
	// Canned counts the replies whose normalised text is written at least
	// MinRepeats times.
	Canned int
	// Share = Canned/WithText.
	Share *float64
	// Texts counts the distinct canned texts.
	Texts int
	// Top lists the most repeated canned texts, most copies first (then
	// by normalised text), at most CannedOptions.Top.
	Top []CannedText
	// ByPlatform splits the replies with text by platform (sorted); a text
	// canned on one platform's replies and another's counts on both.
	ByPlatform []PlatformCanned
}

// CannedText is one reply text pasted again and again.
type CannedText struct {
	Text  string // normalised
	Count int
	// Example is the earliest reply with this text, as written.
	Example string
	// First and Last are the times of the earliest and the latest copy.
	First, Last time.Time
	// Platforms lists the platforms of the copies, sorted.
	Platforms []string
}

// PlatformCanned is CannedReplies for one platform's replies.
type PlatformCanned struct {
	Platform string
	WithText int
	Canned   int
	Share    *float64 // Canned/WithText
}

// Cadence looks for campaigns: bursts of posting followed by silence.
//
// Posts are the brand's posts of the period that are not replies, counted
// per platform (all its accounts together) and per ISO week (Monday to
// Sunday) in the report's zone. A week is full when the period covers all
// of it. A platform's usual level is the nearest-rank median of its posts
// per full week. A week (full or not) is a burst when its posts are at
// least Threshold = max(BurstMinPosts, ceil(BurstFactor x median)).
// Consecutive burst weeks form one campaign. Its silence is the number of
// consecutive full weeks without a post that follow it; it is followed by
// silence when that is at least MinSilenceWeeks. Customer activity and
// answers are compared over full weeks in three windows: the campaigns'
// weeks, the AfterWeeks weeks after each campaign, and the other weeks;
// customer comments are those of the platform, judged as in
// Responsiveness.
//
// Only the platforms with a post in the period are listed (none: not
// measurable, ReasonNoPosts); a platform with fewer than MinWeeks full
// weeks is not measurable (ReasonTooFewWeeks), and Cadence is measurable
// when one platform is.
type Cadence struct {
	Measurable bool // at least one platform is
	Reason     string
	// Campaigns and Silenced count the campaigns of every platform, and
	// those followed by silence.
	Campaigns, Silenced int
	ByPlatform          []PlatformCadence // sorted by platform
}

// PlatformCadence is the posting cadence of one platform.
type PlatformCadence struct {
	Platform   string
	Measurable bool
	Reason     string
	// Weeks is the weekly series over the whole period, in order.
	Weeks []WeekCadence
	// FullWeeks counts the full weeks of Weeks.
	FullWeeks int
	// Median is the nearest-rank median of posts per full week.
	Median int
	// Threshold is the number of posts that makes a week a burst.
	Threshold int
	Campaigns []Campaign
	// During, After and Other compare customer activity and answers in
	// the campaigns' weeks, the weeks after them, and the other weeks;
	// zero when the platform is not measurable.
	During, After, Other WindowActivity
}

// WeekCadence is one week of a platform's posting.
type WeekCadence struct {
	Week
	Posts            int
	CustomerComments int
	Burst            bool
	// Silent marks the weeks of a silence after a campaign.
	Silent bool
}

// Campaign is a run of consecutive burst weeks.
type Campaign struct {
	First, Last Week
	Weeks       int
	Posts       int
	// SilenceWeeks counts the consecutive full weeks without a post right
	// after the campaign.
	SilenceWeeks int
	// Silenced is SilenceWeeks >= MinSilenceWeeks.
	Silenced bool
	// SilenceToEnd is true when the silence lasts until the last full week
	// of the period: as far as the data goes, the account never resumed.
	SilenceToEnd bool
}

// WindowActivity is the customer activity of a set of full weeks.
type WindowActivity struct {
	Weeks            int
	CustomerComments int
	// PerWeek = CustomerComments/Weeks; nil when there is no week.
	PerWeek *float64
	// Responses are the responsiveness figures of those comments.
	Responses ResponseStats
}

// Crises find the days when customer comments or negative feedback spike.
//
// Two daily series, in the report's zone: the customer comments of each
// day (judged as in Responsiveness), over the days from the first to the
// last customer comment of the period, a day without one counting 0; and
// the page-level negative feedback of each day (hides + hide_all +
// spam_reports + unfollows, all platforms), over the days that carry it. A
// day is a crisis day for a series when its value is greater than
// median + MADFactor x MAD, where median is the nearest-rank median of the
// series and MAD the nearest-rank median of the absolute deviations from
// it, and when it is at least MinComments (MinFeedback). Consecutive crisis
// days (by either series) form one crisis. A series with fewer than MinDays
// days is not measurable; Crises is measurable when one series is.
//
// A crisis starts on the weekday of its first day; its start hour is the
// hour of the first day's customer comment that takes the day past a usual
// day (the (median+1)-th, in time order), unknown when that day has no
// more comments than the median. Response figures compare the customer
// comments of crisis days with those of the other days.
type Crises struct {
	Measurable bool
	Reason     string

	Comments, Feedback CrisisSeries
	// Crises are the crises, in time order.
	Crises []Crisis
	// CrisisDays and NormalDays compare the customer comments of crisis
	// days with those of every other day of the period.
	CrisisDays, NormalDays ResponseStats
	// OutOfHoursStarts counts the crises that started on a weekend or
	// outside business hours.
	OutOfHoursStarts int
}

// CrisisSeries is one daily series of Crises and its threshold.
type CrisisSeries struct {
	Measurable bool
	Reason     string
	Median     int64
	MAD        int64
	// Threshold = Median + MADFactor x MAD: a crisis day is above it (and
	// at least MinCount).
	Threshold float64
	MinCount  int
	// Days is the series, in order.
	Days []DayValue
}

// DayValue is one day of a daily series.
type DayValue struct {
	Day    time.Time // midnight in the report's zone
	Value  int64
	Crisis bool
}

// Crisis is a run of consecutive crisis days.
type Crisis struct {
	First, Last time.Time // midnights of the first and last day, report zone
	Days        int
	// ByComments and ByFeedback say which series flagged its days.
	ByComments, ByFeedback bool
	// CustomerComments sums the customer comments of its days.
	CustomerComments int
	// PeakComments is the most customer comments of one of its days.
	PeakComments int
	// Feedback sums the negative feedback of its days (unknown when none
	// of them carries it).
	Feedback Count
	// Weekday is the first day's weekday, 0 = Monday ... 6 = Sunday.
	Weekday int
	// StartHour is the hour (0-23) it started; nil when unknown.
	StartHour *int
	// OutOfHours is true when it started on a weekend or outside business
	// hours; nil when it started on a weekday at an unknown hour.
	OutOfHours *bool
	// Responses are the responsiveness figures of its customer comments.
	Responses ResponseStats
}

// Pushback sets posting frequency against negative feedback, week by week.
//
// Over the full ISO weeks of the period (report zone), each week's posts
// (not replies) are set against its negative feedback per 1,000
// impressions. The feedback is page-level (hides + hide_all +
// spam_reports + unfollows over the week's days, per 1,000 page
// impressions of those days) when at least MinWeeks weeks have it, because
// it covers weeks without posts; otherwise post-level (hides + hide_all +
// spam_reports + unlikes of the week's posts, per 1,000 impressions of the
// posts that carry feedback, as in NegativeFeedback). Only the platforms
// that carry the chosen feedback count, for posts too. A week has a value
// when its impressions are known and not zero.
//
// The relation is Spearman's rank correlation (ties get their average
// rank; Pearson's correlation of the ranks). Below MinWeeks weeks with a
// value, or when either series is constant, nothing is claimed.
type Pushback struct {
	Measurable bool
	Reason     string
	// Basis is BasisPageRate or BasisPostRate; empty when neither has data.
	Basis string
	// Weeks are the weeks with a value, in order (also when there are too
	// few, so the report can say how many).
	Weeks []WeekPushback
	// Rho is the rank correlation; nil when not measurable.
	Rho *float64
	// Strength is StrengthWeak, StrengthModerate or StrengthStrong.
	Strength string
	// Direction is DirectionPositive (more posts, more pushback),
	// DirectionNegative or DirectionNone (rho = 0).
	Direction string
}

// WeekPushback is one week of Pushback.
type WeekPushback struct {
	Week
	Posts       int
	Feedback    int64
	Impressions int64
	Per1000     float64
}

// Strengths of a correlation, and its directions.
const (
	StrengthWeak     = "weak"
	StrengthModerate = "moderate"
	StrengthStrong   = "strong"

	DirectionPositive = "positive"
	DirectionNegative = "negative"
	DirectionNone     = "none"
)

// Clicks set the clicks of each post against the conversation it started.
//
// The posts are the brand's posts of the period that are not replies and
// carry a click count. A post's comments are its comments counter, or,
// when the export has none, the number of customer comments on it in the
// data (when its platform has comment records); its conversation is
// comments + shares, over the known ones (a post with neither is left
// out). Brand and customer replies are the comment records on the post
// (up to as-of). High and low are the nearest-rank HighPercentile and
// LowPercentile of the posts' clicks (conversations). A click-only post has
// high clicks (at or above the high percentile, and above the low one) and
// low conversation (at or below the low percentile, and below the high
// one); a conversation starter has high conversation. With fewer than
// MinPosts posts, no post is classified.
type Clicks struct {
	Measurable bool
	Reason     string
	// Posts counts the posts with clicks and a conversation figure.
	Posts int
	// ClicksHigh, ConversationHigh and ConversationLow are the percentile
	// values used; ClicksLow too.
	ClicksHigh, ClicksLow             int64
	ConversationHigh, ConversationLow int64
	// TotalClicks and TotalConversation sum the posts' figures;
	// ConversationsPer100Clicks = TotalConversation/TotalClicks x 100, nil
	// when there is no click.
	TotalClicks, TotalConversation int64
	ConversationsPer100Clicks      *float64
	// ClickOnly and Starters count the posts of each kind.
	ClickOnly, Starters int
	// ByType splits the posts by type (as given, lower-case; "" when the
	// export does not say), sorted by type.
	ByType []TypeClicks
	// TopClickOnly lists click-only posts, most clicks first; TopStarters
	// conversation starters, most conversation first; at most Top each.
	TopClickOnly, TopStarters []PostClicks
	// All lists every post counted, by publication time (for a scatter
	// chart).
	All []PostClicks
}

// PostClicks is one post's clicks and conversation.
type PostClicks struct {
	Post         Post
	Clicks       int64
	Comments     Count
	Shares       Count
	Conversation int64
	// CustomerReplies and BrandReplies count the comment records on the
	// post; unknown when its platform has none in the data.
	CustomerReplies, BrandReplies Count
	ClickOnly, Starter            bool
}

// TypeClicks is Clicks for one post type.
type TypeClicks struct {
	Type  string
	Posts int
	// Nearest-rank medians over the type's posts.
	MedianClicks, MedianConversation int64
	// MedianComments and MedianShares are over the posts that carry them;
	// nil when none does.
	MedianComments, MedianShares *int64
	ClickOnly, Starters          int
	// ConversationsPer100Clicks = conversation/clicks x 100 over the type;
	// nil when it has no click.
	ConversationsPer100Clicks *float64
}

// Members look at the customers who comment most, and whether the brand
// answers them.
//
// A customer is the author of customer comments of the period, per
// platform, known by author id or, without one, by name (case-insensitive);
// comments naming neither are counted in Anonymous. Their comments are
// judged exactly as in Responsiveness. Customers are ranked by comments,
// then by their first comment (earliest first), then by platform, name and
// id. A regular has at least MinComments comments; a regular is never
// answered when none of their comments was answered and at least one is
// unanswered (pending ones are too young to judge). Names are kept as the export gives them (the latest non-empty
// one).
//
// Not measurable without customer comments naming their author. Answer
// counts are not measurable (Answers false) where responsiveness is not.
type Members struct {
	Measurable bool
	Reason     string
	// Answers tells whether the answer counts are known; AnswersReason
	// says why not.
	Answers       bool
	AnswersReason string

	Customers int // distinct customers
	Anonymous int // customer comments naming no author
	Regulars  int
	// Top lists the most active customers, at most MemberOptions.Top.
	Top []Member
	// NeverAnswered counts the regulars never answered; NeverAnsweredTop
	// lists the most active of them, at most MemberOptions.Top.
	NeverAnswered    int
	NeverAnsweredTop []Member
	// All lists every customer in the same order as Top (whose head it
	// is), for the report's full list.
	All []Member
}

// Member is one customer and what became of their comments.
type Member struct {
	Platform   string
	AuthorID   string
	AuthorName string
	Comments   int
	// Answered, Unanswered and Pending are meaningful only when Answers is
	// true (for the member's platform).
	Answers                       bool
	Answered, Unanswered, Pending int
	// First and Last are the times of their first and last comments.
	First, Last time.Time
	// Regular is Comments >= MinComments; NeverAnswered marks a regular
	// counted in Members.NeverAnswered.
	Regular, NeverAnswered bool
}

// Concentration measures how much of the brand's presence rests on one
// platform.
//
// For each platform of the period (Results.Platforms) and each measure,
// the platform's share of the total, and the Herfindahl-Hirschman index
// HHI = sum of the squared shares (1 when everything is on one platform,
// 1/n when n platforms weigh the same). Audience is the followers (the
// latest known count of the period of each account, summed over the
// platform's accounts) when every platform has them, else the impressions
// of the period's posts when every platform has them. Engagement is
// reactions + comments + shares of the period's posts (the known ones).
// Conversations are the customer comments of the period; unknown for a
// platform with no comment record, or whose export withheld the authors.
// A measure unknown for any platform is not measurable (Missing says for
// which).
type Concentration struct {
	Audience      ConcentrationMeasure
	Engagement    ConcentrationMeasure
	Conversations ConcentrationMeasure
}

// Audience bases of Concentration, and the other measures' bases.
const (
	BasisFollowers     = "followers"
	BasisImpressions   = "post_impressions"
	BasisEngagement    = "reactions_comments_shares"
	BasisConversations = "customer_comments"
)

// ConcentrationMeasure is one measure of Concentration.
type ConcentrationMeasure struct {
	Measurable bool
	Reason     string
	Basis      string // one of the Basis* codes
	// Missing lists the platforms for which the measure (for Audience
	// when not measurable: the followers) is unknown, sorted.
	Missing []string
	// FallbackMissing lists, for Audience only, the platforms without
	// post impressions.
	FallbackMissing []string
	Total           int64
	// Shares, sorted by platform; nil when not measurable.
	Shares []PlatformShare
	HHI    *float64
	// Leader is the platform with the largest share (ties: the first by
	// name); empty when not measurable.
	Leader string
}

// PlatformShare is one platform's value and share of a measure.
type PlatformShare struct {
	Platform string
	Value    int64
	Share    float64
}

// Agents say who answers, where an export names the agent of brand
// replies (Comment.Agent).
//
// Replies are the brand comments of the period with a parent; agents are
// grouped case-insensitively (shown as first written). An agent's first
// responses are those of the customer comments of the period whose first
// answer (as in Responsiveness) the agent wrote; their median is by the
// nearest-rank rule.
//
// Not measurable when no brand reply of the period names an agent
// ("no export names the agent"), or when no comment is the brand's.
type Agents struct {
	Measurable bool
	Reason     string

	Replies int // brand replies of the period
	Named   int // of which name an agent
	// ByAgent lists the agents, most replies first (then by name).
	ByAgent []AgentStats
	// Unnamed gathers the replies, and first responses, naming nobody.
	Unnamed AgentStats
}

// AgentStats are one agent's replies and first responses.
type AgentStats struct {
	Agent   string
	Replies int
	// Share = Replies/Agents.Named; nil for Unnamed.
	Share *float64
	// FirstResponse summarises the first response times of the comments
	// whose first answer the agent wrote.
	FirstResponse DurationStats
}
