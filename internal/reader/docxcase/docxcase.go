// Package docxcase reads a case written in Word (.docx) with the standard
// library only: archive/zip for the container, encoding/xml for
// word/document.xml, word/styles.xml and the header and footer parts.
//
// A .docx has no lines, so positions refer to a stable text rendering of the
// document, which `tjlint convert --show-text` prints:
//
//   - first the header parts (word/header1.xml, header2.xml, ...), then the
//     footer parts, then the body: page furniture such as the dnr and the
//     date comes first, and the document's own end (the signatures) stays at
//     the end;
//   - one line per paragraph, including empty ones, and a new line at each
//     manual line break (w:br, w:cr) inside a paragraph;
//   - one line per table row, its cells separated by " | " and the lines
//     inside a cell by " / ";
//   - the column is the Unicode code point within that line, counting from
//     1.
//
// Headings come from paragraph styles (Heading 1 / Rubrik 1, the Title
// style, and the municipality's own styles through w:outlineLvl); a short
// paragraph whose runs are all bold is passed on as Bold for the extractor
// to judge; w:numPr paragraphs are list items; table rows keep their cells.
package docxcase

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/tjlint/tjlint/internal/casemodel"
	"github.com/tjlint/tjlint/internal/reader/extract"
)

// MaxBoldRunes is the longest all-bold paragraph passed on as Bold.
const MaxBoldRunes = 120

// Reader decodes .docx cases.
type Reader struct{}

// Read parses src (the bytes of a .docx file) into a case.
func (Reader) Read(_ string, src []byte) (*casemodel.Case, error) {
	d, err := Parse(src)
	if err != nil {
		return nil, err
	}
	c, err := extract.Build(joinWrapped(d.Blocks), extract.Options{Format: "docx"})
	if err != nil {
		return nil, err
	}
	c.Format = "docx"
	addFile(c, d, d.File)
	return c, nil
}

// Part says where a rendered line comes from.
type Part string

// The parts of a rendering.
const (
	PartHeader Part = "header"
	PartFooter Part = "footer"
	PartBody   Part = "body"
)

// Line is one line of the stable rendering; its number is its index + 1.
type Line struct {
	Part Part
	Text string
}

// Document is a .docx as the extractor and `tjlint convert` see it.
type Document struct {
	// Lines is the stable rendering that positions refer to.
	Lines []Line
	// Blocks are the document's blocks in the rendering's order.
	Blocks []extract.Block
	// File holds the facts for the accessibility rules.
	File FileInfo
}

// Parse reads the container and its parts into the rendering and the
// blocks. Every problem with the file is a *casemodel.InputError.
func Parse(src []byte) (*Document, error) {
	c, err := open(src)
	if err != nil {
		return nil, err
	}
	st, err := parseStyles(c.styles)
	if err != nil {
		return nil, err
	}
	l := &layout{doc: &Document{}, seen: map[string]bool{}}
	for _, h := range c.headers {
		items, err := parsePart(h.name, h.data, st)
		if err != nil {
			return nil, err
		}
		l.add(PartHeader, items)
	}
	for _, f := range c.footers {
		items, err := parsePart(f.name, f.data, st)
		if err != nil {
			return nil, err
		}
		l.add(PartFooter, items)
	}
	items, err := parsePart("word/document.xml", c.document, st)
	if err != nil {
		return nil, err
	}
	l.add(PartBody, items)
	l.doc.File = fileInfo(c)
	return l.doc, nil
}

type layout struct {
	doc *Document
	// seen holds the texts of header and footer blocks already emitted:
	// the first-page and default headers often repeat each other.
	seen map[string]bool
	// headingSeen is set at the body's first heading.
	headingSeen bool
}

func (l *layout) add(part Part, items []item) {
	for _, it := range items {
		var bs []extract.Block
		if it.row {
			bs = l.row(part, it)
		} else if b, ok := l.para(part, it); ok {
			bs = []extract.Block{b}
		}
		for _, b := range bs {
			if part != PartBody {
				if l.seen[b.Text] {
					continue
				}
				l.seen[b.Text] = true
			}
			if part == PartBody && b.Kind == extract.Heading {
				if !l.headingSeen && b.Level == 1 {
					// The document's first heading, at the top level, is
					// its title (ärendemening), not a section: pass it on
					// as a line for the header reader, like text.
					b.Kind, b.Level = extract.Paragraph, 0
				}
				l.headingSeen = true
			}
			l.doc.Blocks = append(l.doc.Blocks, b)
		}
	}
}

// line appends a rendered line and returns its number.
func (l *layout) line(part Part, text string) int {
	l.doc.Lines = append(l.doc.Lines, Line{Part: part, Text: text})
	return len(l.doc.Lines)
}

func (l *layout) para(part Part, it item) (extract.Block, bool) {
	b := extract.Block{Kind: extract.Paragraph}
	var nonEmpty int
	for _, ln := range it.lines {
		n := l.line(part, ln)
		t := strings.TrimSpace(ln)
		if t == "" {
			continue
		}
		nonEmpty++
		lead := strings.Index(ln, t[:1])
		if b.Text != "" {
			b.Text += " "
		}
		b.Segs = append(b.Segs, extract.Seg{Offset: len(b.Text), Pos: casemodel.Pos{Line: n, Column: utf8.RuneCountInString(ln[:lead]) + 1}})
		b.Text += t
	}
	if nonEmpty == 0 {
		return b, false
	}
	switch {
	case it.level > 0:
		b.Kind, b.Level = extract.Heading, it.level
	case it.list:
		b.Kind = extract.ListItem
	}
	b.Bold = it.bold && nonEmpty == 1 && utf8.RuneCountInString(b.Text) <= MaxBoldRunes
	return b, true
}

// row renders a table row as one line and returns its blocks. A row whose
// cells hold several lines (a signature table with "name / title" in each
// cell) becomes one TableRow block per line index, so that it reads like
// the two-row form: names in one row, titles in the next.
func (l *layout) row(part Part, it item) []extract.Block {
	var rendered strings.Builder
	type anchor struct {
		text string
		col  int
	}
	var cells [][]anchor
	col := 1
	depthMax := 0
	for ci, cell := range it.cells {
		if ci > 0 {
			rendered.WriteString(" | ")
			col += 3
		}
		var as []anchor
		for _, ln := range cell {
			t := strings.TrimSpace(ln)
			if t == "" {
				continue
			}
			if len(as) > 0 {
				rendered.WriteString(" / ")
				col += 3
			}
			as = append(as, anchor{t, col})
			rendered.WriteString(t)
			col += utf8.RuneCountInString(t)
		}
		cells = append(cells, as)
		depthMax = max(depthMax, len(as))
	}
	n := l.line(part, rendered.String())
	var out []extract.Block
	for k := range depthMax {
		b := extract.Block{Kind: extract.TableRow}
		for ci, as := range cells {
			if ci > 0 {
				b.Text += "\t"
			}
			cell := ""
			if k < len(as) {
				cell = as[k].text
				b.Segs = append(b.Segs, extract.Seg{Offset: len(b.Text), Pos: casemodel.Pos{Line: n, Column: as[k].col}})
				b.Text += cell
			}
			b.Cells = append(b.Cells, cell)
		}
		out = append(out, b)
	}
	return out
}

// joinWrapped rejoins paragraphs that are really the lines of one paragraph:
// text pasted into Word from a PDF keeps the PDF's line breaks as paragraph
// marks. As in the text reader, a paragraph goes on in the next one when the
// next is on the following line of the rendering and the first does not end
// a sentence, provided the next starts in lower case, the first is as long
// as a wrapped line (a short line without a full stop is more likely an
// unknown heading), or the first is a known heading written as a plain
// paragraph. Styled headings, list items, table rows and bold paragraphs
// never join.
// Each line keeps its own position.
func joinWrapped(bs []extract.Block) []extract.Block {
	out := make([]extract.Block, 0, len(bs))
	for _, b := range bs {
		if n := len(out); n > 0 && continues(out[n-1], b) {
			prev := &out[n-1]
			off := len(prev.Text) + 1
			prev.Text += " " + b.Text
			for _, sg := range b.Segs {
				sg.Offset += off
				prev.Segs = append(prev.Segs, sg)
			}
			continue
		}
		out = append(out, b)
	}
	return out
}

// wrappedLineRunes is the length from which a line without a full stop is
// taken to be wrapped rather than a heading.
const wrappedLineRunes = 50

func continues(a, b extract.Block) bool {
	if a.Kind != extract.Paragraph || b.Kind != extract.Paragraph || a.Bold || b.Bold || len(a.Segs) == 0 || len(b.Segs) == 0 {
		return false
	}
	last := a.Segs[len(a.Segs)-1]
	if b.Segs[0].Pos.Line != last.Pos.Line+1 {
		return false
	}
	// a's last line starts at its first segment on that line (a DOCX
	// paragraph has a segment per run).
	start := last.Offset
	for i := len(a.Segs) - 1; i >= 0 && a.Segs[i].Pos.Line == last.Pos.Line; i-- {
		start = a.Segs[i].Offset
	}
	line := strings.TrimRight(a.Text[min(start, len(a.Text)):], " \t\u00a0")
	if line == "" || strings.ContainsAny(line[len(line)-1:], ".!?:;") {
		return false
	}
	if extract.IsHeading(line) {
		// a known heading written as a plain paragraph, with its text
		// under it: one block, as the text reader sees it
		return len(a.Segs) == 1 || a.Segs[0].Pos.Line == last.Pos.Line
	}
	r, _ := utf8.DecodeRuneInString(strings.TrimLeft(b.Text, " \t\u00a0"))
	return unicode.IsLower(r) || utf8.RuneCountInString(line) >= wrappedLineRunes
}
