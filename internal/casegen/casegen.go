// Package casegen generates realistic cases in the case model for
// benchmarks and load tests: Swedish text of the length and shape of a real
// stadsdelsnämnd yttrande, with a share of the cases carrying one planted
// defect that a rule must find. Generation is deterministic: the same seed
// and index give the same case.
package casegen

import (
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"strings"
)

// Case is a generated case and the rule IDs it must get.
type Case struct {
	Value map[string]any
	Want  []string // expected rule IDs; empty for a clean case
}

// JSON renders the case as indented JSON, as a user would write it.
func (c Case) JSON() []byte {
	b, err := json.MarshalIndent(c.Value, "", "  ")
	if err != nil {
		panic(err) // only maps, slices and strings: cannot fail
	}
	return append(b, '\n')
}

var (
	authorities = []string{"Stadsdelsnämnden", "Socialnämnden", "Utbildningsnämnden", "Kulturnämnden", "Äldrenämnden", "Nämnden för Service"}
	first       = []string{"Anna", "Eva", "Karin", "Åsa", "Linnéa", "Erik", "Lars", "Per-Olof", "Örjan", "Fatima", "Mehmet", "Ylva"}
	last        = []string{"Andersson", "Exempelsson", "Öberg", "Lindén", "Testare", "Provén", "Åkesson", "Sjöberg"}
	titles      = []string{"Förvaltningschef", "Stadsdelsdirektör", "Avdelningschef", "Enhetschef", "Utredare"}
	topics      = []struct{ title, theme string }{
		{"Motion om kvällsöppna fritidsgårdar", "kvällsöppna fritidsgårdar"},
		{"Motion om läxhjälp på biblioteken", "läxhjälp på biblioteken"},
		{"Motion om bättre belysning på gång- och cykelvägar", "belysning på gång- och cykelvägar"},
		{"Medborgarförslag om utegym vid parken", "ett utegym vid parken"},
		{"Motion om digitala träffpunkter för äldre", "digital vägledning för äldre"},
	}
	filler = []string{
		"Förvaltningen instämmer i att frågan är angelägen och att arbetet behöver bedrivas i bred samverkan med civilsamhället.",
		"Inom stadsdelsområdet pågår redan flera insatser som ligger i linje med förslagets intentioner och som följs upp i verksamhetsberättelsen.",
		"Kostnaderna för ett genomförande bedöms inte rymmas inom nämndens nuvarande budgetram utan tillskott av medel.",
		"Erfarenheterna från pågående samverkan med polisen och fastighetsägarna har varit positiva både på kort och lång sikt.",
		"Brukarundersökningen visar att en majoritet av de tillfrågade är nöjda med nuvarande utbud, men att kännedomen om verksamheten kan förbättras.",
	}
)

// Defects are the rule IDs a generated case can be made to violate.
var Defects = []string{
	"gender-equality/missing", "gender-equality/unsupported-neutrality",
	"signatories/unnamed", "signatories/untitled",
	"referral/deadline-missed", "referral/deadline-unverifiable",
	"decision/phrasing", "decision/hedging", "schema/format",
}

// Generate returns case i of the series seed. One case in five carries one
// defect.
func Generate(seed uint64, i int) Case {
	r := rand.New(rand.NewPCG(seed, uint64(i)))
	pick := func(xs []string) string { return xs[r.IntN(len(xs))] }
	person := func() string { return pick(first) + " " + pick(last) }
	topic := topics[r.IntN(len(topics))]
	authority := pick(authorities)
	year := 2019 + r.IntN(6)
	month := 1 + r.IntN(9)
	date := fmt.Sprintf("%d-%02d-%02d", year, month, 1+r.IntN(28))
	deadline := fmt.Sprintf("%d-%02d-%02d", year, month+2, 1+r.IntN(28))
	meeting := fmt.Sprintf("%d-%02d-%02d", year, month+1, 1+r.IntN(28))
	para := func(n int) string {
		var b strings.Builder
		for k := range n {
			if k > 0 {
				b.WriteByte(' ')
			}
			b.WriteString(pick(filler))
		}
		return b.String()
	}
	sec := func(h, t string) map[string]any { return map[string]any{"heading": h, "text": t} }
	pf := 35 + r.IntN(30)
	v := map[string]any{
		"schema_version": 1,
		"kind":           "yttrande",
		"dnr":            fmt.Sprintf("SDN %d/%d", year, 100+r.IntN(9000)),
		"title":          topic.title,
		"authority":      authority,
		"recipient":      "kommunstyrelsen",
		"date":           date,
		"meeting_date":   meeting,
		"referral": map[string]any{
			"from": "kommunstyrelsen", "dnr": fmt.Sprintf("KS %d/%d", year, 100+r.IntN(9000)),
			"received": date, "deadline": deadline,
		},
		"motion": map[string]any{"title": topic.title, "authors": []any{person(), person()}},
		"decision_proposal": []any{
			"Nämnden godkänner förvaltningens tjänsteutlåtande och överlämnar det till kommunstyrelsen som svar på motionen.",
			"Nämnden förklarar beslutet omedelbart justerat.",
		},
		"sections": map[string]any{
			"summary":     sec("Sammanfattning", para(2)),
			"background":  sec("Bakgrund", fmt.Sprintf("Motionen om %s remitterades av kommunstyrelsen till %s för yttrande. %s", topic.theme, strings.ToLower(authority), para(1))),
			"preparation": sec("Ärendets beredning", "Ärendet har beretts inom avdelningen för socialtjänst i samråd med stadsledningskontoret."),
			"matter":      sec("Ärendet", para(3)),
			"assessment":  sec("Synpunkter och förslag", para(4)),
			"gender_equality": sec("Jämställdhetsanalys", fmt.Sprintf(
				"Förvaltningens statistik visar att %d procent av dem som tar del av verksamheten är kvinnor eller flickor och %d procent män eller pojkar. Förvaltningen följer upp utfallet könsuppdelat i verksamhetsberättelsen för %d.", pf, 100-pf, year)),
			// A clean case states its child-rights assessment: a topic such as
			// fritidsgårdar concerns children (child-rights/missing).
			"child_rights": sec("Barnrättsperspektiv", "Förvaltningen har prövat förslaget utifrån barnets bästa enligt barnkonventionen och beskriver i bedömningen hur barn och unga berörs."),
		},
		"signatories": []any{
			map[string]any{"name": person(), "title": pick(titles)},
			map[string]any{"name": person(), "title": pick(titles)},
		},
	}
	c := Case{Value: v}
	if i%5 != 4 {
		return c
	}
	defect := Defects[r.IntN(len(Defects))]
	c.Want = []string{defect}
	sections := v["sections"].(map[string]any)
	sigs := v["signatories"].([]any)
	switch defect {
	case "gender-equality/missing":
		delete(sections, "gender_equality")
	case "gender-equality/unsupported-neutrality":
		sections["gender_equality"] = sec("Jämställdhetsanalys", "Förslaget är könsneutralt och skulle påverka kvinnor och män på ungefär samma sätt.")
	case "signatories/unnamed":
		sigs[1].(map[string]any)["name"] = "[Namn]"
	case "signatories/untitled":
		delete(sigs[0].(map[string]any), "title")
	case "referral/deadline-missed":
		v["meeting_date"] = fmt.Sprintf("%d-12-30", year)
	case "referral/deadline-unverifiable":
		delete(v["referral"].(map[string]any), "deadline")
	case "decision/phrasing":
		v["decision_proposal"] = []any{"Förvaltningen föreslår att nämnden godkänner tjänsteutlåtandet."}
	case "decision/hedging":
		v["decision_proposal"] = []any{"Nämnden godkänner eventuellt förvaltningens förslag."}
	case "schema/format":
		v["date"] = fmt.Sprintf("%d-02-30", year)
	}
	return c
}
