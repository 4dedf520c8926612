package check

import (
	"fmt"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/tjlint/tjlint/internal/casegen"
)

// TestGeneratedCases checks 500 generated cases: each clean case gets no
// finding, each defective one exactly the rule its defect is planted for.
// It runs them from many goroutines on one Checker, so under -race it also
// proves that the shared prepared query is safe.
func TestGeneratedCases(t *testing.T) {
	c, err := New(t.Context(), Options{})
	if err != nil {
		t.Fatal(err)
	}
	const n = 500
	errs := make([]string, n)
	var wg sync.WaitGroup
	for w := range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := w; i < n; i += 8 {
				gc := casegen.Generate(42, i)
				name := fmt.Sprintf("case-%04d.json", i)
				res := c.Check(t.Context(), name, gc.JSON())
				var got []string
				for _, f := range res.Findings {
					if !slices.Contains(got, f.Rule) {
						got = append(got, f.Rule)
					}
				}
				slices.Sort(got)
				if strings.Join(got, ",") != strings.Join(gc.Want, ",") {
					errs[i] = fmt.Sprintf("%s: got rules %v, want %v (%v)", name, got, gc.Want, res.Findings)
				}
			}
		}()
	}
	wg.Wait()
	for _, e := range errs {
		if e != "" {
			t.Error(e)
		}
	}
}
