package location

import (
	"testing"

	"github.com/tjlint/tjlint/internal/reader/docxcase"
	"github.com/tjlint/tjlint/internal/reader/docxcase/docxtest"
)

func TestDocx(t *testing.T) {
	src := docxtest.Doc{
		Styles:  []docxtest.Style{{ID: "Heading1", Name: "heading 1", OutlineLvl: 0, HasOutline: true}, {ID: "Heading2", Name: "heading 2", OutlineLvl: 1, HasOutline: true}},
		Headers: [][]any{{docxtest.P{Text: "Dnr KS 2025/1"}}},
		Body: []any{
			docxtest.P{Style: "Heading1", Text: "Svar på remiss"},
			docxtest.P{Text: "Inledande rad utan rubrik."},
			docxtest.P{Style: "Heading2", Text: "Förslag till beslut"},
			docxtest.P{Text: "Nämnden godkänner svaret."},
			docxtest.P{Text: "Nämnden bör därtill uppdra åt förvaltningen att återkomma."},
			docxtest.P{Text: "Ärendet"},
			docxtest.P{Text: "Kort."},
			docxtest.Table{Rows: [][]string{{"Anna Andersson", "Bo Berg"}}},
		},
	}.Bytes()
	doc, err := docxcase.Parse(src)
	if err != nil {
		t.Fatal(err)
	}
	loc := Docx(doc)
	for _, tc := range []struct {
		line int
		want string
	}{
		{1, "i sidhuvudet"},
		{2, "i början av dokumentet, stycke 1: ”Svar på remiss”"},
		{3, "i början av dokumentet, stycke 2: ”Inledande rad utan rubrik.”"},
		{4, "rubriken ”Förslag till beslut”"},
		{5, "under rubriken ”Förslag till beslut”, stycke 1: ”Nämnden godkänner svaret.”"},
		{6, "under rubriken ”Förslag till beslut”, stycke 2: ”Nämnden bör därtill uppdra …”"},
		// a known heading written as a plain paragraph is a heading too
		{7, "rubriken ”Ärendet”"},
		{8, "under rubriken ”Ärendet”, stycke 1: ”Kort.”"},
		{9, "under rubriken ”Ärendet”, i en tabell: ”Anna Andersson Bo Berg”"},
		{99, ""},
	} {
		if got := loc(tc.line).SV; got != tc.want {
			t.Errorf("line %d (%q): %q, want %q", tc.line, doc.Lines[min(tc.line, len(doc.Lines))-1].Text, got, tc.want)
		}
	}
	if got := loc(6).EN; got != "under the heading “Förslag till beslut”, paragraph 2: “Nämnden bör därtill uppdra …”" {
		t.Errorf("English: %q", got)
	}
}

func TestPages(t *testing.T) {
	if Pages("Förslag till beslut\nNämnden godkänner.\n") != nil {
		t.Error("a text without page markers got pages")
	}
	loc := Pages("<!-- sida 1 -->\nTJÄNSTESKRIVELSE\n\n<!-- sida 2 -->\nNämnden bör godkänna.\n")
	for line, want := range map[int]string{1: "sidan 1", 2: "sidan 1", 4: "sidan 2", 5: "sidan 2"} {
		if got := loc(line).SV; got != want {
			t.Errorf("line %d: %q, want %q", line, got, want)
		}
	}
	if got := Pages("före\n<!-- sida 2 -->\n")(1); !got.IsZero() {
		t.Errorf("a line before the first marker: %q", got.SV)
	}
}
