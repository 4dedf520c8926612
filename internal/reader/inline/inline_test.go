package inline

import (
	"testing"

	"github.com/tjlint/tjlint/internal/casemodel"
)

func TestParseDisable(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want Ignore
		ok   bool
	}{
		{` tjlint-disable a/b reason="två ord" until=2025-01-31 `, Ignore{Rule: "a/b", Reason: "två ord", Until: "2025-01-31"}, true},
		{`tjlint-disable a/b`, Ignore{Rule: "a/b"}, true},
		{`tjlint-disable until=2025-01-31 rule=x/y`, Ignore{Rule: "x/y", Until: "2025-01-31"}, true},
		{`tjlint-disable reason="ej avslutad`, Ignore{}, false},
		{`tjlint-disabled a/b`, Ignore{}, false},
		{` en vanlig kommentar `, Ignore{}, false},
	} {
		got, ok := Parse(tc.in)
		if ok != tc.ok || (ok && got != tc.want) {
			t.Errorf("Parse(%q) = %+v, %v; want %+v, %v", tc.in, got, ok, tc.want, tc.ok)
		}
	}
}

func TestAdd(t *testing.T) {
	c := casemodel.New("markdown")
	c.Value["tjlint"] = map[string]any{"ignore": []any{map[string]any{"rule": "a/b", "reason": "r"}}}
	Add(c, []Ignore{{Rule: "c/d", Reason: "skäl", Pos: casemodel.Pos{Line: 7, Column: 1}}})
	list := c.Value["tjlint"].(map[string]any)["ignore"].([]any)
	if len(list) != 2 || list[1].(map[string]any)["rule"] != "c/d" || c.Positions["/tjlint/ignore/1/rule"] != (casemodel.Pos{Line: 7, Column: 1}) {
		t.Errorf("ignore = %v, positions %v", list, c.Positions)
	}
}

func TestScan(t *testing.T) {
	src := []byte("Text\n<!-- sida 2 -->\nmer <!-- tjlint-disable decision/hedging reason=\"Formuleringen är beslutad av KS\" --> text\n")
	got := Scan(src, casemodel.NewLineIndex(src))
	want := []Ignore{{Rule: "decision/hedging", Reason: "Formuleringen är beslutad av KS", Pos: casemodel.Pos{Line: 3, Column: 5}}}
	if len(got) != 1 || got[0] != want[0] {
		t.Fatalf("got %+v, want %+v", got, want)
	}
}
