package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/tjlint/tjlint/internal/casemodel"
)

// A line is one source line of a block (or a whole DOCX paragraph, or a
// table row), the unit the extractor reads.
type line struct {
	text  string // the line's text, trimmed (inner spacing kept: columns)
	blk   int    // index of its block
	off   int    // byte offset of text in the block's Text
	kind  Kind
	first bool // first line of its block
	level int
	bold  bool
	b     *Block
	// sig marks a line of the signature block; it belongs to no section.
	sig bool
	// flat marks a part of a long source line that held several sections
	// (a text that lost its line breaks): its layout cannot be read.
	flat bool
	// head is the byte length of a heading at the start of the line (the
	// whole line when the heading stands alone); prose starts after it.
	head int
}

// pos is the source position of byte offset i of l.text.
func (l *line) pos(i int) casemodel.Pos {
	return l.b.PosAt(l.off + i)
}

// splitLines flattens blocks into lines. A block's lines are its segments
// that start a new source line; DOCX runs on the same line stay together.
func splitLines(blocks []Block) []line {
	n := 0
	for i := range blocks {
		n += len(blocks[i].Segs)
	}
	out := make([]line, 0, n) // one allocation: a long text has many lines
	for bi := range blocks {
		b := &blocks[bi]
		if b.Kind == TableRow {
			// Cells separated by wide space, so that a signature table
			// reads like two columns of text.
			t := b.Text
			if len(b.Cells) > 0 {
				t = strings.Join(b.Cells, "    ")
			}
			t = strings.TrimSpace(t)
			if t == "" {
				continue
			}
			tb := *b
			tb.Text = t
			if len(b.Segs) > 0 {
				tb.Segs = []Seg{{Offset: 0, Pos: b.Segs[0].Pos}}
			}
			blocks[bi] = tb
			out = append(out, line{text: t, blk: bi, kind: TableRow, first: true, b: &blocks[bi]})
			continue
		}
		cuts := []int{0}
		for i := 1; i < len(b.Segs); i++ {
			if b.Segs[i].Pos.Line != b.Segs[i-1].Pos.Line && b.Segs[i].Offset > cuts[len(cuts)-1] && b.Segs[i].Offset <= len(b.Text) {
				cuts = append(cuts, b.Segs[i].Offset)
			}
		}
		cuts = append(cuts, len(b.Text))
		first := true
		for i := 0; i+1 < len(cuts); i++ {
			raw := b.Text[cuts[i]:cuts[i+1]]
			lead := len(raw) - len(strings.TrimLeft(raw, " \t\u00a0"))
			t := strings.TrimSpace(strings.TrimLeft(raw, " \t\u00a0"))
			if t == "" {
				continue
			}
			out = append(out, line{text: t, blk: bi, off: cuts[i] + lead, kind: b.Kind, first: first, level: b.Level, bold: b.Bold, b: b})
			first = false
		}
	}
	return out
}

// collapse joins the words of s with single spaces.
func collapse(s string) string {
	return strings.Join(strings.Fields(s), " ")
}

// lineSep is what joins two lines of one block: sep, except that a number
// broken at its hyphen ("2025-" / "04-16") joins with nothing and, in a
// list of one item per line, an item that wraps (the next line starts in
// lower case, or the line ends with "och", "för" or a hyphen) joins with a
// space.
func lineSep(prev, next, sep string) string {
	if n := len(prev); n >= 2 && prev[n-1] == '-' && prev[n-2] >= '0' && prev[n-2] <= '9' && next != "" && next[0] >= '0' && next[0] <= '9' {
		return ""
	}
	if sep == "\n" && (startsLowerRune(next) || endsOpen(prev)) {
		return " "
	}
	return sep
}

// endsSentence reports whether s ends with sentence punctuation.
func endsSentence(s string) bool {
	s = strings.TrimRight(s, " \t\"”’)")
	r, _ := utf8.DecodeLastRuneInString(s)
	return r == '.' || r == '!' || r == '?'
}

func startsUpper(s string) bool {
	r, _ := utf8.DecodeRuneInString(strings.TrimSpace(s))
	return unicode.IsUpper(r)
}

// abbreviations that end with a period but do not end a sentence.
var abbrevs = []string{"m.fl.", "fl.", "t.ex.", "bl.a.", "d.v.s.", "dvs.", "s.k.", "ca.", "kap.", "nr.", "resp.", "jfr.", "osv.", "p.g.a.", "pga.", "enl.", "st.", "kr.", "kl.", "tel.", "fr.o.m.", "t.o.m.", "mm.", "m.m.",
	"jan.", "febr.", "feb.", "mars.", "apr.", "aug.", "sept.", "sep.", "okt.", "nov.", "dec.",
	"inkl.", "exkl.", "ang.", "avd.", "prop.", "bet.", "rskr.", "fig.", "tab.", "f.d.", "o.s.v.", "ff.", "milj.", "ev.", "p."}

// sentences splits s into sentences and returns their byte spans. A
// sentence ends at . ! or ? followed by space and a capital letter or a
// digit, unless the word before is a known abbreviation or a single letter.
func sentences(s string) [][2]int {
	var out [][2]int
	start := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c != '.' && c != '!' && c != '?' {
			continue
		}
		j := i + 1
		for j < len(s) && (s[j] == '"' || s[j] == ')' || s[j] == '\'') {
			j++
		}
		if j >= len(s) || s[j] != ' ' {
			continue
		}
		k := j
		for k < len(s) && s[k] == ' ' {
			k++
		}
		if k >= len(s) {
			break
		}
		r, _ := utf8.DecodeRuneInString(s[k:])
		if !unicode.IsUpper(r) && !unicode.IsDigit(r) && r != '"' && r != '”' {
			continue
		}
		if c == '.' {
			w := lastWord(s[max(start, i-40) : i+1])
			lw := strings.ToLower(w)
			abbr := false
			for _, a := range abbrevs {
				if strings.HasSuffix(lw, a) && (len(lw) == len(a) || !isLetter(lw[len(lw)-len(a)-1])) {
					abbr = true
					break
				}
			}
			// a single letter is an initial ("A. Andersson"); a number
			// before ". Capital" ends the sentence ("version 1. Riktlinjen")
			single := strings.TrimSuffix(w, ".")
			// nor is an item number at the start ("1. Att …")
			if abbr || utf8.RuneCountInString(single) == 1 && !isDigits(single) || isDigits(single) && (k-j == 0 || strings.TrimSpace(s[start:i]) == single) {
				continue
			}
		}
		out = append(out, [2]int{start, j})
		start = k
		i = k - 1
	}
	if strings.TrimSpace(s[start:]) != "" {
		out = append(out, [2]int{start, len(strings.TrimRight(s, " "))})
	}
	return out
}

func isLetter(b byte) bool { return b >= 'a' && b <= 'z' || b >= 0x80 }

func lastWord(s string) string {
	if i := strings.LastIndexAny(s, " \t"); i >= 0 {
		return s[i+1:]
	}
	return s
}

func isDigits(s string) bool {
	if s == "" {
		return false
	}
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}
