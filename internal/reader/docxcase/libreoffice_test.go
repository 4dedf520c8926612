package docxcase

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/tjlint/tjlint/internal/reader/textcase"
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

// TestLibreOfficeSeedLikeText reads the seed document as LibreOffice turns
// the plain text into a DOCX (one paragraph per line, as when text from a
// PDF is pasted into Word):
//
//	soffice --headless --infilter="Text (encoded):UTF8,LF,,," --convert-to 'docx:MS Word 2007 XML' seed.txt
//
// The paragraphs are the PDF's wrapped lines, so the reader must rejoin them;
// the case must then equal the text reader's, value for value, and the key
// values must sit on the same lines (the rendering has a line per paragraph).
func TestLibreOfficeSeedLikeText(t *testing.T) {
	src, err := os.ReadFile(filepath.Join("testdata", "libreoffice-seed.docx"))
	if err != nil {
		t.Fatal(err)
	}
	fromDocx, err := Reader{}.Read("seed.docx", src)
	if err != nil {
		t.Fatal(err)
	}
	txt, err := os.ReadFile(filepath.Join("..", "..", "..", "testdata", "corpus", "seed", "000_7ea83c482b1260de.txt"))
	if err != nil {
		t.Fatal(err)
	}
	fromText, err := textcase.Reader{}.Read("seed.txt", txt)
	if err != nil {
		t.Fatal(err)
	}
	delete(fromDocx.Value, "file") // the file's own facts: DOCX only
	// Paragraph breaks inside a section's text may fall differently (the
	// text reader joins every adjacent line, the DOCX reader only lines that
	// do not end a sentence), and a bullet glyph pasted as text stays a
	// glyph in DOCX where the text reader writes "-"; every value must
	// otherwise be the same word for word.
	a, _ := json.MarshalIndent(squashed(fromDocx.Value), "", " ")
	b, _ := json.MarshalIndent(squashed(fromText.Value), "", " ")
	if !bytes.Equal(a, b) {
		t.Errorf("DOCX and text give different cases\n--- docx\n%s\n--- text\n%s", a, b)
	}
	for _, ptr := range []string{"/title", "/dnr", "/referral/deadline", "/decision_proposal/0", "/sections/gender_equality", "/signatories/1/title"} {
		if fromDocx.Positions[ptr].Line != fromText.Positions[ptr].Line {
			t.Errorf("%s: line %d in the DOCX rendering, %d in the text", ptr, fromDocx.Positions[ptr].Line, fromText.Positions[ptr].Line)
		}
	}
}

// squashed copies v with every run of white space in its strings folded to
// one space.
func squashed(v any) any {
	switch x := v.(type) {
	case string:
		return strings.Join(strings.Fields(strings.ReplaceAll(x, "\uf0b7", "-")), " ")
	case []any:
		out := make([]any, len(x))
		for i, e := range x {
			out[i] = squashed(e)
		}
		return out
	case map[string]any:
		out := make(map[string]any, len(x))
		for k, e := range x {
			out[k] = squashed(e)
		}
		return out
	}
	return v
}
