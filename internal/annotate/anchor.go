package annotate

import (
	"bytes"
	"sort"
	"strconv"
	"unicode/utf8"
)

// point is a place in a paragraph: a rune offset within one of its lines.
type point struct {
	para *paraInfo
	line int
	off  int
}

// at resolves a 1-based column on a rendered line to a point.
func (r rendered) at(col int) (point, bool) {
	if r.para != nil {
		return point{r.para, r.line, max(col-1, 0)}, true
	}
	for i := len(r.row) - 1; i >= 0; i-- {
		c := r.row[i]
		if col >= c.col && c.para != nil && c.line >= 0 {
			return point{c.para, c.line, c.lead + col - c.col}, true
		}
	}
	return point{}, false
}

// edits collects what is inserted into document.xml, by byte offset.
type edits struct {
	src []byte
	at  map[int]*edit
}

type edit struct {
	split    *textNode // close the run before the markers and reopen it after
	markers  []byte
	preserve bool // add xml:space="preserve" here (a w:t start tag's '>')
}

func newEdits(src []byte) *edits { return &edits{src: src, at: map[int]*edit{}} }

func (e *edits) get(off int) *edit {
	ed := e.at[off]
	if ed == nil {
		ed = &edit{}
		e.at[off] = ed
	}
	return ed
}

// locate finds the text node a point is in and the rune offset in it.
// start chooses the text node that begins at the point rather than the one
// that ends there.
func locate(p point, start bool) (*textNode, int, bool) {
	if start {
		for i := range p.para.nodes {
			nd := &p.para.nodes[i]
			if nd.line == p.line && nd.col+nd.runes > p.off {
				return nd, max(p.off-nd.col, 0), true
			}
		}
		return nil, 0, false
	}
	for i := len(p.para.nodes) - 1; i >= 0; i-- {
		nd := &p.para.nodes[i]
		if nd.line == p.line && nd.col < p.off {
			return nd, min(p.off-nd.col, nd.runes), true
		}
	}
	return nil, 0, false
}

// mark inserts markup at rune k of text node n by splitting the w:t and
// its run in two.
func (e *edits) mark(n *textNode, k int, markup string) {
	off := n.raw + rawOffset(n.data, k)
	ed := e.get(off)
	ed.split = n
	ed.markers = append(ed.markers, markup...)
	if !n.preserve {
		e.get(n.tagEnd).preserve = true
	}
}

// plain inserts markup between elements.
func (e *edits) plain(off int, markup string) {
	ed := e.get(off)
	ed.markers = append(ed.markers, markup...)
}

// apply returns src with the edits made.
func (e *edits) apply() []byte {
	offs := make([]int, 0, len(e.at))
	for o := range e.at {
		offs = append(offs, o)
	}
	sort.Ints(offs)
	var b bytes.Buffer
	last := 0
	for _, o := range offs {
		b.Write(e.src[last:o])
		last = o
		ed := e.at[o]
		if ed.preserve {
			b.WriteString(` xml:space="preserve"`)
		}
		if ed.split == nil {
			b.Write(ed.markers)
			continue
		}
		n := ed.split
		b.WriteString("</" + n.tName + "></" + n.run.name + ">")
		b.Write(ed.markers)
		b.WriteString("<" + n.run.name + ">")
		b.Write(n.run.rPr)
		b.WriteString("<" + n.tName + ` xml:space="preserve">`)
	}
	b.Write(e.src[last:])
	return b.Bytes()
}

// rawOffset is the byte offset in raw character data (entities and CR LF
// not decoded) of the rune with index k of the decoded text.
func rawOffset(raw []byte, k int) int {
	i := 0
	for ; k > 0 && i < len(raw); k-- {
		switch raw[i] {
		case '&':
			if j := bytes.IndexByte(raw[i:], ';'); j > 0 {
				i += j + 1
				continue
			}
			i++
		case '\r':
			i++
			if i < len(raw) && raw[i] == '\n' {
				i++
			}
		default:
			_, n := utf8.DecodeRune(raw[i:])
			i += n
		}
	}
	return i
}

// commentMarkup is the markup of comment id around its range.
func rangeStart(prefix string, id int) string {
	return "<" + prefix + `commentRangeStart ` + prefix + `id="` + strconv.Itoa(id) + `"/>`
}

func rangeEnd(prefix string, id int) string {
	s := strconv.Itoa(id)
	return "<" + prefix + `commentRangeEnd ` + prefix + `id="` + s + `"/><` + prefix + `r><` + prefix + `commentReference ` + prefix + `id="` + s + `"/></` + prefix + `r>`
}
