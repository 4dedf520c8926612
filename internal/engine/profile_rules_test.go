package engine

import (
	"fmt"
	"testing"

	"github.com/open-policy-agent/opa/v1/profiler"
	"github.com/open-policy-agent/opa/v1/rego"
)

// BenchmarkRuleLines is a measuring tool rather than a benchmark: it
// evaluates the folded rules over generated cases with OPA's expression
// profiler and logs the most expensive expressions and how often each is
// evaluated, to find where the time per case goes:
//
//	go test ./internal/engine -run '^$' -bench RuleLines -benchtime 1x -v
func BenchmarkRuleLines(b *testing.B) {
	t := b
	e, err := Load(t.Context(), Options{Fold: FoldNow})
	if err != nil {
		t.Fatal(err)
	}
	p := profiler.New()
	pq, err := rego.New(rego.Query(query), rego.Compiler(e.compiler), rego.Store(e.store)).PrepareForEval(t.Context())
	if err != nil {
		t.Fatal(err)
	}
	const n = generatedCases
	for _, v := range generatedInputs(b) {
		if _, err := pq.Eval(t.Context(), rego.EvalParsedInput(v), rego.EvalQueryTracer(p)); err != nil {
			t.Fatal(err)
		}
	}
	perFile := map[string]float64{}
	for _, s := range p.ReportTopNResults(100000, []string{"num_eval"}) {
		perFile[s.Location.File] += float64(s.NumEval+s.NumRedo) / n
	}
	for f, c := range perFile {
		fmt.Printf("%7.1f evals+redos/case  %s\n", c, f)
	}
	for _, s := range p.ReportTopNResults(40, []string{"num_eval"}) {
		fmt.Printf("%8.1fµs/case %6.2f evals/case %6.2f redos/case  %s:%d\n",
			float64(s.ExprTimeNs)/n/1000, float64(s.NumEval)/n, float64(s.NumRedo)/n, s.Location.File, s.Location.Row)
	}
}
