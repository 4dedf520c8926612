package engine

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/open-policy-agent/opa/v1/ast"
	"github.com/open-policy-agent/opa/v1/rego"

	"github.com/tjlint/tjlint/internal/casegen"
)

// cpuTime is the process's user+system CPU time. On a loaded machine wall
// time per op mostly measures waiting for a core; the benchmarks also report
// cpu-ns/op, the CPU time the process spent per op (GC included).
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// loop runs f b.N times and reports cpu-ns/op besides ns/op.
func loop(b *testing.B, f func()) {
	b.Helper()
	b.ReportAllocs()
	start := cpuTime()
	n := 0
	for b.Loop() {
		f()
		n++
	}
	if n > 0 {
		b.ReportMetric(float64(cpuTime()-start)/float64(n), "cpu-ns/op")
	}
}

// benchCase decodes a case fixture the way the JSON reader does (numbers as
// json.Number).
func benchCase(b *testing.B, name string) map[string]any {
	b.Helper()
	src, err := os.ReadFile(filepath.Join("testdata", name))
	if err != nil {
		b.Fatal(err)
	}
	dec := json.NewDecoder(bytes.NewReader(src))
	dec.UseNumber()
	var v map[string]any
	if err := dec.Decode(&v); err != nil {
		b.Fatal(err)
	}
	return v
}

// BenchmarkEval evaluates every built-in rule on one realistic case: the seed
// yttrande rendered as JSON with dates and three decision points (clean), and
// the seed with defects for most rules (defects), so that both the passing
// and the message-building branches are measured.
//
// The fold=false variants evaluate the rules without constant folding
// (see fold.go), to show what folding saves.
func BenchmarkEval(b *testing.B) {
	for _, fold := range []bool{true, false} {
		e, err := Load(b.Context(), Options{Fold: foldMode(fold)})
		if err != nil {
			b.Fatal(err)
		}
		b.Run(fmt.Sprintf("fold=%v", fold), func(b *testing.B) { benchEval(b, e) })
	}
}

func benchEval(b *testing.B, e *Engine) {
	for _, tc := range []struct {
		name, file string
		findings   int
	}{
		{"clean", "bench-clean.json", 0},
		{"defects", "bench-defects.json", 5},
	} {
		v := benchCase(b, tc.file)
		rs, err := e.Eval(b.Context(), v)
		if err != nil {
			b.Fatal(err)
		}
		if len(rs) != tc.findings {
			b.Fatalf("%s: %d findings, want %d: %v", tc.name, len(rs), tc.findings, rs)
		}
		b.Run(tc.name, func(b *testing.B) {
			loop(b, func() {
				if _, err := e.Eval(b.Context(), v); err != nil {
					b.Fatal(err)
				}
			})
		})
	}
}

// BenchmarkEvalParallel is BenchmarkEval's clean case with goroutines sharing
// the one prepared query.
func BenchmarkEvalParallel(b *testing.B) {
	e, err := Load(b.Context(), Options{})
	if err != nil {
		b.Fatal(err)
	}
	v := benchCase(b, "bench-clean.json")
	b.ReportAllocs()
	b.RunParallel(func(pb *testing.PB) {
		for pb.Next() {
			if _, err := e.Eval(b.Context(), v); err != nil {
				b.Error(err)
				return
			}
		}
	})
}

// BenchmarkEvalPerRule evaluates each rule's deny set alone (folded, as when
// checking) over generated cases, to find the rule that costs the most:
//
//	go test ./internal/engine -run '^$' -bench EvalPerRule
func BenchmarkEvalPerRule(b *testing.B) {
	e, err := Load(b.Context(), Options{Fold: FoldNow})
	if err != nil {
		b.Fatal(err)
	}
	inputs := generatedInputs(b)
	queries := []string{"all rules=" + query}
	for _, r := range e.Rules() {
		cat, name, _ := strings.Cut(r.ID, "/")
		queries = append(queries, fmt.Sprintf("%s=data.tjlint.rules[%q][%q].deny", r.ID, cat, name))
	}
	for _, q := range queries {
		id, text, _ := strings.Cut(q, "=")
		pq, err := rego.New(rego.Query(text), rego.Compiler(e.compiler), rego.Store(e.store)).PrepareForEval(b.Context())
		if err != nil {
			b.Fatal(err)
		}
		b.Run(id, func(b *testing.B) {
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

// generatedCases is how many generated cases the engine benchmarks evaluate.
const generatedCases = 200

// generatedInputs converts the generated cases to OPA values once, outside
// the measured loop.
func generatedInputs(b *testing.B) []ast.Value {
	b.Helper()
	inputs := make([]ast.Value, 0, generatedCases)
	for i := range generatedCases {
		v, err := ast.InterfaceToValue(casegen.Generate(1, i).Value)
		if err != nil {
			b.Fatal(err)
		}
		inputs = append(inputs, v)
	}
	return inputs
}
