// Command gensample writes socialaudit's demo data (see internal/sampledata)
// into a directory, sample-data by default:
//
//	go run ./cmd/gensample [-out dir]
package main

import (
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/socialaudit/socialaudit/internal/sampledata"
)

func main() {
	if err := run(os.Args[1:], os.Stderr); err != nil {
		fmt.Fprintln(os.Stderr, "gensample:", err)
		os.Exit(1)
	}
}

func run(args []string, stderr io.Writer) error {
	fs := flag.NewFlagSet("gensample", flag.ContinueOnError)
	fs.SetOutput(stderr)
	out := fs.String("out", "sample-data", "directory to write the demo files into")
	if err := fs.Parse(args); err != nil {
		return err
	}
	files, err := sampledata.Generate()
	if err != nil {
		return err
	}
	if err := os.MkdirAll(*out, 0o755); err != nil {
		return fmt.Errorf("create output directory: %w", err)
	}
	for _, f := range files {
		if err := os.WriteFile(filepath.Join(*out, f.Name), f.Data, 0o644); err != nil {
			return fmt.Errorf("write sample file: %w", err)
		}
	}
	return nil
}
