package engine

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/tjlint/tjlint/internal/casegen"
	"github.com/tjlint/tjlint/internal/golden"
)

// TestFoldingKeepsResults evaluates generated cases with and without constant
// folding and requires identical results.
func TestFoldingKeepsResults(t *testing.T) {
	folded, err := Load(t.Context(), Options{Fold: FoldNow})
	if err != nil {
		t.Fatal(err)
	}
	plain, err := Load(t.Context(), Options{Fold: FoldNever})
	if err != nil {
		t.Fatal(err)
	}
	for i := range 200 {
		v := casegen.Generate(3, i).Value
		a, err := folded.Eval(t.Context(), v)
		if err != nil {
			t.Fatal(err)
		}
		b, err := plain.Eval(t.Context(), v)
		if err != nil {
			t.Fatal(err)
		}
		key := func(r Result) string { return fmt.Sprint(r.Rule, r.Pointer, r.Message) }
		ka, kb := mapKeys(a, key), mapKeys(b, key)
		if !slices.Equal(ka, kb) {
			t.Fatalf("case %d: folded %v, unfolded %v", i, ka, kb)
		}
	}
}

// TestFoldingUsesParams checks that folded values come from the configured
// parameters, and that rules reading input are left alone.
func TestFoldingUsesParams(t *testing.T) {
	dir := t.TempDir()
	src := `# METADATA
# title: T
# description: D
# custom:
#   severity: info
#   params:
#     words: [a, b]
package tjlint.rules.custom.fold

import data.tjlint.lib.result

_re := concat("|", data.tjlint.params["custom/fold"].words)

_title := input.title

deny contains result.fail(["title"], _re, _title) if is_string(_title)
`
	if err := os.WriteFile(filepath.Join(dir, "fold.rego"), []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	e, err := Load(t.Context(), Options{Fold: FoldNow, PolicyDirs: []string{dir}, Params: map[string]map[string]any{"custom/fold": {"words": []any{"x", "y", "z"}}}})
	if err != nil {
		t.Fatal(err)
	}
	for _, title := range []string{"first", "second"} {
		rs, err := e.Eval(t.Context(), map[string]any{"title": title})
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, r := range rs {
			if r.Rule == "custom/fold" {
				got = append(got, r.Message.SV+" "+r.Message.EN)
			}
		}
		if want := []string{"x|y|z " + title}; !slices.Equal(got, want) {
			t.Errorf("got %v, want %v", got, want)
		}
	}
}

func mapKeys(rs []Result, key func(Result) string) []string {
	var out []string
	for _, r := range rs {
		out = append(out, key(r))
	}
	slices.Sort(out)
	return out
}

// foldMode is FoldNow or FoldNever, for benchmarks that compare the two.
func foldMode(fold bool) FoldMode {
	if fold {
		return FoldNow
	}
	return FoldNever
}

// TestFoldedGolden lists the rule values the engine folds into constants
// and compares them with testdata/folded.golden, so that a change in the
// rules or in the folder that stops folding (every other test passes with
// folding switched off) shows in review. -update rewrites it.
func TestFoldedGolden(t *testing.T) {
	e, err := Load(t.Context(), Options{Fold: FoldNow})
	if err != nil {
		t.Fatal(err)
	}
	got, err := e.Folded()
	if err != nil {
		t.Fatal(err)
	}
	if len(got) == 0 {
		t.Fatal("no rule value was folded")
	}
	golden.Check(t, "testdata/folded.golden", []byte(strings.Join(got, "\n")+"\n"))
}

// TestFoldAuto: by default the engine folds by itself after FoldAfter
// evaluations, whatever the caller's number of files, with the same
// results before and after.
func TestFoldAuto(t *testing.T) {
	e, err := Load(t.Context(), Options{})
	if err != nil {
		t.Fatal(err)
	}
	before := e.pq.Load()
	v := casegen.Generate(3, 1).Value
	first, err := e.Eval(t.Context(), v)
	if err != nil {
		t.Fatal(err)
	}
	for range FoldAfter {
		if _, err := e.Eval(t.Context(), v); err != nil {
			t.Fatal(err)
		}
	}
	if folded, err := e.Folded(); err != nil || len(folded) == 0 {
		t.Fatalf("auto fold: %v, %v", folded, err)
	}
	if e.pq.Load() == before {
		t.Fatal("the prepared query was not replaced by the folded one")
	}
	last, err := e.Eval(t.Context(), v)
	if err != nil {
		t.Fatal(err)
	}
	key := func(r Result) string { return fmt.Sprint(r.Rule, r.Pointer, r.Message) }
	if !slices.Equal(mapKeys(first, key), mapKeys(last, key)) {
		t.Errorf("results changed with folding: %v, %v", first, last)
	}
}
