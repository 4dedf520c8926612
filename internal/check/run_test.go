package check

import (
	"slices"
	"strings"
	"testing"

	"github.com/tjlint/tjlint/internal/finding"
	"github.com/tjlint/tjlint/internal/i18n"
)

// TestRun checks the pipeline over several inputs: the names stay in input
// order whatever the parallelism, findings are sorted, MinLevel hides
// without changing the exit code, and an unreachable input is exit 2.
func TestRun(t *testing.T) {
	c, err := New(t.Context(), Options{})
	if err != nil {
		t.Fatal(err)
	}
	unsigned := []byte(`{"schema_version": 1, "kind": "tjansteutlatande", "signatories": [{"title": "Chef"}]}`)
	var names []string
	var ins []Input
	for i := range 9 {
		n := string(rune('z'-i)) + ".json"
		names = append(names, n)
		ins = append(ins, Input{Name: n, Data: unsigned})
	}
	res := c.Run(t.Context(), slices.Values(ins), RunOptions{Jobs: 3, MinLevel: finding.Error})
	if !slices.Equal(res.Files, names) {
		t.Errorf("files %v, want %v", res.Files, names)
	}
	if !slices.IsSortedFunc(res.Findings, finding.Compare) || len(res.Findings) == 0 {
		t.Errorf("findings not sorted or empty: %v", res.Findings)
	}
	for _, f := range res.Findings {
		if f.Severity < finding.Error {
			t.Errorf("MinLevel error shows %v", f)
		}
	}
	if got := res.ExitCode(finding.Error); got != ExitFindings {
		t.Errorf("exit code %d, want %d", got, ExitFindings)
	}
	if got := res.ExitCode(0); got != ExitOK {
		t.Errorf("exit code with fail level never %d, want 0", got)
	}

	// Everything hidden (above every level): still exit 1.
	res = c.Run(t.Context(), slices.Values(ins[:1]), RunOptions{MinLevel: finding.Error + 1})
	if len(res.Findings) != 0 || res.ExitCode(finding.Error) != ExitFindings {
		t.Errorf("hidden findings: %d shown, exit %d", len(res.Findings), res.ExitCode(finding.Error))
	}

	res = c.Run(t.Context(), slices.Values([]Input{{Name: "saknas", Problem: &i18n.Text{SV: "finns inte", EN: "does not exist"}}}), RunOptions{})
	if res.ExitCode(0) != ExitError || len(res.Findings) != 1 || res.Findings[0].Rule != RuleUnreadable {
		t.Errorf("problem input: exit %d, findings %v", res.ExitCode(0), res.Findings)
	}

	// Standard input without a name: the content chooses the reader and
	// the findings name the stream.
	res = c.Run(t.Context(), slices.Values([]Input{{Name: "<stdin>", Stream: strings.NewReader("kind: yttrande\n"), Sniff: true}}), RunOptions{KeepCases: true})
	if res.Cases[0] == nil || res.Cases[0].Format != "yaml" {
		t.Fatalf("sniffed stdin: case %+v", res.Cases[0])
	}
	for _, f := range res.Findings {
		if f.File != "<stdin>" {
			t.Errorf("finding names %q, want <stdin>", f.File)
		}
	}
}
