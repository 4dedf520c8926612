package annotate

import (
	"bytes"
	"encoding/xml"
	"errors"
	"io"
	"strings"
	"unicode/utf8"
)

// The WordprocessingML namespaces, transitional and strict.
const (
	nsW       = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
	nsWStrict = "http://purl.oclc.org/ooxml/wordprocessingml/main"
)

// textNode is the character data of one w:t element, where it sits in the
// paragraph's rendered line and in document.xml.
type textNode struct {
	line  int // the paragraph line it is on (w:br starts a new one)
	col   int // rune offset within that line where it starts
	runes int
	raw   int    // byte offset of the character data in document.xml
	data  []byte // the raw character data (entities not decoded)
	run   *runInfo
	// tagEnd is the offset of the '>' of the w:t start tag; preserve is
	// set when it already has xml:space="preserve".
	tagEnd   int
	preserve bool
	tName    string // the w:t element's qualified name as written
}

// runInfo is the w:r a text node is in.
type runInfo struct {
	name string // qualified name as written ("w:r")
	rPr  []byte // the raw w:rPr, nil when none
}

// paraInfo is one w:p of the body.
type paraInfo struct {
	prefix string // the prefix the document uses for the w namespace
	// contentStart is just after the start tag or its w:pPr; end is the
	// offset of the end tag. Both are 0 for an empty element (<w:p/>).
	contentStart, end int
	lines             []string
	nodes             []textNode
	hasText           bool
}

// cellLine is one non-empty line of a table cell as a row renders it.
type cellLine struct {
	col  int // 1-based column of its first rune in the row's line
	para *paraInfo
	line int // the paragraph line, -1 for a nested table's row
	lead int // runes of leading white space trimmed from the line
}

// rendered is one line of the body as docxcase renders it.
type rendered struct {
	text string
	para *paraInfo // a paragraph's line, or nil for a table row
	line int       // the paragraph line
	row  []cellLine
}

// walker mirrors docxcase's parser over word/document.xml, keeping the
// byte offsets that the reader does not need.
type walker struct {
	src    []byte
	lines  []rendered
	paras  []*walkPara
	tables []*walkTable
	run    *runInfo
	rPrAt  int
	inRun  bool
	inPPr  int
	inRPr  bool
	inText bool
	tNode  *textNode
	skip   int
}

type walkPara struct {
	info *paraInfo
	cur  strings.Builder
}

type cellSrc struct {
	text string
	para *paraInfo
	line int
}

type walkTable struct {
	row   [][]cellSrc
	cell  []cellSrc
	inRow bool
	inTc  bool
}

// walk renders the body of document.xml as docxcase does, keeping offsets.
func walk(src []byte) ([]rendered, error) {
	w := &walker{src: src}
	d := xml.NewDecoder(bytes.NewReader(src))
	for {
		at := int(d.InputOffset())
		tok, err := d.Token()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return nil, err
		}
		end := int(d.InputOffset())
		switch t := tok.(type) {
		case xml.StartElement:
			w.start(t, at, end)
		case xml.EndElement:
			w.end(t, at, end)
		case xml.CharData:
			if w.inText && w.skip == 0 && len(w.paras) > 0 {
				w.text(string(t), at, end)
			}
		}
	}
	if len(w.lines) == 0 {
		return nil, errors.New("no paragraphs")
	}
	return w.lines, nil
}

func (w *walker) top() *walkPara {
	if len(w.paras) == 0 {
		return nil
	}
	return w.paras[len(w.paras)-1]
}

func (w *walker) table() *walkTable {
	if len(w.tables) == 0 {
		return nil
	}
	return w.tables[len(w.tables)-1]
}

// qname is the element's name as written in the source.
func (w *walker) qname(at int) string {
	s := w.src[at+1:]
	i := bytes.IndexAny(s, " \t\r\n/>")
	if i < 0 {
		return ""
	}
	return string(s[:i])
}

func selfClosing(src []byte, end int) bool { return end >= 2 && src[end-2] == '/' }

func (w *walker) start(t xml.StartElement, at, end int) {
	if t.Name.Space != nsW && t.Name.Space != nsWStrict {
		return
	}
	if w.skip > 0 {
		w.skip++
		return
	}
	switch t.Name.Local {
	case "del", "moveFrom":
		w.skip = 1
	case "p":
		q := w.qname(at)
		prefix := ""
		if i := strings.IndexByte(q, ':'); i >= 0 {
			prefix = q[:i+1]
		}
		info := &paraInfo{prefix: prefix}
		if !selfClosing(w.src, end) {
			info.contentStart = end
		}
		w.paras = append(w.paras, &walkPara{info: info})
	case "pPr":
		w.inPPr++
	case "r":
		w.inRun = true
		w.run = &runInfo{name: w.qname(at)}
	case "rPr":
		w.inRPr = true
		w.rPrAt = at
		if w.inRun && w.inPPr == 0 && selfClosing(w.src, end) {
			w.run.rPr = w.src[at:end]
		}
	case "t":
		w.inText = w.inRun
		if w.inText && w.skip == 0 && !selfClosing(w.src, end) {
			preserve := false
			for _, a := range t.Attr {
				if a.Name.Local == "space" && a.Value == "preserve" {
					preserve = true
				}
			}
			w.tNode = &textNode{run: w.run, tagEnd: end - 1, preserve: preserve, tName: w.qname(at)}
		}
	case "tab":
		if w.inRun && w.inPPr == 0 {
			w.plain("\t")
		}
	case "br", "cr":
		if pa := w.top(); pa != nil && w.inRun {
			w.breakLine(pa)
		}
	case "noBreakHyphen":
		if w.inRun {
			w.plain("-")
		}
	case "tbl":
		w.tables = append(w.tables, &walkTable{})
	case "tr":
		if tb := w.table(); tb != nil {
			tb.row, tb.inRow = nil, true
		}
	case "tc":
		if tb := w.table(); tb != nil && tb.inRow {
			tb.cell, tb.inTc = nil, true
		}
	}
}

func (w *walker) end(t xml.EndElement, at, end int) {
	if t.Name.Space != nsW && t.Name.Space != nsWStrict {
		return
	}
	if w.skip > 0 {
		w.skip--
		return
	}
	switch t.Name.Local {
	case "p":
		w.endPara(at)
	case "pPr":
		if w.inPPr > 0 {
			w.inPPr--
			if pa := w.top(); pa != nil && pa.info.contentStart != 0 && w.inPPr == 0 {
				pa.info.contentStart = end
			}
		}
	case "r":
		w.inRun = false
	case "rPr":
		w.inRPr = false
		if w.inRun && w.inPPr == 0 && w.run != nil {
			w.run.rPr = w.src[w.rPrAt:end]
		}
	case "t":
		w.inText = false
		w.tNode = nil
	case "tc":
		if tb := w.table(); tb != nil && tb.inTc {
			tb.row = append(tb.row, tb.cell)
			tb.cell, tb.inTc = nil, false
		}
	case "tr":
		if tb := w.table(); tb != nil && tb.inRow {
			tb.inRow = false
			w.endRow(tb.row)
			tb.row = nil
		}
	case "tbl":
		if len(w.tables) > 0 {
			w.tables = w.tables[:len(w.tables)-1]
		}
	}
}

func (w *walker) breakLine(pa *walkPara) {
	pa.info.lines = append(pa.info.lines, pa.cur.String())
	pa.cur.Reset()
}

// plain adds text that is not a w:t's character data (a tab).
func (w *walker) plain(s string) {
	if pa := w.top(); pa != nil {
		pa.cur.WriteString(s)
	}
}

func (w *walker) text(s string, at, end int) {
	pa := w.top()
	if pa == nil {
		return
	}
	if w.tNode != nil && w.tNode.run != nil {
		n := *w.tNode
		n.line = len(pa.info.lines)
		n.col = utf8.RuneCountInString(pa.cur.String())
		n.runes = utf8.RuneCountInString(s)
		n.raw = at
		n.data = w.src[at:end]
		pa.info.nodes = append(pa.info.nodes, n)
	}
	pa.cur.WriteString(s)
	if strings.TrimSpace(s) != "" {
		pa.info.hasText = true
	}
}

func (w *walker) endPara(at int) {
	pa := w.top()
	if pa == nil {
		return
	}
	w.paras = w.paras[:len(w.paras)-1]
	w.breakLine(pa)
	if pa.info.contentStart != 0 {
		pa.info.end = at
	}
	if tb := w.table(); tb != nil && tb.inTc {
		for i, ln := range pa.info.lines {
			tb.cell = append(tb.cell, cellSrc{text: ln, para: pa.info, line: i})
		}
		return
	}
	for i, ln := range pa.info.lines {
		w.lines = append(w.lines, rendered{text: ln, para: pa.info, line: i})
	}
}

func (w *walker) endRow(cells [][]cellSrc) {
	if len(w.tables) >= 2 {
		outer := w.tables[len(w.tables)-2]
		if outer.inTc {
			var parts []string
			for _, c := range cells {
				var texts []string
				for _, l := range c {
					texts = append(texts, l.text)
				}
				if s := strings.TrimSpace(strings.Join(texts, " ")); s != "" {
					parts = append(parts, s)
				}
			}
			outer.cell = append(outer.cell, cellSrc{text: strings.Join(parts, " "), line: -1})
			return
		}
	}
	var b strings.Builder
	var row []cellLine
	col := 1
	for ci, cell := range cells {
		if ci > 0 {
			b.WriteString(" | ")
			col += 3
		}
		first := true
		for _, ln := range cell {
			t := strings.TrimSpace(ln.text)
			if t == "" {
				continue
			}
			if !first {
				b.WriteString(" / ")
				col += 3
			}
			first = false
			lead := utf8.RuneCountInString(ln.text[:strings.Index(ln.text, t[:1])]) //nolint:gocritic // offBy1: t is cut from ln.text, so its first byte is there
			row = append(row, cellLine{col: col, para: ln.para, line: ln.line, lead: lead})
			b.WriteString(t)
			col += utf8.RuneCountInString(t)
		}
	}
	w.lines = append(w.lines, rendered{text: b.String(), row: row})
}
