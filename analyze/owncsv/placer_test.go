package owncsv

import (
	"encoding/csv"
	"strings"
	"testing"

	"github.com/gocarina/gocsv"
)

// placeAll reads text as CSV: its header through gocsv, its rows through
// placer, as decodeRows does.
func placeAll(text string) ([]commentRow, error) {
	cr := csv.NewReader(strings.NewReader(text))
	um, err := gocsv.NewUnmarshaller(cr, commentRow{})
	if err != nil {
		return nil, err
	}
	place, err := placer(um.Headers, commentRow{})
	if err != nil {
		return nil, err
	}
	var out []commentRow
	var row commentRow
	for {
		rec, err := cr.Read()
		if err != nil {
			return out, nil
		}
		place(&row, rec)
		out = append(out, row)
	}
}

// gocsvAll reads text with gocsv's own row path.
func gocsvAll(text string) ([]commentRow, error) {
	um, err := gocsv.NewUnmarshaller(csv.NewReader(strings.NewReader(text)), commentRow{})
	if err != nil {
		return nil, err
	}
	var out []commentRow
	for {
		v, err := um.Read()
		if err != nil {
			return out, nil
		}
		out = append(out, v.(commentRow))
	}
}

// TestPlacerAsGocsv checks that rows placed by column land where gocsv's
// Read puts them, for headers gocsv reads loosely (spaces, a zero-width
// space, a byte-order mark), extra and repeated columns, reordered columns,
// and a row after one with more cells set (nothing carries over).
func TestPlacerAsGocsv(t *testing.T) {
	for _, text := range []string{
		"platform,comment_id,created_at,text\nx,c1,2026-03-01,hello\nfacebook,c2,2026-03-02,\n",
		" platform ,\u200bcomment_id,extra,created_at,\ufefftext,agent\nx,c1,e,2026-03-01,hi,julie\nx,c2,e,2026-03-02,yo,\n",
		"text,created_at,comment_id,platform,text\na,2026-03-01,c1,x,b\n",
		"agent,author_name,hidden,parent_id\nj,Ann,true,c0\n,,,\n",
	} {
		want, _ := gocsvAll(text)
		got, err := placeAll(text)
		if err != nil || len(got) != len(want) {
			t.Errorf("%q: %d rows placed (%v), gocsv read %d", text, len(got), err, len(want))
			continue
		}
		for i := range want {
			if got[i] != want[i] {
				t.Errorf("%q row %d: placed %+v, gocsv %+v", text, i, got[i], want[i])
			}
		}
	}
}

// FuzzPlacer checks the same on any CSV text.
func FuzzPlacer(f *testing.F) {
	f.Add("platform,comment_id,created_at,text\nx,c1,2026-03-01,hello\n")
	f.Add(" platform ,\u200bcomment_id,extra,text,text\nx,c1,e,a,b\n")
	f.Fuzz(func(t *testing.T, text string) {
		want, err := gocsvAll(text)
		if err != nil {
			return
		}
		got, err := placeAll(text)
		if err != nil {
			t.Fatalf("gocsv reads the header, placer fails: %v", err)
		}
		if len(got) != len(want) {
			t.Fatalf("%d rows placed, gocsv read %d", len(got), len(want))
		}
		for i := range want {
			if got[i] != want[i] {
				t.Fatalf("row %d: placed %+v, gocsv %+v", i, got[i], want[i])
			}
		}
	})
}
