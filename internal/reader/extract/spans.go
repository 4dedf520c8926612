package extract

import (
	"unicode"
	"unicode/utf8"

	"github.com/tjlint/tjlint/internal/casemodel"
)

// This file records where the words of a value the extractor joined from
// several lines (or whose spacing it collapsed) stand in the source, so
// that a finding about a word inside a section text or a decision point
// points at the word (casemodel.Case.Spans).

// setSpan records the segment map of the string value at ptr.
func (x *builder) setSpan(ptr string, segs []casemodel.Segment) {
	if len(segs) == 0 {
		return
	}
	if x.c.Spans == nil {
		x.c.Spans = map[string][]casemodel.Segment{}
	}
	x.c.Spans[ptr] = segs
}

// collapseInto appends collapse(s) to sb, where s stands at byte offset
// off of b.Text: each word copied at its source position.
func collapseInto(sb *casemodel.SpanBuilder, b *Block, off int, s string) {
	first := true
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		if unicode.IsSpace(r) {
			i += size
			continue
		}
		j := i
		for j < len(s) {
			r, size := utf8.DecodeRuneInString(s[j:])
			if unicode.IsSpace(r) {
				break
			}
			j += size
		}
		if !first {
			sb.Own(" ")
		}
		first = false
		sb.Copy(s[i:j], b.PosAt(off+i))
		i = j
	}
}

// joinLinesSpans renders lines as text, with its segment map: lines of one
// block joined by sep (" ", or "\n" for list-like sections whose lines are
// items; see lineSep), blocks by a blank line, list items and the items of
// a list section each on a line of their own.
func joinLinesSpans(ls []line, sep string) (string, []casemodel.Segment) {
	var sb casemodel.SpanBuilder
	for i := range ls {
		l := &ls[i]
		if i > 0 {
			switch {
			case l.blk == ls[i-1].blk && l.kind != TableRow:
				sb.Own(lineSep(ls[i-1].text, l.text, sep))
			case l.kind == ListItem && ls[i-1].kind == ListItem, l.kind == TableRow && ls[i-1].kind == TableRow, sep == "\n":
				// a list section's items are one per line, blank lines
				// between them or not
				sb.Own("\n")
			default:
				sb.Own("\n\n")
			}
		}
		if l.kind == ListItem && l.first {
			sb.Own("- ")
		}
		collapseInto(&sb, l.b, l.off, l.text)
	}
	return sb.String(), sb.Segments()
}

// collapseSpan is collapse(s) with its segment map, where s stands at byte
// offset off of b.Text.
func collapseSpan(b *Block, off int, s string) (string, []casemodel.Segment) {
	var sb casemodel.SpanBuilder
	collapseInto(&sb, b, off, s)
	return sb.String(), sb.Segments()
}
