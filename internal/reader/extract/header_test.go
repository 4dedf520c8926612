package extract

import (
	"strconv"
	"strings"
	"testing"
)

// headerDoc builds a case from header blocks (one per string; "\n" splits
// a block's lines), a decision proposal and an optional closing block.
func headerDoc(header []string, closing ...string) []Block {
	var bs []Block
	n := 1
	add := func(s string) {
		ls := strings.Split(s, "\n")
		bs = append(bs, para(n, ls...))
		n += len(ls) + 1
	}
	for _, h := range header {
		add(h)
	}
	add("Förslag till beslut")
	add("Nämnden godkänner rapporten.")
	add("Beskrivning av ärendet")
	add("Förvaltningen har tagit fram en rapport.")
	for _, c := range closing {
		add(c)
	}
	return bs
}

func TestHeaderLayouts(t *testing.T) {
	for _, tc := range []struct {
		name    string
		header  []string
		closing []string
		want    map[string]string // pointer -> value; "" means absent
	}{
		{"labels over values, stacked labels", []string{"YTTRANDE\nNämnden för Exempel\nTill                                Datum\nKommunstyrelsen                 2025-04-29", "Diarienummer\nErt diarienummer\nGA-2025-00075\nKS-2025-00330\nYttrande över Departementets remiss: Lagen om exempel - ett", "nytt system för prov (SOU 2025:35)"}, nil,
			map[string]string{"/kind": "yttrande", "/date": "2025-04-29", "/recipient": "Kommunstyrelsen", "/meeting_date": "", "/dnr": "GA-2025-00075", "/referral/dnr": "KS-2025-00330", "/title": "Yttrande över Departementets remiss: Lagen om exempel - ett nytt system för prov (SOU 2025:35)"}},
		{"title going on after a dangling dash", []string{"TJÄNSTESKRIVELSE\nDatum\n2026-01-30", "Tillsyn av Exempelskolan Norr -", "Skolinspektionen SI 2025:5867"}, nil,
			map[string]string{"/title": "Tillsyn av Exempelskolan Norr - Skolinspektionen SI 2025:5867"}},
		{"a bare date line in the header", []string{"TJÄNSTESKRIVELSE\n7 maj 2024\nDnr KS 2024/0042", "Svar på motion om exempel"}, nil,
			map[string]string{"/date": "2024-05-07", "/dnr": "KS 2024/0042", "/title": "Svar på motion om exempel"}},
		{"a labelled date wins over a bare one", []string{"KALLELSE\n2026-05-04", "TJÄNSTESKRIVELSE\nDatum\n2026-04-20", "Svar på motion om exempel"}, nil,
			map[string]string{"/date": "2026-04-20"}},
		{"Datum with more on its line", []string{"TJÄNSTESKRIVELSE\nDatum 2025-03-01    Dnr KS 2025/12", "Svar på motion om exempel"}, nil,
			map[string]string{"/date": "2025-03-01"}},
		{"unlabelled date and dnr in columns beside the unit", []string{"TJÄNSTESKRIVELSE\nKommunstyrelsens förvaltning              2025-05-20\n                                          KS 2025/0412", "Remissvar om exempel"}, nil,
			map[string]string{"/date": "2025-05-20", "/dnr": "KS 2025/0412", "/title": "Remissvar om exempel"}},
		{"Till over the body over the meeting date", []string{"Tjänsteutlåtande\nDnr 1.2.3-0456/2025\nTill\nExempels stadsdelsnämnd\n2025-04-24", "Verksamhetsplan för exempel"}, nil,
			map[string]string{"/meeting_date": "2025-04-24", "/date": "", "/authority": "Exempels stadsdelsnämnd", "/title": "Verksamhetsplan för exempel"}},
		{"a page counter is no title", []string{"YTTRANDE\n2025-02-27\nDnr MN 2025/0088\n1 (2)", "Yttrande över remiss om väg 40"}, nil,
			map[string]string{"/title": "Yttrande över remiss om väg 40"}},
		{"a bare dnr line", []string{"YTTRANDE\nKommunstyrelsen\n2025-10-06\nKS 2025/1104\nErt diarienummer: I2025/01877", "Remissvar avseende exempel"}, nil,
			map[string]string{"/date": "2025-10-06", "/dnr": "KS 2025/1104", "/title": "Remissvar avseende exempel"}},
		{"Ert diarienummer is a label", []string{"TJÄNSTESKRIVELSE\nDiarienummer\nErt diarienummer", "Rapport om exempel"}, nil,
			map[string]string{"/dnr": "", "/title": "Rapport om exempel"}},
		{"dnr with a word after it", []string{"TJÄNSTESKRIVELSE\nDatum\n2025-05-07\nDiarienummer\nKFT-2025-00068 Exempelby", "Uppföljning per april 2025"}, nil,
			map[string]string{"/dnr": "KFT-2025-00068", "/date": "2025-05-07", "/title": "Uppföljning per april 2025"}},
		{"bare dnr with an en dash, as written", []string{"TJÄNSTESKRIVELSE\nDatum\n2024-05-07\nDiarienummer\n2024–00122", "Svar på motion om exempel"}, nil,
			map[string]string{"/dnr": "2024–00122"}},
		{"series code before the dnr, as written", []string{"TJÄNSTESKRIVELSE\nDiarienummer\nSE SE-2025-00027", "Svar på motion om exempel"}, nil,
			map[string]string{"/dnr": "SE SE-2025-00027"}},
		{"short title after the metadata", []string{"TJÄNSTESKRIVELSE\nDatum\n2025-09-19\nDiarienummer\nBN-2025-00190", "Internkontrollplan 2026"}, nil,
			map[string]string{"/title": "Internkontrollplan 2026", "/dnr": "BN-2025-00190"}},
		{"title that starts with the label", []string{"TJÄNSTESKRIVELSE\nDatum\n2024-10-16", "Tjänsteskrivelse om förslag till riktlinje"}, nil,
			map[string]string{"/kind": "tjansteskrivelse", "/title": "Tjänsteskrivelse om förslag till riktlinje"}},
		{"yttrande till … avseende is a title", []string{"TJÄNSTESKRIVELSE\nDatum\n2025-02-26", "Yttrande till byggnadsnämnden avseende beslut om strategi"}, nil,
			map[string]string{"/title": "Yttrande till byggnadsnämnden avseende beslut om strategi", "/recipient": ""}},
		{"yttrande till organ dnr", []string{"Yttrande till kommunstyrelsen KS 2019/1899", "Svar på remiss om exempel"}, nil,
			map[string]string{"/recipient": "kommunstyrelsen", "/referral/dnr": "KS 2019/1899"}},
		{"Till with the nämnd and its meeting", []string{"TJÄNSTESKRIVELSE\nDatum: 2025-04-02\nTill nämnden för Exempel 2025-04-29", "Svar på motion om exempel"}, nil,
			map[string]string{"/date": "2025-04-02", "/meeting_date": "2025-04-29", "/authority": "nämnden för Exempel"}},
		{"meeting date with den", []string{"TJÄNSTESKRIVELSE\nSammanträde den 12 mars 2025", "Svar på motion om exempel"}, nil,
			map[string]string{"/meeting_date": "2025-03-12"}},
		{"the coming meeting stated in the text", []string{"TJÄNSTESKRIVELSE\nDatum\n2025-04-02", "Svar på motion om exempel"}, []string{"Ärendet behandlas vid nämndens sammanträde den 29 april 2025."},
			map[string]string{"/meeting_date": "2025-04-29"}},
		{"the next organ's meeting is not the meeting", []string{"TJÄNSTESKRIVELSE\nDatum\n2025-04-02", "Svar på motion om exempel"}, []string{"Ärendet tas upp på kommunfullmäktiges sammanträde den 12 juni 2025."},
			map[string]string{"/meeting_date": ""}},
		{"a past meeting is not the meeting", []string{"TJÄNSTESKRIVELSE\nDatum\n2025-04-02", "Svar på motion om exempel"}, []string{"Nämnden gav vid sitt sammanträde 2024-02-21 förvaltningen i uppdrag att utreda frågan."},
			map[string]string{"/meeting_date": ""}},
		{"date in the closing", []string{"TJÄNSTESKRIVELSE", "Svar på motion om exempel"}, []string{"Exempelby den 7 maj 2024", "Kim Exempel, förvaltningschef"},
			map[string]string{"/date": "2024-05-07"}},
		{"a dated document in the closing list is not the date", []string{"TJÄNSTESKRIVELSE", "Svar på motion om exempel"}, []string{"Informationsbeskrivning 2024-10-21"},
			map[string]string{"/date": ""}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c, err := Build(headerDoc(tc.header, tc.closing...), Options{})
			if err != nil {
				t.Fatal(err)
			}
			for ptr, want := range tc.want {
				got, ok := lookup(c.Value, ptr)
				if want == "" {
					if ok {
						t.Errorf("%s = %v, want absent", ptr, got)
					}
					continue
				}
				if got != want {
					t.Errorf("%s = %v, want %q", ptr, got, want)
				}
				if _, ok := c.Positions[ptr]; !ok {
					t.Errorf("%s has no position", ptr)
				}
			}
		})
	}
}

// TestLabelledDnr: the dnr in the value of a dnr label, in the families
// of domain.md (e), with a word after it that is not part of it.
func TestLabelledDnr(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"KS 2019/1899", "KS 2019/1899"},
		{"KS-2023-00676 Exempelby", "KS-2023-00676"},
		{"FG 2023-00559 Exempelby", "FG 2023-00559"},
		{"2023-00118 Exempelby", "2023-00118"},
		{"2024–00122", "2024–00122"},
		{"2023/KS 0362 Exempelby", "2023/KS 0362"},
		{"2021/KS 0280 013", "2021/KS 0280 013"},
		{"KSM2023-1180.212 Exempelby", "KSM2023-1180.212"},
		{"KSM-2023-260-214", "KSM-2023-260-214"},
		{"2016KSM1221.042 Exempelby", "2016KSM1221.042"},
		{"1.5.1-135-2012 Exempelby", "1.5.1-135-2012"},
		{"316-259/2012", "316-259/2012"},
		{"054-2008-099 Exempelby", "054-2008-099"},
		{"T2012-050-05828", "T2012-050-05828"},
		{"SLK-2023-00904 Exempelby", "SLK-2023-00904"},
		{"0882/21 Exempelby", "0882/21"},
		{"2014/304 Exempelby", "2014/304"},
		{"KS2014/143", "KS2014/143"},
		{"KS 2016-254/322", "KS 2016-254/322"},
		{"KN2023/04 128", "KN2023/04 128"},
		{"IF IF-2024-00011", "IF IF-2024-00011"},
		{"TE- 2024-00634", "TE- 2024-00634"},
	} {
		if got, _ := dnrValue(tc.in); got != tc.want {
			t.Errorf("dnrValue(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func lookup(v map[string]any, ptr string) (any, bool) {
	var cur any = v
	for _, t := range strings.Split(ptr[1:], "/") {
		switch c := cur.(type) {
		case map[string]any:
			var ok bool
			if cur, ok = c[t]; !ok {
				return nil, false
			}
		case []any:
			i, err := strconv.Atoi(t)
			if err != nil || i < 0 || i >= len(c) {
				return nil, false
			}
			cur = c[i]
		default:
			return nil, false
		}
	}
	return cur, true
}
