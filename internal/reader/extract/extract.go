package extract

import (
	"github.com/tjlint/tjlint/internal/casemodel"
)

// Options tune Build for the reader that calls it.
type Options struct {
	// Format names the reader ("text", "markdown", "docx"); it becomes
	// Case.Format.
	Format string
	// LastPage is the last page counter of a text whose pages run short
	// of their number ("2 (3)": the text stops on page 2 of 3), "" when
	// the text reaches its last page or has no counters. The pages after
	// it, with the signatures, were never seen.
	LastPage string
}

// Build turns the blocks of one document, in reading order, into a case
// with the position of every value it finds. It returns a
// *casemodel.NotACaseError when the document has no known heading and no
// decision proposal.
func Build(blocks []Block, opts Options) (*casemodel.Case, error) {
	b := newBuilder(blocks, opts)
	return b.build()
}
