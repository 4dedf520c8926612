// Package jsoncase reads a case written in JSON, recording the position of
// every value and member name while it decodes (one streaming pass with
// jsontext). Duplicate member names and invalid UTF-8 are errors.
package jsoncase

import (
	"bytes"
	"encoding/json"
	"errors"
	"io"
	"strconv"

	"github.com/go-json-experiment/json/jsontext"

	"github.com/tjlint/tjlint/internal/casemodel"
	"github.com/tjlint/tjlint/internal/i18n"
)

// Reader decodes JSON cases.
type Reader struct{}

// utf8BOM is the byte-order mark that Windows editors write at the start of
// a UTF-8 file.
var utf8BOM = []byte("\xef\xbb\xbf")

// Read decodes src into a case. The top level must be an object. A UTF-8
// byte-order mark at the start is skipped (positions count from after it,
// as editors show them).
func (Reader) Read(_ string, src []byte) (*casemodel.Case, error) {
	src = bytes.TrimPrefix(src, utf8BOM)
	idx := casemodel.NewLineIndex(src)
	c := casemodel.New("json")
	// About one value per 24 bytes in a typical case: size the maps once.
	c.Positions = make(map[string]casemodel.Pos, len(src)/24)
	c.KeyPositions = make(map[string]casemodel.Pos, len(src)/32)
	p := &parser{src: src, dec: jsontext.NewDecoder(bytes.NewReader(src)), idx: idx, cur: idx.NewCursor(), c: c}
	if p.dec.PeekKind() != '{' {
		if err := p.syntaxErr(); err != nil {
			return nil, err
		}
		if len(bytes.TrimSpace(src)) == 0 {
			return nil, casemodel.Errorf(casemodel.Pos{Line: 1, Column: 1}, "filen är tom", "the file is empty")
		}
		return nil, casemodel.Errorf(idx.Pos(firstNonSpace(src)), "ärendet ska vara ett JSON-objekt ({ ... })", "the case must be a JSON object ({ ... })")
	}
	v, err := p.value("")
	if err != nil {
		return nil, err
	}
	end := int(p.dec.InputOffset())
	if _, err := p.dec.ReadToken(); !errors.Is(err, io.EOF) {
		if err == nil {
			return nil, casemodel.Errorf(idx.Pos(end+firstNonSpace(src[end:])), "oväntat innehåll efter ärendets slut", "unexpected content after the end of the case")
		}
		return nil, p.convert(err)
	}
	p.c.Value = v.(map[string]any)
	p.c.SpanFunc = casemodel.SpanFunc(p.c, src, 0)
	return p.c, nil
}

type parser struct {
	values int // values decoded so far, bounded by casemodel.MaxValues
	src    []byte
	dec    *jsontext.Decoder
	idx    *casemodel.LineIndex
	cur    *casemodel.Cursor // positions are recorded in source order
	c      *casemodel.Case
}

func (p *parser) syntaxErr() error {
	if _, err := p.dec.ReadToken(); err != nil && !errors.Is(err, io.EOF) {
		return p.convert(err)
	}
	return nil
}

func (p *parser) value(ptr string) (any, error) {
	if p.values++; p.values > casemodel.MaxValues {
		return nil, casemodel.TooMany(p.next(),
			casemodel.MaxValues, "värden", "values")
	}
	switch p.dec.PeekKind() {
	case '{':
		if _, err := p.dec.ReadToken(); err != nil {
			return nil, p.convert(err)
		}
		p.c.Positions[ptr] = p.cur.Pos(int(p.dec.InputOffset()) - 1)
		m := map[string]any{}
		for p.dec.PeekKind() != '}' {
			raw, err := p.dec.ReadValue()
			if err != nil {
				return nil, p.convert(err)
			}
			start := int(p.dec.InputOffset()) - len(raw)
			key, err := unquote(raw)
			if err != nil {
				return nil, p.convert(err)
			}
			child := ptr + "/" + casemodel.EscapeToken(key)
			p.c.KeyPositions[child] = p.cur.Pos(start)
			v, err := p.value(child)
			if err != nil {
				return nil, err
			}
			m[key] = v
		}
		if _, err := p.dec.ReadToken(); err != nil {
			return nil, p.convert(err)
		}
		return m, nil
	case '[':
		if _, err := p.dec.ReadToken(); err != nil {
			return nil, p.convert(err)
		}
		p.c.Positions[ptr] = p.cur.Pos(int(p.dec.InputOffset()) - 1)
		a := []any{}
		lim, limited := casemodel.ListLimit(ptr)
		for p.dec.PeekKind() != ']' {
			if limited && len(a) == lim.Max {
				// refused at the first element past the limit, before
				// the rest is decoded
				return nil, casemodel.TooMany(p.next(),
					lim.Max, lim.What, lim.WhatEN)
			}
			v, err := p.value(ptr + "/" + strconv.Itoa(len(a)))
			if err != nil {
				return nil, err
			}
			a = append(a, v)
		}
		if _, err := p.dec.ReadToken(); err != nil {
			return nil, p.convert(err)
		}
		return a, nil
	}
	raw, err := p.dec.ReadValue()
	if err != nil {
		return nil, p.convert(err)
	}
	p.c.Positions[ptr] = p.cur.Pos(int(p.dec.InputOffset()) - len(raw))
	switch raw.Kind() {
	case '"':
		s, err := unquote(raw)
		if err != nil {
			return nil, p.convert(err)
		}
		return s, nil
	case '0':
		if !casemodel.NumberInRange(string(raw)) {
			return nil, casemodel.Errorf(p.c.Positions[ptr], "talet %s är för stort eller för litet för att kunna läsas; skriv det med färre siffror i exponenten eller som text",
				"the number %s is too large or too small to be read; write it with a smaller exponent or as text", shorten(string(raw)))
		}
		return json.Number(raw), nil
	case 't':
		return true, nil
	case 'f':
		return false, nil
	}
	return nil, nil
}

// next is the position of the next value: after the decoder's offset,
// past blanks, commas and colons.
func (p *parser) next() casemodel.Pos {
	off := int(p.dec.InputOffset())
	for off < len(p.src) && bytes.IndexByte([]byte(" \t\r\n,:"), p.src[off]) >= 0 {
		off++
	}
	return p.idx.Pos(off)
}

// convert turns a jsontext error into an InputError at its position.
func (p *parser) convert(err error) error {
	var se *jsontext.SyntacticError
	if errors.As(err, &se) {
		pos := p.idx.Pos(int(se.ByteOffset))
		return &casemodel.InputError{
			Pos:     pos,
			Message: i18n.T("ogiltig JSON: "+swedishSyntax(se.Err), "invalid JSON: "+se.Err.Error()),
			Err:     err,
		}
	}
	if errors.Is(err, io.ErrUnexpectedEOF) || errors.Is(err, io.EOF) {
		pos := p.idx.Pos(int(p.dec.InputOffset()))
		return &casemodel.InputError{Pos: pos, Message: i18n.T("ogiltig JSON: filen tar slut mitt i ett värde", "invalid JSON: unexpected end of input"), Err: err}
	}
	return &casemodel.InputError{Pos: p.idx.Pos(int(p.dec.InputOffset())), Message: i18n.T("ogiltig JSON: "+err.Error(), "invalid JSON: "+err.Error()), Err: err}
}

// shorten keeps a number in a message readable.
func shorten(s string) string {
	if len(s) > 24 {
		return s[:20] + "…"
	}
	return s
}

func firstNonSpace(src []byte) int {
	for i, b := range src {
		if b != ' ' && b != '\t' && b != '\r' && b != '\n' {
			return i
		}
	}
	return 0
}

// unquote returns the string of a JSON string token. Most strings in a case
// have no escapes; their bytes (already validated as UTF-8 by the decoder)
// are the string.
func unquote(raw jsontext.Value) (string, error) {
	if len(raw) >= 2 && bytes.IndexByte(raw, '\\') < 0 {
		return string(raw[1 : len(raw)-1]), nil
	}
	b, err := jsontext.AppendUnquote(nil, raw)
	return string(b), err
}
