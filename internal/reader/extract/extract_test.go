package extract

import (
	"errors"
	"strings"
	"testing"

	"github.com/tjlint/tjlint/internal/casemodel"
)

// para builds a Paragraph block from lines starting at source line first.
func para(first int, lines ...string) Block {
	b := Block{Kind: Paragraph}
	for i, l := range lines {
		off := len(b.Text)
		if off > 0 {
			b.Text += " "
			off++
		}
		b.Text += l
		b.Segs = append(b.Segs, Seg{Offset: off, Pos: casemodel.Pos{Line: first + i, Column: 1}})
	}
	return b
}

func TestParseDate(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"2023-09-01", "2023-09-01"},
		{"den 1:a oktober 2020", "2020-10-01"},
		{"22 september 2011", "2011-09-22"},
		{"den 9 okt. 2013", "2013-10-09"},
		{"3:e maj 2024", "2024-05-03"},
		{"7 Februari 2023", "2023-02-07"},
		{"den 1:a\noktober 2020", "2020-10-01"},
	} {
		got, ok := ParseDate(tc.in)
		if !ok || got != tc.want {
			t.Errorf("ParseDate(%q) = %q, %v; want %q", tc.in, got, ok, tc.want)
		}
	}
	for _, bad := range []string{"2023-02-30", "2023-00118", "31 juni 2024", "oktober 2020", "KS 2019/1899", "2024-2026", ""} {
		if got, ok := ParseDate(bad); ok {
			t.Errorf("ParseDate(%q) = %q, want no date", bad, got)
		}
	}
}

func TestClassifyHeading(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"Sammanfattning", SecSummary},
		{"SAMMANFATTNING AV ÄRENDET:", SecSummary},
		{"Bakgrund ", SecBackground},
		{"Beskrivning av ärende", SecBackground},
		{"Ärendet", SecMatter},
		{"Ärendets beredning", SecPreparation},
		{"Synpunkter och förslag", SecAssessment},
		{"Kommunstyrelsens förvaltnings bedömning", SecAssessment},
		{"Jämställdhetsanalys", SecGender},
		{"Barnkonventionen", SecChildRights},
		{"Ekonomiska konsekvenser", SecEconomy},
		{"Beslutsunderlag", SecDecisionBasis},
		{"Beslutet skickas till", SecDistribution},
		{"Förslag till beslut", SecDecision},
		{"Förslag till beslut i nämnden för Service", SecDecision},
		{"Förslag till beslut i kommunfullmäktige", SecDecision},
		{"Nämnden för Individ & Familjeomsorgs förslag till Kommunfullmäktige", SecDecision},
		{"Stadsbyggnadsutskottets förslag till kommunstyrelsen för förslag till kommunfullmäktige", SecDecision},
		{"Förvaltningens förslag till beslut", SecDecision},
		{"2 Beredning", SecPreparation},
	} {
		got, _, ok := classifyHeading(tc.in)
		if !ok || got != tc.want {
			t.Errorf("classifyHeading(%q) = %q, %v; want %q", tc.in, got, ok, tc.want)
		}
	}
	for _, no := range []string{"Ärendet har beretts inom avdelningen.", "Förslag till införande av standardiserade", "Motion om att ta tillbaka utsatta områden", "Bilaga 1: Slutrapport"} {
		if k, _, ok := classifyHeading(no); ok {
			t.Errorf("classifyHeading(%q) = %q, want no heading", no, k)
		}
	}
}

func TestMatchHeadingSameLine(t *testing.T) {
	hm, ok := matchHeading("Bakgrund: Motionen kom in i mars.", true)
	if !ok || hm.Key != SecBackground || hm.Heading != "Bakgrund" || !strings.HasPrefix("Bakgrund: Motionen kom in i mars."[hm.Body:], "Motionen") {
		t.Errorf("colon form: %+v %v", hm, ok)
	}
	hm, ok = matchHeading("Sammanfattning Förvaltningen föreslår", true)
	if !ok || hm.Key != SecSummary {
		t.Errorf("inline form: %+v %v", hm, ok)
	}
	if hm, ok := matchHeading("Ärendet har beretts inom avdelningen", true); ok {
		t.Errorf("prose taken for a heading: %+v", hm)
	}
	// the heading vocabulary counts for whole headings, not for the start
	// of a sentence
	if hm, ok := matchHeading("Ekonomin för Gymnasium & Arbetsmarknad har varit stabil under året.", true); ok {
		t.Errorf("prose taken for a heading: %+v", hm)
	}
}

func TestSignatures(t *testing.T) {
	for _, tc := range []struct {
		name   string
		lines  [2]string
		people [][2]string
	}{
		{"single spaces", [2]string{"Patrik Åhnberg Anna Toll", "Stadsdelsdirektör Avdelningschef"}, [][2]string{{"Patrik Åhnberg", "Stadsdelsdirektör"}, {"Anna Toll", "Avdelningschef"}}},
		{"columns", [2]string{"Julia Tryggvadottir Tollesson      Lars Clemensson", "Tf Förvaltningschef                Verksamhetschef Kvalitet och utveckling"}, [][2]string{{"Julia Tryggvadottir Tollesson", "Tf Förvaltningschef"}, {"Lars Clemensson", "Verksamhetschef Kvalitet och utveckling"}}},
		{"three names", [2]string{"Per Anders Hedkvist Krister Schultz", "Förvaltningschef, trafikkontoret Förvaltningschef, exploateringskontoret"}, [][2]string{{"Per Anders Hedkvist", "Förvaltningschef, trafikkontoret"}, {"Krister Schultz", "Förvaltningschef, exploateringskontoret"}}},
		{"one", [2]string{"Ivan Stipic", "Förvaltningschef Service"}, [][2]string{{"Ivan Stipic", "Förvaltningschef Service"}}},
		{"prefix", [2]string{"Annika Malm                        Mats Söderström", "Tillförordnad förvaltningschef     Biträdande verksamhetschef"}, [][2]string{{"Annika Malm", "Tillförordnad förvaltningschef"}, {"Mats Söderström", "Biträdande verksamhetschef"}}},
		{"compound title", [2]string{"Karin Påhittad", "Kultur- och fritidschef"}, [][2]string{{"Karin Påhittad", "Kultur- och fritidschef"}}},
		{"compound titles in columns", [2]string{"Karin Påhittad          Olle Exempel", "Miljö- och hälsoskyddschef    Enhetschef"}, [][2]string{{"Karin Påhittad", "Miljö- och hälsoskyddschef"}, {"Olle Exempel", "Enhetschef"}}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ls := splitLines([]Block{para(10, tc.lines[0]), para(11, tc.lines[1])})
			got := readSignatures(&ls[0], &ls[1])
			if len(got) != len(tc.people) {
				t.Fatalf("got %d signatories %+v, want %d", len(got), got, len(tc.people))
			}
			for i, p := range tc.people {
				if got[i].name != p[0] || got[i].title != p[1] {
					t.Errorf("%d: got %q / %q, want %q / %q", i, got[i].name, got[i].title, p[0], p[1])
				}
				if got[i].namePos.Line != 10 || got[i].titPos.Line != 11 {
					t.Errorf("%d: positions %v %v", i, got[i].namePos, got[i].titPos)
				}
			}
		})
	}
	// a body sentence over a title is not a signature
	ls := splitLines([]Block{para(1, "Nämnden godkänner förslaget."), para(2, "Förvaltningschef")})
	if got := readSignatures(&ls[0], &ls[1]); got != nil {
		t.Errorf("prose read as signature: %+v", got)
	}
}

func TestBuildMinimal(t *testing.T) {
	blocks := []Block{
		para(1, "TJÄNSTEUTLÅTANDE"),
		para(3, "Datum", "2024-03-05", "Dnr: KS-2024-00012"),
		para(7, "Svar på remiss om parkering"),
		para(9, "Förslag till beslut i nämnden"),
		{Kind: ListItem, Text: "Nämnden godkänner tjänsteutlåtandet.", Segs: []Seg{{0, casemodel.Pos{Line: 10, Column: 3}}}},
		{Kind: ListItem, Text: "Nämnden förklarar beslutet omedelbart justerat.", Segs: []Seg{{0, casemodel.Pos{Line: 11, Column: 3}}}},
		para(13, "Ärendet", "Kommunstyrelsen har remitterat ärendet till nämnden för yttrande", "senast den 3:e", "maj 2024."),
		para(18, "Egen rubrik"),
		para(19, "Text under en rubrik som inte finns i tabellen."),
		para(21, "Kim Exempelsson     Alex Påhittad"),
		para(22, "Förvaltningschef    Handläggare"),
		{Kind: TableRow, Cells: []string{"Bilaga", "Sida"}, Segs: []Seg{{0, casemodel.Pos{Line: 24, Column: 1}}}},
	}
	c, err := Build(blocks, Options{Format: "test"})
	if err != nil {
		t.Fatal(err)
	}
	v := c.Value
	want := map[string]string{"kind": "tjansteutlatande", "date": "2024-03-05", "dnr": "KS-2024-00012", "title": "Svar på remiss om parkering", "authority": "nämnden"}
	for k, w := range want {
		if v[k] != w {
			t.Errorf("%s = %v, want %q", k, v[k], w)
		}
	}
	dp, _ := v["decision_proposal"].([]any)
	if len(dp) != 2 || dp[1] != "Nämnden förklarar beslutet omedelbart justerat." {
		t.Errorf("decision_proposal = %#v", dp)
	}
	ref, _ := v["referral"].(map[string]any)
	if ref["deadline"] != "2024-05-03" || ref["from"] != "Kommunstyrelsen" {
		t.Errorf("referral = %#v", ref)
	}
	if p := c.Positions["/referral/deadline"]; p != (casemodel.Pos{Line: 15, Column: 12}) {
		t.Errorf("deadline at %v, want 15:12", p)
	}
	secs := v["sections"].(map[string]any)
	other, _ := secs["other"].([]any)
	if len(other) != 1 || other[0].(map[string]any)["heading"] != "Egen rubrik" {
		t.Errorf("other = %#v", other)
	}
	sig, _ := v["signatories"].([]any)
	if len(sig) != 2 || sig[1].(map[string]any)["name"] != "Alex Påhittad" || sig[1].(map[string]any)["title"] != "Handläggare" {
		t.Errorf("signatories = %#v", sig)
	}
	for ptr, p := range map[string]casemodel.Pos{
		"/decision_proposal/1":      {Line: 11, Column: 3},
		"/sections/matter":          {Line: 13, Column: 1},
		"/sections/matter/text":     {Line: 14, Column: 1},
		"/signatories/1/title":      {Line: 22, Column: 21},
		"/sections/other/0/heading": {Line: 18, Column: 1},
	} {
		if got := c.Positions[ptr]; got != p {
			t.Errorf("%s at %v, want %v", ptr, got, p)
		}
	}
	if _, ok := v["schema_version"]; !ok {
		t.Error("schema_version missing")
	}
}

func TestBuildNotACase(t *testing.T) {
	_, err := Build([]Block{para(1, "Det regnade hela dagen i Göteborg.", "Vi drack kaffe och pratade om väder.")}, Options{})
	var nc *casemodel.NotACaseError
	if !errors.As(err, &nc) {
		t.Fatalf("err = %v, want NotACaseError", err)
	}
	if _, err := Build(nil, Options{}); !errors.As(err, &nc) {
		t.Fatalf("empty: err = %v, want NotACaseError", err)
	}
}

func FuzzParseDate(f *testing.F) {
	for _, s := range []string{"den 1:a oktober 2020", "2023-09-01", "22 sept. 2011", "31 feb 2024"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		v, ok := ParseDate(s)
		if ok && (len(v) != 10 || v[4] != '-' || v[7] != '-') {
			t.Fatalf("ParseDate(%q) = %q", s, v)
		}
	})
}

func FuzzBuild(f *testing.F) {
	f.Add("Förslag till beslut\nNämnden godkänner.\n\nKim Exempelsson Alex Påhittad\nChef Handläggare", 3)
	f.Add("Yttrande till kommunstyrelsen KS 2019/1899\nBakgrund: remitterades av x för yttrande senast den 1:a okt 2020", 1)
	f.Fuzz(func(t *testing.T, s string, n int) {
		// split s into blocks of lines, n lines a block
		if n < 1 {
			n = 1
		}
		var blocks []Block
		lines := strings.Split(s, "\n")
		for i := 0; i < len(lines); i += n {
			j := min(len(lines), i+n)
			kind := Kind(i % 4)
			b := para(i+1, lines[i:j]...)
			b.Kind = kind
			if kind == TableRow {
				b.Cells = strings.Split(b.Text, "|")
			}
			blocks = append(blocks, b)
		}
		c, err := Build(blocks, Options{})
		if err == nil && c == nil {
			t.Fatal("nil case without error")
		}
	})
}
