package report

import (
	"encoding/xml"
	"fmt"
	"io"
	"strings"

	"github.com/jstemmer/go-junit-report/v2/junit"

	"github.com/tjlint/tjlint/internal/finding"
)

// JUnit is JUnit XML for GitLab, Jenkins and Azure test tabs: one testsuite
// per file and one testcase per catalogue rule on that file, passing ones
// included, so a clean run still shows its tests. A rule's findings in the
// file make its testcase fail with every finding's position and text; when
// the file could not be read, the other rules' testcases are skipped.
// Testcase names are "<file>: <rule>", unique across the report because
// GitLab drops duplicates.
//
// It uses the junit package of github.com/jstemmer/go-junit-report/v2. The
// testsuites element carries no skipped count: the widely used Jenkins
// schema (junit-10.xsd) allows it only on testsuite.
type JUnit struct{}

// Report implements Reporter.
func (JUnit) Report(w io.Writer, r Result) error {
	byFile := map[string][]finding.Finding{}
	for _, f := range r.Findings {
		byFile[f.File] = append(byFile[f.File], f)
	}
	suppressed := map[string][]finding.Finding{}
	for _, f := range r.Suppressed {
		suppressed[f.File] = append(suppressed[f.File], f)
	}
	suites := junit.Testsuites{Name: "tjlint", Time: "0"}
	for i, file := range r.files() {
		ts := junit.Testsuite{Name: plain(file), ID: i, Package: "tjlint", Time: "0", File: plain(file)}
		byRule := map[string][]finding.Finding{}
		unreadable := false
		for _, f := range byFile[file] {
			byRule[f.Rule] = append(byRule[f.Rule], f)
			unreadable = unreadable || strings.HasPrefix(f.Rule, "input/")
		}
		ids := make([]string, 0, len(r.Rules))
		seen := map[string]bool{}
		for _, ru := range r.Rules {
			ids = append(ids, ru.ID)
			seen[ru.ID] = true
		}
		for _, f := range byFile[file] {
			if !seen[f.Rule] {
				seen[f.Rule] = true
				ids = append(ids, f.Rule)
			}
		}
		for _, id := range ids {
			tc := junit.Testcase{Name: plain(file) + ": " + plain(id), Classname: plain(file), Time: "0"}
			switch fs := byRule[id]; {
			case len(fs) > 0:
				tc.Failure = junitFailure(r, fs)
			case unreadable:
				tc.Skipped = &junit.Result{Message: r.tr("filen kunde inte läsas, regeln kördes inte", "the file could not be read, the rule was not run")}
			}
			var sup []string
			for _, f := range suppressed[file] {
				if f.Rule == id {
					sup = append(sup, fmt.Sprintf("%s:%d:%d: %s (%s: %s)", lineStart(f.File), f.Line, f.Column, plain(f.Message.In(r.Lang)), r.tr("undantagen", "suppressed"), plain(f.Suppression.Reason)))
				}
			}
			if len(sup) > 0 {
				tc.SystemOut = &junit.Output{Data: strings.Join(sup, "\n")}
			}
			ts.AddTestcase(tc)
		}
		suites.AddSuite(ts)
	}
	suites.Skipped = 0
	if _, err := io.WriteString(w, xml.Header); err != nil {
		return err
	}
	return suites.WriteXML(w)
}

func junitFailure(r Result, fs []finding.Finding) *junit.Result {
	msg := plain(fs[0].Message.In(r.Lang))
	if len(fs) > 1 {
		msg = fmt.Sprintf("%s (+%d %s)", msg, len(fs)-1, r.tr("till", "more"))
	}
	var b strings.Builder
	for _, f := range fs {
		fmt.Fprintf(&b, "%s:%d:%d: %s %s: %s\n", lineStart(f.File), f.Line, f.Column, f.Severity.Word(r.Lang), plain(f.Rule), plain(f.Message.In(r.Lang)))
		if f.Pointer != "" {
			fmt.Fprintf(&b, "  %s: %s\n", r.tr("pekare", "pointer"), plain(f.Pointer))
		}
	}
	return &junit.Result{Message: msg, Type: fs[0].Severity.String(), Data: b.String()}
}
