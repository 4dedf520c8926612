// Package textcase reads a case from plain text, as extracted from a PDF or
// typed by hand. It removes page furniture (page markers, page counters,
// running headers, the page-1 footer contact block) from the text while
// keeping every remaining line's true position, rejoins hard-wrapped lines
// and paragraphs broken by blank lines or page breaks, recognises bullets,
// and hands the blocks to the shared extractor.
package textcase

import (
	"unicode/utf8"

	"github.com/tjlint/tjlint/internal/casemodel"
	"github.com/tjlint/tjlint/internal/reader/extract"
)

// Reader reads plain-text cases.
type Reader struct{}

// Read turns src into a case. Invalid UTF-8 is an *casemodel.InputError at
// the first bad byte; a text that is clearly not a case is a
// *casemodel.NotACaseError.
func (Reader) Read(_ string, src []byte) (*casemodel.Case, error) {
	if !utf8.Valid(src) {
		off := invalidUTF8Offset(src)
		return nil, casemodel.Errorf(casemodel.NewLineIndex(src).Pos(off),
			"ogiltig UTF-8 (spara filen som UTF-8)", "invalid UTF-8 (save the file as UTF-8)")
	}
	blocks := Blocks(src)
	return extract.Build(blocks, extract.Options{Format: "text"})
}

func invalidUTF8Offset(b []byte) int {
	for i := 0; i < len(b); {
		r, size := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && size == 1 {
			return i
		}
		i += size
	}
	return 0
}
