package extract

import (
	"github.com/tjlint/tjlint/internal/casemodel"
)

type builder struct {
	blocks []Block
	opts   Options
	c      *casemodel.Case
}

func newBuilder(blocks []Block, opts Options) *builder {
	format := opts.Format
	if format == "" {
		format = "text"
	}
	return &builder{blocks: blocks, opts: opts, c: casemodel.New(format)}
}

func (b *builder) build() (*casemodel.Case, error) {
	b.c.Value["schema_version"] = 1
	return nil, &casemodel.NotACaseError{
		Message:   "dokumentet ser inte ut som ett tjänsteutlåtande: ingen känd rubrik och inget förslag till beslut",
		MessageEN: "the document does not look like a case: no known heading and no decision proposal",
	}
}
