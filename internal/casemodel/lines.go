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
