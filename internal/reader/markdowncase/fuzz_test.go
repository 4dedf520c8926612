package markdowncase

import (
	"errors"
	"os"
	"path/filepath"
	"testing"

	"github.com/tjlint/tjlint/internal/casemodel"
)

// FuzzRead: no input makes the reader panic, and every error is an input
// error or "not a case".
func FuzzRead(f *testing.F) {
	seeds, _ := filepath.Glob("testdata/*.md")
	for _, s := range seeds {
		b, err := os.ReadFile(s)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b)
	}
	f.Add([]byte("---\na: &x [*x]\n---\n"))
	f.Add([]byte("> - > - > - **x**\n<!-- tjlint-disable a reason=\"b\" -->"))
	f.Add([]byte("| a | b |\n|---|---|\n| c |\n"))
	f.Fuzz(func(t *testing.T, src []byte) {
		c, err := Reader{}.Read("f.md", src)
		if err != nil {
			var ie *casemodel.InputError
			var nc *casemodel.NotACaseError
			if !errors.As(err, &ie) && !errors.As(err, &nc) {
				t.Fatalf("unexpected error type %T: %v", err, err)
			}
			return
		}
		for ptr, p := range c.Positions {
			if p.Line < 0 || p.Column < 0 {
				t.Fatalf("negative position %v for %s", p, ptr)
			}
		}
	})
}
