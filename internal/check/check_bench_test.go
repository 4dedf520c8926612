package check

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"sync"
	"sync/atomic"
	"testing"

	"github.com/tjlint/tjlint/internal/casegen"
)

// BenchmarkCheck measures the whole per-file path (read, schema, rules,
// positions) over generated cases, single-threaded and with one worker per
// CPU sharing one Checker, and reports cases per second.
//
//	go test -run '^$' -bench Check -benchtime 1x ./internal/check
func BenchmarkCheck(b *testing.B) {
	c, err := New(b.Context(), Options{})
	if err != nil {
		b.Fatal(err)
	}
	for _, n := range []int{1, 1000, 10000} {
		cases := make([][]byte, n)
		for i := range cases {
			cases[i] = casegen.Generate(1, i).JSON()
		}
		for _, workers := range []int{1, runtime.GOMAXPROCS(0)} {
			b.Run(fmt.Sprintf("cases=%d/workers=%d", n, workers), func(b *testing.B) {
				for b.Loop() {
					var next atomic.Int64
					var wg sync.WaitGroup
					for range workers {
						wg.Add(1)
						go func() {
							defer wg.Done()
							for {
								i := int(next.Add(1)) - 1
								if i >= n {
									return
								}
								c.Check(b.Context(), "case.json", cases[i])
							}
						}()
					}
					wg.Wait()
				}
				b.ReportMetric(float64(n*b.N)/b.Elapsed().Seconds(), "cases/s")
			})
		}
	}
}

// BenchmarkColdStart measures `tjlint check` on one file as a user runs it:
// process start, compiling the schema and the rules, checking, printing.
func BenchmarkColdStart(b *testing.B) {
	dir := b.TempDir()
	bin := filepath.Join(dir, "tjlint")
	build := exec.Command("go", "build", "-o", bin, "github.com/tjlint/tjlint/cmd/tjlint")
	if out, err := build.CombinedOutput(); err != nil {
		b.Fatalf("build: %v\n%s", err, out)
	}
	file := filepath.Join(dir, "case.json")
	if err := os.WriteFile(file, casegen.Generate(1, 0).JSON(), 0o644); err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		if out, err := exec.Command(bin, "check", file).CombinedOutput(); err != nil {
			b.Fatalf("%v\n%s", err, out)
		}
	}
}
