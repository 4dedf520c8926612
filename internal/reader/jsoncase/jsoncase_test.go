package jsoncase

import (
	"encoding/json"
	"errors"
	"strings"
	"testing"

	"github.com/tjlint/tjlint/internal/reader/readertest"

	"github.com/tjlint/tjlint/internal/casemodel"
)

func TestReadPositions(t *testing.T) {
	src := `{
  "title": "Svar på motion om läxhjälp",
  "signatories": [
    {"name": "Åsa Öberg", "title": "Förvaltningschef"},
    {"name": "Per-Olof Lindén"}
  ],
  "n": 1.5e3,
  "flag": true, "none": null,
  "a~b/c": {}
}`
	c, err := Reader{}.Read("x.json", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		ptr       string
		line, col int
		key       bool
	}{
		{"", 1, 1, false},
		{"/title", 2, 12, false},
		{"/title", 2, 3, true},
		{"/signatories", 3, 18, false},
		{"/signatories/0", 4, 5, false},
		{"/signatories/0/name", 4, 14, false},
		{"/signatories/0/title", 4, 36, false}, // "Åsa Öberg" counts as 9 columns, not 11 bytes
		{"/signatories/1/name", 5, 14, false},
		{"/n", 7, 8, false},
		{"/none", 8, 25, false},
		{"/a~0b~1c", 9, 12, false},
	}
	for _, tc := range tests {
		var got casemodel.Pos
		if tc.key {
			got = c.KeyPositions[tc.ptr]
		} else {
			got = c.Positions[tc.ptr]
		}
		if got != (casemodel.Pos{Line: tc.line, Column: tc.col}) {
			t.Errorf("%s (key=%v): got %d:%d, want %d:%d", tc.ptr, tc.key, got.Line, got.Column, tc.line, tc.col)
		}
	}
	if n, ok := c.Value["n"].(json.Number); !ok || n.String() != "1.5e3" {
		t.Errorf("number: got %#v", c.Value["n"])
	}
	if c.Value["flag"] != true || c.Value["none"] != nil {
		t.Errorf("literals: got %#v %#v", c.Value["flag"], c.Value["none"])
	}
	sig := c.Value["signatories"].([]any)[0].(map[string]any)
	if sig["name"] != "Åsa Öberg" {
		t.Errorf("name: got %q", sig["name"])
	}
	// A missing member is located at the object that should hold it.
	if p := c.Locate("/signatories/1/title"); p != (casemodel.Pos{Line: 5, Column: 5}) {
		t.Errorf("missing member: got %v", p)
	}
}

func TestReadErrors(t *testing.T) {
	tests := []struct {
		name, src string
		line, col int
		contains  string
	}{
		{"missing comma", "{\"a\": 1\n \"b\": 2}", 2, 2, "kommatecken saknas"},
		{"truncated", "{\"a\": [1, 2", 1, 12, "tar slut"},
		{"duplicate key", "{\"a\": 1,\n \"a\": 2}", 2, 2, "två gånger"},
		{"invalid utf-8", "{\"a\": \"\xff\"}", 1, 8, "UTF-8"},
		{"not an object", "[1, 2]", 1, 1, "JSON-objekt"},
		{"empty", "  \n", 1, 1, "tom"},
		{"trailing", "{} {}", 1, 4, "efter ärendets slut"},
		{"bad literal", "{\"a\": tru}", 1, 10, "ogiltig JSON"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := Reader{}.Read("x.json", []byte(tc.src))
			var ie *casemodel.InputError
			if !errors.As(err, &ie) {
				t.Fatalf("got %v, want an InputError", err)
			}
			if ie.Pos != (casemodel.Pos{Line: tc.line, Column: tc.col}) {
				t.Errorf("position: got %d:%d, want %d:%d (%s)", ie.Pos.Line, ie.Pos.Column, tc.line, tc.col, ie.Message.SV)
			}
			if !strings.Contains(ie.Message.SV, tc.contains) {
				t.Errorf("message %q does not contain %q", ie.Message.SV, tc.contains)
			}
			if ie.Message.EN == "" {
				t.Error("no English message")
			}
		})
	}
}

func FuzzRead(f *testing.F) {
	for _, s := range []string{`{}`, `{"a":[1,{"b":null}],"c":"å"}`, `{"a":`, `[`, "{\"\xff\":1}", `{"a":1e999}`} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, src []byte) {
		readertest.Check(t, Reader{}, "f.json", src, readertest.Lines(src))
	})
}

func TestReadEscapes(t *testing.T) {
	c, err := Reader{}.Read("x.json", []byte(`{"ti\u0074le": "rad 1\nrad 2 \u00e5 \"citat\"", "plain": "Åsa"}`))
	if err != nil {
		t.Fatal(err)
	}
	if got := c.Value["title"]; got != "rad 1\nrad 2 å \"citat\"" {
		t.Errorf("escaped value: got %q", got)
	}
	if got := c.Value["plain"]; got != "Åsa" {
		t.Errorf("plain value: got %q", got)
	}
	if got := c.Positions["/plain"]; got != (casemodel.Pos{Line: 1, Column: 58}) {
		t.Errorf("position after escapes: got %v", got)
	}
}

// TestReadBOM accepts the byte-order mark that Windows editors write, with
// positions as the editor shows them.
func TestReadBOM(t *testing.T) {
	c, err := Reader{}.Read("x.json", []byte("\xef\xbb\xbf{\"title\": \"Svar på motion\"}"))
	if err != nil {
		t.Fatalf("Read: %v", err)
	}
	if c.Value["title"] != "Svar på motion" {
		t.Errorf("title %v", c.Value["title"])
	}
	if p := c.Locate("/title"); p.Line != 1 || p.Column != 11 {
		t.Errorf("/title at %d:%d, want 1:11", p.Line, p.Column)
	}
}

// TestReadNumberOutOfRange: a number the rule engine cannot hold is an input
// error at the number, not a failure of the rules.
func TestReadNumberOutOfRange(t *testing.T) {
	for _, n := range []string{"1e1000000000", "-1e99999999999", "1.5e-1000000"} {
		_, err := Reader{}.Read("x.json", []byte("{\"kind\": \"tjansteutlatande\",\n \"schema_version\": "+n+"}"))
		var ie *casemodel.InputError
		if !errors.As(err, &ie) {
			t.Fatalf("%s: err = %v, want an InputError", n, err)
		}
		if ie.Pos.Line != 2 || ie.Pos.Column != 20 || !strings.Contains(ie.Message.SV, "för stort eller för litet") {
			t.Errorf("%s: %d:%d: %s", n, ie.Pos.Line, ie.Pos.Column, ie.Message.SV)
		}
	}
	if _, err := (Reader{}).Read("x.json", []byte(`{"n": 1.5e300}`)); err != nil {
		t.Errorf("1.5e300: %v", err)
	}
}
