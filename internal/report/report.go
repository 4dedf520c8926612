// Package report renders the result of a run in one output format. Each
// format is one file with one Reporter; New picks it by name and Formats
// lists the names for the --format help.
package report

import (
	"fmt"
	"io"
	"slices"
	"strings"

	"github.com/tjlint/tjlint/internal/finding"
)

// Result is everything a format may show about one run.
type Result struct {
	// Files are the files checked, in order (slash-separated, as given).
	Files []string
	// Findings are the reported findings, sorted by file, line, column and
	// rule, with messages already in Lang.
	Findings []finding.Finding
	// Rules is the catalogue of rules that were run.
	Rules []finding.Rule
	// Lang is "sv" or "en".
	Lang string
	// Version is tjlint's version, for formats that name the tool.
	Version string
}

// Counts tallies the findings by severity.
func (r Result) Counts() finding.Counts {
	var c finding.Counts
	for _, f := range r.Findings {
		c.Add(f.Severity)
	}
	return c
}

// Reporter writes a Result in one format. Reporters hold no state, so one
// value serves the CLI and the server alike.
type Reporter interface {
	Report(w io.Writer, r Result) error
}

// ReporterFunc adapts a function to Reporter.
type ReporterFunc func(w io.Writer, r Result) error

// Report calls f.
func (f ReporterFunc) Report(w io.Writer, r Result) error { return f(w, r) }

// Options tune formats that have a choice to make.
type Options struct {
	// Color enables ANSI colours in the text format.
	Color bool
}

var formats = map[string]func(Options) Reporter{
	"text": func(o Options) Reporter { return Text{Color: o.Color} },
	"json": func(Options) Reporter { return JSON{} },
}

// Formats lists the format names, sorted.
func Formats() []string {
	var out []string
	for k := range formats {
		out = append(out, k)
	}
	slices.Sort(out)
	return out
}

// New returns the reporter for format.
func New(format string, o Options) (Reporter, error) {
	mk, ok := formats[format]
	if !ok {
		return nil, fmt.Errorf("okänt format %q (%s)", format, strings.Join(Formats(), ", "))
	}
	return mk(o), nil
}
