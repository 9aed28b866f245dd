package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestEventsFlag(t *testing.T) {
	dir := t.TempDir()
	good := filepath.Join(dir, "events.csv")
	os.WriteFile(good, []byte("\uFEFFdate;label;end\n2026-05-14;Spring <campaign>;2026-06-02\n2026-01-10;Old outage;\n"), 0o644)
	out := t.TempDir()
	code, _, stderr := runCLI(t, epochEnv, "build", "-o", out, "--brand", "acme", "--from", "2026-04-01", "--to", "2026-06-30",
		"--events", good, "testdata/quarters")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	got, _ := json.Marshal(metrics(t, out)["events"])
	if want := `[{"date":"2026-01-10","end":null,"in_period":false,"label":"Old outage"},{"date":"2026-05-14","end":"2026-06-02","in_period":true,"label":"Spring \u003ccampaign\u003e"}]`; string(got) != want {
		t.Errorf("events:\n%s\nwant\n%s", got, want)
	}
	index := readOut(t, out, "index.html")
	if !strings.Contains(index, "<td>14 May 2026 to 2 Jun 2026</td><td class=\"text\">Spring &lt;campaign&gt;</td><td>yes</td>") {
		t.Error("index.html does not list the campaign")
	}

	bad := filepath.Join(dir, "bad.csv")
	os.WriteFile(bad, []byte("date,label\n2026-05-14,ok\n2026-13-01,bad month\n"), 0o644)
	code, _, stderr = runCLI(t, epochEnv, "build", "-o", t.TempDir(), "--events", bad, "testdata/quarters")
	if want := "socialaudit: " + bad + ":3: date \"2026-13-01\" is not a date written YYYY-MM-DD\n"; code != exitError || stderr != want {
		t.Errorf("bad events: exit %d, stderr %q, want %q", code, stderr, want)
	}
	code, _, stderr = runCLI(t, epochEnv, "build", "-o", t.TempDir(), "--events", filepath.Join(dir, "none.csv"), "testdata/quarters")
	if code != exitError || !strings.Contains(stderr, "--events: open ") || !strings.Contains(stderr, "none.csv") {
		t.Errorf("missing events file: exit %d, stderr %q", code, stderr)
	}
	code, out2, _ := runCLI(t, noEnv, "help", "build")
	if code != 0 || !strings.Contains(out2, "--events FILE") || !strings.Contains(out2, "--compare PERIOD") {
		t.Errorf("help lacks --events FILE or --compare PERIOD:\n%s", out2)
	}
}
