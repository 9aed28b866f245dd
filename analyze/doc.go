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
// An unknown value is never a zero: counts that may be missing are Count
// values with Known=false, and figures that cannot be computed are nil
// pointers or carry a "not measurable" reason.
package analyze
