package check

import (
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/tjlint/tjlint/internal/finding"
	"github.com/tjlint/tjlint/internal/reader/docxcase/docxtest"
)

// TestHeldOutRenderings checks the held-out text documents again as
// other renderings of the same document: as Markdown (the text as it
// stands, which is also plain Markdown) and as Word files, written the way
// a clerk's Word document holds them: one paragraph per paragraph (hard
// wraps undone, a blank line as an empty paragraph), and lines of columns
// (a signature block, a header row) as a table whose cells hold their
// column's lines. The fields must be as right as in the text, and the same
// errors must come out.
func TestHeldOutRenderings(t *testing.T) {
	docs, err := filepath.Glob(filepath.Join(heldOutDir, "h*.txt"))
	if err != nil {
		t.Fatal(err)
	}
	c, err := New(t.Context(), Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, rd := range []struct {
		ext    string
		render func(string) []byte
	}{
		{".md", func(s string) []byte { return []byte(s) }},
		{".docx", textToDOCX},
	} {
		right, total := 0, 0
		for _, path := range docs {
			src, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			want := readHeldOutExpect(t, path)
			name := strings.TrimSuffix(filepath.Base(path), ".txt") + rd.ext
			text := c.Check(t.Context(), filepath.Base(path), src)
			res := c.Check(t.Context(), name, rd.render(string(src)))
			if res.Case == nil {
				t.Errorf("%s: not read: %v", name, res.Findings)
				continue
			}
			r, tot, misses := compareHeldOut(want, res.Case.Value, res.Findings)
			right += r
			total += tot
			for _, m := range misses {
				t.Logf("%s: %s", name, m)
			}
			if got, w := errorRules(res.Findings), errorRules(text.Findings); !slices.Equal(got, w) {
				t.Errorf("%s: errors %v, the text gives %v", name, got, w)
			}
		}
		acc := float64(right) / float64(total)
		t.Logf("held-out as %s: %d of %d fields right (%.1f %%)", rd.ext, right, total, 100*acc)
		if acc < minHeldOutAccuracy {
			t.Errorf("held-out accuracy as %s %.1f %%, want at least %.0f %%", rd.ext, 100*acc, 100*minHeldOutAccuracy)
		}
	}
}

func errorRules(fs []finding.Finding) []string {
	var out []string
	for _, f := range fs {
		if f.Severity == finding.Error {
			out = append(out, f.Rule)
		}
	}
	slices.Sort(out)
	return out
}

var docxColSep = regexp.MustCompile(`\S\s{2,}\S`)

// textToDOCX writes a text document as a Word file: a paragraph per
// paragraph, lines of columns as a table.
func textToDOCX(src string) []byte {
	var body []any
	var para []string
	var rows [][]string
	firstRaw := "" // the first line of the rows, whose columns the others stand under
	flushPara := func() {
		if len(para) > 0 {
			body = append(body, docxtest.P{Text: strings.Join(para, " ")})
			para = nil
		}
	}
	flushRows := func() {
		if len(rows) == 0 {
			return
		}
		n := 0
		for _, r := range rows {
			n = max(n, len(r))
		}
		cells := make([]string, n)
		for _, r := range rows {
			for k := range n {
				v := ""
				if k < len(r) {
					v = r[k]
				}
				if v != "" {
					if cells[k] != "" {
						cells[k] += "\n"
					}
					cells[k] += v
				}
			}
		}
		body = append(body, docxtest.Table{Rows: [][]string{cells}})
		rows = nil
	}
	for _, l := range strings.Split(src, "\n") {
		t := strings.TrimSpace(l)
		switch {
		case t == "":
			flushPara()
			flushRows()
			// a blank line is an empty paragraph, as Enter makes it
			body = append(body, docxtest.P{})
		case docxColSep.MatchString(t) || len(rows) > 0 && strings.HasPrefix(l, "   "):
			flushPara()
			if len(rows) == 0 {
				firstRaw = l
			}
			rows = append(rows, alignColumns(l, firstRaw))
		default:
			flushRows()
			r, _ := utf8.DecodeRuneInString(t)
			if len(para) > 0 && unicode.IsLower(r) && !strings.HasPrefix(t, "att ") {
				para[len(para)-1] += " " + t // a hard wrap undone
				continue
			}
			flushPara()
			para = []string{t}
		}
	}
	flushPara()
	flushRows()
	return docxtest.Doc{Body: body}.Bytes()
}

var docxGap = regexp.MustCompile(`\S\s{2,}`)

// columnStarts are the offsets where the columns of line l start.
func columnStarts(l string) []int {
	starts := []int{len(l) - len(strings.TrimLeft(l, " "))}
	for _, m := range docxGap.FindAllStringIndex(l, -1) {
		starts = append(starts, m[1])
	}
	return starts
}

// alignColumns splits l into its columns; a line of fewer columns than
// first has each put in the cell of first's column it stands under (a
// unit under one title).
func alignColumns(l, first string) []string {
	split := func(l string) ([]int, []string) {
		l = strings.TrimRight(l, " \r")
		starts := columnStarts(l)
		var cols []string
		for k, st := range starts {
			end := len(l)
			if k+1 < len(starts) {
				end = starts[k+1]
			}
			cols = append(cols, strings.TrimSpace(l[st:end]))
		}
		return starts, cols
	}
	starts, cols := split(l)
	fstarts, fcols := split(first)
	if len(cols) >= len(fcols) {
		return cols
	}
	out := make([]string, len(fcols))
	for k, st := range starts {
		best := 0
		for c, fs := range fstarts {
			if fs <= st+1 {
				best = c
			}
		}
		out[best] = cols[k]
	}
	return out
}
