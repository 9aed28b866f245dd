package report

import (
	"io"
	"path"

	"github.com/socialaudit/socialaudit/analyze"
)

// The size of a report. Its pages and data/metrics.json stay within a
// fixed size however many comments, posts, customers or agents the inputs
// hold: charts draw aggregates, and every list that grows with the
// records is capped on the pages and in metrics.json, with its total
// beside it and the full list in a CSV file of data/ (csv.go), which the
// page links under the capped list and the data page offers. What still
// grows is bounded by the period (a point a day, a row a week or a month),
// by the number of input files, platforms and post types, and by
// what the user gives (events, notes, logos); see TestSiteSizeBounded.
//
// The lists capped here; the diagnostics' own lists (the most repeated
// canned replies, the most active customers, the top click-only posts and
// conversation starters) are capped by analyze, at the --threshold
// canned.top, members.top and clicks.top settings.
const (
	// maxAgents is how many agents the page and metrics.json list, most
	// replies first; all are in data/agents.csv.
	maxAgents = 20
	// maxRejections is how many rejected rows of each input file the data
	// page and metrics.json list, in line order; all are in
	// data/rejections.csv.
	maxRejections = 20
	// maxScatterPoints is how many posts the clicks scatter draws one by
	// one; above it, the posts of each of its 3 series are grouped on a
	// grid of scatterGrid x scatterGrid cells, one point per cell, sized by
	// count: 3 x 12 x 12 = 432 points at most, so that the chart never has
	// more than maxScatterPoints points.
	maxScatterPoints = 500
	scatterGrid      = 12
	// singleFileBudget is how many bytes of CSV a single file embeds
	// (base64 makes them a third larger): the files of the data page, in
	// its order, while they fit; a file that does not is named with its
	// size and left out. 10 MiB keeps a single file of a large report
	// below the 25 MB that mail services take, once encoded again as an
	// attachment.
	singleFileBudget = 10 << 20
)

// csvFiles are the CSV downloads, in the order of the data page: path,
// renderer, and the message of the data page that says what it holds.
var csvFiles = []struct {
	path  string
	write func(*analyze.Results, io.Writer) error
	note  string
}{
	{unansweredPath, unansweredCSV, "data.worklist-note"},
	{postsPath, postsCSV, "data.posts-note"},
	{membersPath, membersCSV, "data.members-note"},
	{agentsPath, agentsCSV, "data.agents-note"},
	{rejectionsPath, rejectionsCSV, "data.rejections-note"},
}

// A dataFile is a file of data/: metrics.json or one of the CSV
// downloads, with the rows of a CSV (what its links count). A streamed CSV
// has no Data but its writer.
type dataFile struct {
	Path   string
	Data   []byte
	stream func(io.Writer) error
	Rows   int // CSV rows, header excluded; 0 for metrics.json
}

// dataFiles renders the files of data/, in the order of the data page.
// With stream, the CSV downloads are not rendered but given their writers,
// for Site.Write to run (see BuildStreamed).
func dataFiles(res *analyze.Results, meta Meta, stream bool) ([]dataFile, error) {
	metrics, err := metricsJSON(res, meta)
	if err != nil {
		return nil, err
	}
	files := []dataFile{{Path: metricsPath, Data: metrics}}
	for _, f := range csvFiles {
		d := dataFile{Path: f.path, Rows: csvRows(res, f.path)}
		write := f.write
		d.stream = func(w io.Writer) error { return write(res, w) }
		if !stream {
			var err error
			if d.Data, err = render(d.stream); err != nil {
				return nil, err
			}
			d.stream = nil
		}
		files = append(files, d)
	}
	return files, nil
}

// csvRows is the number of rows (header excluded) of the CSV download at p.
func csvRows(res *analyze.Results, p string) int {
	d := &res.Diagnostics
	switch p {
	case unansweredPath:
		return len(res.Open)
	case postsPath:
		return len(d.Clicks.All)
	case membersPath:
		return len(d.Members.All)
	case agentsPath:
		if !d.Agents.Measurable {
			return 0
		}
		return len(d.Agents.ByAgent)
	case rejectionsPath:
		n := 0
		for _, in := range res.Inputs {
			n += len(in.Rejections)
		}
		return n
	}
	return 0
}

// downloadID is the id of a data file's item on the data page, which the
// links under capped lists point to in a single file: "download-posts".
func downloadID(p string) string {
	base := path.Base(p)
	return "download-" + base[:len(base)-len(path.Ext(base))]
}

// fullList is the link under a capped list to the CSV holding all of it;
// key words the count ("All 1,234 customers").
func (b *builder) fullList(p string, n int, key string) *link {
	return &link{Href: p, Text: path.Base(p), Note: b.pl(int64(n), key, b.int(int64(n)))}
}

// capList returns the first n of xs.
func capList[T any](xs []T, n int) []T {
	if len(xs) > n {
		return xs[:n]
	}
	return xs
}
