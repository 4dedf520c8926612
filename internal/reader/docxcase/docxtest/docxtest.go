// Package docxtest writes small .docx files for tests and fuzz seeds: the
// parts Word writes that tjlint reads (document, styles, headers, footers),
// with paragraphs, runs, styles, list numbering and tables.
package docxtest

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"fmt"
	"strings"
)

// Style is a paragraph style in word/styles.xml.
type Style struct {
	ID, Name, BasedOn string
	// OutlineLvl is w:outlineLvl (0 = level 1), written when HasOutline.
	OutlineLvl int
	HasOutline bool
	Bold       bool
}

// Run is a piece of a paragraph with one formatting. In Text, "\n" is a
// manual line break (w:br) and "\t" a tab (w:tab).
type Run struct {
	Text string
	Bold bool
}

// P is a paragraph. Text is a shorthand for one run.
type P struct {
	Style string
	Text  string
	Bold  bool
	Runs  []Run
	// NumID > 0 makes the paragraph a list item (w:numPr).
	NumID int
}

// Table is a table; each cell's "\n" separates paragraphs in the cell.
type Table struct {
	Rows [][]string
}

// Doc is a document: body, headers and footers hold P or Table values.
type Doc struct {
	Styles  []Style
	Headers [][]any
	Footers [][]any
	Body    []any
}

const ns = `xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"`

// Bytes writes the .docx.
func (d Doc) Bytes() []byte {
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	put := func(name, content string) {
		w, err := zw.Create(name)
		if err != nil {
			panic(err)
		}
		if _, err := w.Write([]byte(content)); err != nil {
			panic(err)
		}
	}
	put("[Content_Types].xml", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>`+
		`<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">`+
		`<Default Extension="xml" ContentType="application/xml"/>`+
		`<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>`+
		`</Types>`)
	put("word/document.xml", Part("document", d.Body))
	if len(d.Styles) > 0 {
		put("word/styles.xml", StylesXML(d.Styles))
	}
	for i, h := range d.Headers {
		put(fmt.Sprintf("word/header%d.xml", i+1), Part("hdr", h))
	}
	for i, f := range d.Footers {
		put(fmt.Sprintf("word/footer%d.xml", i+1), Part("ftr", f))
	}
	if err := zw.Close(); err != nil {
		panic(err)
	}
	return buf.Bytes()
}

// Part renders a document (root "document", with w:body), header ("hdr") or
// footer ("ftr") part.
func Part(root string, elems []any) string {
	var b strings.Builder
	b.WriteString(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>`)
	fmt.Fprintf(&b, `<w:%s %s>`, root, ns)
	if root == "document" {
		b.WriteString(`<w:body>`)
	}
	for _, e := range elems {
		writeElem(&b, e)
	}
	if root == "document" {
		b.WriteString(`<w:sectPr/></w:body>`)
	}
	fmt.Fprintf(&b, `</w:%s>`, root)
	return b.String()
}

func writeElem(b *strings.Builder, e any) {
	switch e := e.(type) {
	case P:
		writeP(b, e)
	case Table:
		b.WriteString(`<w:tbl><w:tblPr/>`)
		for _, row := range e.Rows {
			b.WriteString(`<w:tr>`)
			for _, cell := range row {
				b.WriteString(`<w:tc><w:tcPr/>`)
				for _, line := range strings.Split(cell, "\n") {
					writeP(b, P{Text: line})
				}
				b.WriteString(`</w:tc>`)
			}
			b.WriteString(`</w:tr>`)
		}
		b.WriteString(`</w:tbl>`)
	default:
		panic(fmt.Sprintf("docxtest: unknown element %T", e))
	}
}

func writeP(b *strings.Builder, p P) {
	b.WriteString(`<w:p>`)
	if p.Style != "" || p.NumID > 0 {
		b.WriteString(`<w:pPr>`)
		if p.Style != "" {
			fmt.Fprintf(b, `<w:pStyle w:val="%s"/>`, esc(p.Style))
		}
		if p.NumID > 0 {
			fmt.Fprintf(b, `<w:numPr><w:ilvl w:val="0"/><w:numId w:val="%d"/></w:numPr>`, p.NumID)
		}
		b.WriteString(`</w:pPr>`)
	}
	runs := p.Runs
	if runs == nil && p.Text != "" {
		runs = []Run{{Text: p.Text, Bold: p.Bold}}
	}
	for _, r := range runs {
		b.WriteString(`<w:r>`)
		if r.Bold {
			b.WriteString(`<w:rPr><w:b/></w:rPr>`)
		}
		for i, line := range strings.Split(r.Text, "\n") {
			if i > 0 {
				b.WriteString(`<w:br/>`)
			}
			for j, piece := range strings.Split(line, "\t") {
				if j > 0 {
					b.WriteString(`<w:tab/>`)
				}
				if piece != "" {
					fmt.Fprintf(b, `<w:t xml:space="preserve">%s</w:t>`, esc(piece))
				}
			}
		}
		b.WriteString(`</w:r>`)
	}
	b.WriteString(`</w:p>`)
}

// StylesXML renders word/styles.xml.
func StylesXML(styles []Style) string {
	var b strings.Builder
	b.WriteString(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>`)
	fmt.Fprintf(&b, `<w:styles %s>`, ns)
	for _, s := range styles {
		fmt.Fprintf(&b, `<w:style w:type="paragraph" w:styleId="%s">`, esc(s.ID))
		if s.Name != "" {
			fmt.Fprintf(&b, `<w:name w:val="%s"/>`, esc(s.Name))
		}
		if s.BasedOn != "" {
			fmt.Fprintf(&b, `<w:basedOn w:val="%s"/>`, esc(s.BasedOn))
		}
		if s.HasOutline {
			fmt.Fprintf(&b, `<w:pPr><w:outlineLvl w:val="%d"/></w:pPr>`, s.OutlineLvl)
		}
		if s.Bold {
			b.WriteString(`<w:rPr><w:b/></w:rPr>`)
		}
		b.WriteString(`</w:style>`)
	}
	b.WriteString(`</w:styles>`)
	return b.String()
}

func esc(s string) string {
	var b strings.Builder
	if err := xml.EscapeText(&b, []byte(s)); err != nil {
		panic(err)
	}
	return b.String()
}

// Zip writes a zip archive with the given entries in order, for hostile
// containers (no document, odd names, many entries).
func Zip(entries map[string][]byte, order []string) []byte {
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for _, name := range order {
		w, err := zw.Create(name)
		if err != nil {
			panic(err)
		}
		if _, err := w.Write(entries[name]); err != nil {
			panic(err)
		}
	}
	if err := zw.Close(); err != nil {
		panic(err)
	}
	return buf.Bytes()
}
