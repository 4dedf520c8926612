package casemodel

import (
	"bytes"
	"fmt"
	"strconv"

	"github.com/tjlint/tjlint/internal/i18n"
)

// Limits that a real document never reaches. They bound the time and
// memory one file can take: a file past one is refused with an input error
// that names what was exceeded and where, long before a timeout. The
// figures are far above the largest real case seen (docs/limits.md).
const (
	// MaxLines bounds the lines of a text-like file (text, Markdown).
	MaxLines = 250_000
	// MaxBlocks bounds the paragraphs, list items, headings and table
	// rows of a text-like document.
	MaxBlocks = 100_000
	// MaxValues bounds the values (strings, numbers, objects, lists) of a
	// JSON or YAML case.
	MaxValues = 200_000
	// MaxNesting bounds how deep lists and block quotes nest (Markdown).
	MaxNesting = 64
	// MaxTableCells bounds the cells of one table row.
	MaxTableCells = 1_000
	// MaxLinkOpeners bounds the "[" of one Markdown paragraph.
	MaxLinkOpeners = 10_000
)

// A Limit is the largest number of elements of one list of the case model.
type Limit struct {
	Pointer string // the list's JSON pointer
	Max     int
	What    string // the elements in Swedish, plural
	WhatEN  string
}

// ListLimits are the lists of the case model that a reader could make
// arbitrarily long, with their limits.
var ListLimits = []Limit{
	{"/decision_proposal", 500, "beslutspunkter", "decision points"},
	{"/signatories", 200, "undertecknare", "signatories"},
	{"/sections/other", 2_000, "avsnitt", "sections"},
	{"/motion/authors", 500, "motionärer", "motion authors"},
	{"/unread", 10_000, "olästa delar", "unread parts"},
}

// ListLimit returns the limit of the list at ptr, if it has one.
func ListLimit(ptr string) (Limit, bool) {
	for _, l := range ListLimits {
		if l.Pointer == ptr {
			return l, true
		}
	}
	return Limit{}, false
}

// TooMany is the input error for a document with more than limit of what
// (Swedish and English, plural), at pos: the first element past the limit.
func TooMany(pos Pos, limit int, what, whatEN string) *InputError {
	return &InputError{Pos: pos,
		Message: i18n.T(fmt.Sprintf("dokumentet har fler än %s %s, mer än en riktig handling har; det granskas inte (är filen skadad eller felaktigt exporterad?)",
			Thousands(limit), what), fmt.Sprintf("the document has more than %d %s, more than a real document has; it is not checked (is the file damaged or wrongly exported?)",
			limit, whatEN))}
}

// CheckLimits returns the input error for the first list of c longer than
// its limit, or nil. Every reader's case passes here (see package reader).
func CheckLimits(c *Case) error {
	for _, l := range ListLimits {
		a, ok := at(c.Value, l.Pointer)
		if !ok || len(a) <= l.Max {
			continue
		}
		return TooMany(c.Locate(l.Pointer+"/"+strconv.Itoa(l.Max)), l.Max, l.What, l.WhatEN)
	}
	return nil
}

// at returns the list at a pointer of two tokens at most.
func at(v map[string]any, ptr string) ([]any, bool) {
	var cur any = v
	for _, tok := range splitPointer(ptr) {
		m, ok := cur.(map[string]any)
		if !ok {
			return nil, false
		}
		cur = m[tok]
	}
	a, ok := cur.([]any)
	return a, ok
}

func splitPointer(ptr string) []string {
	var out []string
	start := 1
	for i := 1; i <= len(ptr); i++ {
		if i == len(ptr) || ptr[i] == '/' {
			out = append(out, ptr[start:i])
			start = i + 1
		}
	}
	return out
}

// CheckLines returns the input error for a text-like source of more than
// MaxLines lines, at the first line past the limit (shifted by lineOffset
// for a part of a file), or nil. It costs one pass over the bytes.
func CheckLines(src []byte, lineOffset int) error {
	lines := bytes.Count(src, []byte("\n"))
	if len(src) > 0 && src[len(src)-1] != '\n' {
		lines++
	}
	if lines <= MaxLines {
		return nil
	}
	return TooMany(Pos{Line: MaxLines + 1 + lineOffset, Column: 1}, MaxLines, "rader", "lines")
}

// Thousands writes n with a space between groups of three digits, as
// Swedish text does (500, 2 000, 250 000).
func Thousands(n int) string {
	s := strconv.Itoa(n)
	var out []byte
	for i := range len(s) {
		if i > 0 && (len(s)-i)%3 == 0 {
			out = append(out, ' ')
		}
		out = append(out, s[i])
	}
	return string(out)
}
