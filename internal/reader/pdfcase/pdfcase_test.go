package pdfcase

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

func readFixture(t *testing.T, name string) []byte {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// The two-page LibreOffice export: running header and page counters are
// furniture from their position, the word broken at a line end is joined,
// the three-column signature block pairs names with titles, Swedish
// letters are right.
func TestLongDocument(t *testing.T) {
	for _, name := range []string{"long-tagged.pdf", "long-untagged.pdf"} {
		t.Run(name, func(t *testing.T) {
			d, err := Parse(readFixture(t, name))
			if err != nil {
				t.Fatal(err)
			}
			var furn, body []string
			for _, l := range d.Lines {
				if l.Furniture {
					furn = append(furn, l.Text)
				} else if l.Text != "" {
					body = append(body, l.Text)
				}
			}
			wantFurn := []string{"<!-- sida 1 -->", "Sida 1 av 2", "<!-- sida 2 -->", "Provköpings kommun Dnr KS 2024/0042", "Sida 2 av 2"}
			if !slices.Equal(furn, wantFurn) {
				t.Errorf("furniture %q, want %q", furn, wantFurn)
			}
			if body[0] != "Provköpings kommun Dnr KS 2024/0042" {
				t.Errorf("page 1's header is not kept as text: %q", body[0])
			}
			text := strings.Join(body, "\n")
			if !strings.Contains(text, "etappvis upprustningen\nav parken") {
				t.Errorf("hyphenated word not joined:\n%s", text)
			}
			if !strings.Contains(text, "Lisa Provsson                     Per Testman                        Åsa Exempelsson\nFörvaltningschef                  Enhetschef                         Handläggare") {
				t.Errorf("signature columns not aligned:\n%s", text)
			}
			c, err := Reader{}.Read(name, readFixture(t, name))
			if err != nil {
				t.Fatal(err)
			}
			sig, _ := c.Value["signatories"].([]any)
			if len(sig) != 3 || sig[2].(map[string]any)["name"] != "Åsa Exempelsson" || sig[2].(map[string]any)["title"] != "Handläggare" {
				t.Errorf("signatories %v", c.Value["signatories"])
			}
			if p := c.Positions["/signatories/2/name"]; d.Lines[p.Line-1].Page != 2 {
				t.Errorf("signatory at line %d, not on page 2", p.Line)
			}
		})
	}
}

func TestFileInfo(t *testing.T) {
	tests := []struct {
		name   string
		tagged bool
		lang   string
	}{
		{"same-tagged.pdf", true, "sv-SE"},
		{"same-untagged.pdf", false, "sv-SE"},
		{"same-browser.pdf", true, "sv"}, // Chromium tags, with <html lang="sv">
	}
	for _, tt := range tests {
		d, err := Parse(readFixture(t, tt.name))
		if err != nil {
			t.Fatal(err)
		}
		f := d.File
		if f.Tagged != tt.tagged || f.Pages != 1 || f.TextLanguage != "sv" || f.Title != "Svar på motion om fler parkbänkar längs ån" || len(f.PagesWithoutText) != 0 {
			t.Errorf("%s: %+v", tt.name, f)
		}
		if f.Language != tt.lang {
			t.Errorf("%s: language %q", tt.name, f.Language)
		}
	}
}

func TestBuildLines(t *testing.T) {
	r := func(x0, x1, y float64, s string) run { return run{X0: x0, X1: x1, Y: y, Size: 10, Text: s} }
	tests := []struct {
		name string
		runs []run
		want []string
	}{
		{"reading order from positions", []run{r(50, 80, 700, "andra"), r(10, 40, 712, "första"), r(10, 45, 700, "rad")}, []string{"första", "rad andra"}},
		{"kerned pieces of one word", []run{r(10, 20, 700, "Bak"), r(20.5, 40, 700, "grund")}, []string{"Bakgrund"}},
		{"same baseline within a third of the size", []run{r(10, 20, 700, "x"), r(23, 30, 702, "2")}, []string{"x 2"}},
		{"columns at x", []run{r(0, 60, 700, "Lisa Provsson"), r(200, 250, 700, "Per Testman"), r(0, 70, 688, "Förvaltningschef"), r(200, 240, 688, "Enhetschef")},
			[]string{"Lisa Provsson" + strings.Repeat(" ", 37) + "Per Testman", "Förvaltningschef" + strings.Repeat(" ", 34) + "Enhetschef"}},
		{"ligatures", []run{r(10, 60, 700, "ﬁnansiering ﬂöde")}, []string{"finansiering flöde"}},
	}
	for _, tt := range tests {
		var got []string
		for _, l := range buildLines(tt.runs) {
			got = append(got, l.Text)
		}
		if !slices.Equal(got, tt.want) {
			t.Errorf("%s: got %q, want %q", tt.name, got, tt.want)
		}
	}
}

func TestJoinHyphens(t *testing.T) {
	tests := []struct{ a, b, wantA, wantB string }{
		{"en etappvis upprust-", "ningen av parken", "en etappvis upprustningen", "av parken"},
		{"soft upp\u00ad", "rustning", "soft upprustning", ""},
		{"kvinno-", "och mansfrågor", "kvinno-", "och mansfrågor"},
		{"stöd från EU-", "bidrag till", "stöd från EU-bidrag", "till"},
		{"under 2027–", "2031 samt", "under 2027–2031", "samt"},
		{"under 2027 –", "2031 samt", "under 2027 –", "2031 samt"},
		{"EU-", "och statsbidrag", "EU-", "och statsbidrag"},
		{"ett tankstreck -", "sedan", "ett tankstreck -", "sedan"},
		{"upprust-", "Ningen", "upprust-", "Ningen"},
	}
	for _, tt := range tests {
		a, b := &pline{Text: tt.a}, &pline{Text: tt.b}
		joinHyphens([]*pline{a, b})
		if a.Text != tt.wantA || b.Text != tt.wantB {
			t.Errorf("%q + %q: got %q + %q", tt.a, tt.b, a.Text, b.Text)
		}
	}
}
