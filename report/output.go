package report

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"strings"
)

// Writing a report never leaves it half-written: the whole site is written
// into a temporary folder beside its destination and moved into place only
// when complete. A failed build leaves an existing report untouched, and
// no debris.

// ErrNotReport is returned by CheckOut for a destination that holds
// something other than a socialaudit report.
var ErrNotReport = errors.New("not a socialaudit report")

// siteEntries are the names a report writes at the top of its folder,
// beside its pages (*.html).
var siteEntries = map[string]bool{"assets": true, "data": true}

// CheckOut says whether a report may be written to out, a site folder (or,
// when singleFile, an HTML file), without destroying anything else: out
// must not exist, or be an empty folder, or hold a previous socialaudit
// report and nothing else. Otherwise the error wraps ErrNotReport and names
// what is in the way; --force in the command skips this check.
func CheckOut(out string, singleFile bool) error {
	fi, err := os.Stat(out)
	if errors.Is(err, fs.ErrNotExist) {
		return nil
	}
	if err != nil {
		return err
	}
	if singleFile {
		if fi.IsDir() {
			return fmt.Errorf("%s is a folder; a single-file report is written to a file (for example %s)", out, filepath.Join(out, SingleFileName))
		}
		if !isReportHTML(out) {
			return fmt.Errorf("%w: %s exists and is not a socialaudit report", ErrNotReport, out)
		}
		return nil
	}
	if !fi.IsDir() {
		return fmt.Errorf("%w: %s is a file, not a folder", ErrNotReport, out)
	}
	entries, err := os.ReadDir(out)
	if err != nil {
		return err
	}
	if len(entries) == 0 {
		return nil
	}
	if !isReportFolder(out) {
		return fmt.Errorf("%w: %s holds files and no socialaudit report (no data/metrics.json written by socialaudit)", ErrNotReport, out)
	}
	for _, e := range entries {
		name := e.Name()
		if siteEntries[name] && e.IsDir() || strings.HasSuffix(name, ".html") && e.Type().IsRegular() {
			continue
		}
		return fmt.Errorf("%w: %s holds a report, but also %s, which a report does not write", ErrNotReport, out, name)
	}
	return nil
}

// isReportFolder tells whether dir holds a socialaudit report: a
// data/metrics.json whose generator is socialaudit.
func isReportFolder(dir string) bool {
	b, err := readHead(filepath.Join(dir, "data", "metrics.json"), 1<<20)
	if err != nil {
		return false
	}
	var m struct {
		Generator string `json:"generator"`
	}
	if json.Unmarshal(b, &m) != nil {
		return false
	}
	return m.Generator == "socialaudit" || strings.HasPrefix(m.Generator, "socialaudit ")
}

// isReportHTML tells whether the file name is an HTML page written by
// socialaudit: its head carries the generator meta element.
func isReportHTML(name string) bool {
	b, err := readHead(name, 4096)
	if err != nil {
		return false
	}
	return bytes.Contains(b, []byte(`<meta name="generator" content="socialaudit">`))
}

// readHead reads at most n bytes of a file.
func readHead(name string, n int64) ([]byte, error) {
	f, err := os.Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return io.ReadAll(io.LimitReader(f, n))
}

// Write writes the site to the folder dir: into a new temporary folder
// beside dir first, then moved into place. An existing dir is replaced
// whole (check it first with CheckOut): it is renamed aside, the new site
// renamed in, and the old one removed; if the second rename fails the old
// one is put back. On any error nothing is left behind and an existing dir
// is as it was.
func (s *Site) Write(dir string) (err error) {
	dir = filepath.Clean(dir)
	parent, base := filepath.Dir(dir), filepath.Base(dir)
	if err := os.MkdirAll(parent, 0o755); err != nil {
		return fmt.Errorf("write site: %w", err)
	}
	tmp, err := os.MkdirTemp(parent, "."+base+".tmp-")
	if err != nil {
		return fmt.Errorf("write site: %w", err)
	}
	defer func() {
		if err != nil {
			os.RemoveAll(tmp)
		}
	}()
	if err := os.Chmod(tmp, 0o755); err != nil {
		return fmt.Errorf("write site: %w", err)
	}
	s.streamed = 0
	for i := range s.Files {
		f := &s.Files[i]
		name, err := sitePath(tmp, f.Path)
		if err != nil {
			return err
		}
		if err := os.MkdirAll(filepath.Dir(name), 0o755); err != nil {
			return fmt.Errorf("write site: %w", err)
		}
		n, err := writeNew(name, f)
		if err != nil {
			return fmt.Errorf("write site: %w", err)
		}
		if f.Data == nil {
			s.streamed += n
		}
	}
	return replaceDir(tmp, dir)
}

// writeNew writes a new file. It does not sync: the folder is published
// by a rename only after every file is written, which is what a failed
// build needs; surviving a power cut mid-build is not promised.
// A streamed file goes through a buffer; the bytes written are returned.
func writeNew(name string, file *File) (int64, error) {
	f, err := os.OpenFile(name, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o644)
	if err != nil {
		return 0, err
	}
	bw := bufio.NewWriterSize(f, 256<<10)
	n, err := file.writeTo(bw)
	if err == nil {
		err = bw.Flush()
	}
	if err != nil {
		f.Close()
		return n, fmt.Errorf("write %s: %w", name, err)
	}
	return n, f.Close()
}

// renameHook stands in for os.Rename; tests make it fail.
var renameHook = os.Rename

// replaceDir moves the complete folder tmp to dir, replacing whatever dir
// was.
func replaceDir(tmp, dir string) error {
	if _, err := os.Lstat(dir); errors.Is(err, fs.ErrNotExist) {
		if err := renameHook(tmp, dir); err != nil {
			return fmt.Errorf("write site: %w", err)
		}
		return nil
	}
	old, err := os.MkdirTemp(filepath.Dir(dir), "."+filepath.Base(dir)+".old-")
	if err != nil {
		return fmt.Errorf("write site: %w", err)
	}
	// MkdirTemp reserved a unique name; the rename needs it free.
	if err := os.Remove(old); err != nil {
		return fmt.Errorf("write site: %w", err)
	}
	if err := renameHook(dir, old); err != nil {
		return fmt.Errorf("write site: move the previous report aside: %w", err)
	}
	if err := renameHook(tmp, dir); err != nil {
		if back := renameHook(old, dir); back != nil {
			return fmt.Errorf("write site: %w; the previous report is in %s (%v)", err, old, back)
		}
		return fmt.Errorf("write site: %w", err)
	}
	if err := os.RemoveAll(old); err != nil {
		return fmt.Errorf("write site: the report is written, but the previous one could not be removed from %s: %w", old, err)
	}
	return nil
}

// WriteInto writes the site's files into the folder dir, beside what it
// already holds, each file atomically (temporary file, then rename): for
// an archive index, which lives among the reports it lists. A report is
// written with Write.
func (s *Site) WriteInto(dir string) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return fmt.Errorf("write site: %w", err)
	}
	for _, f := range s.Files {
		name, err := sitePath(dir, f.Path)
		if err != nil {
			return err
		}
		data := f.Data
		if data == nil && f.stream != nil {
			if data, err = render(f.stream); err != nil {
				return fmt.Errorf("write site: %w", err)
			}
		}
		if err := writeAtomic(name, data); err != nil {
			return fmt.Errorf("write site: %w", err)
		}
	}
	return nil
}

// sitePath is the file name of the site path p under root; p must be a
// clean relative slash path that stays under root.
func sitePath(root, p string) (string, error) {
	if !fs.ValidPath(p) || path.Clean(p) != p {
		return "", fmt.Errorf("write site: invalid path %q", p)
	}
	return filepath.Join(root, filepath.FromSlash(p)), nil
}
