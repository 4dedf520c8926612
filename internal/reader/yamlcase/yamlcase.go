// Package yamlcase reads a case written in YAML. It walks yaml.Node once,
// building the JSON-compatible case model and the position of every value in
// the same pass, and decides scalar types itself so that dates stay strings
// ("2024-09-12", not a time.Time) and "0123" is not read as octal.
package yamlcase

import (
	"bytes"
	"encoding/json"
	"regexp"
	"strconv"
	"strings"

	"go.yaml.in/yaml/v3"

	"github.com/tjlint/tjlint/internal/casemodel"
	"github.com/tjlint/tjlint/internal/i18n"
)

// MaxNodes bounds the number of nodes visited, so that alias expansion
// ("billion laughs") cannot use unbounded memory or time.
const MaxNodes = casemodel.MaxValues

// Reader decodes YAML cases.
type Reader struct{}

var (
	lineRE  = regexp.MustCompile(`line (\d+)(?:, column (\d+))?`)
	jsonNum = regexp.MustCompile(`^-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?$`)
)

// Read decodes src (the first YAML document) into a case.
func (Reader) Read(_ string, src []byte) (*casemodel.Case, error) {
	c, err := Decode(src, 0)
	if err != nil {
		return nil, err
	}
	c.Format = "yaml"
	return c, nil
}

// Decode decodes YAML into a case whose positions are shifted down by
// lineOffset lines (used for Markdown front matter).
func Decode(src []byte, lineOffset int) (*casemodel.Case, error) {
	if err := casemodel.CheckUTF8(src, lineOffset); err != nil {
		return nil, err
	}
	if err := casemodel.CheckLines(src, lineOffset); err != nil {
		return nil, err
	}
	var doc yaml.Node
	if err := yaml.Unmarshal(src, &doc); err != nil {
		return nil, syntaxError(err, lineOffset, countLines(src))
	}
	c := casemodel.New("yaml")
	if doc.Kind == 0 || len(doc.Content) == 0 {
		return nil, casemodel.Errorf(casemodel.Pos{Line: 1 + lineOffset, Column: 1}, "filen är tom", "the file is empty")
	}
	root := doc.Content[0]
	if root.Kind != yaml.MappingNode {
		return nil, casemodel.Errorf(shift(within(casemodel.Pos{Line: root.Line, Column: root.Column}, countLines(src)), lineOffset),
			"ärendet ska vara en YAML-mappning (nyckel: värde)", "the case must be a YAML mapping (key: value)")
	}
	w := &walker{c: c, offset: lineOffset, lines: countLines(src)}
	v, err := w.conv(root, "")
	if err != nil {
		return nil, err
	}
	c.Value = v.(map[string]any)
	c.SpanFunc = casemodel.SpanFunc(c, src, lineOffset)
	return c, nil
}

type walker struct {
	c      *casemodel.Case
	offset int
	lines  int // lines in the source, the last one a position may name
	nodes  int
	// active holds the alias targets being expanded: an alias inside its
	// own anchor ("a: &x [*x]") would otherwise recurse until MaxNodes,
	// with ever longer pointers (minutes of work).
	active map[*yaml.Node]bool
}

func (w *walker) pos(n *yaml.Node) casemodel.Pos {
	return shift(within(casemodel.Pos{Line: n.Line, Column: n.Column}, w.lines), w.offset)
}

// countLines counts the lines of src as yaml.v3 does: a line ends at
// "\n", "\r\n" or a lone "\r".
func countLines(src []byte) int {
	return bytes.Count(src, []byte("\n")) + bytes.Count(src, []byte("\r")) - bytes.Count(src, []byte("\r\n")) + 1
}

// within keeps p inside a source of lines lines: yaml.v3 puts an implicit
// value ("?" with nothing after it, an empty document after "---") on the
// line after the last one, which is located at the last line instead.
func within(p casemodel.Pos, lines int) casemodel.Pos {
	if p.Line > lines {
		return casemodel.Pos{Line: lines, Column: 1}
	}
	return p
}

func (w *walker) conv(n *yaml.Node, ptr string) (any, error) {
	w.nodes++
	if w.nodes > MaxNodes {
		return nil, casemodel.Errorf(w.pos(n), "för många värden (över %d, kanske alias som expanderar)", "too many values (over %d, perhaps expanding aliases)", MaxNodes)
	}
	if _, seen := w.c.Positions[ptr]; !seen {
		w.c.Positions[ptr] = w.pos(n)
	}
	switch n.Kind {
	case yaml.AliasNode:
		if w.active[n.Alias] {
			return nil, casemodel.Errorf(w.pos(n), "aliaset *%s hänvisar till sig självt", "the alias *%s refers to itself", n.Value)
		}
		if w.active == nil {
			w.active = map[*yaml.Node]bool{}
		}
		w.active[n.Alias] = true
		v, err := w.conv(n.Alias, ptr)
		delete(w.active, n.Alias)
		return v, err
	case yaml.MappingNode:
		m := map[string]any{}
		for i := 0; i+1 < len(n.Content); i += 2 {
			k, v := n.Content[i], n.Content[i+1]
			if k.Kind == yaml.ScalarNode && k.Tag == "!!merge" {
				return nil, casemodel.Errorf(w.pos(k), "sammanslagningsnyckeln << stöds inte", "the merge key << is not supported")
			}
			if k.Kind != yaml.ScalarNode {
				return nil, casemodel.Errorf(w.pos(k), "en nyckel måste vara en enkel text", "a key must be a plain scalar")
			}
			if _, dup := m[k.Value]; dup {
				return nil, casemodel.Errorf(w.pos(k), "nyckeln %q förekommer två gånger", "duplicate key %q", k.Value)
			}
			child := ptr + "/" + casemodel.EscapeToken(k.Value)
			w.c.KeyPositions[child] = w.pos(k)
			cv, err := w.conv(v, child)
			if err != nil {
				return nil, err
			}
			m[k.Value] = cv
		}
		return m, nil
	case yaml.SequenceNode:
		if lim, ok := casemodel.ListLimit(ptr); ok && len(n.Content) > lim.Max {
			return nil, casemodel.TooMany(w.pos(n.Content[lim.Max]), lim.Max, lim.What, lim.WhatEN)
		}
		a := make([]any, 0, len(n.Content))
		for i, e := range n.Content {
			cv, err := w.conv(e, ptr+"/"+strconv.Itoa(i))
			if err != nil {
				return nil, err
			}
			a = append(a, cv)
		}
		return a, nil
	}
	switch n.ShortTag() {
	case "!!null":
		return nil, nil
	case "!!bool":
		return strings.EqualFold(n.Value, "true"), nil
	case "!!int", "!!float":
		if jsonNum.MatchString(n.Value) {
			if !casemodel.NumberInRange(n.Value) {
				return nil, casemodel.Errorf(w.pos(n), "talet %s är för stort eller för litet för att kunna läsas; skriv det med färre siffror i exponenten eller som text",
					"the number %s is too large or too small to be read; write it with a smaller exponent or as text", n.Value)
			}
			return json.Number(n.Value), nil
		}
	}
	return n.Value, nil
}

func syntaxError(err error, lineOffset, lines int) error {
	msg := strings.TrimPrefix(err.Error(), "yaml: ")
	pos := casemodel.Pos{Line: 1, Column: 1}
	if m := lineRE.FindStringSubmatch(msg); m != nil {
		pos.Line, _ = strconv.Atoi(m[1])
		if m[2] != "" {
			pos.Column, _ = strconv.Atoi(m[2])
		}
		msg = strings.TrimSpace(lineRE.ReplaceAllString(msg, ""))
		msg = strings.TrimLeft(msg, ": ")
	}
	return &casemodel.InputError{Pos: shift(within(pos, lines), lineOffset), Message: i18n.T("ogiltig YAML: "+swedishSyntax(msg), "invalid YAML: "+msg), Err: err}
}

// swedishSyntax translates the yaml.v3 syntax messages users meet most
// often; they are not typed, so this matches their text and falls back to
// the English original.
func swedishSyntax(msg string) string {
	for _, t := range []struct{ en, sv string }{
		{"found unexpected end of stream", "filen tar slut mitt i ett värde (saknas ett avslutande citattecken eller en parentes?)"},
		{"mapping values are not allowed in this context", "kolon på oväntat ställe (sätt texten inom citattecken)"},
		{"did not find expected key", "en nyckel saknas eller indraget är fel"},
		{"did not find expected ',' or ']'", "kommatecken eller ] saknas i listan"},
		{"did not find expected ',' or '}'", "kommatecken eller } saknas"},
		{"found character that cannot start any token", "tecken som inte får inleda ett värde (tabb i indraget?)"},
		{"did not find expected '-' indicator", "indraget i listan är fel (saknas ett -?)"},
		{"found undefined alias", "aliaset är inte definierat"},
	} {
		if strings.Contains(msg, t.en) {
			return t.sv
		}
	}
	return msg
}

func shift(p casemodel.Pos, n int) casemodel.Pos {
	p.Line += n
	if p.Column == 0 {
		p.Column = 1
	}
	return p
}
