package docxcase

import (
	"strings"
	"testing"

	"github.com/tjlint/tjlint/internal/reader/docxcase/docxtest"
)

// TestSignatureTables: the signature tables Word templates use, each
// read to the same names and titles.
func TestSignatureTables(t *testing.T) {
	for _, tc := range []struct {
		name  string
		table [][]string
		want  string
	}{
		{"names row over titles row", [][]string{{"Anna Provsson", "Bo Testare"}, {"Förvaltningschef", "Registrator/Dataskyddskontakt"}}, "Anna Provsson / Förvaltningschef; Bo Testare / Registrator/Dataskyddskontakt"},
		{"name and title in each cell", [][]string{{"Anna Provsson\nFörvaltningschef", "Bo Testare\nAdministrativ chef"}}, "Anna Provsson / Förvaltningschef; Bo Testare / Administrativ chef"},
		{"name and title and unit in each cell", [][]string{{"Anna Provsson\nFörvaltningschef\nSkola & Fritid", "Bo Testare\nVerksamhetschef\nSkola & Fritid"}}, "Anna Provsson / Förvaltningschef, Skola & Fritid; Bo Testare / Verksamhetschef, Skola & Fritid"},
		{"Namn, titel in each cell", [][]string{{"Anna Provsson, förvaltningschef", "Bo Testare, förvaltningsjurist"}}, "Anna Provsson / förvaltningschef; Bo Testare / förvaltningsjurist"},
		{"placeholder left in the template", [][]string{{"[Namn]\nFörvaltningschef", "XX\nHandläggare"}}, "[Namn] / Förvaltningschef; XX / Handläggare"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d := docxtest.Doc{Body: []any{
				docxtest.P{Text: "TJÄNSTESKRIVELSE"},
				docxtest.P{Text: "Svar på motion om fler parkbänkar"},
				docxtest.P{Text: "Förslag till beslut"},
				docxtest.P{NumID: 3, Text: "Nämnden godkänner yttrandet."},
				docxtest.P{Text: "Sammanfattning"},
				docxtest.P{Text: "Motionären vill ha fler bänkar."},
				docxtest.P{Text: "På nämndens vägnar"},
				docxtest.Table{Rows: tc.table},
			}}
			c, err := Reader{}.Read("x.docx", d.Bytes())
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			sigs, _ := c.Value["signatories"].([]any)
			for _, s := range sigs {
				m := s.(map[string]any)
				got = append(got, m["name"].(string)+" / "+m["title"].(string))
			}
			if g := strings.Join(got, "; "); g != tc.want {
				t.Errorf("signatories = %q, want %q", g, tc.want)
			}
			if _, ok := c.Positions["/signatories/1/title"]; !ok {
				t.Error("no position for the second title")
			}
		})
	}
}

// TestHeaderTableLabels: a header table of labels over values, as an
// yttrande template lays it out.
func TestHeaderTableLabels(t *testing.T) {
	d := docxtest.Doc{Body: []any{
		docxtest.P{Text: "YTTRANDE"},
		docxtest.Table{Rows: [][]string{
			{"Till", "Datum"},
			{"Kommunstyrelsen", "2025-04-29"},
			{"Diarienummer", "Ert diarienummer"},
			{"GA-2025-00075", "KS-2025-00330"},
		}},
		docxtest.P{Text: "Yttrande över Exempeldepartementets remiss om boende"},
		docxtest.P{Text: "Förslag till beslut"},
		docxtest.P{NumID: 3, Text: "Nämnden antar yttrandet."},
		docxtest.P{Text: "Sammanfattning"},
		docxtest.P{Text: "Nämnden är positiv till förslaget."},
	}}
	c, err := Reader{}.Read("x.docx", d.Bytes())
	if err != nil {
		t.Fatal(err)
	}
	for ptr, w := range map[string]string{
		"/kind":          "yttrande",
		"/recipient":     "Kommunstyrelsen",
		"/date":          "2025-04-29",
		"/dnr":           "GA-2025-00075",
		"/referral/dnr":  "KS-2025-00330",
		"/referral/from": "Exempeldepartementet",
		"/title":         "Yttrande över Exempeldepartementets remiss om boende",
	} {
		if got := lookup(c.Value, ptr); got != w {
			t.Errorf("%s = %q, want %q", ptr, got, w)
		}
		if _, ok := c.Positions[ptr]; !ok {
			t.Errorf("%s has no position", ptr)
		}
	}
	if got := lookup(c.Value, "/meeting_date"); got != "" {
		t.Errorf("meeting_date = %q, want none (the date is the document's)", got)
	}
}
