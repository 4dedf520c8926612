package textcase

import "testing"

func TestShortPage(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"KUNGSBACKA KOMMUN\n1 (3)\ntext\n2 (3)\nmer text.\n", "2 (3)"},
		{"Sida 1 av 2\ntext\nSida 2 av 2\nslut.\n", ""},
		{"Nämnden för Teknik                    1 (2)\ntext.\n", "1 (2)"},
		{"Ingen sidnumrering här.\n", ""},
		{"Budgeten ökar med 3 (4) procent.\n", ""},
	} {
		if got := ShortPage([]byte(tc.in)); got != tc.want {
			t.Errorf("ShortPage(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

// TestMissingPagesAreUnread: a text that stops on page 2 of 3 with no
// signatures records them as unread (the pages were never seen), not as
// absent.
func TestMissingPagesAreUnread(t *testing.T) {
	src := "TJÄNSTESKRIVELSE\nDatum 2025-03-01\n1 (3)\n\nRapport om exempel\n\nFörslag till beslut\nNämnden godkänner rapporten.\n\nBakgrund\nFörvaltningen har tagit fram en rapport om exempel.\n\n2 (3)\n\nBedömning\nFörvaltningen bedömer att rapporten är klar.\n"
	c, err := Reader{}.Read("x.txt", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	u, _ := c.Value["unread"].([]any)
	if len(u) != 1 {
		t.Fatalf("unread = %v, want one entry", c.Value["unread"])
	}
	e := u[0].(map[string]any)
	if e["field"] != "signatories" || e["cause"] != "missing-pages" || e["excerpt"] != "2 (3)" {
		t.Errorf("unread = %v", e)
	}
}
