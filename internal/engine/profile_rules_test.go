package engine

import (
	"fmt"
	"os"
	"testing"

	"github.com/open-policy-agent/opa/v1/ast"
	"github.com/open-policy-agent/opa/v1/profiler"
	"github.com/open-policy-agent/opa/v1/rego"

	"github.com/tjlint/tjlint/internal/casegen"
)

// TestProfileRules evaluates the folded rules over generated cases with OPA's
// expression profiler and prints the most expensive expressions and how often
// each is evaluated, to find where the time per case goes. Only when
// TJLINT_PROFILE_RULES is set:
//
//	TJLINT_PROFILE_RULES=1 go test ./internal/engine -run ProfileRules -v
func TestProfileRules(t *testing.T) {
	if os.Getenv("TJLINT_PROFILE_RULES") == "" {
		t.Skip("set TJLINT_PROFILE_RULES=1 to print")
	}
	e, err := Load(t.Context(), Options{})
	if err != nil {
		t.Fatal(err)
	}
	p := profiler.New()
	pq, err := rego.New(rego.Query(query), rego.Compiler(e.compiler), rego.Store(e.store)).PrepareForEval(t.Context())
	if err != nil {
		t.Fatal(err)
	}
	const n = 200
	for i := range n {
		v, err := ast.InterfaceToValue(casegen.Generate(1, i).Value)
		if err != nil {
			t.Fatal(err)
		}
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
