package docxcase

import (
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/tjlint/tjlint/internal/casemodel"
	"github.com/tjlint/tjlint/internal/i18n"
)

// item is one paragraph or one table row of a part, in reading order.
type item struct {
	row bool
	// paragraph
	level   int      // heading level, 0 when not a heading
	list    bool     // w:numPr: a bulleted or numbered item
	bold    bool     // every run with text is bold
	lines   []string // the paragraph's lines: w:br and w:cr start a new one
	hasText bool
	// table row
	cells [][]string // each cell's lines (its paragraphs and line breaks)
}

// para is a paragraph being read.
type para struct {
	style    string
	outline  int // paragraph's own w:outlineLvl, -1 when not set
	numbered int // -1 unset, 0 numId 0, 1 numbered
	lines    []string
	cur      strings.Builder
	hasText  bool
	allBold  bool
}

func (p *para) breakLine() {
	p.lines = append(p.lines, p.cur.String())
	p.cur.Reset()
}

// run is the formatting of the run being read.
type run struct {
	bold   int // -1 unset
	rStyle string
}

type table struct {
	row   [][]string // the row being read
	cell  []string   // the cell being read
	inRow bool
	inTc  bool
}

// parser reads the paragraphs and table rows of one WordprocessingML part
// (document, header or footer).
type parser struct {
	part   string
	st     *styles
	items  []item
	paras  []*para
	tables []*table
	r      run
	inRun  bool
	inPPr  int // depth inside w:pPr (its w:rPr is the paragraph mark's)
	inRPr  bool
	inText bool
	skip   int // depth inside deleted or moved-away text
}

func parsePart(part string, src []byte, st *styles) ([]item, error) {
	p := &parser{part: part, st: st}
	d := xml.NewDecoder(bytes.NewReader(src))
	depth := 0
	for {
		tok, err := d.Token()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return nil, xmlErr(part, d, err)
		}
		switch t := tok.(type) {
		case xml.StartElement:
			depth++
			if depth > MaxDepth {
				return nil, tooDeep(part)
			}
			p.start(t)
		case xml.EndElement:
			depth--
			p.end(t)
		case xml.CharData:
			if p.inText && p.skip == 0 && len(p.paras) > 0 {
				p.text(string(t))
			}
		}
	}
	return p.items, nil
}

func (p *parser) top() *para {
	if len(p.paras) == 0 {
		return nil
	}
	return p.paras[len(p.paras)-1]
}

func (p *parser) start(t xml.StartElement) {
	if t.Name.Space != nsW && t.Name.Space != nsWStrict {
		return
	}
	if p.skip > 0 {
		p.skip++
		return
	}
	switch t.Name.Local {
	case "del", "moveFrom":
		p.skip = 1
	case "p":
		p.paras = append(p.paras, &para{outline: -1, numbered: -1, allBold: true})
	case "pPr":
		p.inPPr++
	case "pStyle":
		if pa := p.top(); pa != nil && p.inPPr > 0 {
			pa.style, _ = attr(t, "val")
		}
	case "outlineLvl":
		if pa := p.top(); pa != nil && p.inPPr > 0 {
			v, _ := attr(t, "val")
			if n, err := atoi(v); err == nil {
				pa.outline = n
			}
		}
	case "numId":
		if pa := p.top(); pa != nil && p.inPPr > 0 {
			v, _ := attr(t, "val")
			pa.numbered = 0
			if v != "" && v != "0" {
				pa.numbered = 1
			}
		}
	case "r":
		p.inRun = true
		p.r = run{bold: -1}
	case "rPr":
		p.inRPr = true
	case "rStyle":
		if p.inRun && p.inRPr && p.inPPr == 0 {
			p.r.rStyle, _ = attr(t, "val")
		}
	case "b":
		if p.inRun && p.inRPr && p.inPPr == 0 {
			p.r.bold = 0
			if onOff(t) {
				p.r.bold = 1
			}
		}
	case "t":
		p.inText = p.inRun
	case "tab":
		if p.inRun && p.inPPr == 0 {
			p.text("\t")
		}
	case "br", "cr":
		if pa := p.top(); pa != nil && p.inRun {
			pa.breakLine()
		}
	case "noBreakHyphen":
		if p.inRun {
			p.text("-")
		}
	case "tbl":
		p.tables = append(p.tables, &table{})
	case "tr":
		if tb := p.table(); tb != nil {
			tb.row, tb.inRow = nil, true
		}
	case "tc":
		if tb := p.table(); tb != nil && tb.inRow {
			tb.cell, tb.inTc = nil, true
		}
	}
}

func (p *parser) end(t xml.EndElement) {
	if t.Name.Space != nsW && t.Name.Space != nsWStrict {
		return
	}
	if p.skip > 0 {
		p.skip--
		return
	}
	switch t.Name.Local {
	case "p":
		p.endPara()
	case "pPr":
		if p.inPPr > 0 {
			p.inPPr--
		}
	case "r":
		p.inRun = false
	case "rPr":
		p.inRPr = false
	case "t":
		p.inText = false
	case "tc":
		if tb := p.table(); tb != nil && tb.inTc {
			tb.row = append(tb.row, tb.cell)
			tb.cell, tb.inTc = nil, false
		}
	case "tr":
		if tb := p.table(); tb != nil && tb.inRow {
			tb.inRow = false
			p.endRow(tb.row)
			tb.row = nil
		}
	case "tbl":
		if len(p.tables) > 0 {
			p.tables = p.tables[:len(p.tables)-1]
		}
	}
}

func (p *parser) table() *table {
	if len(p.tables) == 0 {
		return nil
	}
	return p.tables[len(p.tables)-1]
}

func (p *parser) text(s string) {
	pa := p.top()
	if pa == nil {
		return
	}
	pa.cur.WriteString(s)
	if strings.TrimSpace(s) == "" {
		return
	}
	pa.hasText = true
	if !p.runBold(pa) {
		pa.allBold = false
	}
}

// runBold is the run's own w:b, else its character style's, else the
// paragraph style's.
func (p *parser) runBold(pa *para) bool {
	if p.r.bold >= 0 {
		return p.r.bold == 1
	}
	if p.r.rStyle != "" {
		for _, st := range p.st.chain(p.r.rStyle) {
			if st.bold >= 0 {
				return st.bold == 1
			}
		}
	}
	return p.st.bold(pa.style)
}

func (p *parser) endPara() {
	pa := p.top()
	if pa == nil {
		return
	}
	p.paras = p.paras[:len(p.paras)-1]
	pa.breakLine()
	if tb := p.table(); tb != nil && tb.inTc {
		// A paragraph in a table cell: its lines belong to the cell.
		tb.cell = append(tb.cell, pa.lines...)
		return
	}
	it := item{lines: pa.lines, hasText: pa.hasText, bold: pa.hasText && pa.allBold}
	switch {
	case pa.outline >= 0 && pa.outline <= 8:
		it.level = pa.outline + 1
	case pa.outline < 0:
		it.level = p.st.headingLevel(pa.style)
	}
	switch pa.numbered {
	case 1:
		it.list = true
	case -1:
		it.list = p.st.numbered(pa.style)
	}
	p.items = append(p.items, it)
}

// endRow emits a table row, or, in a table nested in a cell, adds the row's
// text to that cell as one line.
func (p *parser) endRow(cells [][]string) {
	if len(p.tables) >= 2 {
		outer := p.tables[len(p.tables)-2]
		if outer.inTc {
			var parts []string
			for _, c := range cells {
				if s := strings.TrimSpace(strings.Join(c, " ")); s != "" {
					parts = append(parts, s)
				}
			}
			outer.cell = append(outer.cell, strings.Join(parts, " "))
			return
		}
	}
	p.items = append(p.items, item{row: true, cells: cells})
}

func atoi(s string) (int, error) {
	n := 0
	if s == "" || len(s) > 3 {
		return 0, errors.New("not a small number")
	}
	for _, c := range s {
		if c < '0' || c > '9' {
			return 0, errors.New("not a number")
		}
		n = n*10 + int(c-'0')
	}
	return n, nil
}

func xmlErr(part string, d *xml.Decoder, err error) error {
	line, _ := d.InputPos()
	msg := err.Error()
	var se *xml.SyntaxError
	if errors.As(err, &se) {
		msg = se.Msg
		line = se.Line
	}
	// The XML parser's own words are English and technical: the Swedish
	// message says what to do; the English one keeps the detail.
	sv := fmt.Sprintf("Filen går inte att öppna som Word-dokument: delen %s är skadad (rad %d i delen). Spara den som .docx i Word och försök igen.", part, line)
	return &casemodel.InputError{Pos: casemodel.Pos{Line: 1, Column: 1}, Message: i18n.T(sv, fmt.Sprintf("the DOCX file has invalid XML in %s (line %d of the part): %s", part, line, msg)), Err: err}
}

func tooDeep(part string) error {
	return inputErr(fmt.Sprintf("DOCX-filen har för djupt nästlad XML i %s (över %d nivåer)", part, MaxDepth),
		fmt.Sprintf("the DOCX file has too deeply nested XML in %s (over %d levels)", part, MaxDepth), nil)
}
