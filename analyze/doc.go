// Package analyze is the centre of socialaudit: the records every importer
// produces (Post, Comment, Daily, gathered in a Dataset), the options of a
// report (period, as-of time, time zone, SLA, brand accounts), and the pure
// analyses that turn a Dataset into Results.
//
// It imports nothing of socialaudit's own. Importers live in sub-packages
// (analyze/owncsv, and the platform importers to come) and only have to fill
// a Dataset; the report package only reads Results.
//
// Every figure follows ../shared/METRICS.md (the normative definitions). In
// short:
//
//   - A comment is from the brand when its export says so (Comment.FromBrand)
//     or when its author id or name matches a configured brand account,
//     case-insensitively and ignoring a leading "@". Every other comment is a
//     customer comment. If no comment can be attributed to the brand,
//     responsiveness is not measurable.
//   - A brand comment B answers a customer comment C when B.time >= C.time
//     (and B.time <= as-of) and either B.parent = C.id, or C.parent is set and
//     B.parent = C.parent (the same thread). The first response time of C is
//     the smallest B.time - C.time over its answers.
//   - The period is [From, To). A customer comment belongs to the period when
//     its time is in it; its answers may come later, up to as-of. As-of is the
//     latest time of any record unless given; records after it are ignored.
//   - answered / pending (no answer and younger than the SLA at as-of) /
//     unanswered (the rest). response_rate = answered/(answered+unanswered);
//     within_sla_rate = answered within the SLA/(answered+unanswered).
//     Median and p90 first response use the nearest-rank rule: the value at
//     1-based position ceil(p/100*n) of the sorted values; the mean is given
//     beside them.
//   - Questions are customer comments whose text contains '?', '？' or '¿'.
//   - broadcast_share = brand_posts/(brand_posts+brand_replies), where
//     brand_posts are posts that are not replies and brand_replies are brand
//     comments with a parent plus posts that are replies.
//   - Negative feedback: post-level sums of hides, hide_all, spam_reports and
//     unlikes over the posts of the period, and their total per 1,000
//     impressions of the posts that carry negative feedback; page-level sums
//     over the days of the period; the two are never added together. The trend
//     is the sign of the least-squares slope of the monthly series, never
//     claimed on fewer than 3 months.
//
// Diagnostics (Results.Diagnostics) look for the habits behind these
// figures; each type's doc comment states its rule, and DiagnosticOptions
// its thresholds (defaults in DefaultDiagnosticOptions). In short:
//
//   - Canned replies: brand replies whose normalised text (case, spacing,
//     links, mentions and names, signatures, numbers masked) is written at
//     least 3 times; their share of the replies with text.
//   - Cadence: posts per ISO week and platform; a burst is a week with at
//     least max(3, 2 x the median posts per full week); silence is the full
//     weeks without a post after a run of bursts; customer activity and
//     answers during, in the 2 weeks after, and in other weeks.
//   - Crises: days whose customer comments (or page-level negative
//     feedback) exceed median + 3 MAD of the daily series and reach 10;
//     answers on crisis days against other days; when each crisis started.
//   - Pushback: per full week, posts against negative feedback per 1,000
//     impressions; Spearman's rank correlation, claimed from 8 weeks up.
//   - Clicks: per post, clicks against comments + shares; click-only posts
//     (clicks in the top quarter, conversation in the bottom quarter) and
//     conversation starters (conversation in the top quarter); per type.
//   - Members: the customers who comment most, their comments judged as in
//     responsiveness; regulars (2 comments or more) never answered.
//   - Concentration: each platform's share of audience, engagement and
//     conversations, and the Herfindahl-Hirschman index of the shares.
//   - Agents: replies and first responses per agent, where an export
//     names who wrote the brand's replies.
//
// An unknown value is never a zero: counts that may be missing are Count
// values with Known=false, and figures that cannot be computed are nil
// pointers or carry a "not measurable" reason.
package analyze
