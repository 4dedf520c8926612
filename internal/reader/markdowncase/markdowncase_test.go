package markdowncase

import (
	"errors"
	"os"
	"reflect"
	"strings"
	"testing"

	"github.com/tjlint/tjlint/internal/casemodel"
	"github.com/tjlint/tjlint/internal/reader/extract"
	"github.com/tjlint/tjlint/internal/reader/inline"
	"github.com/tjlint/tjlint/internal/reader/textcase"
)

func p(l, c int) casemodel.Pos { return casemodel.Pos{Line: l, Column: c} }

func TestParseBlocks(t *testing.T) {
	src, err := os.ReadFile("testdata/yttrande.md")
	if err != nil {
		t.Fatal(err)
	}
	d, err := Parse(src)
	if err != nil {
		t.Fatal(err)
	}
	type blk struct {
		Kind  extract.Kind
		Level int
		Bold  bool
		Text  string
		Segs  []casemodel.Pos
	}
	var got []blk
	for _, b := range d.Blocks {
		var ps []casemodel.Pos
		for _, s := range b.Segs {
			ps = append(ps, s.Pos)
		}
		got = append(got, blk{b.Kind, b.Level, b.Bold, b.Text, ps})
	}
	want := []blk{
		{extract.Paragraph, 0, false, "Svar på motion om fler parkbänkar", []casemodel.Pos{p(5, 3)}},
		{extract.Heading, 2, false, "Förslag till beslut", []casemodel.Pos{p(7, 4)}},
		{extract.ListItem, 0, false, "Nämnden godkänner förvaltningens yttrande och överlämnar det till kommunstyrelsen som svar på motionen.", []casemodel.Pos{p(9, 4), p(10, 4)}},
		{extract.ListItem, 0, false, "Nämnden förklarar paragrafen omedelbart justerad.", []casemodel.Pos{p(11, 4)}},
		{extract.Heading, 2, false, "Sammanfattning", []casemodel.Pos{p(13, 4)}},
		{extract.Paragraph, 0, false, "Motionären föreslår att det ska byggas fler parkbänkar längs ån.", []casemodel.Pos{p(15, 1), p(16, 1)}},
		{extract.Paragraph, 0, true, "Jämställdhetsanalys", []casemodel.Pos{p(19, 3)}},
		{extract.Paragraph, 0, false, "Förslaget bedöms inte påverka kvinnor och män olika.", []casemodel.Pos{p(21, 1)}},
		{extract.TableRow, 0, false, "Namn\tTitel", []casemodel.Pos{p(23, 3), p(23, 10)}},
		{extract.TableRow, 0, false, "Kalle Exempelsson\tFörvaltningschef", []casemodel.Pos{p(25, 3), p(25, 23)}},
		{extract.Paragraph, 0, false, "Kalle Exempelsson Förvaltningschef", []casemodel.Pos{p(27, 1), p(28, 1)}},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("blocks:\n got %+v\nwant %+v", got, want)
	}
	// A position inside a line, after stripped markup-free text.
	b := d.Blocks[5]
	if got := b.PosAt(strings.Index(b.Text, "längs")); got != p(16, 1) {
		t.Errorf("PosAt(längs) = %v, want 16:1", got)
	}
	if got := b.PosAt(strings.Index(b.Text, "föreslår")); got != p(15, 12) {
		t.Errorf("PosAt(föreslår) = %v, want 15:12", got)
	}
	wantIg := []inline.Ignore{{Rule: "economy/missing", Reason: "Inga kostnader", Until: "2026-12-31", Pos: p(17, 1)}}
	if !reflect.DeepEqual(d.Ignores, wantIg) {
		t.Errorf("ignores = %+v, want %+v", d.Ignores, wantIg)
	}
	if d.Front == nil || d.Front.Value["dnr"] != "KS 2024/0042" || d.Front.Positions["/dnr"] != p(3, 6) {
		t.Errorf("front matter = %+v", d.Front)
	}
}

func TestSplitFrontMatter(t *testing.T) {
	for _, tc := range []struct {
		src       string
		ok        bool
		fm        string
		bodyStart int
	}{
		{"---\nkind: yttrande\n---\n# Rubrik\n", true, "kind: yttrande\n", 23},
		{"---\r\nkind: yttrande\r\n...\r\nText", true, "kind: yttrande\r\n", 26},
		{"\ufeff---\na: 1\n---\n", true, "a: 1\n", 16},
		{"---\nkind: yttrande\n", false, "", 0}, // never closed: a thematic break
		{"# Rubrik\n---\n", false, "", 0},
		{"--- \n---\n", true, "", 9},
	} {
		fm, line, start, ok := splitFrontMatter([]byte(tc.src))
		if ok != tc.ok || string(fm) != tc.fm || (ok && (start != tc.bodyStart || line != 2)) {
			t.Errorf("splitFrontMatter(%q) = %q, %d, %d, %v; want %q, 2, %d, %v", tc.src, fm, line, start, ok, tc.fm, tc.bodyStart, tc.ok)
		}
	}
}

func TestMergeFrontMatterWins(t *testing.T) {
	body := casemodel.New("markdown")
	body.Value["title"] = "Från brödtexten"
	body.Positions["/title"] = p(5, 3)
	body.Value["sections"] = map[string]any{"summary": map[string]any{"heading": "Sammanfattning"}}
	body.Positions["/sections/summary/heading"] = p(9, 4)
	front := casemodel.New("yaml")
	front.Value["title"] = "Från front matter"
	front.Positions["/title"] = p(2, 8)
	front.Value["date"] = "2024-05-01"
	front.Positions["/date"] = p(3, 7)
	merge(body, front)
	if body.Value["title"] != "Från front matter" || body.Positions["/title"] != p(2, 8) {
		t.Errorf("title = %v at %v, want the front matter's at 2:8", body.Value["title"], body.Positions["/title"])
	}
	if body.Value["date"] != "2024-05-01" || body.Positions["/date"] != p(3, 7) {
		t.Errorf("date not completed from front matter: %v", body.Value)
	}
	if body.Positions["/sections/summary/heading"] != p(9, 4) {
		t.Errorf("body positions lost")
	}
}

func TestInputErrors(t *testing.T) {
	for _, tc := range []struct {
		name, src string
		pos       casemodel.Pos
	}{
		{"invalid utf-8", "# Rubrik\n\nText \xff här\n", p(3, 6)},
		{"front matter syntax", "---\nkind: [yttrande\n---\n# Rubrik\n", p(2, 1)},
		// an alias inside its own anchor: an error, not minutes of expansion
		{"recursive alias", "---\nkind: yttrande\na: &x [*x]\n---\n", p(3, 8)},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := Reader{}.Read("x.md", []byte(tc.src))
			var ie *casemodel.InputError
			if !errors.As(err, &ie) {
				t.Fatalf("err = %v, want InputError", err)
			}
			if ie.Pos != tc.pos {
				t.Errorf("pos = %v, want %v (%s)", ie.Pos, tc.pos, ie.Message.EN)
			}
		})
	}
}

// TestMeetingPacket: a published packet's front matter (kommun, organ …)
// is not read as case-model keys; the file is recognised as a packet.
func TestMeetingPacket(t *testing.T) {
	src := "---\nkommun: exempelby\norgan: teknik\ndatum: 2025-03-01\n---\n\nKALLELSE\n\nSammanträde den 1 mars 2025\n\n" +
		"TJÄNSTESKRIVELSE\n\nEn påhittad fråga\n\nFörslag till beslut\n\nNämnden för Teknik godkänner rapporten.\n\n" +
		"TJÄNSTESKRIVELSE\n\nEn annan fråga\n\nFörslag till beslut\n\nNämnden för Teknik antar planen.\n"
	_, err := Reader{}.Read("handlingar.md", []byte(src))
	if !extract.IsPacket(err) {
		t.Fatalf("err = %v, want a meeting packet", err)
	}
	var nc *casemodel.NotACaseError
	if !errors.As(err, &nc) || !strings.Contains(nc.Message.SV, "2 tjänsteskrivelser") {
		t.Errorf("err = %v, want a NotACaseError naming the 2 tjänsteskrivelser", err)
	}
	// without a kallelse: the front matter's keys that are no case-model
	// keys say that it describes a packet
	noKallelse := strings.Replace(src, "KALLELSE\n\nSammanträde den 1 mars 2025\n\n", "", 1)
	if _, err := (Reader{}).Read("handlingar.md", []byte(noKallelse)); !extract.IsPacket(err) {
		t.Errorf("packet without a kallelse: err = %v, want a meeting packet", err)
	}
	// a case's own front matter over the same body is no packet sign
	own := strings.Replace(noKallelse, "kommun: exempelby\norgan: teknik\ndatum: 2025-03-01\n", "dnr: TE-2025-00001\n", 1)
	if _, err := (Reader{}).Read("arende.md", []byte(own)); err != nil {
		t.Errorf("a case with case-model front matter: %v", err)
	}
}

// TestPDFTextAsMarkdown: text extracted from a PDF and saved as .md (page
// markers, hard-wrapped lines, escaped item numbers, a page break inside a
// sentence) gives the case the text reader gives.
func TestPDFTextAsMarkdown(t *testing.T) {
	src := "<!-- sida 1 -->\n\nTJÄNSTESKRIVELSE\n\nDatum\n2025-03-01\nDiarienummer\nXX-2025-00001\n\nEn påhittad fråga\n\n" +
		"Förslag till beslut i nämnden för Teknik\nNämnden för Teknik beslutar:\n\n1\\. Att Norra skolan stängs juli 2025 och att delar av\n\n" +
		"<!-- sida 2 -->\n\nNorra skolan ställs om till förskola.\n2\\. Att stänga Södra förskolan.\n\n" +
		"Sammanfattning av ärendet\nFörvaltningen har sett över lokalerna och föreslår en ordning som är\n\nenkel att följa.\n\n" +
		"Anna Andersson                 Bo Berg\nFörvaltningschef               Controller\n"
	md, err := Reader{}.Read("x.md", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	txt, err := textcase.Reader{}.Read("x.txt", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	md.Value["format"], txt.Value["format"] = nil, nil
	if !reflect.DeepEqual(md.Value, txt.Value) {
		t.Errorf("markdown case\n%v\ndiffers from the text case\n%v", md.Value, txt.Value)
	}
	if pts, _ := md.Value["decision_proposal"].([]any); len(pts) != 2 {
		t.Errorf("points = %q, want 2", pts)
	}
}
