// Package textcase reads a case from plain text, as extracted from a PDF or
// typed by hand. It removes page furniture (page markers, page counters,
// running headers, the page-1 footer contact block) from the text while
// keeping every remaining line's true position, rejoins hard-wrapped lines
// and paragraphs broken by blank lines or page breaks, recognises bullets,
// and hands the blocks to the shared extractor.
package textcase

import (
	"bytes"

	"github.com/tjlint/tjlint/internal/casemodel"
	"github.com/tjlint/tjlint/internal/reader/extract"
	"github.com/tjlint/tjlint/internal/reader/inline"
)

// Reader reads plain-text cases.
type Reader struct{}

// Read turns src into a case. Invalid UTF-8 is an *casemodel.InputError at
// the first bad byte; a text that is clearly not a case is a
// *casemodel.NotACaseError.
func (Reader) Read(_ string, src []byte) (*casemodel.Case, error) {
	if err := casemodel.CheckUTF8(src, 0); err != nil {
		return nil, err
	}
	if err := casemodel.CheckLines(src, 0); err != nil {
		return nil, err
	}
	if i := bytes.IndexByte(src, 0); i >= 0 {
		return nil, casemodel.Errorf(casemodel.NewLineIndex(src).Pos(i),
			"filen är inte text (den innehåller NUL-tecken); är det ett annat filformat med fel filändelse?",
			"the file is not text (it contains NUL characters); is it another file format with the wrong extension?")
	}
	if len(bytes.TrimSpace(src)) == 0 {
		return nil, casemodel.Errorf(casemodel.Pos{Line: 1, Column: 1}, "filen är tom", "the file is empty")
	}
	ignores := inline.Scan(src, casemodel.NewLineIndex(src))
	if len(ignores) > 0 {
		src = blankComments(src)
	}
	c, err := extract.Build(Blocks(src), extract.Options{Format: "text", LastPage: ShortPage(src)})
	if err != nil {
		return nil, err
	}
	inline.Add(c, ignores)
	return c, nil
}

// blankComments returns a copy of src with every <!-- tjlint-disable ... -->
// comment overwritten by spaces (line breaks kept), so that it is not read as
// text while every other byte keeps its position.
func blankComments(src []byte) []byte {
	out := bytes.Clone(src)
	for _, c := range inline.Comments(src) {
		for k := c.Start; k < c.End; k++ {
			if out[k] != '\n' && out[k] != '\r' {
				out[k] = ' '
			}
		}
	}
	return out
}
