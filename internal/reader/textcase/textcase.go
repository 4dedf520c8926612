// Package textcase reads a case from plain text, as extracted from a PDF or
// typed by hand. It removes page furniture (page markers, page counters,
// running headers, the page-1 footer contact block) from the text while
// keeping every remaining line's true position, rejoins hard-wrapped lines
// and paragraphs broken by blank lines or page breaks, recognises bullets,
// and hands the blocks to the shared extractor.
package textcase

import (
	"github.com/tjlint/tjlint/internal/casemodel"
	"github.com/tjlint/tjlint/internal/reader/extract"
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
	blocks := Blocks(src)
	return extract.Build(blocks, extract.Options{Format: "text"})
}
