package report

import (
	"bufio"
	"fmt"
	"io"
	"strings"

	"github.com/tjlint/tjlint/internal/finding"
)

// Markdown is a report a person reads in a merge-request comment or a
// GitHub job summary: a heading with the summary, a table per file with
// findings, the clean files in one line, and the suppressed findings
// (counted; listed with ShowSuppressed).
type Markdown struct {
	ShowSuppressed bool
}

// Report implements Reporter.
func (m Markdown) Report(w io.Writer, r Result) error {
	bw := bufio.NewWriter(w)
	fmt.Fprintf(bw, "## tjlint\n\n%s\n", Summary(r))
	byFile := map[string][]finding.Finding{}
	for _, f := range r.Findings {
		byFile[f.File] = append(byFile[f.File], f)
	}
	var clean []string
	for _, file := range r.files() {
		fs := byFile[file]
		if len(fs) == 0 {
			clean = append(clean, "`"+mdCode(file)+"`")
			continue
		}
		fmt.Fprintf(bw, "\n### `%s`\n\n", mdCode(file))
		mdTable(bw, r, fs, false)
	}
	if len(clean) > 0 {
		fmt.Fprintf(bw, "\n%s: %s\n", r.tr("Utan fynd", "No findings"), strings.Join(clean, ", "))
	}
	if m.ShowSuppressed && len(r.Suppressed) > 0 {
		fmt.Fprintf(bw, "\n### %s\n\n", r.tr("Undantagna fynd", "Suppressed findings"))
		mdTable(bw, r, r.Suppressed, true)
	}
	return bw.Flush()
}

func mdTable(w io.Writer, r Result, fs []finding.Finding, suppressed bool) {
	if suppressed {
		fmt.Fprintf(w, "| %s | %s | %s | %s | %s |\n|---|---|---|---|---|\n",
			r.tr("Fil", "File"), r.tr("Rad", "Line"), r.tr("Regel", "Rule"), r.tr("Meddelande", "Message"), r.tr("Skäl", "Reason"))
	} else {
		fmt.Fprintf(w, "| %s | %s | %s | %s |\n|---|---|---|---|\n",
			r.tr("Rad", "Line"), r.tr("Nivå", "Level"), r.tr("Regel", "Rule"), r.tr("Meddelande", "Message"))
	}
	for _, f := range fs {
		rule := "`" + mdCode(f.Rule) + "`"
		if uri := mdURL(r.rule(f.Rule).HelpURI()); uri != "" {
			rule = "[" + rule + "](" + uri + ")"
		}
		if suppressed {
			fmt.Fprintf(w, "| `%s` | %d | %s | %s | %s |\n", mdCode(f.File), f.Line, rule, mdCell(f.Message.In(r.Lang)), mdCell(f.Suppression.Reason))
			continue
		}
		fmt.Fprintf(w, "| %d:%d | %s %s | %s | %s |\n", f.Line, f.Column, mdIcon(f.Severity), f.Severity.Word(r.Lang), rule, mdCell(f.Message.In(r.Lang)))
	}
}

func mdIcon(s finding.Severity) string {
	switch s {
	case finding.Error:
		return "🔴"
	case finding.Warning:
		return "🟡"
	}
	return "🔵"
}

// mdCell makes untrusted text inert inside a table cell (see mdText).
func mdCell(s string) string { return mdText(s) }
