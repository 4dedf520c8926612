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
	// Suppressed are findings that an ignore entry, a config override or a
	// baseline suppressed, each with its Suppression set. They are counted
	// in summaries, listed with --show-suppressed and carried by SARIF as
	// suppressed results.
	Suppressed []finding.Finding
	// SkippedFiles and SkippedDirs are what a directory walk left out by
	// its default exclusions (README, hidden folders, .gitignore, ...);
	// the summary line counts them.
	SkippedFiles, SkippedDirs int
	// Profiles are the built-in profiles in effect (--profile, extends:);
	// the summary line and the JSON report name them.
	Profiles []string
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

// Options tune formats that have a choice to make.
type Options struct {
	// Color enables ANSI colours in the text format.
	Color bool
	// ShowSuppressed lists suppressed findings in the text and markdown
	// formats (they are always counted).
	ShowSuppressed bool
	// StepSummary is the file named by GITHUB_STEP_SUMMARY; when set, the
	// github format also appends a Markdown job summary to it.
	StepSummary string
	// Quiet leaves the summary line out of the text format.
	Quiet bool
}

var formats = map[string]func(Options) Reporter{
	"text": func(o Options) Reporter {
		return Text{Color: o.Color, ShowSuppressed: o.ShowSuppressed, Quiet: o.Quiet}
	},
	"json":     func(Options) Reporter { return JSON{} },
	"sarif":    func(Options) Reporter { return SARIF{} },
	"junit":    func(Options) Reporter { return JUnit{} },
	"github":   func(o Options) Reporter { return GitHub{StepSummary: o.StepSummary} },
	"gitlab":   func(Options) Reporter { return GitLab{} },
	"azure":    func(Options) Reporter { return Azure{} },
	"markdown": func(o Options) Reporter { return Markdown{ShowSuppressed: o.ShowSuppressed} },
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

// position returns f's start clamped to 1:1, for formats that require a
// position (GitHub, SARIF) even when none is known.
func position(f finding.Finding) (line, col int) {
	return max(f.Line, 1), max(f.Column, 1)
}

// files returns the files checked followed by any other file a finding
// names (e.g. a stale baseline entry), without duplicates.
func (r Result) files() []string {
	out := slices.Clone(r.Files)
	seen := map[string]bool{}
	for _, f := range out {
		seen[f] = true
	}
	for _, fs := range [][]finding.Finding{r.Findings, r.Suppressed} {
		for _, f := range fs {
			if !seen[f.File] {
				seen[f.File] = true
				out = append(out, f.File)
			}
		}
	}
	return out
}

// rule returns the catalogue entry of id, or a bare entry when the rule is
// not in the catalogue.
func (r Result) rule(id string) finding.Rule {
	for _, ru := range r.Rules {
		if ru.ID == id {
			return ru
		}
	}
	return finding.Rule{ID: id, Title: id, Severity: finding.Error}
}

// tr picks the Swedish or English text by r.Lang.
func (r Result) tr(sv, en string) string {
	if r.Lang == "en" {
		return en
	}
	return sv
}
