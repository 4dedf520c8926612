package check

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/tjlint/tjlint/internal/casegen"
	"github.com/tjlint/tjlint/internal/casemodel"
)

// slowRule takes minutes for a case titled "långsam" (25 million
// iterations, nothing kept), and nothing for any other case.
const slowRule = `# METADATA
# title: Långsam
# description: En regel som inte blir klar i tid.
# custom:
#   severity: info
package tjlint.rules.kommun.langsam

deny contains {"path": ["title"], "message": "klar"} if {
	input.title == "långsam"
	some a in numbers.range(1, 5000)
	some b in numbers.range(1, 5000)
	a * b == -1
}
`

// TestDeadline stops a file whose rules run past the per-file deadline with
// input/too-complex naming the file, and still checks the other files.
func TestDeadline(t *testing.T) {
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "langsam.rego"), []byte(slowRule), 0o644); err != nil {
		t.Fatal(err)
	}
	c, err := New(t.Context(), Options{PolicyDirs: []string{dir}, Timeout: 200 * time.Millisecond})
	if err != nil {
		t.Fatal(err)
	}
	start := time.Now()
	slow := c.Check(t.Context(), "slow.json", []byte(`{"kind": "tjansteutlatande", "title": "långsam"}`))
	if d := time.Since(start); d > 5*time.Second {
		t.Errorf("the deadline did not stop the evaluation: %v", d)
	}
	if !slow.InputError || len(slow.Findings) != 1 || slow.Findings[0].Rule != RuleTooComplex ||
		!strings.Contains(slow.Findings[0].Message.SV, "slow.json") {
		t.Fatalf("slow case: %+v, want one input/too-complex naming slow.json", slow)
	}
	if _, ok := c.Rule(RuleTooComplex); !ok {
		t.Errorf("%s is not in the catalogue", RuleTooComplex)
	}
	fast := c.Check(t.Context(), "fast.json", []byte(`{"kind": "tjansteutlatande", "title": "snabb"}`))
	if fast.InputError {
		t.Fatalf("fast case after a slow one: %+v", fast)
	}
	for _, f := range fast.Findings {
		if f.Rule == RuleTooComplex || f.Rule == RulePolicy {
			t.Errorf("fast case: %+v", f)
		}
	}
}

// TestDeadlineStopsReading: a document whose reading alone takes longer
// than the per-file deadline gets input/too-complex naming it, at the
// deadline rather than when the reader is done (TestDeadline shows that
// the other files are still checked).
func TestDeadlineStopsReading(t *testing.T) {
	c, err := New(t.Context(), Options{Timeout: time.Millisecond})
	if err != nil {
		t.Fatal(err)
	}
	var long []byte
	for _, s := range casegen.Hostile() {
		if s.Name == "text-lines" {
			long = s.Gen(casemodel.MaxLines - 100) // inside the limits: read to the end
		}
	}
	slow := c.Check(t.Context(), "lang.txt", long)
	if !slow.InputError || len(slow.Findings) != 1 || slow.Findings[0].Rule != RuleTooComplex ||
		!strings.Contains(slow.Findings[0].Message.SV, "lang.txt") {
		t.Fatalf("slow reading: %+v, want one input/too-complex naming lang.txt", slow)
	}
}
