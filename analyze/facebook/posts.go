package facebook

import (
	"fmt"
	"strings"
	"time"

	"github.com/socialaudit/socialaudit/analyze"
	"github.com/socialaudit/socialaudit/analyze/internal/field"
	"github.com/socialaudit/socialaudit/analyze/internal/importer"
	"github.com/socialaudit/socialaudit/analyze/internal/table"
)

// LegacyPosts is the legacy Page Insights "Post data" export (Insights,
// Export Data, Post data): one row per post of the Page, with lifetime
// metrics. It yields posts with their impressions, reach, reactions,
// comments and shares (stories by action type, which count actions),
// link clicks, and negative feedback by type from the total-count family
// ("Lifetime Negative Feedback from Users by Type - hide_clicks"), with
// empty and absent types read by the rule of the package comment.
//
// "Posted" has no zone; Facebook wrote it in US Pacific, so it is read in
// America/Los_Angeles unless the user chose a zone with --tz.
var LegacyPosts = importer.Format{
	ID:     "facebook-legacy-posts",
	Name:   "Facebook Page Insights, legacy Post data export",
	Kind:   "posts",
	Match:  matchPosts,
	Decode: decodePosts,
}

var (
	postsRequired = []string{"Post ID", "Permalink", "Post Message", "Posted"}
	postsOptional = []string{"Type", "Lifetime Post Total Impressions", "Lifetime Negative Feedback from Users"}
)

func matchPosts(head []table.Record) importer.Match {
	if len(head) == 0 {
		return importer.Match{}
	}
	m := importer.NewHeader(head[0].Fields).Score(postsRequired, postsOptional...)
	return withDescriptions(m, head, len(postsRequired)+len(postsOptional))
}

// withDescriptions adds the second header row to a header's Match: the
// format requires it, and it counts as one more of the n things expected.
func withDescriptions(m importer.Match, head []table.Record, n int) importer.Match {
	found := m.Score * float64(n)
	if len(head) >= 2 && isDescriptionRow(head[1]) {
		found++
	} else {
		m.OK = false
		m.Missing = append(m.Missing, descriptionRowMissing)
	}
	m.Score = found / float64(n+1)
	return m
}

// pacific is the zone of the times in Facebook's legacy exports.
const pacific = "America/Los_Angeles"

// setZone reads the file's times in US Pacific unless the user gave a zone.
func setZone(f *importer.File) error {
	if f.Opts.ZoneGiven {
		f.Note("times have no zone; read in %s as --tz says (Facebook's legacy exports are in US Pacific)", f.Loc)
		return nil
	}
	loc, err := time.LoadLocation(pacific)
	if err != nil {
		return fmt.Errorf("cannot load the zone of Facebook's legacy exports: %v", err)
	}
	f.Loc = loc
	f.Note("times have no zone; read as US Pacific (America/Los_Angeles), the zone of Facebook's legacy exports; --tz overrides")
	return nil
}

func decodePosts(f *importer.File) error {
	lh, err := readHeaders(f)
	if err != nil {
		return err
	}
	f.UsualOrder = field.MonthFirst
	if err := setZone(f); err != nil {
		return err
	}
	h := lh.h
	col := struct {
		id, link, text, typ, posted, impressions, reach int
	}{
		id: h.Index("Post ID"), link: h.Index("Permalink"), text: h.Index("Post Message"),
		typ: h.Index("Type"), posted: h.Index("Posted"),
		impressions: lh.column("Lifetime Post Total Impressions", tagTotal),
		reach:       lh.column("Lifetime Post Total Reach", tagUnique),
	}
	is := func(name string) func(string, tag) bool { return func(g string, _ tag) bool { return g == name } }

	// Stories count actions; "Talking About This" counts people, so it
	// serves only when the export has no stories.
	stories := lh.findGroup(is("lifetime post stories by action type"), tagTotal, lh.column("Lifetime Post Stories", tagTotal))
	if stories.has() {
		f.Note("reactions, comments and shares read from %q (actions)", stories.label+" - ...")
	} else {
		stories = lh.findGroup(is("lifetime talking about this (post) by action type"), tagUnique, lh.column("Lifetime Talking About This (Post)", tagUnique))
		if stories.has() {
			f.Note("reactions, comments and shares read from %q, which counts people, not actions: the file has no \"Lifetime Post Stories by action type\"", stories.label+" - ...")
		}
	}
	clicks := lh.findGroup(is("lifetime post consumptions by type"), tagTotal, lh.column("Lifetime Post Consumptions", tagTotal))
	neg, hasUnique := lh.negativeFamilies("lifetime")

	var complete, incomplete int
	f.Columns = h.Names
	err = f.Rows(2, func(rec table.Record) *importer.Rejection {
		if r := importer.Width(rec, h.Len()); r != nil {
			return r
		}
		id := strings.TrimSpace(importer.Cell(rec, col.id))
		if id == "" {
			return importer.Rejectf(h.Names[col.id], "required value is empty")
		}
		p := analyze.Post{
			Platform:  "facebook",
			ID:        id,
			Permalink: strings.TrimSpace(importer.Cell(rec, col.link)),
			Text:      importer.Cell(rec, col.text),
			Type:      strings.ToLower(strings.TrimSpace(importer.Cell(rec, col.typ))),
		}
		if page, _, ok := strings.Cut(id, "_"); ok {
			p.Account = page
		}
		var r *importer.Rejection
		if p.Impressions, r = count(rec, h.Names, col.impressions); r != nil {
			return r
		}
		if p.Reach, r = count(rec, h.Names, col.reach); r != nil {
			return r
		}
		// A row with impressions is one Facebook had insights for.
		anchor := p.Impressions.Known
		st, r := stories.read(rec, h.Names, anchor)
		if r != nil {
			return r
		}
		p.Reactions, p.Comments, p.Shares = st.get("like"), st.get("comment"), st.get("share")
		cl, r := clicks.read(rec, h.Names, anchor)
		if r != nil {
			return r
		}
		p.Clicks = cl.get("link clicks")
		ng, r := neg.read(rec, h.Names, anchor)
		if r != nil {
			return r
		}
		p.Hides, p.HideAll = ng.get(typeHide), ng.get(typeHideAll)
		p.SpamReports, p.Unlikes = ng.get(typeSpam), ng.get(typeUnlike)
		if r := f.AddPost(p, h.Names[col.posted], importer.Cell(rec, col.posted), rec.Line); r != nil {
			return r
		}
		if ng.complete {
			complete++
		} else {
			incomplete++
		}
		return nil
	})
	if err != nil {
		return err
	}
	negativeNote(f, neg, hasUnique, "Lifetime Negative Feedback from Users", "hides, hide-all, spam reports and unlikes", complete, incomplete)
	return nil
}
