package check

import (
	"bytes"
	"fmt"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/tjlint/tjlint/internal/finding"
	"github.com/tjlint/tjlint/internal/golden"
)

const corpusDir = "../../testdata/corpus"

// corpusDocs lists every real document in testdata/corpus: single documents
// as plain text extracted from published PDFs (seed, real, kungsbacka) and
// whole meeting packets as published (packets, Markdown).
func corpusDocs(t *testing.T) []string {
	t.Helper()
	var files []string
	for _, pat := range []string{"*/*.txt", "packets/*.md"} {
		m, err := filepath.Glob(filepath.Join(corpusDir, pat))
		if err != nil {
			t.Fatal(err)
		}
		for _, f := range m {
			if filepath.Base(f) != "SOURCES.md" {
				files = append(files, f)
			}
		}
	}
	if len(files) < 90 {
		t.Fatalf("corpus: %d documents, want at least 90", len(files))
	}
	slices.Sort(files)
	return files
}

type corpusResult struct {
	rel string
	res FileResult
}

func checkCorpus(t *testing.T) []corpusResult {
	t.Helper()
	c, err := New(t.Context(), Options{})
	if err != nil {
		t.Fatal(err)
	}
	var out []corpusResult
	for _, path := range corpusDocs(t) {
		rel, _ := filepath.Rel(corpusDir, path)
		rel = filepath.ToSlash(rel)
		res := c.CheckFile(t.Context(), path, rel)
		if res.InputError {
			t.Errorf("%s: input error %v", rel, res.Findings)
		}
		out = append(out, corpusResult{rel, res})
	}
	return out
}

// TestCorpusFindings checks every real document in testdata/corpus and
// compares the findings, with their positions, with
// testdata/corpus/findings.golden. The extraction itself is fixed per
// document by the readers' golden files and summarised by TestCorpusSweep;
// this fixes what the rules make of it. -update rewrites the golden file.
func TestCorpusFindings(t *testing.T) {
	var got bytes.Buffer
	for _, r := range checkCorpus(t) {
		if len(r.res.Findings) == 0 {
			fmt.Fprintf(&got, "%s: no findings\n", r.rel)
		}
		for _, f := range r.res.Findings {
			fmt.Fprintf(&got, "%s:%d:%d: %s %s: %s\n", f.File, f.Line, f.Column, f.Severity, f.Rule, f.Message.SV)
		}
	}
	golden.Check(t, filepath.Join(corpusDir, "findings.golden"), got.Bytes())
}

// TestCorpusSweep summarises, one row per corpus document, what the readers
// found and what the rules made of it, in testdata/corpus/sweep.golden: a
// change to a reader or a rule shows its effect on the whole corpus as one
// reviewed diff. -update rewrites the golden file.
func TestCorpusSweep(t *testing.T) {
	var got bytes.Buffer
	got.WriteString("# Corpus sweep\n\n")
	got.WriteString("One row per document: what the reader extracted and the findings by rule " +
		"(E error, W warning, I info). `-` is absent. Rewritten by " +
		"`go test ./internal/check -run TestCorpusSweep -update`; review every changed row.\n\n")
	got.WriteString("| document | kind | date | meeting | dnr | title | points | signatories | referral | deadline | sections | unread | findings |\n")
	got.WriteString("|---|---|---|---|---|---|---|---|---|---|---|---|---|\n")
	for _, r := range checkCorpus(t) {
		got.WriteString(sweepRow(r.rel, r.res))
	}
	golden.Check(t, filepath.Join(corpusDir, "sweep.golden"), got.Bytes())
}

// stringAt is the string at path in v, "-" when there is none or it is
// empty.
func stringAt(v map[string]any, path ...string) string {
	var cur any = v
	for _, p := range path {
		m, ok := cur.(map[string]any)
		if !ok {
			return "-"
		}
		cur = m[p]
	}
	s, ok := cur.(string)
	if !ok || s == "" {
		return "-"
	}
	return s
}

func sweepRow(rel string, res FileResult) string {
	var v map[string]any
	if res.Case != nil {
		v = res.Case.Value
	}
	str := func(path ...string) string {
		if s := stringAt(v, path...); s != "-" {
			return cell(s, 60)
		}
		return "-"
	}
	points := "-"
	if dp, ok := v["decision_proposal"].([]any); ok {
		points = fmt.Sprint(len(dp))
	}
	sigs := "-"
	if ss, ok := v["signatories"].([]any); ok {
		var parts []string
		for _, s := range ss {
			m, _ := s.(map[string]any)
			name, _ := m["name"].(string)
			title, _ := m["title"].(string)
			parts = append(parts, cell(name, 30)+" / "+cell(title, 30))
		}
		sigs = strings.Join(parts, "; ")
	}
	referral := "-"
	if ref, ok := v["referral"].(map[string]any); ok {
		referral = "ja"
		if from, ok := ref["from"].(string); ok && from != "" {
			referral = cell(from, 30)
		}
	}
	sections := "-"
	if secs, ok := v["sections"].(map[string]any); ok {
		var keys []string
		for k, s := range secs {
			if k == "other" {
				if o, ok := s.([]any); ok {
					keys = append(keys, fmt.Sprintf("other×%d", len(o)))
				}
				continue
			}
			keys = append(keys, k)
		}
		slices.Sort(keys)
		sections = strings.Join(keys, " ")
	}
	unread := "-"
	if u, ok := v["unread"].([]any); ok {
		var fields []string
		for _, e := range u {
			m, _ := e.(map[string]any)
			f, _ := m["field"].(string)
			fields = append(fields, f)
		}
		unread = strings.Join(fields, " ")
	}
	return fmt.Sprintf("| %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s |\n",
		rel, str("kind"), str("date"), str("meeting_date"), str("dnr"), str("title"), points, sigs,
		referral, str("referral", "deadline"), sections, unread, findingCounts(res.Findings))
}

// findingCounts renders findings as "E rule×n, W rule", errors first.
func findingCounts(fs []finding.Finding) string {
	counts := map[string]int{}
	for _, f := range fs {
		counts[severityLetter(f.Severity)+" "+f.Rule]++
	}
	if len(counts) == 0 {
		return "-"
	}
	var keys []string
	for k := range counts {
		keys = append(keys, k)
	}
	order := map[byte]int{'E': 0, 'W': 1, 'I': 2}
	slices.SortFunc(keys, func(a, b string) int {
		if d := order[a[0]] - order[b[0]]; d != 0 {
			return d
		}
		return strings.Compare(a, b)
	})
	var parts []string
	for _, k := range keys {
		if n := counts[k]; n > 1 {
			k = fmt.Sprintf("%s×%d", k, n)
		}
		parts = append(parts, k)
	}
	return strings.Join(parts, ", ")
}

func severityLetter(s finding.Severity) string {
	switch s {
	case finding.Error:
		return "E"
	case finding.Warning:
		return "W"
	}
	return "I"
}

// cell makes s fit a Markdown table cell: one line, no pipes, at most n
// characters.
func cell(s string, n int) string {
	s = strings.Join(strings.Fields(s), " ")
	s = strings.ReplaceAll(s, "|", "\\|")
	if r := []rune(s); len(r) > n {
		s = string(r[:n-1]) + "…"
	}
	return s
}
