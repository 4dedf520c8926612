package markdowncase

import (
	"os"
	"testing"

	"github.com/tjlint/tjlint/internal/casegen"
)

// BenchmarkRead reads a Markdown yttrande repeated to 1 MB: the time per
// byte must stay flat as documents grow.
func BenchmarkRead(b *testing.B) {
	doc, err := os.ReadFile("testdata/yttrande.md")
	if err != nil {
		b.Fatal(err)
	}
	for _, size := range []struct {
		name string
		n    int
	}{{"64KB", 64 << 10}, {"1MB", 1 << 20}} {
		src := casegen.RepeatCorpus(doc, size.n)
		b.Run(size.name, func(b *testing.B) {
			b.SetBytes(int64(len(src)))
			b.ReportAllocs()
			for b.Loop() {
				if _, err := (Reader{}).Read("big.md", src); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
