package extract

import (
	"sort"

	"github.com/tjlint/tjlint/internal/casemodel"
)

// Kind says what a format knows about a block.
type Kind int

// Block kinds. Plain text only yields Paragraph (and ListItem where it sees a
// bullet); Markdown and DOCX know their headings, lists and tables.
const (
	Paragraph Kind = iota
	Heading        // a heading by the format's own markup (Markdown #, a DOCX heading style)
	ListItem       // a bulleted or numbered item
	TableRow       // one row of a table; Cells holds the cells
)

// Block is one unit of a document in reading order: a paragraph, a heading,
// a list item or a table row, with the source position of every part of its
// text.
type Block struct {
	Kind  Kind
	Text  string   // the block's text, lines joined with single spaces
	Level int      // heading level when known (1 = top), else 0
	Cells []string // table cells (TableRow)
	// Bold is true when the whole block is bold (DOCX: a bold one-line
	// paragraph is a heading in many municipal templates).
	Bold bool
	// Segs map byte offsets in Text to source positions: Segs[i] says that
	// Text[Segs[i].Offset:] starts at Segs[i].Pos (until the next segment).
	// A reader adds one segment per source line (or per DOCX run/cell).
	Segs []Seg
}

// Seg anchors a byte offset of Block.Text at a source position.
type Seg struct {
	Offset int
	Pos    casemodel.Pos
}

// Pos is where the block starts.
func (b Block) Pos() casemodel.Pos {
	if len(b.Segs) == 0 {
		return casemodel.Pos{}
	}
	return b.Segs[0].Pos
}

// PosAt returns the source position of byte offset off in b.Text. Within a
// segment, columns advance one per rune (exact for text and Markdown lines;
// for DOCX a "line" is a paragraph and the column is the rune index).
func (b Block) PosAt(off int) casemodel.Pos {
	if len(b.Segs) == 0 {
		return casemodel.Pos{}
	}
	i := sort.Search(len(b.Segs), func(i int) bool { return b.Segs[i].Offset > off }) - 1
	if i < 0 {
		i = 0
	}
	s := b.Segs[i]
	p := s.Pos
	if off > s.Offset && off <= len(b.Text) {
		p.Column += runeCount(b.Text[s.Offset:off])
	}
	return p
}

func runeCount(s string) int {
	n := 0
	for range s {
		n++
	}
	return n
}
