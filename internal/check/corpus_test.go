package check

import (
	"github.com/tjlint/tjlint/internal/golden"

	"bytes"
	"fmt"
	"path/filepath"
	"testing"
)

// TestCorpusFindings checks every real document in testdata/corpus (plain
// text as extracted from published PDFs) and compares the findings, with
// their positions, with testdata/corpus/findings.golden. The extraction
// itself is fixed per document by the text reader's golden files; this fixes
// what the rules make of it. -update rewrites the golden file.
func TestCorpusFindings(t *testing.T) {
	c, err := New(t.Context(), Options{})
	if err != nil {
		t.Fatal(err)
	}
	const dir = "../../testdata/corpus"
	files, err := filepath.Glob(filepath.Join(dir, "*", "*.txt"))
	if err != nil || len(files) < 17 {
		t.Fatalf("corpus: %d files, %v", len(files), err)
	}
	var got bytes.Buffer
	for _, path := range files {
		rel, _ := filepath.Rel(dir, path)
		rel = filepath.ToSlash(rel)
		res := c.CheckFile(t.Context(), path, rel)
		if res.InputError {
			t.Errorf("%s: input error %v", rel, res.Findings)
		}
		if len(res.Findings) == 0 {
			fmt.Fprintf(&got, "%s: no findings\n", rel)
		}
		for _, f := range res.Findings {
			fmt.Fprintf(&got, "%s:%d:%d: %s %s: %s\n", f.File, f.Line, f.Column, f.Severity, f.Rule, f.Message)
		}
	}
	golden.Check(t, filepath.Join(dir, "findings.golden"), got.Bytes())
}
