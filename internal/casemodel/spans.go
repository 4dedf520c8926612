package casemodel

import (
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"
)

// Segment anchors a run of a string value's characters in the source: the
// characters from Offset (counted in code points, as Rego's indexof
// counts) up to the next segment's Offset stand on one source line at
// consecutive columns from Pos. A value copied verbatim from one line is
// one segment; a reader adds one where the value leaves the source's
// characters: at an escape in a quoted string, at a line the value was
// joined from, where spacing was collapsed.
type Segment struct {
	Offset int
	Pos    Pos
}

// Segments returns the segment map of the string at ptr: recorded by the
// reader (Spans), computed from the source on demand (SpanFunc), or, when
// neither knows better, the value's start position as one segment.
func (c *Case) Segments(ptr string) []Segment {
	if s, ok := c.Spans[ptr]; ok {
		return s
	}
	if c.SpanFunc != nil {
		if s := c.SpanFunc(ptr); len(s) > 0 {
			return s
		}
	}
	if p, ok := c.Positions[ptr]; ok {
		return []Segment{{Offset: 0, Pos: p}}
	}
	return nil
}

// Span returns where the characters [start, end) of the string at ptr
// stand in the source: the position of the first character and the
// position just after the last one (end exclusive, as SARIF's endColumn).
// ok is false when the string's position is unknown.
func (c *Case) Span(ptr string, start, end int) (from, to Pos, ok bool) {
	segs := c.Segments(ptr)
	if len(segs) == 0 {
		return Pos{}, Pos{}, false
	}
	from = posIn(segs, start)
	if end <= start {
		return from, from, true
	}
	to = posIn(segs, end-1)
	to.Column++
	// After a last character that took more than one column in the source
	// (an escape), the next segment starts where the source goes on.
	i := sort.Search(len(segs), func(i int) bool { return segs[i].Offset >= end })
	if i < len(segs) && segs[i].Offset == end && segs[i].Pos.Line == to.Line && segs[i].Pos.Column > to.Column {
		to = segs[i].Pos
	}
	return from, to, true
}

func posIn(segs []Segment, off int) Pos {
	i := sort.Search(len(segs), func(i int) bool { return segs[i].Offset > off }) - 1
	i = max(i, 0)
	p := segs[i].Pos
	p.Column += max(off-segs[i].Offset, 0)
	return p
}

// Find returns the code-point span of match in s: the occurrence that
// starts at offset when offset >= 0 and it is there, else the first one.
// ok is false when match is empty or not in s.
func Find(s, match string, offset int) (start, end int, ok bool) {
	if match == "" {
		return 0, 0, false
	}
	n := utf8.RuneCountInString(match)
	if offset >= 0 {
		if b := byteOffset(s, offset); b >= 0 && strings.HasPrefix(s[b:], match) {
			return offset, offset + n, true
		}
	}
	b := strings.Index(s, match)
	if b < 0 {
		return 0, 0, false
	}
	start = utf8.RuneCountInString(s[:b])
	return start, start + n, true
}

// byteOffset is the byte offset of code point n in s, or -1.
func byteOffset(s string, n int) int {
	if n < 0 {
		return -1
	}
	i := 0
	for b := range s {
		if i == n {
			return b
		}
		i++
	}
	if i == n {
		return len(s)
	}
	return -1
}

// Lookup returns the value at the JSON pointer ptr in v.
func Lookup(v any, ptr string) (any, bool) {
	if ptr == "" {
		return v, true
	}
	if ptr[0] != '/' {
		return nil, false
	}
	for _, tok := range strings.Split(ptr[1:], "/") {
		tok = strings.NewReplacer("~1", "/", "~0", "~").Replace(tok)
		switch x := v.(type) {
		case map[string]any:
			var ok bool
			if v, ok = x[tok]; !ok {
				return nil, false
			}
		case []any:
			i, err := strconv.Atoi(tok)
			if err != nil || i < 0 || i >= len(x) {
				return nil, false
			}
			v = x[i]
		default:
			return nil, false
		}
	}
	return v, true
}

// SpanBuilder builds a segment map while a reader appends the pieces of a
// value: text copied from the source at a position, and text of its own
// (a separator, a list marker) that maps to where the next piece starts.
type SpanBuilder struct {
	b    strings.Builder
	n    int // code points written
	segs []Segment
	// next is the position the next character would have if it continued
	// the last segment.
	next Pos
}

// Copy appends s, which stands in the source at consecutive columns from p
// on one line.
func (sb *SpanBuilder) Copy(s string, p Pos) {
	if s == "" {
		return
	}
	if p.IsZero() {
		sb.Own(s)
		return
	}
	if len(sb.segs) == 0 || sb.next != p {
		sb.segs = append(sb.segs, Segment{Offset: sb.n, Pos: p})
	}
	k := utf8.RuneCountInString(s)
	sb.b.WriteString(s)
	sb.n += k
	p.Column += k
	sb.next = p
}

// Own appends s, which the reader wrote itself (a separator, a list
// marker); its characters are located after the previous piece, so that a
// word after a single collapsed space on the same line continues its
// segment.
func (sb *SpanBuilder) Own(s string) {
	k := utf8.RuneCountInString(s)
	sb.b.WriteString(s)
	sb.n += k
	if !sb.next.IsZero() {
		sb.next.Column += k
	}
}

// String is the value built.
func (sb *SpanBuilder) String() string { return sb.b.String() }

// Segments is the segment map of the value built.
func (sb *SpanBuilder) Segments() []Segment { return sb.segs }
