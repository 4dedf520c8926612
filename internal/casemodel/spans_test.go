package casemodel

import "testing"

func TestFind(t *testing.T) {
	tests := []struct {
		s, match   string
		offset     int
		start, end int
		ok         bool
	}{
		{"ån och ån", "ån", -1, 0, 2, true},
		{"ån och ån", "ån", 7, 7, 9, true},
		{"ån och ån", "ån", 3, 0, 2, true}, // wrong offset: the first one
		{"Förslaget är könsneutralt", "könsneutral", -1, 13, 24, true},
		{"abc", "x", -1, 0, 0, false},
		{"abc", "", -1, 0, 0, false},
	}
	for _, tt := range tests {
		start, end, ok := Find(tt.s, tt.match, tt.offset)
		if start != tt.start || end != tt.end || ok != tt.ok {
			t.Errorf("Find(%q, %q, %d) = %d, %d, %v; want %d, %d, %v", tt.s, tt.match, tt.offset, start, end, ok, tt.start, tt.end, tt.ok)
		}
	}
}

func TestSpanSegments(t *testing.T) {
	var sb SpanBuilder
	sb.Copy("Förslaget är", Pos{Line: 5, Column: 1})
	sb.Own(" ")
	sb.Copy("könsneutralt", Pos{Line: 6, Column: 1})
	sb.Own(" ")
	sb.Copy("och", Pos{Line: 6, Column: 14})
	c := &Case{Positions: map[string]Pos{"/t": {Line: 5, Column: 1}}, Spans: map[string][]Segment{"/t": sb.Segments()}}
	if got := len(sb.Segments()); got != 2 {
		t.Errorf("%d segments, want 2 (the space after könsneutralt continues its line)", got)
	}
	start, end, _ := Find(sb.String(), "är könsneutralt", -1)
	from, to, ok := c.Span("/t", start, end)
	if !ok || from != (Pos{Line: 5, Column: 11}) || to != (Pos{Line: 6, Column: 13}) {
		t.Errorf("span %v–%v", from, to)
	}
	// Without a segment map the value starts at its position.
	c = &Case{Positions: map[string]Pos{"/u": {Line: 2, Column: 3}}}
	if from, to, _ := c.Span("/u", 1, 3); from != (Pos{Line: 2, Column: 4}) || to != (Pos{Line: 2, Column: 6}) {
		t.Errorf("default span %v–%v", from, to)
	}
}

func TestLookup(t *testing.T) {
	v := map[string]any{"a/b": []any{"x", map[string]any{"~k": "y"}}}
	if got, ok := Lookup(v, "/a~1b/1/~0k"); !ok || got != "y" {
		t.Errorf("Lookup = %v, %v", got, ok)
	}
	for _, p := range []string{"/a~1b/2", "/x", "/a~1b/0/z", "a"} {
		if _, ok := Lookup(v, p); ok {
			t.Errorf("Lookup(%q) found something", p)
		}
	}
}
