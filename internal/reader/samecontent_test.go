package reader_test

import (
	"context"
	"encoding/json"
	"os"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/tjlint/tjlint/internal/check"
	"github.com/tjlint/tjlint/internal/reader/docxcase/docxtest"
)

// The same made-up tjänsteskrivelse as plain text, Markdown and DOCX. The
// people are invented. Three defects are planted so that the findings can
// be compared: a second decision point with a modal verb (decision/phrasing), a claim of
// gender neutrality without support (gender-equality/unsupported-neutrality)
// and a referral deadline before the document's date
// (referral/deadline-missed).
const sameText = `TJÄNSTESKRIVELSE
Datum 2024-03-01
Diarienummer KS 2024/0042

Svar på motion om fler parkbänkar längs ån

Förslag till beslut
Nämnden godkänner förvaltningens yttrande och överlämnar det till kommunstyrelsen som svar på motionen.
Nämnden bör se över behovet av fler bänkar.

Sammanfattning
Motionären föreslår att kommunen bygger fler parkbänkar längs ån. Förvaltningen bedömer att de befintliga bänkarna räcker för dagens behov.

Bakgrund
Motionen remitterades av kommunstyrelsen till nämnden för yttrande senast den 15 februari 2024.

Förvaltningens bedömning
Förvaltningen bedömer att fler bänkar inte behövs i dag men ser över behovet vid nästa upprustning av parken.

Jämställdhetsanalys
Förslaget är könsneutralt och påverkar kvinnor och män på samma sätt.

Ekonomiska konsekvenser
Förslaget medför inga kostnader.

Lisa Provsson        Per Testman
Förvaltningschef     Enhetschef
`

const sameMarkdown = `TJÄNSTESKRIVELSE
Datum 2024-03-01
Diarienummer KS 2024/0042

# Svar på motion om fler parkbänkar längs ån

## Förslag till beslut

- Nämnden godkänner förvaltningens yttrande och överlämnar det till
  kommunstyrelsen som svar på motionen.
- Nämnden bör se över behovet av fler bänkar.

## Sammanfattning

Motionären föreslår att kommunen bygger fler parkbänkar längs ån.
Förvaltningen bedömer att de befintliga bänkarna räcker för dagens behov.

## Bakgrund

Motionen remitterades av kommunstyrelsen till nämnden för yttrande senast
den 15 februari 2024.

## Förvaltningens bedömning

Förvaltningen bedömer att fler bänkar inte behövs i dag men ser över behovet
vid nästa upprustning av parken.

**Jämställdhetsanalys**

Förslaget är könsneutralt och påverkar kvinnor och män
på samma sätt.

## Ekonomiska konsekvenser

Förslaget medför inga kostnader.

Lisa Provsson        Per Testman
Förvaltningschef     Enhetschef
`

func sameDOCX() []byte {
	h2 := func(s string) docxtest.P { return docxtest.P{Style: "Rubrik2", Text: s} }
	p := func(s string) docxtest.P { return docxtest.P{Text: s} }
	return docxtest.Doc{
		Styles: []docxtest.Style{{ID: "Rubrik1", Name: "heading 1"}, {ID: "Rubrik2", Name: "heading 2"}},
		Headers: [][]any{{
			p("TJÄNSTESKRIVELSE"),
			docxtest.Table{Rows: [][]string{{"Datum 2024-03-01"}, {"Diarienummer KS 2024/0042"}}},
		}},
		Body: []any{
			docxtest.P{Style: "Rubrik1", Text: "Svar på motion om fler parkbänkar längs ån"},
			h2("Förslag till beslut"),
			docxtest.P{NumID: 1, Runs: []docxtest.Run{{Text: "Nämnden godkänner förvaltningens yttrande och överlämnar det till "}, {Text: "kommunstyrelsen som svar på motionen."}}},
			docxtest.P{NumID: 1, Text: "Nämnden bör se över behovet av fler bänkar."},
			h2("Sammanfattning"),
			p("Motionären föreslår att kommunen bygger fler parkbänkar längs ån. Förvaltningen bedömer att de befintliga bänkarna räcker för dagens behov."),
			h2("Bakgrund"),
			p("Motionen remitterades av kommunstyrelsen till nämnden för yttrande senast den 15 februari 2024."),
			h2("Förvaltningens bedömning"),
			p("Förvaltningen bedömer att fler bänkar inte behövs i dag men ser över behovet vid nästa upprustning av parken."),
			docxtest.P{Text: "Jämställdhetsanalys", Bold: true},
			p("Förslaget är könsneutralt och påverkar kvinnor och män på samma sätt."),
			h2("Ekonomiska konsekvenser"),
			p("Förslaget medför inga kostnader."),
			docxtest.Table{Rows: [][]string{{"Lisa Provsson\nFörvaltningschef", "Per Testman\nEnhetschef"}}},
		},
	}.Bytes()
}

func TestSameContentSameCase(t *testing.T) {
	ctx := context.Background()
	c, err := check.New(ctx, check.Options{Now: time.Date(2024, 3, 10, 0, 0, 0, 0, time.UTC)})
	if err != nil {
		t.Fatal(err)
	}
	inputs := []struct {
		name string
		src  []byte
	}{
		{"yttrande.txt", []byte(sameText)},
		{"yttrande.md", []byte(sameMarkdown)},
		{"yttrande.docx", sameDOCX()},
		// pdfcase/testdata/same.fodt exported by LibreOffice (DOCX, tagged
		// and untagged PDF) and printed by Chromium (PDF)
		{"same.docx", readFixture(t, "pdfcase/testdata/same.docx")},
		{"same-tagged.pdf", readFixture(t, "pdfcase/testdata/same-tagged.pdf")},
		{"same-untagged.pdf", readFixture(t, "pdfcase/testdata/same-untagged.pdf")},
		{"same-browser.pdf", readFixture(t, "pdfcase/testdata/same-browser.pdf")},
	}
	var ref map[string]any
	var refRules []string
	for i, in := range inputs {
		res := c.Check(ctx, in.name, in.src)
		if res.InputError || res.Case == nil {
			t.Fatalf("%s: not read: %+v", in.name, res.Findings)
		}
		v := normalise(t, res.Case.Value)
		delete(v, "file") // what the file says about itself (DOCX, PDF) differs by design
		var rules []string
		for _, f := range res.Findings {
			if !strings.HasPrefix(f.Rule, "accessibility/") {
				rules = append(rules, f.Rule)
			}
		}
		slices.Sort(rules)
		if i == 0 {
			ref, refRules = v, rules
			for _, want := range []string{"decision/phrasing", "gender-equality/unsupported-neutrality", "referral/deadline-missed"} {
				if !slices.Contains(rules, want) {
					t.Errorf("%s: planted defect %s not found: %v", in.name, want, rules)
				}
			}
			// the reference itself must have been understood
			for _, k := range []string{"title", "dnr", "date", "decision_proposal", "sections", "signatories", "referral"} {
				if _, ok := v[k]; !ok {
					t.Errorf("%s: %s not extracted: %v", in.name, k, v)
				}
			}
			continue
		}
		if !reflect.DeepEqual(v, ref) {
			t.Errorf("%s: case differs from the text's:\n got %s\nwant %s", in.name, dump(v), dump(ref))
		}
		if !slices.Equal(rules, refRules) {
			t.Errorf("%s: rules %v, text gives %v", in.name, rules, refRules)
		}
	}
}

func readFixture(t *testing.T, path string) []byte {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// normalise drops what only says which reader was used.
func normalise(t *testing.T, v map[string]any) map[string]any {
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	var out map[string]any
	if err := json.Unmarshal(b, &out); err != nil {
		t.Fatal(err)
	}
	return out
}

func dump(v any) string {
	b, _ := json.MarshalIndent(v, "", "  ")
	return strings.TrimSpace(string(b))
}
