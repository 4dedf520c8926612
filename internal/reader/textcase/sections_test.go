package textcase

import (
	"errors"
	"slices"
	"strings"
	"testing"

	"github.com/tjlint/tjlint/internal/casemodel"
)

// doc is a made-up tjänsteskrivelse in the Kungsbacka layout with the given
// decision part and body.
func doc(decision, body string) string {
	return "TJÄNSTESKRIVELSE\n\nDatum\n2025-03-01\nDiarienummer\nXX-2025-00001\n\nEn påhittad fråga\n\n" +
		decision + "\n\nSammanfattning av ärendet\nFörvaltningen har sett över frågan och föreslår en ordning som är enkel att följa.\n\n" +
		body + "\n\nBeslutsunderlag\nTjänsteskrivelse, 2025-03-01\n\nBeslutet skickas till\nKommunstyrelsen\n\nAnna Andersson                 Bo Berg\nFörvaltningschef               Controller\n"
}

func read(t *testing.T, src string) *casemodel.Case {
	t.Helper()
	c, err := Reader{}.Read("x.txt", []byte(src))
	if err != nil {
		t.Fatalf("read: %v", err)
	}
	return c
}

func strs(v any) []string {
	var out []string
	a, _ := v.([]any)
	for _, x := range a {
		s, _ := x.(string)
		out = append(out, s)
	}
	return out
}

func TestDecisionPoints(t *testing.T) {
	for _, tc := range []struct {
		name, decision string
		want           []string
	}{
		{"sentences", "Förslag till beslut\nNämnden för Teknik godkänner rapporten.\nNämnden för Teknik förklarar paragrafen omedelbart justerad.",
			[]string{"Nämnden för Teknik godkänner rapporten.", "Nämnden för Teknik förklarar paragrafen omedelbart justerad."}},
		{"no full stop before the next body", "Förslag till beslut\nNämnden för Teknik godkänner årsredovisning 2024\nNämnden för Teknik förklarar paragrafen omedelbart justerad.",
			[]string{"Nämnden för Teknik godkänner årsredovisning 2024", "Nämnden för Teknik förklarar paragrafen omedelbart justerad."}},
		{"a body after a preposition is no new point", "Förslag till beslut\nNämnden för Teknik antar yttrandet och översänder det till\nKommunstyrelsen som sitt svar.",
			[]string{"Nämnden för Teknik antar yttrandet och översänder det till Kommunstyrelsen som sitt svar."}},
		{"att items with their lead-in", "Förslag till beslut\nNämnden för Teknik beslutar:\n\n1\\. Att Norra skolan stängs juli 2025.\n2\\. Att stänga Södra förskolan.",
			[]string{"Nämnden för Teknik beslutar: Att Norra skolan stängs juli 2025.", "Nämnden för Teknik beslutar: Att stänga Södra förskolan."}},
		{"full-sentence items without it", "Förslag till beslut\nKommunstyrelsen föreslår att kommunfullmäktige beslutar:\n\n1\\. Kommunfullmäktige antar planen.\n2\\. Kommunfullmäktige upphäver den gamla planen.",
			[]string{"Kommunfullmäktige antar planen.", "Kommunfullmäktige upphäver den gamla planen."}},
		{"an item broken by a page gap", "Förslag till beslut\nNämnden för Teknik beslutar:\n\n1\\. Att Norra skolan blir en F-6 skola och att delar av\n\nNorra skolan ställs om till förskola.",
			[]string{"Nämnden för Teknik beslutar: Att Norra skolan blir en F-6 skola och att delar av Norra skolan ställs om till förskola."}},
		{"a lead-in without a colon", "Förslag till beslut\nKommunstyrelsen föreslår kommunfullmäktige besluta\n\n1\\. att anta planen,\n2\\. att upphäva den gamla planen.\n\nKommunstyrelsen beslutar för egen del\n\n3\\. Kommunstyrelsen ger kommundirektören i uppdrag att genomföra planen.",
			[]string{"Kommunstyrelsen föreslår kommunfullmäktige besluta att anta planen,", "Kommunstyrelsen föreslår kommunfullmäktige besluta att upphäva den gamla planen.", "Kommunstyrelsen ger kommundirektören i uppdrag att genomföra planen."}},
		{"a date list goes with its lead-in", "Förslag till beslut i valnämnden\n\nValnämnden beslutar följande sammanträdesdagar för 2026:\n\n2 februari     11 maj\n16 september   23 november\n\nSammanträdena börjar klockan 17.00.",
			[]string{"Valnämnden beslutar följande sammanträdesdagar för 2026: 2 februari 11 maj 16 september 23 november", "Sammanträdena börjar klockan 17.00."}},
		{"table link, table and reservation are no points", "Förslag till beslut\nNämnden för Teknik fördelar medlen enligt tabellen.\n\n[Tabell 2-1](#tabell-2-1)\n\n| Enhet | Belopp |\n|---|---|\n| Väg | 100 |\n\nReservation från Parti X.",
			[]string{"Nämnden för Teknik fördelar medlen enligt tabellen."}},
		{"an abbreviation and a clock time", "Förslag till beslut\nNämnden för Teknik tillåter fyrverkerier från kl. 18.00 på nyårsafton.",
			[]string{"Nämnden för Teknik tillåter fyrverkerier från kl. 18.00 på nyårsafton."}},
		{"a number broken at its hyphen", "Förslag till beslut\nNämnden för Tekniks arbetsutskott beslutar lokal trafikföreskrift 1384 2024-\n\n00072 om parkering på Storgatan",
			[]string{"Nämnden för Tekniks arbetsutskott beslutar lokal trafikföreskrift 1384 2024-00072 om parkering på Storgatan"}},
		{"a heading of its own ends the decision", "Förslag till beslut\nNämnden för Teknik antecknar informationen.\n\nBeslutsmotivering\nInformationen ger en första bild av utredningen och underlaget som tas fram under våren.",
			[]string{"Nämnden för Teknik antecknar informationen."}},
		{"a heading with no blank line around it ends the decision", "Förslag till beslut\nNämnden för Teknik antecknar informationen.\nBeslutsmotivering\nInformationen ger en första bild av utredningen och underlaget som tas fram under våren.",
			[]string{"Nämnden för Teknik antecknar informationen."}},
		{"two decision headings, in order", "Förslag till beslut i kommunfullmäktige\nKommunfullmäktige fastställer budgeten.\n\nFörslag till beslut i kommunstyrelsen\nKommunstyrelsen ger kommundirektören i uppdrag att fördela medlen.",
			[]string{"Kommunfullmäktige fastställer budgeten.", "Kommunstyrelsen ger kommundirektören i uppdrag att fördela medlen."}},
		{"a wrapped heading with a condition", "Förslag till beslut i kommunstyrelsen under förutsättning av\nkommunfullmäktiges beslut om budget\nKommunstyrelsen fördelar medlen.",
			[]string{"Kommunstyrelsen fördelar medlen."}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c := read(t, doc(tc.decision, "Beskrivning av ärendet\nFrågan har beretts av förvaltningen tillsammans med berörda enheter under året."))
			got := strs(c.Value["decision_proposal"])
			if !slices.Equal(got, tc.want) {
				t.Errorf("points:\n got %q\nwant %q", got, tc.want)
			}
		})
	}
}

func TestDecisionAuthority(t *testing.T) {
	c := read(t, doc("Förslag till beslut i kommunstyrelsen under förutsättning av\nkommunfullmäktiges beslut om budget\nKommunstyrelsen fördelar medlen.", ""))
	if got := c.Value["authority"]; got != "kommunstyrelsen" {
		t.Errorf("authority = %v, want kommunstyrelsen", got)
	}
	c = read(t, doc("Förslag till beslut i kommunfullmäktige\nKommunfullmäktige fastställer budgeten.\n\nFörslag till beslut i kommunstyrelsen\nKommunstyrelsen fördelar medlen.", ""))
	if got := c.Value["authority"]; got != "kommunfullmäktige" {
		t.Errorf("authority = %v, want the first heading's kommunfullmäktige", got)
	}
}

func TestSectionHeadings(t *testing.T) {
	const dec = "Förslag till beslut\nNämnden för Teknik godkänner rapporten."
	const text = "\nFörslaget påverkar flickor och pojkar lika, eftersom alla elever får samma tillgång till lokalerna."
	for _, tc := range []struct {
		name, body string
		want       map[string]string // section key → heading
	}{
		{"wrapped heading", "Konsekvenser ur barnrätts- och\nbarnperspektiv" + text,
			map[string]string{"child_rights": "Konsekvenser ur barnrätts- och barnperspektiv"}},
		{"a word broken at the line end", "Jämställdhets-\nperspektiv" + text,
			map[string]string{"gender_equality": "Jämställdhetsperspektiv"}},
		{"combined heading fills both", "Jämställdhet och barnperspektiv" + text,
			map[string]string{"gender_equality": "Jämställdhet och barnperspektiv", "child_rights": "Jämställdhet och barnperspektiv"}},
		{"gender variant", "Jämställdhetskonsekvenser" + text, map[string]string{"gender_equality": "Jämställdhetskonsekvenser"}},
		{"economy variant", "Kostnader och finansiering" + text, map[string]string{"economy": "Kostnader och finansiering"}},
		{"heading inside a block", "Beskrivning av ärendet\nFörvaltningen har sett över lokalerna under året.\nBarnperspektiv\nFörslaget påverkar flickor och pojkar lika, eftersom alla elever får samma tillgång.",
			map[string]string{"background": "Beskrivning av ärendet", "child_rights": "Barnperspektiv"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c := read(t, doc(dec, tc.body))
			secs, _ := c.Value["sections"].(map[string]any)
			for k, h := range tc.want {
				s, _ := secs[k].(map[string]any)
				if s == nil || s["heading"] != h {
					t.Errorf("sections.%s = %v, want heading %q", k, s, h)
					continue
				}
				if txt, _ := s["text"].(string); k != "background" && !strings.HasPrefix(txt, "Förslaget påverkar") || k == "background" && strings.Contains(txt, "Barnperspektiv") {
					t.Errorf("sections.%s text = %q", k, txt)
				}
			}
		})
	}
}

// TestUnreadAnalysis: an analysis heading of no known kind is kept and
// reported as a possible jämställdhetsanalys, never silently dropped.
func TestUnreadAnalysis(t *testing.T) {
	c := read(t, doc("Förslag till beslut\nNämnden för Teknik godkänner rapporten.", "Konsekvensbeskrivning\nFörslaget påverkar flickor och pojkar lika, eftersom alla elever får samma tillgång."))
	u, _ := c.Value["unread"].([]any)
	if len(u) != 1 {
		t.Fatalf("unread = %v, want one entry", c.Value["unread"])
	}
	e := u[0].(map[string]any)
	if e["field"] != "sections.gender_equality" || e["excerpt"] != "Konsekvensbeskrivning" {
		t.Errorf("unread[0] = %v", e)
	}
	if p := c.Positions["/unread/0/excerpt"]; p.Line == 0 {
		t.Errorf("no position for the unread excerpt")
	}
}

// TestMeetingPacket: a whole packet (kallelse and several
// tjänsteskrivelser) is recognised and not read as one case.
func TestMeetingPacket(t *testing.T) {
	one := doc("Förslag till beslut\nNämnden för Teknik godkänner rapporten.", "")
	_, err := Reader{}.Read("handlingar.txt", []byte("KALLELSE\n\nSammanträde den 1 mars 2025\n\n"+one+"\n"+one))
	var nc *casemodel.NotACaseError
	if !errors.As(err, &nc) || !strings.Contains(nc.Message.SV, "sammanträdes handlingar med 2 tjänsteskrivelser") {
		t.Fatalf("err = %v, want a meeting-packet NotACaseError", err)
	}
	if _, err := (Reader{}).Read("ett.txt", []byte(one)); err != nil {
		t.Errorf("one tjänsteskrivelse: %v", err)
	}
	// three tjänsteskrivelser without a kallelse are a packet too
	if _, err := (Reader{}).Read("tre.txt", []byte(one+"\n"+one+"\n"+one)); !errors.As(err, &nc) {
		t.Errorf("three tjänsteskrivelser: err = %v, want a meeting packet", err)
	}
	// two, without a kallelse, may be a case with another förvaltning's
	// tjänsteskrivelse attached: read as a case
	if _, err := (Reader{}).Read("bilaga.txt", []byte(one+"\n"+one)); err != nil {
		t.Errorf("a case with an attached tjänsteskrivelse: %v", err)
	}
}

// TestFooterWithCounterColumn: a footer whose page counter stands in a
// column after the unit's name is furniture too.
func TestFooterWithCounterColumn(t *testing.T) {
	src := "Beslutsunderlag\n\nTjänsteskrivelse, 2025-03-01\n\nExempelenheten                    1 (2)\nExempelkommun\n123 45 Exempelstad\nKim Kontaktsson\nBesöksadress\nHandläggare\nStorgatan 1\nTelefon 0300-00 00 00\nwww.example.se\n\n<!-- sida 2 -->\n\nBilaga, 2025-03-01\n"
	var texts []string
	for _, b := range Blocks([]byte(src)) {
		texts = append(texts, b.Text)
	}
	want := []string{"Beslutsunderlag", "Tjänsteskrivelse, 2025-03-01", "Bilaga, 2025-03-01"}
	if !slices.Equal(texts, want) {
		t.Errorf("blocks = %q, want %q", texts, want)
	}
}

// TestAnalysisNamedAsAttachment: "Barnkonsekvensanalys" listed under
// Beslutsunderlag is an attachment, not the child-rights section.
func TestAnalysisNamedAsAttachment(t *testing.T) {
	src := "TJÄNSTESKRIVELSE\n\nDatum\n2025-03-01\n\nEn påhittad fråga\n\nFörslag till beslut\nNämnden för Teknik godkänner rapporten.\n\n" +
		"Beslutsunderlag\nTjänsteskrivelse, 2025-03-01\nBarnkonsekvensanalys\nKarta över området\n\nBeslutet skickas till\nKommunstyrelsen\n"
	c := read(t, src)
	secs, _ := c.Value["sections"].(map[string]any)
	if _, ok := secs["child_rights"]; ok {
		t.Errorf("child_rights = %v, want none", secs["child_rights"])
	}
	db, _ := secs["decision_basis"].(map[string]any)
	if txt, _ := db["text"].(string); !strings.Contains(txt, "Barnkonsekvensanalys\nKarta över området") {
		t.Errorf("decision_basis text = %q", txt)
	}
}

// TestFooterTail: a second contact person after the footer's "www." line
// is furniture, and the paragraph goes on over the page break.
func TestFooterTail(t *testing.T) {
	src := "Sammanfattning av ärendet\nKommunstyrelsens arbetsutskott\n1 (2)\nExempelförvaltningen\n123 45 Exempelstad\nKim Kontaktsson\nTelefon 0300-00 00 00\nAlex Påhittad\nwww.example.se\nKommunjurist\nKommunledningskontoret\nalex.pahittad@example.se\n\n<!-- sida 2 -->\n\ngodkände förslaget i mars.\n"
	var texts []string
	for _, b := range Blocks([]byte(src)) {
		texts = append(texts, b.Text)
	}
	want := []string{"Sammanfattning av ärendet Kommunstyrelsens arbetsutskott godkände förslaget i mars."}
	if !slices.Equal(texts, want) {
		t.Errorf("blocks = %q, want %q", texts, want)
	}
}

// TestKallelseTitle: a tjänsteskrivelse whose title is a kallelse is one
// case, not a packet.
func TestKallelseTitle(t *testing.T) {
	src := strings.Replace(doc("Förslag till beslut\nKommunstyrelsen godkänner kallelsen.", ""), "En påhittad fråga", "Kallelse till årsstämma", 1)
	if _, err := (Reader{}).Read("x.txt", []byte(src)); err != nil {
		t.Errorf("read: %v", err)
	}
}

// TestWrappedLineGoesOn: a line that reaches the wrap width goes on after
// a page gap even when the next line starts with a capital letter or a
// digit; a short line before a gap does not.
func TestWrappedLineGoesOn(t *testing.T) {
	filler := "Förvaltningen har under året arbetat vidare med de frågor som nämnden har gett i uppdrag att utreda.\n"
	src := strings.Repeat(filler, 20) +
		"\nKommunfullmäktige fastställer resultaträkning samt investeringar och lånebehov för Exempel Bostads\n\n<!-- sida 2 -->\n\nAB.\n\n" +
		"Kort rad utan punkt\n\nNästa stycke börjar här och är ett eget stycke.\n"
	bs := Blocks([]byte(src))
	var texts []string
	for _, b := range bs[1:] {
		texts = append(texts, b.Text)
	}
	want := []string{
		"Kommunfullmäktige fastställer resultaträkning samt investeringar och lånebehov för Exempel Bostads AB.",
		"Kort rad utan punkt",
		"Nästa stycke börjar här och är ett eget stycke.",
	}
	if !slices.Equal(texts, want) {
		t.Errorf("blocks = %q,\nwant %q", texts, want)
	}
}

// TestNumberedHeadings: headings numbered like list items ("1. Bakgrund")
// are headings; numbered decision points stay points.
func TestNumberedHeadings(t *testing.T) {
	src := "TJÄNSTESKRIVELSE\n\nDatum\n2025-03-01\n\nEn påhittad fråga\n\n1. Förslag till beslut\n\n1. Nämnden för Teknik godkänner rapporten.\n2. Nämnden för Teknik förklarar paragrafen omedelbart justerad.\n\n" +
		"2. Sammanfattning av ärendet\n\nFörvaltningen har sett över frågan och föreslår en ordning som är enkel att följa.\n\n" +
		"3. Beskrivning av ärendet\n\nNuläge\n\nFrågan har beretts av förvaltningen tillsammans med berörda enheter under året.\n\n" +
		"4. Beslutsunderlag\n\nTjänsteskrivelse, 2025-03-01\n\n5. Beslutet skickas till\n\nKommunstyrelsen\n\nAnna Andersson                 Bo Berg\nFörvaltningschef               Controller\n"
	c := read(t, src)
	if got := strs(c.Value["decision_proposal"]); len(got) != 2 {
		t.Errorf("points = %q, want 2", got)
	}
	secs, _ := c.Value["sections"].(map[string]any)
	if bg, _ := secs["background"].(map[string]any); bg == nil || bg["heading"] != "Beskrivning av ärendet" {
		t.Errorf("sections.background = %v", secs["background"])
	}
	for k, txt := range map[string]string{"summary": "Förvaltningen har sett över", "decision_basis": "Tjänsteskrivelse, 2025-03-01", "distribution": "Kommunstyrelsen"} {
		s, _ := secs[k].(map[string]any)
		if got, _ := s["text"].(string); !strings.HasPrefix(got, txt) {
			t.Errorf("sections.%s = %v, want text from %q", k, s, txt)
		}
	}
}
