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
	if r, err := For("x.txt", "", nil); err != nil || r == nil {
		t.Errorf("For(x.txt) = %v, %v", r, err)
	}
	if r, err := For("x", "text", nil); err != nil || r == nil {
		t.Errorf("For(x, text) = %v, %v", r, err)
	}
}

// TestDetect: a name chooses by its extension (case-insensitive), unnamed
// content by what it looks like, and a name without a known extension is
// an error, never a guess.
func TestDetect(t *testing.T) {
	for _, tc := range []struct {
		name, src, want string
	}{
		{"a.JSON", "", "json"},
		{"a.yml", "", "yaml"},
		{"a.markdown", "", "markdown"},
		{"a.docx", "", "docx"},
		{"a.txt", "{", "text"},
		{"", `{"kind": "yttrande"}`, "json"},
		{"", "PK\x03\x04...", "docx"},
		{"", "kind: yttrande\n", "yaml"},
		{"", "Förslag till beslut\n", "text"},
	} {
		f, err := Detect(tc.name, []byte(tc.src))
		if err != nil || f.Name != tc.want {
			t.Errorf("Detect(%q, %q) = %q, %v; want %q", tc.name, tc.src, f.Name, err, tc.want)
		}
	}
	for _, name := range []string{"a.odt", "Makefile", "a.doc"} {
		if _, err := Detect(name, []byte("{}")); err == nil {
			t.Errorf("Detect(%q) read an unknown file type", name)
		}
	}
	for _, f := range Registry() {
		if f.Reader == nil || f.Render == nil || len(f.Extensions) == 0 {
			t.Errorf("format %s is incomplete", f.Name)
		}
	}
}
