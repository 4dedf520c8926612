package jsoncase

import (
	"testing"

	"github.com/tjlint/tjlint/internal/casegen"
)

// BenchmarkRead decodes a realistic 4 KB case with positions.
func BenchmarkRead(b *testing.B) {
	src := casegen.Generate(1, 0).JSON()
	b.SetBytes(int64(len(src)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := (Reader{}).Read("case.json", src); err != nil {
			b.Fatal(err)
		}
	}
}
