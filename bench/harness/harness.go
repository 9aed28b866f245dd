// Package harness builds socialaudit and the DuckDB program, runs them on
// generated data, and measures each process: wall time and peak resident
// memory (wait4's rusage). The runner (cmd/bench) and the tests share it.
package harness

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"time"

	"github.com/socialaudit/socialaudit/bench/figures"
)

// SourceDateEpoch is the SOURCE_DATE_EPOCH given to socialaudit builds
// (2026-01-01T00:00:00Z), so that a build does not depend on the clock.
const SourceDateEpoch = "1767225600"

// Measurement is the cost of one process.
type Measurement struct {
	Wall time.Duration
	// MaxRSS is the peak resident set size, in bytes.
	MaxRSS    int64
	User, Sys time.Duration
}

// Measure runs cmd to its end and measures it. Its standard error is kept
// for the error message when it fails.
func Measure(cmd *exec.Cmd) (Measurement, error) {
	var stderr bytes.Buffer
	if cmd.Stderr == nil {
		cmd.Stderr = &stderr
	}
	start := time.Now()
	err := cmd.Run()
	wall := time.Since(start)
	if err != nil {
		return Measurement{}, fmt.Errorf("%s: %w\n%s", strings.Join(cmd.Args, " "), err, tail(stderr.String(), 2000))
	}
	m := Measurement{Wall: wall}
	if ru, ok := cmd.ProcessState.SysUsage().(*syscall.Rusage); ok {
		m.MaxRSS = ru.Maxrss * 1024 // kilobytes on Linux
		m.User = time.Duration(ru.Utime.Nano())
		m.Sys = time.Duration(ru.Stime.Nano())
	}
	return m, nil
}

func tail(s string, n int) string {
	if len(s) > n {
		return "..." + s[len(s)-n:]
	}
	return s
}

// RepoRoot finds the socialaudit checkout from the working directory: the
// nearest folder up whose go.mod is the product's module.
func RepoRoot() (string, error) {
	dir, err := os.Getwd()
	if err != nil {
		return "", err
	}
	for {
		b, err := os.ReadFile(filepath.Join(dir, "go.mod"))
		if err == nil && strings.Contains(string(b), "module github.com/socialaudit/socialaudit\n") {
			return dir, nil
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", errors.New("no socialaudit checkout above the working directory")
		}
		dir = parent
	}
}

// BuildSocialaudit builds the product's command, without cgo, into dst.
func BuildSocialaudit(root, dst string) error {
	return goBuild(filepath.Join(root), dst, "./cmd/socialaudit", "CGO_ENABLED=0")
}

// BuildDuck builds the DuckDB program (cgo) into dst.
func BuildDuck(root, dst string) error {
	return goBuild(filepath.Join(root, "bench"), dst, "./cmd/duck", "CGO_ENABLED=1")
}

func goBuild(dir, dst, pkg, cgo string) error {
	cmd := exec.Command("go", "build", "-o", dst, pkg)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), cgo)
	out, err := cmd.CombinedOutput()
	if err != nil {
		return fmt.Errorf("go build %s: %w\n%s", pkg, err, out)
	}
	return nil
}

// Report is one socialaudit build: its cost, the figures of its
// metrics.json and how its rows were accounted for.
type Report struct {
	Measurement
	Figures figures.Figures
	Inputs  figures.Inputs
}

// BuildReport runs `socialaudit build` on the folder data into out (which
// is removed first), with the brand accounts, and reads its metrics.json.
func BuildReport(bin, data, out string, brands []string) (Report, error) {
	if err := os.RemoveAll(out); err != nil {
		return Report{}, err
	}
	args := []string{"build"}
	for _, b := range brands {
		args = append(args, "--brand", b)
	}
	args = append(args, "-o", out, data)
	cmd := exec.Command(bin, args...)
	cmd.Env = append(os.Environ(), "SOURCE_DATE_EPOCH="+SourceDateEpoch)
	m, err := Measure(cmd)
	if err != nil {
		return Report{}, err
	}
	b, err := os.ReadFile(filepath.Join(out, "data", "metrics.json"))
	if err != nil {
		return Report{}, err
	}
	f, err := figures.FromMetrics(b)
	if err != nil {
		return Report{}, err
	}
	in, err := figures.InputsFromMetrics(b)
	if err != nil {
		return Report{}, err
	}
	return Report{Measurement: m, Figures: f, Inputs: in}, nil
}

// Duck is one run of the DuckDB program: its cost and what it printed.
type Duck struct {
	Measurement
	Result figures.Result
}

// RunDuck runs the DuckDB program on the folder data.
func RunDuck(bin, data string, brands []string) (Duck, error) {
	var args []string
	for _, b := range brands {
		args = append(args, "--brand", b)
	}
	args = append(args, data)
	cmd := exec.Command(bin, args...)
	var stdout bytes.Buffer
	cmd.Stdout = &stdout
	m, err := Measure(cmd)
	if err != nil {
		return Duck{}, err
	}
	var r figures.Result
	if err := json.Unmarshal(stdout.Bytes(), &r); err != nil {
		return Duck{}, fmt.Errorf("reading the DuckDB program's output: %w", err)
	}
	return Duck{Measurement: m, Result: r}, nil
}
