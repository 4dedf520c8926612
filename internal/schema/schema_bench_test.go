package schema

import (
	"testing"

	"github.com/tjlint/tjlint/internal/casegen"
	"github.com/tjlint/tjlint/internal/reader/jsoncase"
)

// BenchmarkValidate validates a realistic case read by the JSON reader.
func BenchmarkValidate(b *testing.B) {
	v, err := New()
	if err != nil {
		b.Fatal(err)
	}
	c, err := jsoncase.Reader{}.Read("case.json", casegen.Generate(1, 0).JSON())
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		if vs := v.Validate(c.Value); len(vs) != 0 {
			b.Fatal(vs)
		}
	}
}
