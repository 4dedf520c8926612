// Package readertest is the contract every reader keeps, as one helper
// that every reader's fuzz target (and table tests) call: whatever the
// input, Read returns a case or an input error (never another error, never
// a panic, within a time bound), every recorded position and segment lies
// inside the input, and the value is plain JSON data.
package readertest

import (
	"bytes"
	"encoding/json"
	"errors"
	"sort"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/tjlint/tjlint/internal/casemodel"
)

// Reader is what a reader package offers (reader.Reader, without importing
// the registry).
type Reader interface {
	Read(name string, src []byte) (*casemodel.Case, error)
}

// Lines is the number of lines of a text source (the line a position may
// at most name): a line ends at "\n", "\r\n" or a lone "\r".
func Lines(src []byte) int {
	return bytes.Count(src, []byte("\n")) + bytes.Count(src, []byte("\r")) - bytes.Count(src, []byte("\r\n")) + 1
}

// Check reads src with r and fails t when the contract is broken. lines is
// the number of lines positions may refer to (Lines(src) for the text
// formats, the rendering's lines for DOCX). It returns the case, nil on
// an input error.
func Check(t testing.TB, r Reader, name string, src []byte, lines int) *casemodel.Case {
	t.Helper()
	start := time.Now()
	c, err := r.Read(name, src)
	if d := time.Since(start); d > 5*time.Second && len(src) < 1<<16 {
		t.Fatalf("took %v on %d bytes", d, len(src))
	}
	if err != nil {
		var ie *casemodel.InputError
		var nc *casemodel.NotACaseError
		switch {
		case errors.As(err, &ie):
			if ie.Message.SV == "" || ie.Message.EN == "" {
				t.Fatalf("input error without a Swedish and an English message: %+v", ie)
			}
			if !ie.Pos.IsZero() && !inside(ie.Pos, lines) {
				t.Fatalf("input error at %v, outside the %d lines", ie.Pos, lines)
			}
		case errors.As(err, &nc):
			if nc.Message.SV == "" || nc.Message.EN == "" {
				t.Fatalf("not-a-case error without a Swedish and an English message: %+v", nc)
			}
		default:
			t.Fatalf("error is neither an input error nor not-a-case: %T %v", err, err)
		}
		return nil
	}
	if c == nil || c.Value == nil {
		t.Fatal("no case and no error")
	}
	if _, err := json.Marshal(c.Value); err != nil {
		t.Fatalf("value does not marshal: %v", err)
	}
	for _, m := range []map[string]casemodel.Pos{c.Positions, c.KeyPositions} {
		for ptr, p := range m {
			if !inside(p, lines) {
				t.Fatalf("%s: position %v outside the %d lines", ptr, p, lines)
			}
		}
	}
	for ptr := range c.Positions {
		v, ok := casemodel.Lookup(c.Value, ptr)
		s, isStr := v.(string)
		if !ok || !isStr {
			continue
		}
		segs := c.Segments(ptr)
		n := utf8.RuneCountInString(s)
		if !sort.SliceIsSorted(segs, func(i, j int) bool { return segs[i].Offset < segs[j].Offset }) {
			t.Fatalf("%s: segments out of order: %v", ptr, segs)
		}
		for _, sg := range segs {
			if sg.Offset < 0 || sg.Offset > n || !inside(sg.Pos, lines) {
				t.Fatalf("%s: segment %+v outside the value (%d characters) or the %d lines", ptr, sg, n, lines)
			}
		}
	}
	return c
}

func inside(p casemodel.Pos, lines int) bool {
	return p.Line >= 1 && p.Line <= lines && p.Column >= 1
}
