package casemodel

import (
	"sync"
	"unicode/utf8"
)

// Quoting says how a scalar is written in the source, for Align.
type Quoting int

// The quotings Align understands.
const (
	// Plain text: the value's characters stand in the source as they are,
	// lines folded and indentation skipped (a YAML plain or block scalar,
	// a Markdown line).
	Plain Quoting = iota
	// DoubleQuoted: a JSON string or a YAML "…" scalar; a backslash
	// escape stands for one character (or for nothing, a YAML escaped line
	// break).
	DoubleQuoted
	// SingleQuoted: a YAML '…' scalar, '' stands for '.
	SingleQuoted
)

// maxGap bounds how far Align looks ahead in the source for a character of
// the value (folded line breaks and indentation); a value it cannot follow
// keeps the segments found so far.
const maxGap = 256

// Align computes the segment map of value, a string decoded from the
// source starting at byte offset off (after any opening quote or block
// header) by walking the value and the source together. Where the source
// has characters the value lacks (an escape, a folded line break,
// indentation), a new segment starts. It is used on demand, for the
// strings a finding points into.
func Align(idx *LineIndex, off int, value string, q Quoting) []Segment {
	src := idx.src
	cur := idx.NewCursor()
	var segs []Segment
	var next Pos
	n := 0 // code points of value done
	for _, v := range value {
		gap := 0
		for {
			if off >= len(src) || gap > maxGap {
				return segs
			}
			r, size := utf8.DecodeRune(src[off:])
			width := size // source bytes that stand for v
			match := r == v
			switch {
			case q == DoubleQuoted && r == '\\':
				width = escapeLen(src[off:])
				if off+1 < len(src) && (src[off+1] == '\n' || src[off+1] == '\r') {
					match = false // a YAML escaped line break stands for nothing
				} else {
					match = true
				}
			case q == SingleQuoted && r == '\'' && off+1 < len(src) && src[off+1] == '\'':
				width = 2
			case q == DoubleQuoted && r == '"', q == SingleQuoted && r == '\'':
				return segs // the closing quote
			}
			if match {
				p := cur.Pos(off)
				if len(segs) == 0 || p != next {
					segs = append(segs, Segment{Offset: n, Pos: p})
				}
				off += width
				// The next character continues the segment only if this
				// one took one column (not an escape).
				p.Column++
				if width != size {
					p = Pos{}
				}
				next = p
				break
			}
			off += width
			gap += width
		}
		n++
	}
	// Where the value ends in the source (before a closing quote), so that
	// a match that ends with an escape ends after it.
	if p := cur.Pos(off); len(segs) > 0 && p != next {
		segs = append(segs, Segment{Offset: n, Pos: p})
	}
	return segs
}

// escapeLen is the length in bytes of the backslash escape at the start of
// b: \uXXXX (and a surrogate pair of two), \xXX, \UXXXXXXXX, else two.
func escapeLen(b []byte) int {
	if len(b) < 2 {
		return len(b)
	}
	switch b[1] {
	case 'u':
		if len(b) >= 12 && b[2] == 'D' || len(b) >= 12 && b[2] == 'd' {
			if c := b[3] | 0x20; c >= '8' && c <= 'b' && b[6] == '\\' && b[7] == 'u' {
				return 12
			}
		}
		return min(6, len(b))
	case 'x':
		return min(4, len(b))
	case 'U':
		return min(10, len(b))
	}
	return 2
}

// SpanFunc returns a Case.SpanFunc for a case read from src (indexed on
// the first call only): the string at a pointer is aligned from its recorded position,
// skipping an opening quote (quoted) or a block scalar's header line.
// shift is subtracted from recorded lines to index the source (a YAML
// front matter inside a Markdown file) and added back to the segments.
func SpanFunc(c *Case, src []byte, shift int) func(ptr string) []Segment {
	index := sync.OnceValue(func() *LineIndex { return NewLineIndex(src) })
	return func(ptr string) []Segment {
		p, ok := c.Positions[ptr]
		v, _ := Lookup(c.Value, ptr)
		s, isStr := v.(string)
		if !ok || !isStr {
			return nil
		}
		p.Line -= shift
		idx := index()
		off := idx.Offset(p)
		if off < 0 || off >= len(idx.src) {
			return nil
		}
		q := Plain
		switch idx.src[off] {
		case '"':
			q, off = DoubleQuoted, off+1
		case '\'':
			q, off = SingleQuoted, off+1
		case '|', '>':
			for off < len(idx.src) && idx.src[off] != '\n' {
				off++
			}
		}
		segs := Align(idx, off, s, q)
		for i := range segs {
			segs[i].Pos.Line += shift
		}
		return segs
	}
}
