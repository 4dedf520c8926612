package casemodel

import (
	"sort"
	"unicode/utf8"
)

// LineIndex converts byte offsets in a source to 1-based line and column,
// counting columns in Unicode code points (so "å" is one column).
type LineIndex struct {
	src    []byte
	starts []int // byte offset of the start of each line
}

// NewLineIndex indexes src. It keeps a reference to src.
func NewLineIndex(src []byte) *LineIndex {
	starts := []int{0}
	for i, b := range src {
		if b == '\n' {
			starts = append(starts, i+1)
		}
	}
	return &LineIndex{src: src, starts: starts}
}

// Pos returns the position of byte offset off.
func (x *LineIndex) Pos(off int) Pos {
	if off < 0 {
		off = 0
	}
	if off > len(x.src) {
		off = len(x.src)
	}
	line := sort.Search(len(x.starts), func(i int) bool { return x.starts[i] > off }) - 1
	col := utf8.RuneCount(x.src[x.starts[line]:off]) + 1
	return Pos{Line: line + 1, Column: col}
}

// Lines is the number of lines in the source.
func (x *LineIndex) Lines() int { return len(x.starts) }

// Cursor converts increasing byte offsets to positions in time proportional
// to the distance moved, for readers that record positions in source order.
// A smaller offset than the last one falls back to the index's search.
type Cursor struct {
	idx *LineIndex
	off int
	pos Pos
}

// NewCursor returns a cursor at the start of the indexed source.
func (x *LineIndex) NewCursor() *Cursor {
	return &Cursor{idx: x, pos: Pos{Line: 1, Column: 1}}
}

// Pos returns the position of byte offset off.
func (c *Cursor) Pos(off int) Pos {
	src := c.idx.src
	off = min(max(off, 0), len(src))
	if off < c.off {
		return c.idx.Pos(off)
	}
	p := c.pos
	for i := c.off; i < off; {
		b := src[i]
		switch {
		case b == '\n':
			p.Line++
			p.Column = 1
			i++
		case b < utf8.RuneSelf:
			p.Column++
			i++
		default:
			_, size := utf8.DecodeRune(src[i:])
			p.Column++
			i += size
		}
	}
	c.off, c.pos = off, p
	return p
}

// Offset returns the byte offset of position p, or -1 when p is not in the
// source.
func (x *LineIndex) Offset(p Pos) int {
	if p.Line < 1 || p.Line > len(x.starts) || p.Column < 1 {
		return -1
	}
	off := x.starts[p.Line-1]
	for col := 1; col < p.Column; col++ {
		if off >= len(x.src) || x.src[off] == '\n' {
			return -1
		}
		_, size := utf8.DecodeRune(x.src[off:])
		off += size
	}
	return off
}
