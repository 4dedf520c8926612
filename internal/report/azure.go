package report

import (
	"bufio"
	"fmt"
	"io"
	"strings"
)

// Azure writes Azure Pipelines logging commands, one per error or warning:
//
//	##vso[task.logissue type=error;sourcepath=F;linenumber=L;columnnumber=C;code=RULE]MESSAGE
//
// escaped as azure-pipelines-task-lib does. Azure has no info issue type,
// so info findings are plain log lines in the text format. A summary line
// ends the output; the exit code, not a task.complete command, decides the
// step's result.
type Azure struct{}

// Report implements Reporter.
func (Azure) Report(w io.Writer, r Result) error {
	bw := bufio.NewWriter(w)
	for _, f := range r.Findings {
		line, col := position(f)
		typ := "error"
		switch f.Severity.String() {
		case "warning":
			typ = "warning"
		case "info":
			fmt.Fprintf(bw, "%s:%d:%d: %s %s: %s\n", lineStart(f.File), f.Line, f.Column, f.Severity.Word(r.Lang), plain(f.Rule), plain(f.Message.In(r.Lang)))
			continue
		}
		fmt.Fprintf(bw, "##vso[task.logissue type=%s;sourcepath=%s;linenumber=%d;columnnumber=%d;code=%s]%s\n",
			typ, azProperty(plain(f.File)), line, col, azProperty(plain(f.Rule)), azData(multiline(f.Message.In(r.Lang))))
	}
	fmt.Fprintln(bw, Summary(r))
	return bw.Flush()
}

var (
	azDataEscaper     = strings.NewReplacer("%", "%AZP25", "\r", "%0D", "\n", "%0A")
	azPropertyEscaper = strings.NewReplacer("%", "%AZP25", "\r", "%0D", "\n", "%0A", "]", "%5D", ";", "%3B")
)

// azData escapes a logging command's message.
func azData(s string) string { return azDataEscaper.Replace(s) }

// azProperty escapes a logging command's property value.
func azProperty(s string) string { return azPropertyEscaper.Replace(s) }
