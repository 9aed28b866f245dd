package datatext

import (
	"encoding/json"
	"go/ast"
	"go/parser"
	"go/token"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"testing"
)

// analyzeDir is package analyze's source, from this package's folder.
const analyzeDir = "../../../analyze"

func TestExamples(t *testing.T) {
	for _, tc := range []struct{ en, fr string }{
		{"duplicate of the comment at line 2", "doublon du commentaire de la ligne 2"},
		{`"105.5" is not a whole number`, "«\u00a0105.5\u00a0» n’est pas un nombre entier"},
		{`"2018-13-01 10:00:00" is not a valid date or time: month out of range`,
			"«\u00a02018-13-01 10:00:00\u00a0» n’est pas une date ou une heure valide\u00a0: mois hors limites"},
		{"1 time without a UTC offset read in UTC", "1 horodatage sans décalage UTC lu dans le fuseau UTC"},
		{"6 times without a UTC offset read in Europe/Paris", "6 horodatages sans décalage UTC lus dans le fuseau Europe/Paris"},
		{"dates with slashes read day first (dmy), decided from the dates",
			"dates à barres obliques lues jour d’abord (dmy), ordre déduit des dates elles-mêmes"},
		{"1 comment named their post as parent: read as top-level comments",
			"1 commentaire désigne sa publication comme parent\u00a0: il est lu comme un commentaire de premier niveau"},
		{"3 comments named their post as parent: read as top-level comments",
			"3 commentaires désignent leur publication comme parent\u00a0: ils sont lus comme des commentaires de premier niveau"},
		{`comment authors were withheld by Facebook in 2 of the 7 rows read (1 written "deprecated", 1 written "undiscoverable"): only an export made with the page's own access token shows who replied, so those comments cannot be told apart as the brand's or other people's`,
			"Facebook a masqué l’auteur des commentaires sur 2 des 7 lignes lues (1 où figure «\u00a0deprecated\u00a0», 1 où figure «\u00a0undiscoverable\u00a0»)\u00a0: seul un export fait avec le jeton d’accès de la Page elle-même montre qui a répondu\u00a0; on ne peut donc pas distinguer, parmi ces commentaires, ceux de la marque de ceux des autres"},
		{"Agorapulse inbox (mapping file inbox.toml)", "Agorapulse inbox (fichier de correspondance inbox.toml)"},
		{`bare " in non-quoted-field (at line 7, column 3)`, "guillemet isolé dans un champ sans guillemets (ligne 7, colonne 3)"},
		{`"-5" is negative; a count cannot be`, "«\u00a0-5\u00a0» est négatif\u00a0; un décompte ne peut pas l’être"},
		{"dated 1999-03-01, before 2004: no social platform export goes back that far; a wrong date or date order?",
			"daté du 1999-03-01, avant 2004\u00a0: aucun export de réseau social ne remonte aussi loin\u00a0; une date erronée, ou un ordre jour/mois inversé\u00a0?"},
		{`line 6: comment "c5" names itself as its parent; it is read as a comment without parent`,
			"ligne 6\u00a0: le commentaire «\u00a0c5\u00a0» se désigne lui-même comme parent\u00a0; il est lu comme un commentaire sans parent"},
		{"7 comments name themselves as their parent (lines 3, 4, 5, 6, 7, …); they are read as comments without parent",
			"7 commentaires se désignent eux-mêmes comme parent (lignes 3, 4, 5, 6, 7, …)\u00a0; ils sont lus comme des commentaires sans parent"},
		{"UTF-8 with Windows-1252 lines", "UTF-8 avec des lignes en Windows-1252"},
		{"comma", "virgule"},
		{"socialaudit daily", "données quotidiennes au format socialaudit"},
		// Not in the catalogue: kept as it is.
		{"something new the importers say", "something new the importers say"},
	} {
		if got := In("fr", tc.en); got != tc.fr {
			t.Errorf("In(fr, %q)\n got %q\nwant %q", tc.en, got, tc.fr)
		}
		if got := In("en", tc.en); got != tc.en {
			t.Errorf("In(en, %q) = %q, want it unchanged", tc.en, got)
		}
	}
	if Known("something new the importers say") {
		t.Error("an unknown sentence is reported as known")
	}
	if !Known("Europe/Paris") || !Known("posts.csv") {
		t.Error("names without words should need no translation")
	}
}

func TestFill(t *testing.T) {
	if got := fill("%[2]s puis %[1]s, %s", []string{"a", "b"}); got != "b puis a, b" {
		t.Errorf("got %q", got)
	}
}

// splitFormats are the formats that reach the catalogue only through
// fragments or number-specific variants, each with texts it produces that
// must be known.
var splitFormats = map[string][]string{
	"%s named their post as parent: read as top-level comments": {
		"1 comment named their post as parent: read as top-level comments",
		"4 comments named their post as parent: read as top-level comments"},
	"%s without a UTC offset read in %s":                          {"1 time without a UTC offset read in UTC", "2 times without a UTC offset read in Europe/Paris"},
	"%s without a clock read as midnight in %s":                   {"1 date without a clock read as midnight in UTC", "3 dates without a clock read as midnight in UTC"},
	"%s in a daylight-saving gap of %s, moved forward by the gap": {"1 time in a daylight-saving gap of Europe/Paris, moved forward by the gap", "2 times in a daylight-saving gap of Europe/Paris, moved forward by the gap"},
	"%s in a daylight-saving overlap of %s, read as the earlier of the two": {
		"1 time in a daylight-saving overlap of Europe/Paris, read as the earlier of the two",
		"2 times in a daylight-saving overlap of Europe/Paris, read as the earlier of the two"},
	"%d of the %s %s sponsored (Post type \"Sponsored\"): sponsored posts count as the page's posts like organic ones, and their counters include paid delivery": {
		"1 of the 1 post is sponsored (Post type \"Sponsored\"): sponsored posts count as the page's posts like organic ones, and their counters include paid delivery",
		"1 of the 3 posts is sponsored (Post type \"Sponsored\"): sponsored posts count as the page's posts like organic ones, and their counters include paid delivery",
		"2 of the 3 posts are sponsored (Post type \"Sponsored\"): sponsored posts count as the page's posts like organic ones, and their counters include paid delivery"},
	"the series %q does not name its platform: it is read as the Facebook Page's %s": {
		`the series "Views" does not name its platform: it is read as the Facebook Page's impressions`,
		`the series "Follows" does not name its platform: it is read as the Facebook Page's follows`},
	"1 day between %s and %s has no usable row: it is left out, not read as 0": {"1 day between 2025-08-01 and 2025-08-03 has no usable row: it is left out, not read as 0"},
	"%q is empty in %s: their negative feedback of that type is unknown, not 0": {
		`"Hide" is empty in 1 row: their negative feedback of that type is unknown, not 0`,
		`"Hide" is empty in 2 rows: their negative feedback of that type is unknown, not 0`},
	"\"Date\" is %q in %s instead of \"Lifetime\": their counters may cover only that period": {
		`"Date" is "2025-08-31" in 1 row instead of "Lifetime": their counters may cover only that period`,
		`"Date" is "2025-08-31" in 4 rows instead of "Lifetime": their counters may cover only that period`},
	"%s could not be read and left out of the check of reply links (first at %s)": {
		`1 response_tweet_id cell could not be read and left out of the check of reply links (first at line 12: "x1" is not a tweet id)`,
		`2 response_tweet_id cells could not be read and left out of the check of reply links (first at line 12: "x1" is not a tweet id)`},
	"response_tweet_id names %s not in this file (answers this slice does not hold): replies are linked through in_response_to_tweet_id only, so none of them counts as an answer": {
		"response_tweet_id names 1 tweet not in this file (answers this slice does not hold): replies are linked through in_response_to_tweet_id only, so none of them counts as an answer",
		"response_tweet_id names 7 tweets not in this file (answers this slice does not hold): replies are linked through in_response_to_tweet_id only, so none of them counts as an answer"},
	"response_tweet_id and in_response_to_tweet_id agree on all %s between tweets of this file": {
		"response_tweet_id and in_response_to_tweet_id agree on all 1 reply link between tweets of this file",
		"response_tweet_id and in_response_to_tweet_id agree on all 3688 reply links between tweets of this file"},
	"response_tweet_id and in_response_to_tweet_id disagree on %d of the %s between tweets of this file (first: %s); replies are linked through in_response_to_tweet_id only": {
		"response_tweet_id and in_response_to_tweet_id disagree on 1 of the 5 reply links between tweets of this file (first: tweet 105 at line 6 lists 108 in response_tweet_id, but 108 has in_response_to_tweet_id 99); replies are linked through in_response_to_tweet_id only",
		"response_tweet_id and in_response_to_tweet_id disagree on 1 of the 1 reply link between tweets of this file (first: tweet 105 at line 6 replies to 99, whose response_tweet_id does not list it); replies are linked through in_response_to_tweet_id only",
		"response_tweet_id and in_response_to_tweet_id disagree on 2 of the 5 reply links between tweets of this file (first: tweet 105 at line 6 lists 108 in response_tweet_id, but 108 has no in_response_to_tweet_id); replies are linked through in_response_to_tweet_id only"},
}

// TestEveryFormatTranslated reads analyze's sources and checks that every
// literal format given to Note or Rejectf has its French: a new note
// without one fails here, not on a client's French data page.
func TestEveryFormatTranslated(t *testing.T) {
	var formats []string
	err := filepath.WalkDir(analyzeDir, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(p, ".go") || strings.HasSuffix(p, "_test.go") {
			return err
		}
		f, err := parser.ParseFile(token.NewFileSet(), p, nil, 0)
		if err != nil {
			return err
		}
		ast.Inspect(f, func(n ast.Node) bool {
			c, ok := n.(*ast.CallExpr)
			if !ok {
				return true
			}
			// f.Note, importer.Rejectf, or Rejectf inside its own package.
			var name string
			switch fn := c.Fun.(type) {
			case *ast.SelectorExpr:
				name = fn.Sel.Name
			case *ast.Ident:
				name = fn.Name
			}
			idx := map[string]int{"Note": 0, "Rejectf": 1}
			i, ok := idx[name]
			if !ok || len(c.Args) <= i {
				return true
			}
			lit, ok := c.Args[i].(*ast.BasicLit)
			if !ok || lit.Kind != token.STRING {
				return true
			}
			s, err := strconv.Unquote(lit.Value)
			if err == nil && s != "%v" && s != "" {
				formats = append(formats, s)
			}
			return true
		})
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(formats) < 60 {
		t.Fatalf("found only %d formats in %s: is the scan broken?", len(formats), analyzeDir)
	}
	for _, f := range formats {
		if _, ok := french[f]; ok {
			continue
		}
		examples, ok := splitFormats[f]
		if !ok {
			t.Errorf("no French for the format %q", f)
			continue
		}
		for _, e := range examples {
			if !Known(e) {
				t.Errorf("no French for %q (format %q): %q", e, f, In("fr", e))
			}
		}
	}
}

// TestGoldenTexts translates every note, rejection reason and format name
// of the importers' golden files: each must be known and come out French.
func TestGoldenTexts(t *testing.T) {
	files, err := filepath.Glob(filepath.Join(analyzeDir, "*", "testdata", "*.golden.json"))
	if err != nil || len(files) < 10 {
		t.Fatalf("golden files: %v, %d found", err, len(files))
	}
	texts := map[string]bool{}
	var walk func(any)
	walk = func(v any) {
		switch v := v.(type) {
		case map[string]any:
			for k, x := range v {
				switch s, _ := x.(string); {
				case k == "Notes":
					notes, _ := x.([]any)
					for _, n := range notes {
						texts[n.(string)] = true
					}
				case (k == "Reason" || k == "Format" || k == "Delimiter") && s != "":
					texts[s] = true
				default:
					walk(x)
				}
			}
		case []any:
			for _, x := range v {
				walk(x)
			}
		}
	}
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		var v any
		if err := json.Unmarshal(b, &v); err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		walk(v)
	}
	if len(texts) < 80 {
		t.Fatalf("only %d texts in the golden files", len(texts))
	}
	sorted := make([]string, 0, len(texts))
	for s := range texts {
		sorted = append(sorted, s)
	}
	sort.Strings(sorted)
	for _, s := range sorted {
		fr := In("fr", s)
		if !Known(s) || (fr == s && hasWords(s)) {
			t.Errorf("not translated: %q\n  gives %q", s, fr)
		}
	}
}
