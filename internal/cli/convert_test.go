package cli

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/tjlint/tjlint/internal/casemodel"
	"github.com/tjlint/tjlint/internal/reader"
	"github.com/tjlint/tjlint/internal/reader/docxcase/docxtest"
)

func sampleCase() *casemodel.Case {
	c := casemodel.New("markdown")
	c.Value = map[string]any{
		"schema_version":    json.Number("1"),
		"title":             "Svar på motion om parkbänkar",
		"kind":              "yttrande",
		"decision_proposal": []any{"Nämnden godkänner yttrandet."},
		"referral":          map[string]any{"deadline": "2024-10-01", "from": "kommunstyrelsen"},
		"sections":          map[string]any{"summary": map[string]any{"heading": "Sammanfattning", "text": "Rad ett.\n\nRad två."}},
	}
	for ptr, line := range map[string]int{"/title": 3, "/kind": 1, "/decision_proposal": 5, "/decision_proposal/0": 6,
		"/referral": 8, "/referral/deadline": 9, "/sections/summary": 11, "/sections/summary/heading": 11, "/sections/summary/text": 12} {
		c.Positions[ptr] = casemodel.Pos{Line: line, Column: 2}
	}
	return c
}

func TestWriteConvertYAML(t *testing.T) {
	var b bytes.Buffer
	if err := WriteConvertYAML(&b, "x.md", sampleCase(), nil); err != nil {
		t.Fatal(err)
	}
	want := `# tjlint convert x.md (markdown)
schema_version: 1
kind: yttrande # rad 1
title: Svar på motion om parkbänkar # rad 3
referral: # rad 8
  from: kommunstyrelsen
  deadline: "2024-10-01" # rad 9
decision_proposal: # rad 5
  - Nämnden godkänner yttrandet. # rad 6
sections:
  summary: # rad 11
    heading: Sammanfattning # rad 11
    text: |- # rad 12
      Rad ett.

      Rad två.
`
	if b.String() != want {
		t.Errorf("got:\n%s\nwant:\n%s", b.String(), want)
	}
}

func TestWriteConvertJSON(t *testing.T) {
	var b bytes.Buffer
	text := []reader.Line{{Part: "body", Text: "Rubrik"}}
	if err := WriteConvertJSON(&b, sampleCase(), text); err != nil {
		t.Fatal(err)
	}
	var got struct {
		Format    string
		Case      map[string]any
		SourceMap map[string]string `json:"source_map"`
		Text      []string
	}
	if err := json.Unmarshal(b.Bytes(), &got); err != nil {
		t.Fatal(err)
	}
	if got.SourceMap["/title"] != "3:2" || got.SourceMap["/referral/deadline"] != "9:2" || len(got.SourceMap) != 9 {
		t.Errorf("source_map = %v", got.SourceMap)
	}
	if got.Case["title"] != "Svar på motion om parkbänkar" || got.Format != "markdown" || len(got.Text) != 1 {
		t.Errorf("case = %v, format %q, text %q", got.Case, got.Format, got.Text)
	}
	// pointers in sorted order in the output
	out := b.String()
	if strings.Index(out, `"/decision_proposal"`) > strings.Index(out, `"/title"`) {
		t.Errorf("source_map not sorted:\n%s", out)
	}
}

func runCLI(t *testing.T, args ...string) (int, string, string) {
	t.Helper()
	return runCLIStdin(t, nil, args...)
}

func runCLIStdin(t *testing.T, stdin []byte, args ...string) (int, string, string) {
	t.Helper()
	var stdout, stderr bytes.Buffer
	code := Main(args, Env{Stdin: bytes.NewReader(stdin), Stdout: &stdout, Stderr: &stderr, Getenv: func(string) string { return "" }})
	return code, stdout.String(), stderr.String()
}

func TestConvertDOCX(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "yttrande.docx")
	doc := docxtest.Doc{
		Styles:  []docxtest.Style{{ID: "Rubrik1", Name: "heading 1"}, {ID: "Rubrik2", Name: "heading 2"}},
		Headers: [][]any{{docxtest.P{Text: "Dnr KS 2024/0042"}}},
		Body: []any{
			docxtest.P{Style: "Rubrik1", Text: "Svar på motion om fler parkbänkar"},
			docxtest.P{Style: "Rubrik2", Text: "Förslag till beslut"},
			docxtest.P{Text: "Nämnden godkänner förvaltningens yttrande."},
			docxtest.P{Style: "Rubrik2", Text: "Sammanfattning"},
			docxtest.P{Text: "Motionären vill ha fler bänkar i parken."},
		},
	}
	if err := os.WriteFile(path, doc.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	code, out, errOut := runCLI(t, "convert", path)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	for _, want := range []string{
		"#    [sidhuvud]\n# 1  Dnr KS 2024/0042\n",
		"#    [brödtext]\n# 2  Svar på motion om fler parkbänkar\n",
		"title: Svar på motion om fler parkbänkar # rad 2\n",
		"  - Nämnden godkänner förvaltningens yttrande. # rad 4\n",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
	code, out, _ = runCLI(t, "convert", "--show-text", path)
	if code != 0 || !strings.HasPrefix(out, "   [sidhuvud]\n1  Dnr KS 2024/0042\n   [brödtext]\n2  Svar på") {
		t.Errorf("--show-text: exit %d\n%s", code, out)
	}
	code, out, _ = runCLI(t, "convert", "--to", "json", path)
	if code != 0 || !strings.Contains(out, `"/title": "2:1"`) || !strings.Contains(out, `"Dnr KS 2024/0042"`) {
		t.Errorf("--to json: exit %d\n%s", code, out)
	}
	// A .docx on standard input is recognised by its zip signature.
	code, out, errOut = runCLIStdin(t, doc.Bytes(), "convert", "--to", "json", "-")
	if code != 0 || !strings.Contains(out, `"format": "docx"`) || !strings.Contains(out, `"/title": "2:1"`) {
		t.Errorf("stdin: exit %d %s\n%s", code, errOut, out)
	}
}

func TestConvertErrors(t *testing.T) {
	dir := t.TempDir()
	bad := filepath.Join(dir, "trasig.docx")
	if err := os.WriteFile(bad, []byte("ingen zip"), 0o644); err != nil {
		t.Fatal(err)
	}
	code, _, errOut := runCLI(t, "convert", bad)
	if code != ExitError || !strings.Contains(errOut, bad+":1:1: Filen går inte att öppna som Word-dokument") {
		t.Errorf("exit %d, stderr %q", code, errOut)
	}
	code, _, errOut = runCLI(t, "convert", "--lang", "en", bad)
	if code != ExitError || !strings.Contains(errOut, "it is not a valid DOCX file") {
		t.Errorf("--lang en: exit %d, stderr %q", code, errOut)
	}
	code, _, errOut = runCLI(t, "convert", "--to", "xml", bad)
	if code != ExitError || !strings.Contains(errOut, "--to") {
		t.Errorf("--to xml: exit %d, stderr %q", code, errOut)
	}
	code, _, _ = runCLI(t, "convert", filepath.Join(dir, "saknas.md"))
	if code != ExitError {
		t.Errorf("missing file: exit %d", code)
	}
}
