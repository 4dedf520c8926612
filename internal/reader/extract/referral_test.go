package extract

import (
	"strings"
	"testing"
)

func TestReferralPhrasings(t *testing.T) {
	for _, tc := range []struct {
		name  string
		title string
		body  []string
		want  map[string]string // pointer -> value; "" means absent, "{}" present
	}{
		{"title with the referrer in the genitive", "Svar på kommunstyrelsens remiss om översyn av priser", nil,
			map[string]string{"/referral": "{}", "/referral/from": "kommunstyrelsen", "/referral/deadline": ""}},
		{"department in the genitive", "Svar på Klimat- och näringslivsdepartementets remiss av promemorian Exempel", nil,
			map[string]string{"/referral/from": "Klimat- och näringslivsdepartementet"}},
		{"yttrande över remiss, title kept", "Yttrande över Exempeldepartementets remiss: Lagen om prov", nil,
			map[string]string{"/title": "Yttrande över Exempeldepartementets remiss: Lagen om prov", "/referral/from": "Exempeldepartementet"}},
		{"yttrande to an organ answers it", "Yttrande till byggnadsnämnden avseende beslut om strategi", nil,
			map[string]string{"/referral/from": "byggnadsnämnden", "/title": "Yttrande till byggnadsnämnden avseende beslut om strategi"}},
		{"remissvar without a referrer", "Remissvar gällande ny översiktsplan", nil,
			map[string]string{"/referral": "{}", "/referral/from": ""}},
		{"begäran om yttrande", "Begäran om yttrande över detaljplan för Exempelby", nil,
			map[string]string{"/referral": "{}"}},
		{"remitterade för beredning", "Svar på motion om cykelbanor", []string{"Kommunstyrelsens arbetsutskott remitterade motionen till nämnden för Teknik för beredning, 2024-05-02 § 147."},
			map[string]string{"/referral/from": "Kommunstyrelsens arbetsutskott"}},
		{"beslutade att remittera", "Svar på motion om tolkar", []string{"Kommunstyrelsen beslutade 2024-02-27 att remittera motionen till berörda nämnder för\nberedning."},
			map[string]string{"/referral/from": "Kommunstyrelsen"}},
		{"sent to its own office is no referral", "Utredning av utbildning", []string{"Nämnden beslutade vid sitt sammanträde 19 december 2024 att remittera ärendet till förvaltningen för beredning."},
			map[string]string{"/referral": ""}},
		{"given the chance to answer", "Synpunkter på avfallsplanen", []string{"Exempeldepartementet har gett Exempelby kommun möjlighet att yttra sig över en remiss om avfall."},
			map[string]string{"/referral/from": "Exempeldepartementet"}},
		{"an organ with a place in its name", "Svar på remiss om vattenplan", []string{"Länsstyrelsen i Östra län har remitterat ett förslag till kommunerna för yttrande senast 15 maj."},
			map[string]string{"/referral/from": "Länsstyrelsen i Östra län", "/referral/deadline": "2024-05-15"}},
		{"given the chance to give views", "Remissvar om kollektivtrafik", []string{"Exempeldepartementet har gett kommunen möjlighet att lämna synpunkter på betänkandet."},
			map[string]string{"/referral/from": "Exempeldepartementet"}},
		{"the referrer in the genitive of what is referred", "Remissvar om bostadsbyggande", []string{"Kommunen har fått tillfälle att yttra sig över Exempeldepartementets promemoria om bostäder."},
			map[string]string{"/referral/from": "Exempeldepartementet"}},
		{"a region as the referrer, the deadline in the next sentence", "Svar på remiss om cykelplan", []string{"Region Exempel har remitterat förslaget till kommunerna. Sista dag för svar är den 30 april 2024."},
			map[string]string{"/referral/from": "Region Exempel", "/referral/deadline": "2024-04-30"}},
		{"a weekday before the deadline", "Yttrande över remiss om väg 40", []string{"Trafikverket har remitterat studien till kommunen. Svar ska lämnas senast fredag 14 mars 2025."},
			map[string]string{"/referral/from": "Trafikverket", "/referral/deadline": "2025-03-14"}},
		{"an answer due outside a referral is none", "Upphandling av avfall", []string{"Svar på frågorna ska lämnas senast den 3 maj 2024."},
			map[string]string{"/referral": ""}},
		{"others given the chance is no referral to us", "Svar på motion om bostäder", []string{"Nämnden för Teknik och Exempel AB har fått tillfälle att yttra sig över motionen."},
			map[string]string{"/referral": ""}},
		{"asked for an opinion", "Detaljplan för Exempelby centrum", []string{"Byggnadsnämnden har begärt nämndens yttrande över planförslaget senast den 12 juni 2024."},
			map[string]string{"/referral/from": "Byggnadsnämnden", "/referral/deadline": "2024-06-12"}},
		{"asked to answer", "Detaljplan för Exempelby centrum", []string{"Nämnden har ombetts att inkomma med yttrande över planförslaget."},
			map[string]string{"/referral": "{}"}},
		{"med anledning av remissen", "Synpunkter på förslaget", []string{"Med anledning av remissen vill nämnden framföra följande."},
			map[string]string{"/referral": "{}"}},
		{"deadline without den, split over lines", "Svar på remiss om parkering", []string{"Kommunstyrelsen har remitterat ärendet till nämnden med svar senast\n3 maj 2024."},
			map[string]string{"/referral/deadline": "2024-05-03", "/referral/from": "Kommunstyrelsen"}},
		{"deadline without a year: the document's year", "Svar på remiss om parkering", []string{"Kommunstyrelsen har remitterat ärendet till nämnden för yttrande senast den 3 maj."},
			map[string]string{"/referral/deadline": "2024-05-03"}},
		{"a referral period ends at its second date", "Svar på remiss om parkering", []string{"Remisstiden är 2024-03-01 – 2024-05-31."},
			map[string]string{"/referral/deadline": "2024-05-31"}},
		{"a period in words", "Svar på remiss om parkering", []string{"Remisstiden är 1 mars – 31 maj 2024."},
			map[string]string{"/referral/deadline": "2024-05-31"}},
		{"a deadline label", "Svar på remiss om parkering", []string{"Sista svarsdag: 2024-05-15"},
			map[string]string{"/referral/deadline": "2024-05-15"}},
		{"an extension is the deadline", "Svar på remiss om parkering", []string{"Remissen ska besvaras senast den 3 maj 2024. Nämnden har beviljats uppskov till den 20 maj 2024."},
			map[string]string{"/referral/deadline": "2024-05-20"}},
		{"a deadline that is no date is unread", "Svar på remiss om parkering", []string{"Kommunstyrelsen har remitterat ärendet till nämnden för yttrande senast vecka 12."},
			map[string]string{"/referral/from": "Kommunstyrelsen", "/referral/deadline": "", "/unread/0/field": "referral"}},
		{"an extension outside a referral is not one", "Avgifter för torghandel", []string{"Nämnden har beviljat uppskov med betalningen till den 30 juni 2024."},
			map[string]string{"/referral": ""}},
		{"a deadline outside a referral is not one", "Upphandling av avfall", []string{"Senast den 1 januari 2027 ska kommuner ordna insamling av förpackningar."},
			map[string]string{"/referral": ""}},
		{"dnr after a dash in the title", "Svar på kommunstyrelsens remiss av motion om fyrverkerier - KS-2024-00826", nil,
			map[string]string{"/referral/dnr": "KS-2024-00826", "/motion/title": "fyrverkerier"}},
		{"motion title after a dash", "Svar på motion - Mera grön mat i Exempelby (KS-2025-00809)", nil,
			map[string]string{"/motion/title": "Mera grön mat i Exempelby", "/referral": ""}},
		{"motion date from the decision basis", "Svar på motion - Mera grön mat i Exempelby", []string{"Beslutsunderlag", "Förvaltningens tjänsteskrivelse, 2026-01-22\nMotion - Mera grön mat i Exempelby, 2025-10-29"},
			map[string]string{"/motion/date": "2025-10-29"}},
		{"motion authors and subject", "Svar på motion från Maj-Britt Exempel (S) och Kim Prov (S) om att utreda kortare arbetsdag", nil,
			map[string]string{"/motion/title": "att utreda kortare arbetsdag"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			header := []string{"TJÄNSTESKRIVELSE\nDatum\n2024-04-02\nDiarienummer\nKS-2024-00100", tc.title}
			bs := headerDoc(header, tc.body...)
			c, err := Build(bs, Options{})
			if err != nil {
				t.Fatal(err)
			}
			for ptr, want := range tc.want {
				got, ok := lookup(c.Value, ptr)
				switch want {
				case "":
					if ok {
						t.Errorf("%s = %v, want absent", ptr, got)
					}
				case "{}":
					if _, isObj := got.(map[string]any); !isObj {
						t.Errorf("%s = %v, want an object", ptr, got)
					}
				default:
					if got != want {
						t.Errorf("%s = %v, want %q", ptr, got, want)
					}
				}
				if want != "" {
					if _, ok := c.Positions[strings.TrimSuffix(ptr, "/field")]; !ok {
						t.Errorf("%s has no position", ptr)
					}
				}
			}
		})
	}
}

// TestDeadlineYearNearest: a deadline without a year is the one nearest
// the document's date, also across a new year.
func TestDeadlineYearNearest(t *testing.T) {
	for _, tc := range []struct{ date, deadline, want string }{
		{"2024-12-10", "15 januari", "2025-01-15"},
		{"2024-04-02", "3 maj", "2024-05-03"},
		{"2024-05-20", "3 maj", "2024-05-03"},
		{"2025-01-08", "20 december", "2024-12-20"},
	} {
		bs := headerDoc([]string{"TJÄNSTESKRIVELSE\nDatum\n" + tc.date, "Svar på remiss om parkering"},
			"Kommunstyrelsen har remitterat ärendet till nämnden för yttrande senast den "+tc.deadline+".")
		c, err := Build(bs, Options{})
		if err != nil {
			t.Fatal(err)
		}
		if got, _ := lookup(c.Value, "/referral/deadline"); got != tc.want {
			t.Errorf("document %s, deadline %q: got %v, want %s", tc.date, tc.deadline, got, tc.want)
		}
	}
}

// TestReferralWord: the fast test agrees with the regular expression.
func TestReferralWord(t *testing.T) {
	for _, s := range []string{"Remissen kom in", "REMITTERADES", "ett yttrande", "Yttra sig", "svar  till KS", "Svar\ttill",
		"tillfälle att", "TILLFÄLLE", "uppskov", "svarsdatum", "Svarsdagen", "svarstiden", "svar på motionen", "inget här", "", "tillfalle", "möjlighet att lämna synpunkter", "Möjlighet  att\tlämna", "möjlighet att läsa"} {
		if got, want := referralWord(s), referralWordRE().MatchString(s); got != want {
			t.Errorf("referralWord(%q) = %v, the expression says %v", s, got, want)
		}
	}
}
