package extract

import (
	"strings"
	"testing"

	"github.com/tjlint/tjlint/internal/casemodel"
)

func row(line int, cells ...string) Block {
	return Block{Kind: TableRow, Cells: cells, Text: "| " + cells[0] + " |", Segs: []Seg{{Offset: 0, Pos: casemodel.Pos{Line: line, Column: 1}}}}
}

// TestUnsplittableDecision: a decision given only as a table, or as one
// long run of text with no sentence end, is recorded as unread instead of
// being called missing or split at random.
func TestUnsplittableDecision(t *testing.T) {
	long := "Nämnden för Teknik fördelar medlen"
	for len(long) < 900 {
		long += " till enheterna inom förvaltningen enligt fördelningen i bilagan och med hänsyn till behoven"
	}
	for _, tc := range []struct {
		name   string
		blocks []Block
	}{
		{"table", []Block{para(1, "Förslag till beslut"), row(2, "Enhet", "Belopp"), row(3, "Väg", "100"), para(5, "Sammanfattning"), para(6, "Förvaltningen föreslår en fördelning av medlen.")}},
		{"long run", []Block{para(1, "Förslag till beslut"), para(2, long), para(5, "Sammanfattning"), para(6, "Förvaltningen föreslår en fördelning av medlen.")}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c, err := Build(tc.blocks, Options{})
			if err != nil {
				t.Fatal(err)
			}
			u, _ := c.Value["unread"].([]any)
			if len(u) != 1 || u[0].(map[string]any)["field"] != "decision_proposal" {
				t.Fatalf("unread = %v, want one decision_proposal entry", c.Value["unread"])
			}
			if pts, _ := c.Value["decision_proposal"].([]any); len(pts) != 0 {
				t.Errorf("points = %q, want none", pts)
			}
			if p := c.Positions["/unread/0"]; p.Line != 2 {
				t.Errorf("unread at %v, want line 2", p)
			}
		})
	}
}

// TestDecisionPointLayouts: decision points written as a lead-in over
// att-lines in one paragraph, and as "… beslutar följande." over a list
// with no decision heading.
func TestDecisionPointLayouts(t *testing.T) {
	item := func(line int, s string) Block {
		b := para(line, s)
		b.Kind = ListItem
		return b
	}
	for _, tc := range []struct {
		name   string
		blocks []Block
		want   []string
	}{
		{"att-lines", []Block{para(1, "Förslag till beslut"), para(2, "Tekniska nämnden föreslås besluta", "att sänka hastighetsgränsen till 30 km/h,", "att utvärdera åtgärden efter ett år."), para(6, "Sammanfattning"), para(7, "Boende har framfört synpunkter.")},
			[]string{"Tekniska nämnden föreslås besluta att sänka hastighetsgränsen till 30 km/h", "Tekniska nämnden föreslås besluta att utvärdera åtgärden efter ett år."}},
		{"lines that do not all open with att", []Block{para(1, "Förslag till beslut"), para(2, "Nämnden beslutar att", "godkänna rapporten."), para(5, "Sammanfattning"), para(6, "Boende har framfört synpunkter.")},
			[]string{"Nämnden beslutar att godkänna rapporten."}},
		{"föreslår … beslutar följande over a list", []Block{para(1, "Svar på motion om exempel"), para(3, "Kommunstyrelsen föreslår att kommunfullmäktige beslutar följande."), item(5, "Motionen anses besvarad."), item(6, "Kommunstyrelsen får i uppdrag att redovisa en plan."), para(8, "Ärendet"), para(9, "En motion har lämnats.")},
			[]string{"Motionen anses besvarad.", "Kommunstyrelsen får i uppdrag att redovisa en plan."}},
		{"bullet lines in one paragraph", []Block{para(1, "Förslag till beslut"), para(2, "• Nämnden antar yttrandet som sitt eget.", "• Nämnden överlämnar yttrandet till kommunstyrelsen."), para(5, "Sammanfattning"), para(6, "Boende har framfört synpunkter.")},
			[]string{"Nämnden antar yttrandet som sitt eget.", "Nämnden överlämnar yttrandet till kommunstyrelsen."}},
		{"föreslår … beslutar följande over numbers typed by hand", []Block{para(1, "Svar på motion om exempel"), para(3, "Kommunstyrelsen föreslår att kommunfullmäktige beslutar följande."), para(5, "1. Motionen anses besvarad."), para(6, "2. Kommunstyrelsen får i uppdrag att redovisa en plan."), para(8, "Ärendet"), para(9, "En motion har lämnats.")},
			[]string{"Motionen anses besvarad.", "Kommunstyrelsen får i uppdrag att redovisa en plan."}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c, err := Build(tc.blocks, Options{})
			if err != nil {
				t.Fatal(err)
			}
			pts, _ := c.Value["decision_proposal"].([]any)
			var got []string
			for _, p := range pts {
				got = append(got, p.(string))
			}
			if strings.Join(got, "|") != strings.Join(tc.want, "|") {
				t.Errorf("points = %q, want %q", got, tc.want)
			}
		})
	}
}
