package docxcase

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestLibreOfficeDocument reads a DOCX written by a real office suite rather
// than by the test helper: testdata/libreoffice-utlatande.docx was made from
// the HTML file beside it with
//
//	soffice --headless --convert-to 'docx:MS Word 2007 XML' libreoffice-utlatande.html
//
// (LibreOffice 7.4, Debian). It has a header table (organisation | label,
// Dnr | Datum), a Heading 1 title, Heading 2 sections, a numbered decision
// list and a two-column signature table, all with LibreOffice's own styles.
func TestLibreOfficeDocument(t *testing.T) {
	src, err := os.ReadFile(filepath.Join("testdata", "libreoffice-utlatande.docx"))
	if err != nil {
		t.Fatal(err)
	}
	c, err := Reader{}.Read("utlatande.docx", src)
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]string{
		"/kind":                             "tjansteutlatande",
		"/dnr":                              "SDN 2025/0417",
		"/date":                             "2025-09-02",
		"/authority":                        "Exempelstads stadsdelsnämnd",
		"/meeting_date":                     "2025-09-18",
		"/title":                            "Svar på remiss om fler trygghetsvandringar i stadsdelen",
		"/referral/from":                    "Kommunstyrelsen",
		"/referral/deadline":                "2025-09-30",
		"/decision_proposal/0":              "Stadsdelsnämnden godkänner förvaltningens tjänsteutlåtande och överlämnar det till kommunstyrelsen som svar på remissen.",
		"/decision_proposal/1":              "Stadsdelsnämnden förklarar beslutet omedelbart justerat.",
		"/sections/summary/heading":         "Sammanfattning",
		"/sections/matter/heading":          "Ärendet",
		"/sections/assessment/heading":      "Förvaltningens bedömning",
		"/sections/gender_equality/heading": "Jämställdhetsanalys",
		"/sections/decision_basis/text":     "Förvaltningens tjänsteutlåtande, 2025-09-02",
		"/signatories/0/name":               "Eva Exempelsson",
		"/signatories/0/title":              "Stadsdelsdirektör",
		"/signatories/1/name":               "Olof Påhittad",
		"/signatories/1/title":              "Avdelningschef",
	}
	for ptr, w := range want {
		if got := lookup(c.Value, ptr); got != w {
			t.Errorf("%s = %q, want %q", ptr, got, w)
		}
		if _, ok := c.Positions[ptr]; !ok {
			t.Errorf("%s has no position", ptr)
		}
	}
	if other, ok := c.Value["sections"].(map[string]any)["other"]; ok {
		t.Errorf("the title or a table became an unknown section: %v", other)
	}
	// Positions are lines of the rendering that tjlint convert prints.
	for ptr, line := range map[string]int{"/dnr": 2, "/title": 4, "/sections/gender_equality": 14, "/signatories/1/title": 19} {
		if got := c.Positions[ptr]; got.Line != line {
			t.Errorf("%s at line %d, want %d", ptr, got.Line, line)
		}
	}
}

// lookup follows a JSON pointer (without escapes) through a decoded case.
func lookup(v any, ptr string) string {
	for _, tok := range strings.Split(ptr[1:], "/") {
		switch x := v.(type) {
		case map[string]any:
			v = x[tok]
		case []any:
			var i int
			if err := json.Unmarshal([]byte(tok), &i); err != nil || i >= len(x) {
				return ""
			}
			v = x[i]
		default:
			return ""
		}
	}
	s, _ := v.(string)
	return s
}
