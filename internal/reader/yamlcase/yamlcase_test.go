package yamlcase

import (
	"encoding/json"
	"errors"
	"strings"
	"testing"

	"github.com/tjlint/tjlint/internal/reader/readertest"

	"github.com/tjlint/tjlint/internal/casemodel"
)

func TestReadValuesAndPositions(t *testing.T) {
	src := `schema_version: 1
kind: yttrande
date: 2024-09-12
dnr: 0123
answered: yes
referral:
  deadline: 2024-10-01
signatories:
  - name: Åsa Öberg
    title: Förvaltningschef
  - {name: Per Lindén, title: Avdelningschef}
ratio: 1.5
`
	c, err := Reader{}.Read("c.yaml", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	if c.Format != "yaml" {
		t.Errorf("format %q", c.Format)
	}
	// Dates stay strings, 0123 is not octal, yes is not a boolean (YAML 1.2).
	for k, want := range map[string]any{"date": "2024-09-12", "dnr": "0123", "answered": "yes", "schema_version": json.Number("1"), "ratio": json.Number("1.5")} {
		if c.Value[k] != want {
			t.Errorf("%s: got %#v, want %#v", k, c.Value[k], want)
		}
	}
	for ptr, want := range map[string]casemodel.Pos{
		"":                     {Line: 1, Column: 1},
		"/date":                {Line: 3, Column: 7},
		"/referral/deadline":   {Line: 7, Column: 13},
		"/signatories/0":       {Line: 9, Column: 5},
		"/signatories/0/title": {Line: 10, Column: 12},
		"/signatories/1/name":  {Line: 11, Column: 12},
	} {
		if got := c.Positions[ptr]; got != want {
			t.Errorf("%q: got %v, want %v", ptr, got, want)
		}
	}
	if got := c.KeyPositions["/signatories/0/title"]; got != (casemodel.Pos{Line: 10, Column: 5}) {
		t.Errorf("key position: got %v", got)
	}
}

func TestDecodeShiftsLines(t *testing.T) {
	c, err := Decode([]byte("title: T\n"), 1)
	if err != nil {
		t.Fatal(err)
	}
	if got := c.Positions["/title"]; got != (casemodel.Pos{Line: 2, Column: 8}) {
		t.Errorf("got %v", got)
	}
}

func TestReadErrors(t *testing.T) {
	tests := []struct {
		name, src string
		line      int
		contains  string
	}{
		{"syntax", "a: [1, 2\nb: 3\n", 1, "ogiltig YAML"},
		{"not a mapping", "- a\n- b\n", 1, "YAML-mappning"},
		{"empty", "", 1, "tom"},
		{"duplicate key", "a: 1\na: 2\n", 2, "två gånger"},
		{"invalid utf-8", "a: \xff\n", 1, "UTF-8"},
		{"alias bomb", bomb(), 0, "för många värden"},
		{"complex key", "? [a]\n: 1\n", 1, "enkel text"},
		{"number out of range", "kind: tjansteutlatande\nschema_version: !!float 1e1000000000\n", 2, "för stort eller för litet"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := Reader{}.Read("c.yaml", []byte(tc.src))
			var ie *casemodel.InputError
			if !errors.As(err, &ie) {
				t.Fatalf("got %v, want an InputError", err)
			}
			if tc.line > 0 && ie.Pos.Line != tc.line {
				t.Errorf("line: got %d, want %d (%s)", ie.Pos.Line, tc.line, ie.Message.SV)
			}
			if !strings.Contains(ie.Message.SV, tc.contains) {
				t.Errorf("message %q does not contain %q", ie.Message.SV, tc.contains)
			}
		})
	}
}

// bomb is a "billion laughs" document: nine levels of aliases, each
// referring nine times to the level below.
func bomb() string {
	var b strings.Builder
	b.WriteString("a0: &a0 [x, x, x, x, x, x, x, x, x]\n")
	for i := 1; i < 9; i++ {
		prev := "*a" + string(rune('0'+i-1))
		b.WriteString("a" + string(rune('0'+i)) + ": &a" + string(rune('0'+i)) + " [" + strings.Repeat(prev+", ", 8) + prev + "]\n")
	}
	return b.String()
}

func FuzzRead(f *testing.F) {
	for _, s := range []string{"a: 1\n", "a: [1, {b: c}]\n", bomb(), "a: &x 1\nb: *x\n", "- 1\n", "a: |\n  text\n"} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, src []byte) {
		readertest.Check(t, Reader{}, "f.yaml", src, readertest.Lines(src))
	})
}
