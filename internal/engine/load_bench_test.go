package engine

import "testing"

// BenchmarkLoad measures what every tjlint run pays once: parsing and
// compiling the embedded rules and preparing the query, with and without
// constant folding (cpu-ns/op: CPU time, which the loaded machine distorts
// less than the wall time).
func BenchmarkLoad(b *testing.B) {
	for _, fold := range []bool{true, false} {
		name := "fold"
		if !fold {
			name = "nofold"
		}
		b.Run(name, func(b *testing.B) {
			loop(b, func() {
				if _, err := Load(b.Context(), Options{Fold: foldMode(fold)}); err != nil {
					b.Fatal(err)
				}
			})
		})
	}
}
