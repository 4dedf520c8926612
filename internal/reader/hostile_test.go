package reader

import (
	"errors"
	"runtime"
	"strconv"
	"strings"
	"testing"

	"github.com/tjlint/tjlint/internal/casegen"
	"github.com/tjlint/tjlint/internal/casemodel"
)

// hostileScale is the size at which each shape runs in the suite: past
// its limit, small enough that the whole suite takes a few seconds. The
// full sizes of issue 14 are measured with the CLI (docs/limits.md).
var hostileScale = map[string]int{
	"json-decisions":      600,
	"json-signatories":    300,
	"json-sections":       3_000,
	"text-lines":          casemodel.MaxLines + 10,
	"text-bullets":        2_000,
	"text-headings":       casemodel.MaxBlocks + 10,
	"text-signatures":     20_000,
	"md-deep-list":        casemodel.MaxNesting + 10,
	"md-deep-list-inline": 1_000,
	"md-open-links":       casemodel.MaxLinkOpeners + 10,
	"md-wide-table":       casemodel.MaxTableCells + 10,
	"md-deep-quote":       1_000,
	"md-bullets":          2_000,
	"yaml-decisions":      600,
}

// wantLimit is what each shape must be refused for; "" means the shape is
// within every limit and must be read with bounded memory.
var wantLimit = map[string]string{
	"json-decisions":      "decision points",
	"json-signatories":    "signatories",
	"json-sections":       "sections",
	"text-lines":          "lines",
	"text-bullets":        "decision points",
	"text-headings":       "paragraphs, list items, headings and table rows",
	"text-signatures":     "",
	"md-deep-list":        "levels of lists and quotes",
	"md-deep-list-inline": "levels of lists and quotes",
	"md-open-links":       "brackets [ in one paragraph",
	"md-wide-table":       "cells in a table row",
	"md-deep-quote":       "levels of lists and quotes",
	"md-bullets":          "decision points",
	"yaml-decisions":      "decision points",
}

// withinLimits are shapes just inside their limits, read to the end: they
// must be read with bounded memory (and, in the benchmarks, fast).
var withinLimits = map[string]int{
	"text-lines":    casemodel.MaxLines - 100,
	"md-deep-list":  casemodel.MaxNesting - 4,
	"md-open-links": casemodel.MaxLinkOpeners - 10,
	"md-wide-table": casemodel.MaxTableCells - 10,
	"md-deep-quote": casemodel.MaxNesting - 4,
}

// TestHostile reads every generated hostile shape through the registry:
// each one past a limit ends in an input error that names the limit and a
// position; one within the limits is read using memory bounded by a small
// multiple of its size. No timing is asserted here (see the benchmarks).
func TestHostile(t *testing.T) {
	type run struct {
		casegen.Shape
		n    int
		want string
	}
	var runs []run
	for _, s := range casegen.Hostile() {
		n, ok := hostileScale[s.Name]
		if !ok {
			t.Fatalf("no scale for shape %s", s.Name)
		}
		runs = append(runs, run{s, n, wantLimit[s.Name]})
		if n, ok := withinLimits[s.Name]; ok {
			runs = append(runs, run{s, n, ""})
		}
	}
	for _, r := range runs {
		s, n := r.Shape, r.n
		t.Run(s.Name+"/"+strconv.Itoa(n), func(t *testing.T) {
			src := s.Gen(n)
			name := "hostile" + s.Ext
			rd, err := For(name, "", src)
			if err != nil {
				t.Fatal(err)
			}
			var before, after runtime.MemStats
			runtime.GC()
			runtime.ReadMemStats(&before)
			c, err := rd.Read(name, src)
			runtime.ReadMemStats(&after)
			var live runtime.MemStats
			runtime.GC()
			runtime.ReadMemStats(&live)
			runtime.KeepAlive(c)
			want := r.want
			if want == "" && raceEnabled {
				t.Skip("allocation bounds are measured without the race detector (see raceEnabled)")
			}
			if want == "" {
				var nc *casemodel.NotACaseError
				if err != nil && !errors.As(err, &nc) {
					t.Fatalf("within the limits, got %v", err)
				}
				// a quadratic path allocates thousands of times the input
				if alloc := after.TotalAlloc - before.TotalAlloc; alloc > 500*uint64(len(src))+4<<20 {
					t.Errorf("allocated %d bytes for %d bytes of input (more than 500×)", alloc, len(src))
				}
				if kept := int64(live.HeapAlloc) - int64(before.HeapAlloc); kept > 20*int64(len(src))+1<<20 {
					t.Errorf("the case holds %d bytes for %d bytes of input (more than 20×)", kept, len(src))
				}
				t.Logf("%d bytes: allocated %d×, case %d×", len(src), (after.TotalAlloc-before.TotalAlloc)/uint64(len(src)),
					(int64(live.HeapAlloc)-int64(before.HeapAlloc))/int64(len(src)))
				return
			}
			var ie *casemodel.InputError
			if !errors.As(err, &ie) {
				t.Fatalf("got %v, want an input error about %s", err, want)
			}
			if !strings.Contains(ie.Message.EN, "more than") || !strings.Contains(ie.Message.EN, want) || ie.Pos.IsZero() ||
				!strings.Contains(ie.Message.SV, "fler än") {
				t.Errorf("got %q (%q) at %v, want the limit of %s named, in Swedish and English, at a position", ie.Message.SV, ie.Message.EN, ie.Pos, want)
			}
		})
	}
}

// BenchmarkHostile reads every hostile shape at the full size of issue 14
// and every shape just inside its limits: the target is 2 s and 256 MiB
// at most per document (docs/limits.md).
func BenchmarkHostile(b *testing.B) {
	for _, s := range casegen.Hostile() {
		sizes := []int{s.Full}
		if n, ok := withinLimits[s.Name]; ok {
			sizes = append(sizes, n)
		}
		for _, n := range sizes {
			src := s.Gen(n)
			name := "hostile" + s.Ext
			rd, err := For(name, "", src)
			if err != nil {
				b.Fatal(err)
			}
			b.Run(s.Name+"/"+strconv.Itoa(n), func(b *testing.B) {
				b.SetBytes(int64(len(src)))
				b.ReportAllocs()
				for b.Loop() {
					_, _ = rd.Read(name, src)
				}
			})
		}
	}
}
