package casemodel

import "testing"

func TestLocateWalksUp(t *testing.T) {
	c := New("json")
	c.Positions[""] = Pos{1, 1}
	c.Positions["/sections"] = Pos{3, 15}
	c.Positions["/a~1b"] = Pos{9, 2}
	tests := []struct {
		ptr  string
		want Pos
	}{
		{"/sections", Pos{3, 15}},
		{"/sections/gender_equality/text", Pos{3, 15}},
		{"/signatories/0/name", Pos{1, 1}},
		{"/a~1b/x", Pos{9, 2}},
		{"", Pos{1, 1}},
	}
	for _, tc := range tests {
		if got := c.Locate(tc.ptr); got != tc.want {
			t.Errorf("Locate(%q) = %v, want %v", tc.ptr, got, tc.want)
		}
	}
	if got := New("x").Locate("/a"); !got.IsZero() {
		t.Errorf("empty case: got %v", got)
	}
}

func TestPointer(t *testing.T) {
	tests := []struct {
		tokens []any
		want   string
	}{
		{nil, ""},
		{[]any{"signatories", 1, "name"}, "/signatories/1/name"},
		{[]any{"a/b", "c~d"}, "/a~1b/c~0d"},
		{[]any{"x", 2.0}, "/x/2"},
	}
	for _, tc := range tests {
		if got := Pointer(tc.tokens...); got != tc.want {
			t.Errorf("Pointer(%v) = %q, want %q", tc.tokens, got, tc.want)
		}
	}
}

func TestLineIndex(t *testing.T) {
	src := []byte("ab\nåäö x\n\nz")
	x := NewLineIndex(src)
	tests := []struct {
		off  int
		want Pos
	}{
		{0, Pos{1, 1}},
		{2, Pos{1, 3}},
		{3, Pos{2, 1}},
		{9, Pos{2, 4}},  // after "åäö" (6 bytes, 3 runes)
		{10, Pos{2, 5}}, // "x"
		{12, Pos{3, 1}},
		{13, Pos{4, 1}},
		{99, Pos{4, 2}},
	}
	for _, tc := range tests {
		if got := x.Pos(tc.off); got != tc.want {
			t.Errorf("Pos(%d) = %v, want %v", tc.off, got, tc.want)
		}
	}
	if x.Lines() != 4 {
		t.Errorf("Lines() = %d", x.Lines())
	}
}

// TestCursorAgreesWithIndex moves a cursor forwards and backwards over a
// source with multi-byte letters and compares every answer with the index.
func TestCursorAgreesWithIndex(t *testing.T) {
	src := []byte("{\n  \"namn\": \"Åsa Öberg\",\n\n  \"titel\": \"Förvaltningschef\"\n}\n")
	x := NewLineIndex(src)
	c := x.NewCursor()
	offsets := []int{0, 4, 4, 13, 30, 31, 12, 40, len(src), 5, 99}
	for _, off := range offsets {
		if got, want := c.Pos(off), x.Pos(off); got != want {
			t.Errorf("offset %d: cursor %v, index %v", off, got, want)
		}
	}
}
