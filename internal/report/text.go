package report

import (
	"bufio"
	"fmt"
	"io"
	"strings"

	"github.com/fatih/color"

	"github.com/tjlint/tjlint/internal/finding"
)

// Text is the line format file:line:col: severity rule: message, followed by
// a summary line. Severity words and the summary follow Result.Lang.
type Text struct {
	Color bool
	// ShowSuppressed also lists the suppressed findings, each with its
	// reason.
	ShowSuppressed bool
	// Quiet leaves out the summary line.
	Quiet bool
}

// Report implements Reporter.
func (t Text) Report(w io.Writer, r Result) error {
	bw := bufio.NewWriter(w)
	for _, f := range r.Findings {
		sev := f.Severity.Word(r.Lang)
		if t.Color {
			sev = colorFor(f.Severity).Sprint(sev)
		}
		fmt.Fprintf(bw, "%s:%d:%d: %s %s: %s%s\n", lineStart(f.File), f.Line, f.Column, sev, plain(f.Rule), plain(f.Message.In(r.Lang)), plain(where(f, r.Lang)))
	}
	if t.ShowSuppressed {
		for _, f := range r.Suppressed {
			fmt.Fprintf(bw, "%s:%d:%d: %s %s: %s (%s: %s)\n", lineStart(f.File), f.Line, f.Column, r.tr("undantagen", "suppressed"), plain(f.Rule), plain(f.Message.In(r.Lang)),
				r.tr("skäl", "reason"), plain(f.Suppression.Reason))
		}
	}
	if !t.Quiet {
		fmt.Fprintln(bw, Summary(r))
	}
	return bw.Flush()
}

func colorFor(s finding.Severity) *color.Color {
	c := color.New(color.FgCyan)
	switch s {
	case finding.Error:
		c = color.New(color.FgRed, color.Bold)
	case finding.Warning:
		c = color.New(color.FgYellow)
	}
	c.EnableColor()
	return c
}

// Summary is the one-line summary of a run in r.Lang, e.g.
// "3 filer kontrollerade: 2 fel, 1 varning, 0 info".
func Summary(r Result) string {
	c := r.Counts()
	n := len(r.Files)
	// The suppressed count is shown only when there are suppressions, so
	// that runs without them keep the original line.
	if r.Lang == "en" {
		s := fmt.Sprintf("%d %s checked: %d %s, %d %s, %d info",
			n, plural(n, "file", "files"), c.Error, plural(c.Error, "error", "errors"), c.Warning, plural(c.Warning, "warning", "warnings"), c.Info)
		if k := len(r.Suppressed); k > 0 {
			s += fmt.Sprintf(" (%d suppressed)", k)
		}
		return s + skippedEN(r) + profilesText(r, "profile", "profiles")
	}
	s := fmt.Sprintf("%d %s: %d fel, %d %s, %d info",
		n, plural(n, "fil kontrollerad", "filer kontrollerade"), c.Error, c.Warning, plural(c.Warning, "varning", "varningar"), c.Info)
	if k := len(r.Suppressed); k > 0 {
		s += fmt.Sprintf(" (%d %s)", k, plural(k, "undantagen", "undantagna"))
	}
	return s + skippedSV(r) + profilesText(r, "profil", "profiler")
}

// profilesText is "; profil: utkast" when a built-in profile is in effect,
// so that a run's levels can be told from its log.
func profilesText(r Result, one, many string) string {
	if len(r.Profiles) == 0 {
		return ""
	}
	return "; " + plural(len(r.Profiles), one, many) + ": " + strings.Join(r.Profiles, ", ")
}

// skippedSV is "; 3 filer hoppades över" (and folders) when a walk skipped
// something by its default exclusions.
func skippedSV(r Result) string {
	var parts []string
	if n := r.SkippedFiles; n > 0 {
		parts = append(parts, fmt.Sprintf("%d %s", n, plural(n, "fil", "filer")))
	}
	if n := r.SkippedDirs; n > 0 {
		parts = append(parts, fmt.Sprintf("%d %s", n, plural(n, "mapp", "mappar")))
	}
	if len(parts) == 0 {
		return ""
	}
	return "; " + strings.Join(parts, " och ") + " hoppades över"
}

func skippedEN(r Result) string {
	var parts []string
	if n := r.SkippedFiles; n > 0 {
		parts = append(parts, fmt.Sprintf("%d %s", n, plural(n, "file", "files")))
	}
	if n := r.SkippedDirs; n > 0 {
		parts = append(parts, fmt.Sprintf("%d %s", n, plural(n, "folder", "folders")))
	}
	if len(parts) == 0 {
		return ""
	}
	return "; " + strings.Join(parts, " and ") + " skipped"
}

func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}

// where is " (under rubriken ”…”, stycke 2: ”…”)" for a finding with a
// location, "" otherwise.
func where(f finding.Finding, lang string) string {
	if f.Location.IsZero() {
		return ""
	}
	return " (" + f.Location.In(lang) + ")"
}
