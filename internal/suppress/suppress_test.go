package suppress

import (
	"testing"
	"time"

	"github.com/tjlint/tjlint/internal/casemodel"
	"github.com/tjlint/tjlint/internal/config"
	"github.com/tjlint/tjlint/internal/finding"
)

var today = time.Date(2026, 6, 15, 12, 0, 0, 0, time.UTC)

func findings() []finding.Finding {
	return []finding.Finding{
		{Rule: "gender-equality/missing", Severity: finding.Error, File: "a.json", Pointer: "/sections", Line: 3, Column: 2},
		{Rule: "signatories/unnamed", Severity: finding.Warning, File: "a.json", Pointer: "/signatories/1/name", Line: 9, Column: 4},
	}
}

func rules(fs []finding.Finding) []string {
	var out []string
	for _, f := range fs {
		out = append(out, f.Rule)
	}
	return out
}

func TestApply(t *testing.T) {
	for _, tc := range []struct {
		name           string
		entry          Entry
		wantRules      []string // findings still reported
		wantSuppressed int
	}{
		{"suppresses with a reason", Entry{Rule: "gender-equality/missing", Reason: "Rör inga invånare"},
			[]string{"signatories/unnamed"}, 1},
		{"until today still applies", Entry{Rule: "gender-equality/missing", Reason: "r", Until: "2026-06-15"},
			[]string{"signatories/unnamed"}, 1},
		{"expired stops suppressing", Entry{Rule: "gender-equality/missing", Reason: "r", Until: "2026-06-14"},
			[]string{"gender-equality/missing", "signatories/unnamed", RuleExpired}, 0},
		{"no reason does not apply", Entry{Rule: "gender-equality/missing"},
			[]string{RuleMissingReason, "gender-equality/missing", "signatories/unnamed"}, 0},
		{"pointer narrows", Entry{Rule: "signatories/unnamed", Reason: "r", Pointer: "/signatories/0"},
			[]string{"gender-equality/missing", "signatories/unnamed", RuleUnused}, 0},
		{"pointer prefix matches", Entry{Rule: "signatories/unnamed", Reason: "r", Pointer: "/signatories/1"},
			[]string{"gender-equality/missing"}, 1},
		{"unused is reported", Entry{Rule: "decision/phrasing", Reason: "r"},
			[]string{"gender-equality/missing", "signatories/unnamed", RuleUnused}, 0},
		{"unused external is not", Entry{Rule: "decision/phrasing", Reason: "r", External: true},
			[]string{"gender-equality/missing", "signatories/unnamed"}, 0},
		{"bad date", Entry{Rule: "gender-equality/missing", Reason: "r", Until: "15/6"},
			[]string{RuleInvalid, "gender-equality/missing", "signatories/unnamed"}, 0},
	} {
		t.Run(tc.name, func(t *testing.T) {
			out := Apply("a.json", findings(), []Entry{tc.entry}, nil, today)
			got := rules(finding.Sort(out.Findings))
			want := rules(finding.Sort(func() []finding.Finding {
				var fs []finding.Finding
				for _, r := range tc.wantRules {
					fs = append(fs, finding.Finding{Rule: r, File: "a.json", Line: lineOf(r)})
				}
				return fs
			}()))
			if len(got) != len(want) {
				t.Fatalf("findings %v, want %v", got, want)
			}
			for i := range got {
				if got[i] != want[i] {
					t.Fatalf("findings %v, want %v", got, want)
				}
			}
			if len(out.Suppressed) != tc.wantSuppressed {
				t.Fatalf("%d suppressed, want %d", len(out.Suppressed), tc.wantSuppressed)
			}
			for _, s := range out.Suppressed {
				if s.Suppression.Reason != tc.entry.Reason || s.Suppression.Kind != "inSource" {
					t.Errorf("suppression %+v, want inSource with reason %q", s.Suppression, tc.entry.Reason)
				}
			}
		})
	}
}

// lineOf gives the expected findings the lines the fixtures have, so that
// sorting puts them in the same order as the real ones.
func lineOf(rule string) int {
	switch rule {
	case "gender-equality/missing":
		return 3
	case "signatories/unnamed":
		return 9
	}
	return 0
}

func TestFromCase(t *testing.T) {
	cs := casemodel.New("json")
	cs.Value["tjlint"] = map[string]any{"ignore": []any{
		map[string]any{"rule": "gender-equality/missing", "reason": " Rör inga invånare ", "until": "2027-01-01", "pointer": "/sections"},
		map[string]any{"reason": "ingen regel"},
		"text",
	}}
	cs.Positions["/tjlint/ignore/0"] = casemodel.Pos{Line: 4, Column: 7}
	cs.Positions["/tjlint/ignore/1"] = casemodel.Pos{Line: 5, Column: 7}
	entries, problems := FromCase("a.json", cs)
	if len(entries) != 1 {
		t.Fatalf("entries %+v, want 1", entries)
	}
	e := entries[0]
	if e.Rule != "gender-equality/missing" || e.Reason != "Rör inga invånare" || e.Until != "2027-01-01" || e.Pointer != "/sections" || e.Line != 4 || e.Column != 7 {
		t.Errorf("entry %+v", e)
	}
	if len(problems) != 2 || problems[0].Rule != RuleInvalid || problems[0].Line != 5 {
		t.Errorf("problems %+v, want two suppression/invalid, the first at line 5", problems)
	}
}

func TestFromConfig(t *testing.T) {
	cfg := &config.Config{Path: "/repo/.tjlint.yaml", Overrides: []config.Override{
		{Files: []string{"legacy/**/*.json"}, Rules: map[string]string{"gender-equality/missing": "off", "signatories/unnamed": "info"}, Reason: "Äldre ärenden"},
		{Files: []string{"*.yaml"}, Rules: map[string]string{"decision/phrasing": "off"}},
	}}
	entries, levels := FromConfig(cfg, "./legacy/2019/ks.json")
	if len(entries) != 1 || entries[0].Rule != "gender-equality/missing" || !entries[0].External || entries[0].Reason != "Äldre ärenden" {
		t.Errorf("entries %+v", entries)
	}
	if levels["signatories/unnamed"] != finding.Info {
		t.Errorf("levels %v", levels)
	}
	out := Apply("legacy/2019/ks.json", findings(), entries, levels, today)
	if len(out.Suppressed) != 1 || out.Suppressed[0].Suppression.Kind != "external" {
		t.Errorf("suppressed %+v", out.Suppressed)
	}
	if len(out.Findings) != 1 || out.Findings[0].Severity != finding.Info {
		t.Errorf("findings %+v, want signatories/unnamed lowered to info", out.Findings)
	}
	if e, _ := FromConfig(cfg, "other/ks.json"); len(e) != 0 {
		t.Errorf("override matched a file outside its globs: %+v", e)
	}
	if e, _ := FromConfig(cfg, "deep/dir/x.yaml"); len(e) != 1 || e[0].Reason != "" {
		t.Errorf("base-name glob: %+v", e)
	}
}
