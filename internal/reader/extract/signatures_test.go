package extract

import (
	"strings"
	"testing"

	"github.com/tjlint/tjlint/internal/casemodel"
)

// sigDoc builds a minimal case whose closing block is the given lines, one
// block per line ("" starts nothing: blank lines are not blocks).
func sigDoc(closing ...string) []Block {
	bs := []Block{
		para(1, "TJÄNSTESKRIVELSE"),
		para(3, "Förslag till beslut"),
		para(4, "Nämnden godkänner rapporten."),
		para(6, "Beskrivning av ärendet"),
		para(7, "Förvaltningen har tagit fram en rapport."),
	}
	for i, l := range closing {
		bs = append(bs, para(10+i, strings.Split(l, "\n")...))
	}
	return bs
}

func TestSignatureLayouts(t *testing.T) {
	for _, tc := range []struct {
		name    string
		closing []string
		want    string // "name / title; ..."; "" for none
		unread  bool
	}{
		{"names over titles, blank line between", []string{"Kim Exempel                      Alva Påhittad", "Förvaltningschef                 Registrator/Dataskyddskontakt"}, "Kim Exempel / Förvaltningschef; Alva Påhittad / Registrator/Dataskyddskontakt", false},
		{"title without a known ending, with a unit line", []string{"Kim Exempel          Alva Påhittad\nFörvaltningschef     Arkivarie\nBygg- och miljöförvaltningen     Bygg- och miljöförvaltningen"}, "Kim Exempel / Förvaltningschef, Bygg- och miljöförvaltningen; Alva Påhittad / Arkivarie, Bygg- och miljöförvaltningen", false},
		{"unit line opening with its kind", []string{"Saga Testsson\nEnhetschef", "Enheten för bygglov"}, "Saga Testsson / Enhetschef, Enheten för bygglov", false},
		{"two-word title", []string{"Saga Testsson\nAdministrativ chef"}, "Saga Testsson / Administrativ chef", false},
		{"name, title pairs in columns", []string{"Kungsbacka den 7 maj 2024", "Kim Exempel, förvaltningschef    Kasra Påhittad, förvaltningsjurist"}, "Kim Exempel / förvaltningschef; Kasra Påhittad / förvaltningsjurist", false},
		{"name, title pairs with single spaces", []string{"Kim Exempel, förvaltningschef Kasra Påhittad, förvaltningsjurist"}, "Kim Exempel / förvaltningschef; Kasra Påhittad / förvaltningsjurist", false},
		{"name – title", []string{"Kim Exempel – förvaltningschef"}, "Kim Exempel / förvaltningschef", false},
		{"name, title and unit", []string{"Kim Exempel, enhetschef, Miljöförvaltningen"}, "Kim Exempel / enhetschef, Miljöförvaltningen", false},
		{"name beside title, one a line", []string{"Ulla Exempel   Förvaltningschef Teknik", "Emir Påhittad     Verksamhetschef Trafik & Utemiljö"}, "Ulla Exempel / Förvaltningschef Teknik; Emir Påhittad / Verksamhetschef Trafik & Utemiljö", false},
		{"on behalf of", []string{"På kommunstyrelsens vägnar", "Anna von Exempel         Per-Olof Påhittad-Berg\nKommundirektör          Ekonomi-och kvalitetschef"}, "Anna von Exempel / Kommundirektör; Per-Olof Påhittad-Berg / Ekonomi-och kvalitetschef", false},
		{"three columns", []string{"Anna Ek     Bo Berg     Cia Dal\nTf. förvaltningschef     Controller     Utredare, Myndighet och stöd"}, "Anna Ek / Tf. förvaltningschef; Bo Berg / Controller; Cia Dal / Utredare, Myndighet och stöd", false},
		{"stacked pairs with units", []string{"Beslutet skickas till", "Servicenämnden", "Anna Ek                 Bo Berg\nFörvaltningschef        Bitr. Förvaltningschef", "Skola & Fritid          Skola & Fritid", "Cia Dal                 Dan Ek", "Verksamhetschef         Verksamhetschef\nSkola & Fritid          Skola & Fritid"},
			"Anna Ek / Förvaltningschef, Skola & Fritid; Bo Berg / Bitr. Förvaltningschef, Skola & Fritid; Cia Dal / Verksamhetschef, Skola & Fritid; Dan Ek / Verksamhetschef, Skola & Fritid", false},
		{"stacked pairs", []string{"Anna Ek\nFörvaltningschef\nBo Berg\nEkonomichef"}, "Anna Ek / Förvaltningschef; Bo Berg / Ekonomichef", false},
		{"placeholder name", []string{"[Namn]                     XX\nFörvaltningschef           Handläggare"}, "[Namn] / Förvaltningschef; XX / Handläggare", false},
		{"placeholder title", []string{"[Namn]\n[Titel]"}, "[Namn] / [Titel]", false},
		{"a lone placeholder", []string{"Beskrivning klar.", "XX"}, "XX / ", false},
		{"a lone name at the end", []string{"Kim Exempel"}, "Kim Exempel / ", false},
		{"placeholder in a pair", []string{"NN, förvaltningschef"}, "NN / förvaltningschef", false},
		{"interleaved columns", []string{"Ivan Exempel                        Anna Påhittad", "Förvaltningschef                   Ira Test-Exempel\nBjörn Prov", "Enhetschefer"}, "", true},
		{"a name with no title", []string{"Beslutet skickas till", "Kommunstyrelsen", "Kim Exempel"}, "", true},
		{"units in a list over the signature", []string{"Beslutet skickas till", "Service Fastighet\nKungsbacka Direkt\nBerörda lokaler", "Saga Testsson\nAdministrativ chef"}, "Saga Testsson / Administrativ chef", false},
		{"a person over a unit in the distribution list is an addressee", []string{"Beslutet skickas till", "Kommunstyrelsen\nEva Exempel\nKommunledningskontoret"}, "", true},
		{"a contact person is no signatory", []string{"Handläggare\nKim Exempel\nUtredare"}, "", false},
		{"a distribution list is not a signature", []string{"Beslutet skickas till", "Kommunstyrelsen\nServicenämnden"}, "", false},
		{"a person named in prose is not a signatory", []string{"Kontakta Kim Exempel på förvaltningen för frågor om rapporten."}, "", false},
		{"a text cut mid-word: its end was not seen", []string{"Förvaltningen bedömer att fastighetsägaren bör svara för utförande och finansiering av arbetet med fasadens renov"}, "", true},
		{"a text cut after a comma", []string{"Nämnden har, efter det att en rapport med negativa avvikelser lagts fram för nämnden,"}, "", true},
		{"a text cut before the list it announces", []string{"Förvaltningen föreslår därför att nämnden beslutar om följande åtgärder för året:"}, "", true},
		{"a whole last sentence is no cut", []string{"Förvaltningen bedömer att fastighetsägaren bör svara för utförande och finansiering av arbetet."}, "", false},
		{"a short line without a full stop is no cut", []string{"Bilaga 1 Karta över området"}, "", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c, err := Build(sigDoc(tc.closing...), Options{})
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			sigs, _ := c.Value["signatories"].([]any)
			for _, s := range sigs {
				m := s.(map[string]any)
				title, _ := m["title"].(string)
				got = append(got, m["name"].(string)+" / "+title)
			}
			if g := strings.Join(got, "; "); g != tc.want {
				t.Errorf("signatories = %q, want %q", g, tc.want)
			}
			un, _ := c.Value["unread"].([]any)
			if (len(un) > 0) != tc.unread {
				t.Fatalf("unread = %v, want unread %v", un, tc.unread)
			}
			if tc.unread {
				u := un[0].(map[string]any)
				if u["field"] != "signatories" || u["excerpt"] == "" || u["reason"] == "" {
					t.Errorf("unread entry %v", u)
				}
				if p := c.Positions["/unread/0/excerpt"]; p.Line < 10 {
					t.Errorf("unread excerpt at %v, want in the closing block", p)
				}
			}
			if len(sigs) > 0 {
				if p := c.Positions["/signatories/0/name"]; p.Line < 10 {
					t.Errorf("first name at %v", p)
				}
			}
		})
	}
}

func TestNameShape(t *testing.T) {
	for _, n := range []string{"Anna Andersson", "Sarah von Zweigbergk", "Ann-Helen Svensson", "Cindia Escalante Mattsson", "Malin de Verdier", "Anna B. Svensson", "A. Svensson", "Ian McKenzie", "Sean O’Brien", "Andréas Mårtensson", "Julia Tryggvadottir Tollesson"} {
		if !isNameTokens(strings.Fields(n)) {
			t.Errorf("%q not read as a name", n)
		}
	}
	for _, n := range []string{"Förvaltningschef Teknik", "Verksamhetschef EMI GA", "Kommunstyrelsen", "Tf Förvaltningschef", "Administrativ chef", "Controller förvaltning", "Nämnden godkänner"} {
		if isNameTokens(strings.Fields(n)) {
			t.Errorf("%q read as a name", n)
		}
	}
	for _, ti := range []string{"Ekonomi-och kvalitetschef", "Registrator/Dataskyddskontakt", "Arkivarie", "Enhetschefer", "Tf. Enhetschef Ekonomi & Administration", "Verksamhetschef 4:2 HSL"} {
		if !isTitle(ti) {
			t.Errorf("%q not read as a title", ti)
		}
	}
	for _, ti := range []string{"Anna Andersson", "Nämnden godkänner rapporten.", "2024-05-07", "[Namn]"} {
		if isTitle(ti) {
			t.Errorf("%q read as a title", ti)
		}
	}
}

func TestNameNotTitle(t *testing.T) {
	// "Marie" ends like "arkivarie" but is a given name
	if isTitleWord("Marie") || !isNameTokens([]string{"Marie", "Exempel"}) {
		t.Error("Marie read as a title word")
	}
	ls := splitLines([]Block{para(1, "Emir Exempel                      Marie Påhittad"), para(3, "Verksamhetschef                    Trafikingenjör")})
	if got := readBeside(&ls[0]); got != nil {
		t.Errorf("two names read as name beside title: %+v", got)
	}
}

// TestUnitUnderOneTitle: a unit written under only one of the titles, in
// its column, belongs to that title.
func TestUnitUnderOneTitle(t *testing.T) {
	names := "Eva Exempel         Omar Påhittad"
	titles := "Stadsdelsdirektör Avdelningschef"
	unit := "Avdelningen för äldreomsorg"
	// the titles' second column starts at column 19, as the names' does
	titles = strings.Replace(titles, " ", "  ", 1)
	col := 20
	b := Block{Kind: Paragraph, Text: names + " " + titles + " " + unit, Segs: []Seg{
		{Offset: 0, Pos: casemodel.Pos{Line: 10, Column: 1}},
		{Offset: len(names) + 1, Pos: casemodel.Pos{Line: 11, Column: 1}},
		{Offset: len(names) + len(titles) + 2, Pos: casemodel.Pos{Line: 12, Column: col}},
	}}
	bs := append(sigDoc(), b)
	c, err := Build(bs, Options{})
	if err != nil {
		t.Fatal(err)
	}
	var parts []string
	sigs, _ := c.Value["signatories"].([]any)
	for _, s := range sigs {
		m := s.(map[string]any)
		title, _ := m["title"].(string)
		parts = append(parts, m["name"].(string)+" / "+title)
	}
	got := strings.Join(parts, "; ")
	if want := "Eva Exempel / Stadsdelsdirektör; Omar Påhittad / Avdelningschef, Avdelningen för äldreomsorg"; got != want {
		t.Errorf("signatories = %q, want %q", got, want)
	}
}
