package reader_test

import (
	"context"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/tjlint/tjlint/internal/check"
	"github.com/tjlint/tjlint/internal/reader/docxcase/docxtest"
)

// A made-up tjänsteskrivelse with the layouts of issue 9's headings and
// decision points: two decision headings (to two bodies, the second with a
// condition), a lead-in with att-items, an unknown heading that ends the
// decision, a combined analysis heading and an analysis named as an
// attachment. The people are invented.
const decisionText = `TJÄNSTESKRIVELSE
Datum 2025-03-01
Diarienummer KS 2025/0007

Lokalplan för förskolor

Förslag till beslut i kommunfullmäktige
Kommunfullmäktige beslutar:

1. Att Norra förskolan stängs juli 2025.
2. Att Södra förskolan byggs ut.

Förslag till beslut i kommunstyrelsen under förutsättning av kommunfullmäktiges beslut
Kommunstyrelsen ger kommundirektören i uppdrag att genomföra lokalplanen.

Beslutsmotivering
Antalet barn minskar i norr och ökar i söder enligt befolkningsprognosen för perioden.

Sammanfattning
Förvaltningen föreslår att en förskola stängs och en annan byggs ut.

Jämställdhet och barnperspektiv
Flickor och pojkar får samma tillgång till förskola, och vårdnadshavare har fått lämna synpunkter på förslaget.

Beslutsunderlag
Tjänsteskrivelse, 2025-03-01
Barnkonsekvensanalys

Lisa Provsson        Per Testman
Förvaltningschef     Enhetschef
`

const decisionMarkdown = `TJÄNSTESKRIVELSE
Datum 2025-03-01
Diarienummer KS 2025/0007

# Lokalplan för förskolor

## Förslag till beslut i kommunfullmäktige

Kommunfullmäktige beslutar:

1. Att Norra förskolan stängs juli 2025.
2. Att Södra förskolan byggs ut.

## Förslag till beslut i kommunstyrelsen under förutsättning av kommunfullmäktiges beslut

Kommunstyrelsen ger kommundirektören i uppdrag att genomföra lokalplanen.

## Beslutsmotivering

Antalet barn minskar i norr och ökar i söder enligt befolkningsprognosen för perioden.

## Sammanfattning

Förvaltningen föreslår att en förskola stängs och en annan byggs ut.

## Jämställdhet och barnperspektiv

Flickor och pojkar får samma tillgång till förskola, och vårdnadshavare har
fått lämna synpunkter på förslaget.

## Beslutsunderlag

Tjänsteskrivelse, 2025-03-01
Barnkonsekvensanalys

Lisa Provsson        Per Testman
Förvaltningschef     Enhetschef
`

func decisionDOCX() []byte {
	h2 := func(s string) docxtest.P { return docxtest.P{Style: "Rubrik2", Text: s} }
	p := func(s string) docxtest.P { return docxtest.P{Text: s} }
	return docxtest.Doc{
		Styles: []docxtest.Style{{ID: "Rubrik1", Name: "heading 1"}, {ID: "Rubrik2", Name: "heading 2"}},
		Headers: [][]any{{
			p("TJÄNSTESKRIVELSE"),
			docxtest.Table{Rows: [][]string{{"Datum 2025-03-01"}, {"Diarienummer KS 2025/0007"}}},
		}},
		Body: []any{
			docxtest.P{Style: "Rubrik1", Text: "Lokalplan för förskolor"},
			h2("Förslag till beslut i kommunfullmäktige"),
			p("Kommunfullmäktige beslutar:"),
			docxtest.P{NumID: 1, Text: "Att Norra förskolan stängs juli 2025."},
			docxtest.P{NumID: 1, Text: "Att Södra förskolan byggs ut."},
			h2("Förslag till beslut i kommunstyrelsen under förutsättning av kommunfullmäktiges beslut"),
			p("Kommunstyrelsen ger kommundirektören i uppdrag att genomföra lokalplanen."),
			h2("Beslutsmotivering"),
			p("Antalet barn minskar i norr och ökar i söder enligt befolkningsprognosen för perioden."),
			h2("Sammanfattning"),
			p("Förvaltningen föreslår att en förskola stängs och en annan byggs ut."),
			h2("Jämställdhet och barnperspektiv"),
			p("Flickor och pojkar får samma tillgång till förskola, och vårdnadshavare har fått lämna synpunkter på förslaget."),
			h2("Beslutsunderlag"),
			p("Tjänsteskrivelse, 2025-03-01"),
			p("Barnkonsekvensanalys"),
			docxtest.Table{Rows: [][]string{{"Lisa Provsson\nFörvaltningschef", "Per Testman\nEnhetschef"}}},
		},
	}.Bytes()
}

func TestSameContentDecisions(t *testing.T) {
	ctx := context.Background()
	c, err := check.New(ctx, check.Options{Now: time.Date(2025, 3, 10, 0, 0, 0, 0, time.UTC)})
	if err != nil {
		t.Fatal(err)
	}
	wantPoints := []any{
		"Kommunfullmäktige beslutar: Att Norra förskolan stängs juli 2025.",
		"Kommunfullmäktige beslutar: Att Södra förskolan byggs ut.",
		"Kommunstyrelsen ger kommundirektören i uppdrag att genomföra lokalplanen.",
	}
	var ref map[string]any
	var refRules []string
	for i, in := range []struct {
		name string
		src  []byte
	}{
		{"lokalplan.txt", []byte(decisionText)},
		{"lokalplan.md", []byte(decisionMarkdown)},
		{"lokalplan.docx", decisionDOCX()},
	} {
		res := c.Check(ctx, in.name, in.src)
		if res.InputError || res.Case == nil {
			t.Fatalf("%s: not read: %+v", in.name, res.Findings)
		}
		v := normalise(t, res.Case.Value)
		delete(v, "file") // what the file says about itself (DOCX) differs by design
		var rules []string
		for _, f := range res.Findings {
			// findings about the file itself differ by format by design
			if !strings.HasPrefix(f.Rule, "accessibility/") {
				rules = append(rules, f.Rule)
			}
		}
		slices.Sort(rules)
		if i == 0 {
			ref, refRules = v, rules
			if got := v["decision_proposal"]; !reflect.DeepEqual(got, wantPoints) {
				t.Errorf("points = %q, want %q", got, wantPoints)
			}
			if v["authority"] != "kommunfullmäktige" {
				t.Errorf("authority = %v", v["authority"])
			}
			secs, _ := v["sections"].(map[string]any)
			for _, k := range []string{"summary", "gender_equality", "child_rights", "decision_basis", "other"} {
				if _, ok := secs[k]; !ok {
					t.Errorf("sections.%s not read: %s", k, dump(secs))
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
