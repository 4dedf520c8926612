package pdfcase_test

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/tjlint/tjlint/internal/check"
)

// sameText is testdata/same.fodt as text: the same made-up case that the
// PDF fixtures were exported from (DOCX by LibreOffice, tagged and
// untagged, and the HTML printed by Chromium).
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

// TestSameContentSameCase: the same document as text, DOCX and PDF (three
// producers) gives the same case values and the same case findings.
// Findings about the file (accessibility/*) and the file object differ by
// design and are left out.
func TestSameContentSameCase(t *testing.T) {
	ctx := context.Background()
	c, err := check.New(ctx, check.Options{Now: time.Date(2024, 3, 10, 0, 0, 0, 0, time.UTC)})
	if err != nil {
		t.Fatal(err)
	}
	inputs := []string{"same.txt", "same.docx", "same-tagged.pdf", "same-untagged.pdf", "same-browser.pdf"}
	var ref map[string]any
	var refRules []string
	for i, name := range inputs {
		var src []byte
		if name == "same.txt" {
			src = []byte(sameText)
		} else {
			src, err = os.ReadFile(filepath.Join("testdata", name))
			if err != nil {
				t.Fatal(err)
			}
		}
		res := c.Check(ctx, name, src)
		if res.InputError || res.Case == nil {
			t.Fatalf("%s: not read: %+v", name, res.Findings)
		}
		v := normalise(t, res.Case.Value)
		delete(v, "file")
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
					t.Errorf("%s: planted defect %s not found: %v", name, want, rules)
				}
			}
			for _, k := range []string{"title", "dnr", "date", "decision_proposal", "sections", "signatories", "referral"} {
				if _, ok := v[k]; !ok {
					t.Errorf("%s: %s not extracted", name, k)
				}
			}
			continue
		}
		if !reflect.DeepEqual(v, ref) {
			t.Errorf("%s: case differs from the text's:\n got %s\nwant %s", name, dump(v), dump(ref))
		}
		if !slices.Equal(rules, refRules) {
			t.Errorf("%s: rules %v, text gives %v", name, rules, refRules)
		}
	}
}

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
