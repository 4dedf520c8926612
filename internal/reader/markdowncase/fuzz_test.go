package markdowncase

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/tjlint/tjlint/internal/reader/readertest"
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
		readertest.Check(t, Reader{}, "f.md", src, readertest.Lines(src))
	})
}
