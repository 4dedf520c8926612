package engine

import (
	"testing"

	"github.com/open-policy-agent/opa/v1/rego"
)

// BenchmarkEvalLib evaluates the library values that several rules share
// (the texts of a case, the decision points and their analysis) alone over
// generated cases, folded as when checking: what a rule that uses them
// pays once per case.
//
//	go test ./internal/engine -run '^$' -bench EvalLib
func BenchmarkEvalLib(b *testing.B) {
	e, err := Load(b.Context(), Options{Fold: FoldNow})
	if err != nil {
		b.Fatal(err)
	}
	inputs := generatedInputs(b)
	for _, q := range []string{
		"data.tjlint.lib.place.texts",
		"data.tjlint.lib.place.all_text",
		"data.tjlint.lib.decision.points",
		"data.tjlint.lib.decision.verdicts",
		"data.tjlint.lib.signatories",
	} {
		pq, err := rego.New(rego.Query("x := "+q), rego.Compiler(e.compiler), rego.Store(e.store)).PrepareForEval(b.Context())
		if err != nil {
			b.Fatal(err)
		}
		b.Run(q[len("data.tjlint.lib."):], func(b *testing.B) {
			i := 0
			loop(b, func() {
				if _, err := pq.Eval(b.Context(), rego.EvalParsedInput(inputs[i%len(inputs)])); err != nil {
					b.Fatal(err)
				}
				i++
			})
		})
	}
}
