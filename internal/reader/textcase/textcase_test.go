package textcase

import (
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/tjlint/tjlint/internal/reader/readertest"

	"github.com/tjlint/tjlint/internal/casemodel"
	"github.com/tjlint/tjlint/internal/reader/extract"
)

func readSeed(t *testing.T) *casemodel.Case {
	t.Helper()
	f := filepath.Join("..", "..", "..", "testdata", "corpus", "seed", "000_7ea83c482b1260de.txt")
	src, err := os.ReadFile(f)
	if err != nil {
		t.Fatal(err)
	}
	c, err := Reader{}.Read(f, src)
	if err != nil {
		t.Fatal(err)
	}
	return c
}

// TestSeedAcceptance checks the extraction the issue fixes for the seed.
func TestSeedAcceptance(t *testing.T) {
	c := readSeed(t)
	v := c.Value
	for k, want := range map[string]string{"kind": "yttrande", "title": "Motion om att ta tillbaka utsatta områden", "dnr": "KS 2019/1899", "recipient": "kommunstyrelsen"} {
		if v[k] != want {
			t.Errorf("%s = %#v, want %q", k, v[k], want)
		}
	}
	if _, ok := v["date"]; ok {
		t.Errorf("date = %v, want none", v["date"])
	}
	ref := v["referral"].(map[string]any)
	if ref["from"] != "kommunstyrelsen" || ref["deadline"] != "2020-10-01" || ref["dnr"] != "KS 2019/1899" {
		t.Errorf("referral = %#v", ref)
	}
	want := []any{"Nämnden godkänner förvaltningens tjänsteutlåtande och överlämnar det till kommunstyrelsen som svar på motionen."}
	if !reflect.DeepEqual(v["decision_proposal"], want) {
		t.Errorf("decision_proposal = %#v", v["decision_proposal"])
	}
	secs := v["sections"].(map[string]any)
	var keys []string
	for k := range secs {
		keys = append(keys, k)
	}
	wantSecs := map[string]string{"summary": "Sammanfattning", "background": "Bakgrund", "preparation": "Ärendets beredning", "matter": "Ärendet", "assessment": "Synpunkter och förslag", "gender_equality": "Jämställdhetsanalys"}
	if len(secs) != len(wantSecs) {
		t.Errorf("sections %v, want %v", keys, wantSecs)
	}
	for k, h := range wantSecs {
		s, ok := secs[k].(map[string]any)
		if !ok || s["heading"] != h {
			t.Errorf("sections.%s = %#v, want heading %q", k, secs[k], h)
		}
	}
	if g := secs["gender_equality"].(map[string]any)["text"]; !strings.HasPrefix(g.(string), "Förslaget gällande") || !strings.HasSuffix(g.(string), "samma sätt.") {
		t.Errorf("gender_equality text = %q", g)
	}
	sig := v["signatories"].([]any)
	wantSig := []any{map[string]any{"name": "Patrik Åhnberg", "title": "Stadsdelsdirektör"}, map[string]any{"name": "Anna Toll", "title": "Avdelningschef"}}
	if !reflect.DeepEqual(sig, wantSig) {
		t.Errorf("signatories = %#v", sig)
	}
	authors := v["motion"].(map[string]any)["authors"]
	if !reflect.DeepEqual(authors, []any{"Bengt Herke", "Björn Larsson", "Joakim Hedelin", "Jeanette Malmström"}) {
		t.Errorf("authors = %#v", authors)
	}
	// positions: the heading line and the body's first line
	for ptr, p := range map[string]casemodel.Pos{
		"/sections/gender_equality":      {Line: 75, Column: 1},
		"/sections/gender_equality/text": {Line: 76, Column: 1},
		"/decision_proposal/0":           {Line: 6, Column: 1},
		"/signatories/1/name":            {Line: 80, Column: 17},
		"/signatories/1/title":           {Line: 81, Column: 20},
		"/referral/deadline":             {Line: 26, Column: 63},
		"/title":                         {Line: 1, Column: 2},
		"/dnr":                           {Line: 3, Column: 31},
	} {
		if got := c.Positions[ptr]; got != p {
			t.Errorf("%s at %v, want %v", ptr, got, p)
		}
	}
}

func TestFurnitureRemovedPositionsKept(t *testing.T) {
	src := "<!-- sida 1 -->\n\nTJÄNSTESKRIVELSE\n\nFörslag till beslut\nNämnden godkänner\n\n1 (2)\nExempelförvaltningen\n123 45 Exempelstad\nKim Kontaktsson\n0300-00 00 00                 Besöksadress\nHandläggare                   Storgatan 1\nTelefon 0300-00 00 00\nwww.example.se\n\n<!-- sida 2 -->\n\nEXEMPELSTADS  KOMMUN\n2 (2)\n\nrapporten för 2024.\n\nSida 2 av 2\nAlex Påhittad\nFörvaltningschef\n"
	bs := Blocks([]byte(src))
	var texts []string
	for _, b := range bs {
		texts = append(texts, b.Text)
	}
	want := []string{"TJÄNSTESKRIVELSE", "Förslag till beslut Nämnden godkänner rapporten för 2024.", "Alex Påhittad Förvaltningschef"}
	if !reflect.DeepEqual(texts, want) {
		t.Fatalf("blocks = %q, want %q", texts, want)
	}
	// "rapporten" keeps its true line after the footer and page break
	b := bs[1]
	i := strings.Index(b.Text, "rapporten")
	if p := b.PosAt(i); p != (casemodel.Pos{Line: 22, Column: 1}) {
		t.Errorf("rapporten at %v, want 22:1", p)
	}
	c, err := Reader{}.Read("x.txt", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	sig := c.Value["signatories"].([]any)
	if len(sig) != 1 || sig[0].(map[string]any)["name"] != "Alex Påhittad" {
		t.Errorf("signatories = %#v (the footer contact person is not one)", sig)
	}
}

func TestBullets(t *testing.T) {
	src := "Förslag till beslut\n\uf0b7 Nämnden godkänner rapporten.\n• Nämnden lägger informationen\ntill handlingarna.\n- Nämnden justerar paragrafen omedelbart.\ne Nämnden uppdrar åt förvaltningen att återkomma.\n1. Nämnden beslutar att upphäva beslutet.\n"
	var items []string
	var cols []int
	for _, b := range Blocks([]byte(src)) {
		if b.Kind == extract.ListItem {
			items = append(items, b.Text)
			cols = append(cols, b.Pos().Column)
		}
	}
	want := []string{"Nämnden godkänner rapporten.", "Nämnden lägger informationen till handlingarna.", "Nämnden justerar paragrafen omedelbart.", "Nämnden uppdrar åt förvaltningen att återkomma.", "Nämnden beslutar att upphäva beslutet."}
	if !reflect.DeepEqual(items, want) {
		t.Fatalf("items = %q", items)
	}
	if !reflect.DeepEqual(cols, []int{3, 3, 3, 3, 4}) {
		t.Errorf("columns = %v", cols)
	}
}

func TestParagraphRejoin(t *testing.T) {
	src := "Bakgrund\nMotionen remitterades av kommunstyrelsen för yttrande senast den 1:a\n\noktober 2020. Den kom in i maj.\n\nNästa stycke börjar här.\n"
	bs := Blocks([]byte(src))
	if len(bs) != 2 || !strings.HasSuffix(bs[0].Text, "senast den 1:a oktober 2020. Den kom in i maj.") {
		t.Fatalf("blocks = %#v", bs)
	}
	c, err := Reader{}.Read("x.txt", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	if d := c.Value["referral"].(map[string]any)["deadline"]; d != "2020-10-01" {
		t.Errorf("deadline = %v", d)
	}
	if p := c.Positions["/referral/deadline"]; p != (casemodel.Pos{Line: 2, Column: 66}) {
		t.Errorf("deadline at %v, want 2:66", p)
	}
}

func TestInvalidUTF8(t *testing.T) {
	src := []byte("Förslag till beslut\nNämnden \xff godkänner.\n")
	_, err := Reader{}.Read("x.txt", src)
	var ie *casemodel.InputError
	if !errors.As(err, &ie) {
		t.Fatalf("err = %v, want InputError", err)
	}
	if ie.Pos != (casemodel.Pos{Line: 2, Column: 9}) || ie.Message.SV == "" {
		t.Errorf("InputError = %+v, want at 2:9 with a message", ie)
	}
}

func TestNotTextOrEmpty(t *testing.T) {
	for _, tc := range []struct {
		name, src string
		pos       casemodel.Pos
		contains  string
	}{
		{"binary", "Förslag till beslut\nab\x00cd", casemodel.Pos{Line: 2, Column: 3}, "NUL"},
		{"empty", "", casemodel.Pos{Line: 1, Column: 1}, "tom"},
		{"blank", " \n\t\n", casemodel.Pos{Line: 1, Column: 1}, "tom"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := Reader{}.Read("x.txt", []byte(tc.src))
			var ie *casemodel.InputError
			if !errors.As(err, &ie) {
				t.Fatalf("err = %v, want InputError", err)
			}
			if ie.Pos != tc.pos || !strings.Contains(ie.Message.SV, tc.contains) {
				t.Errorf("InputError = %+v, want at %v containing %q", ie, tc.pos, tc.contains)
			}
		})
	}
}

func TestCRLF(t *testing.T) {
	c, err := Reader{}.Read("x.txt", []byte("Förslag till beslut\r\nNämnden godkänner.\r\n\r\nBakgrund\r\nText.\r\n"))
	if err != nil {
		t.Fatal(err)
	}
	if c.Value["decision_proposal"].([]any)[0] != "Nämnden godkänner." || c.Positions["/sections/background/text"] != (casemodel.Pos{Line: 5, Column: 1}) {
		t.Errorf("case = %#v, %v", c.Value, c.Positions)
	}
}

// FuzzRead: no input makes the reader panic or hang. The seeds are whole
// documents, so run it with a short -fuzzminimizetime (e.g. 1s): minimizing
// a 9 KB input otherwise takes most of a short run.
func FuzzRead(f *testing.F) {
	for _, dir := range []string{"seed", "real"} {
		m, _ := filepath.Glob(filepath.Join("..", "..", "..", "testdata", "corpus", dir, "*.txt"))
		for _, p := range m {
			if b, err := os.ReadFile(p); err == nil {
				f.Add(b)
			}
		}
	}
	f.Add([]byte("Förslag till beslut\n\uf0b7\n\n-\ne \n| a | b |\n|---|\n1 (2)\nwww.x.se"))
	f.Fuzz(func(t *testing.T, src []byte) {
		readertest.Check(t, Reader{}, "fuzz.txt", src, readertest.Lines(src))
	})
}
