package report

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/tjlint/tjlint/internal/finding"
)

// GitHubAnnotationLimit is how many annotations of each kind (error,
// warning, notice) GitHub shows per step; the rest are only in the log.
const GitHubAnnotationLimit = 10

// GitHub writes GitHub Actions workflow commands, one annotation per finding:
//
//	::error file=F,line=L,col=C,endLine=L,endColumn=C,title=RULE::MESSAGE
//
// with info findings as notices, col/endColumn only when the finding starts
// and ends on the same line, and the escaping of actions/toolkit. When
// StepSummary names a file (GITHUB_STEP_SUMMARY), a Markdown job summary is
// appended to it, which also says when GitHub hides annotations beyond its
// per-step limit.
type GitHub struct {
	StepSummary string
}

// Report implements Reporter.
func (g GitHub) Report(w io.Writer, r Result) error {
	bw := bufio.NewWriter(w)
	for _, f := range r.Findings {
		line, col := position(f)
		props := []string{"file=" + ghProperty(plain(f.File)), fmt.Sprintf("line=%d", line)}
		sameLine := f.EndLine == 0 || f.EndLine == line
		if sameLine {
			props = append(props, fmt.Sprintf("col=%d", col))
		}
		if f.EndLine > line {
			props = append(props, fmt.Sprintf("endLine=%d", f.EndLine))
		}
		if sameLine && f.EndColumn > col {
			props = append(props, fmt.Sprintf("endColumn=%d", f.EndColumn))
		}
		props = append(props, "title="+ghProperty(plain(f.Rule)))
		fmt.Fprintf(bw, "::%s %s::%s\n", ghCommand(f.Severity), strings.Join(props, ","), ghData(multiline(f.Message.In(r.Lang))))
	}
	fmt.Fprintln(bw, Summary(r))
	if err := bw.Flush(); err != nil {
		return err
	}
	if g.StepSummary == "" {
		return nil
	}
	sf, err := os.OpenFile(g.StepSummary, os.O_APPEND|os.O_CREATE|os.O_WRONLY, 0o644)
	if err != nil {
		return fmt.Errorf("GITHUB_STEP_SUMMARY: %w", err)
	}
	err = writeStepSummary(sf, r)
	if cerr := sf.Close(); err == nil {
		err = cerr
	}
	return err
}

// writeStepSummary writes the Markdown report plus a note on annotations
// GitHub does not show.
func writeStepSummary(w io.Writer, r Result) error {
	if err := (Markdown{}).Report(w, r); err != nil {
		return err
	}
	c := r.Counts()
	var hidden []string
	for _, k := range []struct {
		n      int
		sv, en string
	}{{c.Error, "fel", "errors"}, {c.Warning, "varningar", "warnings"}, {c.Info, "info", "notices"}} {
		if k.n > GitHubAnnotationLimit {
			hidden = append(hidden, fmt.Sprintf("%d %s", k.n-GitHubAnnotationLimit, r.tr(k.sv, k.en)))
		}
	}
	if len(hidden) == 0 {
		return nil
	}
	_, err := fmt.Fprintf(w, "\n> [!NOTE]\n> %s\n",
		r.tr(fmt.Sprintf("GitHub visar högst %d anteckningar av varje slag per steg; %s visas bara i loggen och i tabellerna ovan.", GitHubAnnotationLimit, strings.Join(hidden, ", ")),
			fmt.Sprintf("GitHub shows at most %d annotations of each kind per step; %s are only in the log and the tables above.", GitHubAnnotationLimit, strings.Join(hidden, ", "))))
	return err
}

func ghCommand(s finding.Severity) string {
	switch s {
	case finding.Error:
		return "error"
	case finding.Warning:
		return "warning"
	}
	return "notice"
}

var (
	ghDataEscaper     = strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A")
	ghPropertyEscaper = strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A", ":", "%3A", ",", "%2C")
)

// ghData escapes a workflow command's message (actions/toolkit escapeData).
func ghData(s string) string { return ghDataEscaper.Replace(s) }

// ghProperty escapes a workflow command's property value (actions/toolkit
// escapeProperty).
func ghProperty(s string) string { return ghPropertyEscaper.Replace(s) }
