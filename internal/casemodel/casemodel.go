package casemodel

import (
	"strconv"
	"strings"
)

// Pos is a 1-based line and column (in Unicode code points).
type Pos struct {
	Line, Column int
}

// IsZero reports whether p is unknown.
func (p Pos) IsZero() bool { return p.Line == 0 }

// Case is a decoded case with the positions of its values.
type Case struct {
	// Value is the case: map[string]any with string, json.Number, bool, nil,
	// []any and map[string]any values.
	Value map[string]any
	// Format is the reader that produced the case ("json", "yaml", "text", ...).
	Format string
	// Positions maps JSON pointers of values to where they start.
	Positions map[string]Pos
	// KeyPositions maps JSON pointers of object members to where their key
	// starts (JSON and YAML only).
	KeyPositions map[string]Pos
	// Spans maps JSON pointers of string values to their segment map
	// where the value is not its source copied from one line (see
	// Segments), e.g. a section text the extractor joined from several
	// lines. Readers fill it as they build such values.
	Spans map[string][]Segment
	// SpanFunc, when set, computes the segment map of the string at a
	// pointer from the source on demand (JSON escapes, YAML scalars), so
	// that nothing is recorded for the strings no finding points into.
	SpanFunc func(ptr string) []Segment
}

// New returns an empty case for a reader named format.
func New(format string) *Case {
	return &Case{Value: map[string]any{}, Format: format, Positions: map[string]Pos{}, KeyPositions: map[string]Pos{}}
}

// Locate returns the position of the value at ptr, or of its nearest
// ancestor that has one. It returns the zero Pos when nothing is known.
func (c *Case) Locate(ptr string) Pos {
	for {
		if p, ok := c.Positions[ptr]; ok {
			return p
		}
		if ptr == "" {
			return Pos{}
		}
		i := strings.LastIndexByte(ptr, '/')
		if i < 0 {
			return Pos{}
		}
		ptr = ptr[:i]
	}
}

// LocateKey returns the position of the key of the member at ptr if known,
// else Locate(ptr).
func (c *Case) LocateKey(ptr string) Pos {
	if p, ok := c.KeyPositions[ptr]; ok {
		return p
	}
	return c.Locate(ptr)
}

// EscapeToken escapes one reference token for a JSON pointer.
func EscapeToken(s string) string {
	if !strings.ContainsAny(s, "~/") {
		return s
	}
	return strings.NewReplacer("~", "~0", "/", "~1").Replace(s)
}

// Pointer joins reference tokens (strings or integers) into a JSON pointer.
func Pointer(tokens ...any) string {
	var b strings.Builder
	for _, t := range tokens {
		b.WriteByte('/')
		switch v := t.(type) {
		case string:
			b.WriteString(EscapeToken(v))
		case int:
			b.WriteString(strconv.Itoa(v))
		default:
			b.WriteString(EscapeToken(toString(v)))
		}
	}
	return b.String()
}

func toString(v any) string {
	switch x := v.(type) {
	case interface{ String() string }:
		return x.String()
	case float64:
		return strconv.FormatFloat(x, 'f', -1, 64)
	case int64:
		return strconv.FormatInt(x, 10)
	}
	return ""
}
