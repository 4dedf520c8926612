package textcase

import (
	"os"
	"testing"

	"github.com/tjlint/tjlint/internal/casegen"
)

// BenchmarkReadCorpus reads a real document of the corpus repeated to
// 1 MB and 5 MB: the text reader's throughput on ordinary text (target
// 10 MB/s or more, docs/limits.md).
func BenchmarkReadCorpus(b *testing.B) {
	doc, err := os.ReadFile("../../../testdata/corpus/seed/000_7ea83c482b1260de.txt")
	if err != nil {
		b.Fatal(err)
	}
	for _, size := range []struct {
		name string
		n    int
	}{{"1MB", 1 << 20}, {"5MB", 5 << 20}} {
		src := casegen.RepeatCorpus(doc, size.n)
		b.Run(size.name, func(b *testing.B) {
			b.SetBytes(int64(len(src)))
			b.ReportAllocs()
			for b.Loop() {
				if _, err := (Reader{}).Read("big.txt", src); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
