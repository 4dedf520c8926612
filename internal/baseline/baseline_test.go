package baseline

import (
	"bytes"
	"strings"
	"testing"

	"github.com/tjlint/tjlint/internal/finding"
	"github.com/tjlint/tjlint/internal/i18n"
)

func run() []finding.Finding {
	return []finding.Finding{
		{Rule: "signatories/unnamed", File: "b.json", Pointer: "/signatories/1/name", Line: 9, Message: i18n.T("Undertecknare 2 saknar namn", "")},
		{Rule: "gender-equality/missing", File: "a.json", Pointer: "/sections", Line: 3, Message: i18n.T("Jämställdhetsanalys saknas", "")},
	}
}

func TestRoundTripIsSortedAndVersioned(t *testing.T) {
	var buf bytes.Buffer
	if err := New(run()).Write(&buf); err != nil {
		t.Fatal(err)
	}
	s := buf.String()
	if !strings.Contains(s, `"version": 1`) || strings.Index(s, `"a.json"`) > strings.Index(s, `"b.json"`) {
		t.Errorf("not versioned or not sorted by file:\n%s", s)
	}
	if strings.Contains(s, `"line"`) {
		t.Errorf("baseline records lines:\n%s", s)
	}
	b, err := Read(&buf)
	if err != nil {
		t.Fatal(err)
	}
	if len(b.Findings) != 2 {
		t.Fatalf("%d entries after reading back", len(b.Findings))
	}
	if _, err := Read(strings.NewReader(`{"version": 2, "findings": []}`)); err == nil {
		t.Error("version 2 accepted")
	}
}

func TestApply(t *testing.T) {
	b := New(run())
	now := run()
	now[0].Line, now[1].Line = 30, 40 // lines moved
	now = now[1:]                     // b.json's finding was fixed
	now = append(now, finding.Finding{Rule: "decision/phrasing", File: "a.json", Pointer: "/decision", Message: i18n.T("Beslutet är otydligt", "")})
	m := b.Apply(now, []string{"a.json", "b.json"})
	if len(m.Baselined) != 1 || m.Baselined[0].Rule != "gender-equality/missing" || m.Baselined[0].Suppression.Reason != Reason {
		t.Errorf("baselined %+v, want the moved gender-equality/missing", m.Baselined)
	}
	if len(m.New) != 1 || m.New[0].Rule != "decision/phrasing" {
		t.Errorf("new %+v, want decision/phrasing", m.New)
	}
	if len(m.Stale) != 1 || m.Stale[0].File != "b.json" {
		t.Errorf("stale %+v, want b.json's entry", m.Stale)
	}
	if m := b.Apply(now, []string{"a.json"}); len(m.Stale) != 0 {
		t.Errorf("entry of an unchecked file reported stale: %+v", m.Stale)
	}
	twice := append(run()[1:], run()[1]) //nolint:gocritic // appendAssign: two fresh runs, one finding twice
	twice[1].Line = 50
	if m := b.Apply(twice, []string{"a.json"}); len(m.New) != 1 || len(m.Baselined) != 1 {
		t.Errorf("a second identical finding must be new: new %d, baselined %d", len(m.New), len(m.Baselined))
	}
}
