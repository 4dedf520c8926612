package engine

import (
	"os"
	"strings"
	"testing"

	"github.com/open-policy-agent/opa/v1/ast"
	"github.com/open-policy-agent/opa/v1/rego"
)

// BenchmarkMicro compares Rego formulations: TJLINT_MICRO names a file with
// "package micro" whose rules r_<name> are each evaluated alone over generated
// cases. Skipped unless TJLINT_MICRO is set:
//
//	TJLINT_MICRO=/tmp/m.rego go test ./internal/engine -run '^$' -bench Micro
func BenchmarkMicro(b *testing.B) {
	file := os.Getenv("TJLINT_MICRO")
	if file == "" {
		b.Skip("set TJLINT_MICRO to a Rego file")
	}
	src, err := os.ReadFile(file)
	if err != nil {
		b.Fatal(err)
	}
	m, err := ast.ParseModule(file, string(src))
	if err != nil {
		b.Fatal(err)
	}
	inputs := generatedInputs(b)
	seen := map[string]bool{}
	for _, r := range m.Rules {
		name := r.Head.Name.String()
		if !strings.HasPrefix(name, "r_") || seen[name] {
			continue
		}
		seen[name] = true
		pq, err := rego.New(rego.Query("x := data.micro."+name), rego.Module(file, string(src))).PrepareForEval(b.Context())
		if err != nil {
			b.Fatal(err)
		}
		b.Run(name, func(b *testing.B) {
			i := 0
			for b.Loop() {
				if _, err := pq.Eval(b.Context(), rego.EvalParsedInput(inputs[i%len(inputs)])); err != nil {
					b.Fatal(err)
				}
				i++
			}
		})
	}
}
