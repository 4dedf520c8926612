package reader

import "testing"

func TestSniff(t *testing.T) {
	for _, tc := range []struct{ src, want string }{
		{`{"kind": "yttrande"}`, "json"},
		{"kind: yttrande\ntitle: x\n", "yaml"},
		{"# kommentar\nschema_version: 1\n", "yaml"},
		{"---\nkind: yttrande\n", "yaml"},
		{"Motion om något\n\nFörslag till beslut\nNämnden godkänner.\n", "txt"},
		{"Datum: 2024-01-01\n", "txt"},
		{"\n\n  TJÄNSTESKRIVELSE\n", "txt"},
	} {
		if got := Sniff([]byte(tc.src)); got != tc.want {
			t.Errorf("Sniff(%q) = %q, want %q", tc.src, got, tc.want)
		}
	}
	if r, err := For("x.txt", ""); err != nil || r == nil {
		t.Errorf("For(x.txt) = %v, %v", r, err)
	}
	if r, err := For("x", "text"); err != nil || r == nil {
		t.Errorf("For(x, text) = %v, %v", r, err)
	}
}
