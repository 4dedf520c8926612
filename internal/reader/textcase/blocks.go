package textcase

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/tjlint/tjlint/internal/casemodel"
	"github.com/tjlint/tjlint/internal/reader/extract"
)

var (
	// "", "•", "-", "*", "e " (OCR of a bullet), "(cid:120)" (a bullet
	// glyph the PDF extractor could not map) and numbered items "1."
	// "1)" "1\." (Markdown-escaped in the corpus).
	bulletRE   = lazyRegexp(`^(?:[\x{F0B7}\x{F0A7}•·▪◦‣○●■□➢►✓*]|\(cid:\d{1,4}\)|[-–]|e(?:\s+\p{Lu}))\s*`)
	numberedRE = lazyRegexp(`^\d{1,2}(?:\\?[.)])\s+`)
	tableRE    = lazyRegexp(`^\|.*\|$`)
	tableSepRE = lazyRegexp(`^\|[\s:|-]+\|$`)
)

// Blocks turns text into blocks: paragraphs (hard-wrapped lines rejoined,
// also across a blank line or a page break when the sentence goes on),
// list items and table rows. Page furniture is left out; every line keeps
// its source position in the block's segments.
func Blocks(src []byte) []extract.Block {
	ls := splitSource(src)
	markFurniture(ls)
	wide := wrapWidth(ls) * 85 / 100
	var out []extract.Block
	var cur *extract.Block
	var text *strings.Builder // cur's text: a block of many lines is built in linear time
	var prev *srcLine         // the last content line
	gap := false              // blank lines or furniture since prev
	flush := func() {
		if cur != nil && strings.TrimSpace(cur.Text) != "" {
			out = append(out, *cur)
		}
		cur = nil
	}
	for i := range ls {
		l := &ls[i]
		if l.furn || l.text == "" {
			if prev != nil {
				gap = true
			}
			continue
		}
		t := l.text
		switch {
		case tableRE().MatchString(t):
			flush()
			if !tableSepRE().MatchString(t) {
				out = append(out, tableRow(l))
			}
			prev, gap = l, false
			continue
		}
		if m := listMarker(t); m >= 0 {
			flush()
			content := t[m:]
			cur, text = &extract.Block{Kind: extract.ListItem}, &strings.Builder{}
			if content != "" {
				text.WriteString(content)
				cur.Text = text.String()
				cur.Segs = []extract.Seg{{Offset: 0, Pos: casemodel.Pos{Line: l.no, Column: l.col + utf8.RuneCountInString(t[:m])}}}
			}
			prev, gap = l, false
			continue
		}
		if cur != nil && (continues(cur, prev, t, gap) || gap && wrapped(prev, wide) && cur.Kind == extract.Paragraph && !endsSentence(prev.text)) {
			appendLine(cur, text, l)
		} else {
			flush()
			cur, text = &extract.Block{Kind: extract.Paragraph}, &strings.Builder{}
			appendLine(cur, text, l)
		}
		prev, gap = l, false
	}
	flush()
	return out
}

// listMarker returns the byte length of a bullet or number at the start of
// t, or -1.
func listMarker(t string) int {
	if m := bulletRE().FindString(t); m != "" {
		if strings.HasPrefix(m, "e") {
			// "e Text": keep the capital letter
			return 1 + len(m[1:]) - len(strings.TrimLeft(m[1:], " \t")) + 0
		}
		if (m[0] == '-' || strings.HasPrefix(m, "–")) && len(m) == len(strings.TrimRight(m, " \t")) {
			return -1 // "-2,5 %" or "–" glued to a word
		}
		return len(m)
	}
	if m := numberedRE().FindString(t); m != "" {
		return len(m)
	}
	return -1
}

// continues decides whether line t goes on the block cur, whose last line
// is prev: directly after it unless cur is a finished list item; after a
// gap only when the sentence goes on in lower case.
func continues(cur *extract.Block, prev *srcLine, t string, gap bool) bool {
	if prev == nil {
		return false
	}
	if cur.Text == "" {
		return true // a bullet alone on its line
	}
	lower := startsLower(t)
	open := !endsSentence(prev.text)
	if gap {
		// "… och att delar av" / (page break) / "Maleviksskolan ställs om …":
		// a line that ends with a preposition or a conjunction goes on
		// whatever the case of the next word; a heading that ends so
		// ("Beslutet skickas till") does not
		return open && (lower || (endsOpenWord(prev.text) || brokenNumber(prev.text, t)) && !extract.IsHeading(cur.Text))
	}
	if cur.Kind == extract.ListItem {
		return lower || open && utf8.RuneCountInString(prev.text) >= 50
	}
	return true
}

// appendLine adds line l to block b, whose text is built in text (b.Text
// is text's current string, which costs no copy).
func appendLine(b *extract.Block, text *strings.Builder, l *srcLine) {
	off := text.Len()
	if off > 0 && !brokenNumber(b.Text, l.text) {
		text.WriteByte(' ')
		off++
	}
	text.WriteString(l.text)
	b.Text = text.String()
	b.Segs = append(b.Segs, extract.Seg{Offset: off, Pos: casemodel.Pos{Line: l.no, Column: l.col}})
}

// brRE is an HTML line break in a table cell.
var brRE = lazyRegexp(`(?i)<br\s*/?>`)

func tableRow(l *srcLine) extract.Block {
	inner := strings.TrimSuffix(strings.TrimPrefix(l.text, "|"), "|")
	var cells []string
	for _, c := range strings.Split(inner, "|") {
		// a line break inside a cell, as a PDF-to-Markdown conversion
		// writes it ("Stärkt<br>brottsförebyggande<br>arbete"), is a
		// space in the cell's text
		cells = append(cells, strings.Join(strings.Fields(brRE().ReplaceAllString(c, " ")), " "))
	}
	return extract.Block{Kind: extract.TableRow, Text: l.text, Cells: cells,
		Segs: []extract.Seg{{Offset: 0, Pos: casemodel.Pos{Line: l.no, Column: l.col}}}}
}

func endsSentence(s string) bool {
	s = strings.TrimRight(s, " \t\"”’)")
	r, _ := utf8.DecodeLastRuneInString(s)
	return r == '.' || r == '!' || r == '?' || r == ':'
}

func startsLower(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsLower(r)
}

// wrapWidth is the width at which the document's lines wrap: the length
// in runes that nine lines in ten of its running text do not exceed (lines
// in columns left out), 0 when there are too few lines to tell.
func wrapWidth(ls []srcLine) int {
	var n []int
	for i := range ls {
		t := ls[i].text
		if ls[i].furn || t == "" || strings.Contains(t, "   ") {
			continue
		}
		n = append(n, utf8.RuneCountInString(t))
	}
	if len(n) < 20 {
		return 0
	}
	slices.Sort(n)
	return n[len(n)*9/10]
}

// wrapped: the line reaches the wrap width, so the text goes on on the
// next line even after a page break or a blank line ("… för Eksta Bostads"
// / (page break) / "AB."), whatever its first letter.
func wrapped(l *srcLine, wide int) bool {
	return l != nil && wide > 40 && utf8.RuneCountInString(l.text) >= wide && !strings.Contains(l.text, "   ")
}

// openWords cannot end a sentence: a preposition, a conjunction, an
// article or "att".
var openWords = map[string]bool{"av": true, "och": true, "att": true, "i": true, "till": true, "för": true, "om": true, "med": true, "samt": true, "eller": true, "på": true, "från": true, "vid": true, "inom": true, "som": true, "en": true, "ett": true, "den": true, "det": true, "de": true, "under": true, "mellan": true, "enligt": true}

func endsOpenWord(s string) bool {
	w := s
	if i := strings.LastIndexAny(s, " \t"); i >= 0 {
		w = s[i+1:]
	}
	return openWords[strings.ToLower(w)]
}

// brokenNumber: a number broken at its hyphen over two lines, "1384 2024-"
// / "00072 om parkering": the lines join without a space.
func brokenNumber(prev, next string) bool {
	if !strings.HasSuffix(prev, "-") || len(prev) < 2 || prev[len(prev)-2] < '0' || prev[len(prev)-2] > '9' {
		return false
	}
	return next != "" && next[0] >= '0' && next[0] <= '9'
}
