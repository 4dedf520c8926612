package extract

import (
	"slices"
	"testing"
)

// TestClassifyVocabulary: analysis headings are recognised by their words
// (a kind's own word first, or an analysis head that names the kind), and
// a combined heading opens every kind it names, in its order.
func TestClassifyVocabulary(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want []string // Key, then Also; nil: not a heading
	}{
		{"Barnperspektiv", []string{SecChildRights}},
		{"Barnrättsperspektiv", []string{SecChildRights}},
		{"Barnkonsekvensanalys", []string{SecChildRights}},
		{"Konsekvenser för barn", []string{SecChildRights}},
		{"Prövning av barnets bästa", []string{SecChildRights}},
		{"Barnrätts- och barnperspektiv", []string{SecChildRights}},
		{"Konsekvenser ur barnrätts- och barnperspektiv", []string{SecChildRights}},
		{"Jämställdhetsperspektiv", []string{SecGender}},
		{"Jämställdhetskonsekvenser", []string{SecGender}},
		{"Konsekvenser för jämställdhet", []string{SecGender}},
		{"Jämställdhet och jämlikhet", []string{SecGender}},
		{"Analys av konsekvenser för kvinnor och män", []string{SecGender}},
		{"Ekonomiska konsekvenser", []string{SecEconomy}},
		{"Ekonomi", []string{SecEconomy}},
		{"Finansiering", []string{SecEconomy}},
		{"Kostnader och finansiering", []string{SecEconomy}},
		{"Konsekvenser för ekonomin", []string{SecEconomy}},
		{"Bedömning ur ekonomisk dimension", []string{SecEconomy}},
		{"Jämställdhet och barnperspektiv", []string{SecGender, SecChildRights}},
		{"Konsekvenser för barn och jämställdhet", []string{SecChildRights, SecGender}},
		{"Konsekvensbeskrivningar jämställdhet, jämlikhet och barnets rättigheter", []string{SecGender, SecChildRights}},
		{"Nämndens inställning i detalj", []string{SecAssessment}},
		// decision headings with a condition: the body is before it
		{"Förslag till beslut i kommunstyrelsen under förutsättning av kommunfullmäktiges beslut", []string{SecDecision}},
		// decision headings of other municipalities
		{"Beslutsförslag", []string{SecDecision}},
		{"Föreslaget beslut", []string{SecDecision}},
		{"Förslag till beslut för kommunstyrelsen", []string{SecDecision}},
		{"Förslag till beslut – kommunfullmäktige", []string{SecDecision}},
		{"Förslag till beslut i kommunstyrelsen (KS)", []string{SecDecision}},
		{"Förslag till kommunfullmäktige", []string{SecDecision}},
		// the other sections by their heads
		{"Bakgrund och syfte", []string{SecBackground}},
		{"Ärendets bakgrund", []string{SecBackground}},
		{"Förvaltningens analys", []string{SecAssessment}},
		{"Bedömning och slutsats", []string{SecAssessment}},
		{"Underlag för beslut", []string{SecDecisionBasis}},
		{"Handlingar i ärendet", []string{SecDecisionBasis}},
		{"Expediering", []string{SecDistribution}},
		{"Beslutet ska expedieras till", []string{SecDistribution}},
		{"Barn- och ungdomsperspektiv", []string{SecChildRights}},
		{"Jämställdhets- och barnperspektiv", []string{SecGender, SecChildRights}},
		// not headings of a kind
		{"Förslag till beslut om revidering av taxan", nil},
		{"Beskrivning", nil},
		{"Ekonomiavdelningen", nil},
		{"Barnkonsekvensanalys, 2025-03-28", nil},
		{"Konsekvenser av åtgärdsförslagen för kommuner", nil},
		{"Ombudgetering och resultatfond", nil},
		{"Barn och unga", nil},
	} {
		hm, ok := classify(tc.in)
		var got []string
		if ok {
			got = append([]string{hm.Key}, hm.Also...)
		}
		if !slices.Equal(got, tc.want) {
			t.Errorf("classify(%q) = %v, want %v", tc.in, got, tc.want)
		}
	}
	for in, want := range map[string]string{
		"Förslag till beslut i kommunstyrelsen under förutsättning av kommunfullmäktiges beslut": "kommunstyrelsen",
		"Förslag till beslut i nämnden för Service":                                              "nämnden för Service",
		"Förslag till beslut – Kommunfullmäktige":                                                "Kommunfullmäktige",
		"Förslag till beslut i Kommunstyrelsen (KS)":                                             "Kommunstyrelsen",
		"Förslag till beslut":                                                                    "",
	} {
		if _, b2, _ := classifyHeading(in); b2 != want {
			t.Errorf("deciding body of %q = %q, want %q", in, b2, want)
		}
	}
}

func TestAnalysisOfUnknownKind(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want bool
	}{
		{"Konsekvensbeskrivning", true},
		{"Konsekvensanalys", true},
		{"Konsekvenser av förslaget", true},
		{"Konsekvenser av åtgärdsförslagen för kommuner", false},
		{"Bedömning ur social dimension", true},
		{"Bedömning ur ekologisk dimension", false},
		{"Konsekvenser för jämlikhet och mänskliga rättigheter", true},
		{"Bedömning av ärendet", false},
		{"Jämställdhetsanalys", false},
		{"Bakgrund", false},
	} {
		if got := analysisOfUnknownKind(tc.in); got != tc.want {
			t.Errorf("analysisOfUnknownKind(%q) = %v, want %v", tc.in, got, tc.want)
		}
	}
}

func TestEndsDecision(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want bool
	}{
		{"Beslutsmotivering", true},
		{"Skäl för beslutet", true},
		{"Nämnden beslutar", false},
		{"Kommunstyrelsen godkänner avtalet", false},
		{"Kommunfullmäktige", false},
	} {
		ls := splitLines([]Block{para(1, tc.in), para(3, "Förvaltningen har utrett frågan under hösten och redovisar här sitt underlag.")})
		if got := endsDecision(ls, 0); got != tc.want {
			t.Errorf("endsDecision(%q) = %v, want %v", tc.in, got, tc.want)
		}
	}
}

func TestLooksLikeUnknownHeading(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want bool
	}{
		{"Upphandling av driftoperatör", true},
		{"Trafik och mobilitet", true},
		{"Förslagen syftar till att", false},
		{"Kultur & Fritid                 1 000 000", false},
		{"Anna Andersson                  Förvaltningschef", false},
		{"Sammanträdet 2025-03-01", false},
	} {
		if got := looksLikeUnknownHeading(tc.in); got != tc.want {
			t.Errorf("looksLikeUnknownHeading(%q) = %v, want %v", tc.in, got, tc.want)
		}
	}
}

func TestLineSep(t *testing.T) {
	for _, tc := range []struct{ prev, next, sep, want string }{
		{"Riktlinje för skolor, 2025-", "04-16", "\n", ""},
		{"Promemoria om avfall och för mer cirkulär", "ekonomi", "\n", " "},
		{"Utredning om hyreskontrakt för", "Nyanlända barnfamiljer, 2023-01-27", "\n", " "},
		{"Tjänsteskrivelse, 2025-03-01", "Protokollsutdrag 2025-02-20 § 32", "\n", "\n"},
		{"Nämnden godkänner", "rapporten.", " ", " "},
	} {
		if got := lineSep(tc.prev, tc.next, tc.sep); got != tc.want {
			t.Errorf("lineSep(%q, %q) = %q, want %q", tc.prev, tc.next, got, tc.want)
		}
	}
}

func TestSentencesAbbreviations(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want int
	}{
		{"Nämnden antar planen den 1 jan. 2025 och upphäver den gamla.", 1},
		{"Nämnden hänvisar till prop. 2023/24:1 och antar yttrandet.", 1},
		{"Nämnden antar riktlinjen, version 1. Riktlinjen gäller från 2025.", 2},
		{"Nämnden godkänner rapporten. Paragrafen justeras omedelbart.", 2},
		{"1. Att Norra skolan stängs. 2. Att Södra skolan byggs ut.", 2},
		{"Kommunfullmäktige 2024-06-13, § 91. Kommunstyrelsen fördelar medlen.", 2},
	} {
		if got := len(sentences(tc.in)); got != tc.want {
			t.Errorf("sentences(%q) = %d, want %d", tc.in, got, tc.want)
		}
	}
}

// TestShortLineOverParagraph: a short first line over a full-width line
// that opens with "§" is a heading; a wrapped paragraph's first line is
// not.
func TestShortLineOverParagraph(t *testing.T) {
	full := "§ 14.8, om reduktion av avgift vid onormal vattenförbrukning, stryks helt ur taxan."
	for _, tc := range []struct {
		name  string
		block Block
		want  string // the heading of the first other section; "" none
	}{
		{"heading over §", para(6, "Textändringar i taxan", full, "Paragrafen finns inte i basförslaget."), "Textändringar i taxan"},
		{"wrapped first line", para(6, "Avgiften ändras enligt den nya lydelsen i taxans "+full[:1], full[2:]), ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			bs := []Block{para(1, "Förslag till beslut"), para(2, "Nämnden godkänner taxan."), para(4, "Bakgrund"), para(5, "Taxan ses över varje år."), tc.block}
			c, err := Build(bs, Options{})
			if err != nil {
				t.Fatal(err)
			}
			got := ""
			if secs, ok := c.Value["sections"].(map[string]any); ok {
				if o, ok := secs["other"].([]any); ok && len(o) > 0 {
					got, _ = o[0].(map[string]any)["heading"].(string)
				}
			}
			if got != tc.want {
				t.Errorf("heading = %q, want %q", got, tc.want)
			}
		})
	}
}
