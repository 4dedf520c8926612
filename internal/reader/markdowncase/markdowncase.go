// Package markdowncase reads a case written in Markdown: optional YAML front
// matter with the case model's keys, then a body whose headings, paragraphs,
// lists and tables become extract blocks. The body is parsed with goldmark,
// and every block keeps the line and column of the .md file it came from.
//
// Front matter wins: a key given there replaces what was extracted from the
// body, with the front matter's position. Inline comments
// <!-- tjlint-disable RULE reason="..." until=YYYY-MM-DD --> are kept out of
// the text and exposed as tjlint.ignore entries.
package markdowncase

import (
	"bytes"
	"encoding/json"
	"errors"
	"html"
	"regexp"
	"strings"
	"sync"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/extension"
	extast "github.com/yuin/goldmark/extension/ast"
	"github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/text"

	"github.com/tjlint/tjlint/internal/casemodel"
	"github.com/tjlint/tjlint/internal/reader/extract"
	"github.com/tjlint/tjlint/internal/reader/inline"
	"github.com/tjlint/tjlint/internal/reader/textcase"
	"github.com/tjlint/tjlint/internal/reader/yamlcase"
	"github.com/tjlint/tjlint/schemas"
)

// MaxNesting bounds how deep the block walk descends (lists in quotes in
// lists ...), so that a hostile file cannot exhaust the stack.
const MaxNesting = 64

// Reader decodes Markdown cases.
type Reader struct{}

// Read parses src (a .md file) into a case.
func (Reader) Read(_ string, src []byte) (*casemodel.Case, error) {
	if err := casemodel.CheckUTF8(src, 0); err != nil {
		return nil, err
	}
	if err := casemodel.CheckLines(src, 0); err != nil {
		return nil, err
	}
	doc, err := Parse(src)
	if err != nil {
		return nil, err
	}
	if n := extract.DocLabels(doc.Blocks); n >= 2 && doc.Front != nil && foreignKeys(doc.Front) {
		// front matter that describes a packet (kommun, organ, typ …)
		// over two tjänsteskrivelser or more
		return nil, extract.PacketError(n)
	}
	body, berr := extract.Build(doc.Blocks, extract.Options{Format: "markdown"})
	var nc *casemodel.NotACaseError
	switch {
	case berr == nil:
	case extract.IsPacket(berr):
		// A meeting packet's front matter describes the packet (kommun,
		// organ, datum …), not a case: it is not read as case-model keys.
		return nil, berr
	case errors.As(berr, &nc) && doc.Front != nil:
		// The body alone is not a case, but the front matter may make it one.
		body = casemodel.New("markdown")
	default:
		return nil, berr
	}
	body.Format = "markdown"
	if doc.Front != nil {
		merge(body, doc.Front)
	}
	inline.Add(body, doc.Ignores)
	return body, nil
}

// Document is a Markdown file split into what the extractor needs.
type Document struct {
	// Front is the decoded front matter, nil when there is none.
	Front *casemodel.Case
	// Blocks are the body's blocks in reading order.
	Blocks []extract.Block
	// Ignores are the tjlint-disable comments found in the body.
	Ignores []inline.Ignore
}

// Parse splits src into front matter and body blocks without extracting the
// case. src must be valid UTF-8.
func Parse(src []byte) (*Document, error) {
	d := &Document{}
	bodyStart := 0
	if fm, fmLine, end, ok := splitFrontMatter(src); ok {
		bodyStart = end
		if len(bytes.TrimSpace(fm)) > 0 {
			c, err := yamlcase.Decode(fm, fmLine-1)
			if err != nil {
				return nil, err
			}
			d.Front = c
		}
	}
	if err := prescan(src[bodyStart:], bytes.Count(src[:bodyStart], []byte("\n"))+1); err != nil {
		return nil, err
	}
	lines := casemodel.NewLineIndex(src)
	w := &walker{src: src, body: src[bodyStart:], base: bodyStart, lines: lines, cur: lines.NewCursor(), doc: d}
	md := goldmark.New(goldmark.WithExtensions(extension.Table))
	root := md.Parser().Parse(text.NewReader(w.body), parser.WithContext(parser.NewContext()))
	w.blocks(root, 0)
	if pdfText(src[bodyStart:]) {
		// Text extracted from a PDF and saved as Markdown (page markers
		// "<!-- sida N -->", hard-wrapped lines, page furniture): its
		// blocks are read as the text reader reads them, so that the
		// same document as .txt and as .md gives the same case. The
		// front matter is blanked, not removed, to keep the line numbers.
		body := bytes.Clone(src)
		for i := 0; i < bodyStart; i++ {
			if body[i] != '\n' {
				body[i] = ' '
			}
		}
		d.Blocks = textcase.Blocks(body)
	}
	return d, nil
}

// pdfText reports whether a Markdown body is text extracted from a PDF:
// it has page markers of its own lines ("<!-- sida 2 -->").
func pdfText(body []byte) bool {
	for _, l := range bytes.Split(body, []byte("\n")) {
		if pageMarkRE().Match(bytes.TrimSpace(l)) {
			return true
		}
	}
	return false
}

var pageMarkRE = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`^<!--\s*sida\s+\d+\s*-->$`) })

// splitFrontMatter finds a leading "---" ... "---" (or "...") block. It
// returns the YAML between the fences, the 1-based line where the YAML
// starts, and the byte offset where the body starts.
func splitFrontMatter(src []byte) (fm []byte, firstLine, bodyStart int, ok bool) {
	src0 := bytes.TrimPrefix(src, []byte("\ufeff"))
	bom := len(src) - len(src0)
	first, rest, found := bytes.Cut(src0, []byte("\n"))
	if !found || strings.TrimRight(string(first), " \t\r") != "---" {
		return nil, 0, 0, false
	}
	off := bom + len(first) + 1
	start := off
	for len(rest) > 0 {
		line, next, hasNL := bytes.Cut(rest, []byte("\n"))
		t := strings.TrimRight(string(line), " \t\r")
		lineLen := len(line)
		if hasNL {
			lineLen++
		}
		if t == "---" || t == "..." {
			return src[start:off], 2, off + lineLen, true
		}
		off += lineLen
		rest = next
	}
	return nil, 0, 0, false
}

type walker struct {
	src   []byte // the whole file
	body  []byte // what goldmark parsed
	base  int    // offset of body in src
	lines *casemodel.LineIndex
	// cur converts the offsets, mostly increasing, in time proportional to
	// the distance moved (not the line's length: a wide table row).
	cur *casemodel.Cursor
	doc *Document
	// headingSeen is set at the first heading.
	headingSeen bool
}

func (w *walker) pos(bodyOff int) casemodel.Pos { return w.cur.Pos(w.base + bodyOff) }

// blocks walks the block-level children of n.
func (w *walker) blocks(n ast.Node, depth int) {
	if depth > MaxNesting {
		return
	}
	for c := n.FirstChild(); c != nil; c = c.NextSibling() {
		switch c := c.(type) {
		case *ast.Heading:
			if b, ok := w.inline(c, extract.Heading); ok {
				b.Level = c.Level
				w.add(b)
			}
		case *ast.Paragraph, *ast.TextBlock:
			if b, ok := w.inline(c, extract.Paragraph); ok {
				b.Bold = allStrong(c)
				w.add(b)
			}
		case *ast.List:
			for item := c.FirstChild(); item != nil; item = item.NextSibling() {
				w.listItem(item, depth+1)
			}
		case *ast.Blockquote:
			w.blocks(c, depth+1)
		case *ast.HTMLBlock:
			w.htmlBlock(c)
		case *ast.FencedCodeBlock, *ast.CodeBlock:
			w.code(c)
		case *extast.Table:
			for row := c.FirstChild(); row != nil; row = row.NextSibling() {
				w.tableRow(row)
			}
		default:
			// Thematic breaks, link reference definitions: no text.
		}
	}
}

// listItem emits the item's own text as one ListItem block and any nested
// lists after it.
func (w *walker) listItem(item ast.Node, depth int) {
	if depth > MaxNesting {
		return
	}
	var merged extract.Block
	merged.Kind = extract.ListItem
	has := false
	var nested []ast.Node
	for c := item.FirstChild(); c != nil; c = c.NextSibling() {
		switch c.(type) {
		case *ast.Paragraph, *ast.TextBlock, *ast.Heading:
			b, ok := w.inline(c, extract.ListItem)
			if !ok {
				continue
			}
			if has {
				appendBlock(&merged, b)
			} else {
				merged, has = b, true
			}
		default:
			nested = append(nested, c)
		}
	}
	if has {
		w.add(merged)
	}
	for _, c := range nested {
		if l, ok := c.(*ast.List); ok {
			for it := l.FirstChild(); it != nil; it = it.NextSibling() {
				w.listItem(it, depth+1)
			}
			continue
		}
		w.blockOne(c, depth+1)
	}
}

// blockOne walks one block node that is not a paragraph or a list.
func (w *walker) blockOne(n ast.Node, depth int) {
	switch n := n.(type) {
	case *ast.Blockquote:
		w.blocks(n, depth)
	case *ast.HTMLBlock:
		w.htmlBlock(n)
	case *ast.FencedCodeBlock, *ast.CodeBlock:
		w.code(n)
	case *extast.Table:
		for row := n.FirstChild(); row != nil; row = row.NextSibling() {
			w.tableRow(row)
		}
	}
}

func appendBlock(dst *extract.Block, b extract.Block) {
	off := len(dst.Text) + 1
	dst.Text += " " + b.Text
	for _, s := range b.Segs {
		s.Offset += off
		dst.Segs = append(dst.Segs, s)
	}
}

func (w *walker) add(b extract.Block) {
	if strings.TrimSpace(b.Text) == "" {
		return
	}
	if b.Kind == extract.Heading {
		if !w.headingSeen && b.Level == 1 {
			// The first heading, a "# ..." one, is the document's title
			// (ärendemening), not a section: pass it on as a plain line
			// for the header reader, as in text. A known section heading
			// is still recognised from its words.
			b.Kind, b.Level = extract.Paragraph, 0
		}
		w.headingSeen = true
	}
	w.doc.Blocks = append(w.doc.Blocks, b)
}

// lineText collects the plain text of one block's inlines: one segment per
// source line, anchored where the line's first text starts.
type lineText struct {
	w       *walker
	b       strings.Builder
	segs    []extract.Seg
	newLine bool // the next text starts a new source line
}

func (lt *lineText) write(s string, bodyOff int) {
	if s == "" {
		return
	}
	if lt.newLine || len(lt.segs) == 0 {
		if lt.b.Len() > 0 && !strings.HasSuffix(lt.b.String(), " ") {
			lt.b.WriteByte(' ')
		}
		lt.segs = append(lt.segs, extract.Seg{Offset: lt.b.Len(), Pos: lt.w.pos(bodyOff)})
		lt.newLine = false
	}
	lt.b.WriteString(s)
}

// inline turns a block node's inline children into a block of kind k.
func (w *walker) inline(n ast.Node, k extract.Kind) (extract.Block, bool) {
	lt := &lineText{w: w}
	w.inlines(n, lt, 0)
	t := lt.b.String()
	trimmed := strings.TrimRight(t, " \t")
	lead := len(trimmed) - len(strings.TrimLeft(trimmed, " \t"))
	if strings.TrimSpace(trimmed) == "" {
		return extract.Block{}, false
	}
	b := extract.Block{Kind: k, Text: trimmed[lead:]}
	for _, s := range lt.segs {
		o := s.Offset - lead
		if o < 0 {
			o = 0
		}
		if o > len(b.Text) {
			break
		}
		b.Segs = append(b.Segs, extract.Seg{Offset: o, Pos: s.Pos})
	}
	return b, true
}

func (w *walker) inlines(n ast.Node, lt *lineText, depth int) {
	if depth > MaxNesting {
		return
	}
	for c := n.FirstChild(); c != nil; c = c.NextSibling() {
		switch c := c.(type) {
		case *ast.Text:
			seg := c.Segment
			s := string(seg.Value(w.body))
			if !c.IsRaw() {
				s = unescape(s)
			}
			w.writeText(lt, s, seg.Start)
			if c.SoftLineBreak() || c.HardLineBreak() {
				lt.newLine = true
			}
		case *ast.String:
			lt.write(string(c.Value), w.nodeStart(c))
		case *ast.AutoLink:
			lt.write(string(c.Label(w.body)), w.nodeStart(c))
		case *ast.RawHTML:
			w.rawHTML(c)
		default:
			// Emphasis, links, code spans, images: their text is in the
			// children.
			w.inlines(c, lt, depth+1)
		}
	}
}

// writeText writes s, which starts at body offset start, skipping leading
// blanks so the segment points at the first visible character.
func (w *walker) writeText(lt *lineText, s string, start int) {
	if lt.newLine || len(lt.segs) == 0 {
		trimmed := strings.TrimLeft(s, " \t")
		start += len(s) - len(trimmed)
		s = trimmed
	}
	lt.write(s, start)
}

// nodeStart is the body offset of an inline node's first text, or of its
// parent block when it has none.
func (w *walker) nodeStart(n ast.Node) int {
	for p := n; p != nil; p = p.Parent() {
		if t, ok := p.(*ast.Text); ok {
			return t.Segment.Start
		}
		if p.Type() == ast.TypeBlock && p.Lines().Len() > 0 {
			return p.Lines().At(0).Start
		}
		if prev := p.PreviousSibling(); prev != nil {
			if t, ok := prev.(*ast.Text); ok {
				return t.Segment.Stop
			}
		}
	}
	return 0
}

func unescape(s string) string {
	if strings.ContainsRune(s, '&') {
		s = html.UnescapeString(s)
	}
	if !strings.ContainsRune(s, '\\') {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if s[i] == '\\' && i+1 < len(s) && isASCIIPunct(s[i+1]) {
			i++
		}
		b.WriteByte(s[i])
	}
	return b.String()
}

func isASCIIPunct(c byte) bool {
	return strings.IndexByte("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~", c) >= 0
}

// allStrong reports whether a paragraph is one strong emphasis (**...**):
// the Markdown form of a bold line used as a heading.
func allStrong(n ast.Node) bool {
	c := n.FirstChild()
	if c == nil || c.NextSibling() != nil {
		return false
	}
	e, ok := c.(*ast.Emphasis)
	return ok && e.Level == 2
}

func (w *walker) code(n ast.Node) {
	lines := n.Lines()
	for i := 0; i < lines.Len(); i++ {
		seg := lines.At(i)
		s := strings.TrimRight(string(seg.Value(w.body)), "\r\n")
		trimmed := strings.TrimLeft(s, " \t")
		if strings.TrimSpace(trimmed) == "" {
			continue
		}
		off := seg.Start + len(s) - len(trimmed)
		w.add(extract.Block{Kind: extract.Paragraph, Text: strings.TrimRight(trimmed, " \t"),
			Segs: []extract.Seg{{Offset: 0, Pos: w.pos(off)}}})
	}
}

func (w *walker) tableRow(row ast.Node) {
	b := extract.Block{Kind: extract.TableRow}
	var text strings.Builder // not += per cell: linear in the row's width
	for cell := row.FirstChild(); cell != nil; cell = cell.NextSibling() {
		cb, ok := w.inline(cell, extract.Paragraph)
		txt := ""
		if ok {
			txt = cb.Text
		}
		if len(b.Cells) > 0 {
			text.WriteByte('\t')
		}
		off := text.Len()
		b.Cells = append(b.Cells, txt)
		text.WriteString(txt)
		for _, s := range cb.Segs {
			s.Offset += off
			b.Segs = append(b.Segs, s)
		}
	}
	b.Text = text.String()
	if len(b.Segs) == 0 && row.Lines().Len() > 0 {
		b.Segs = []extract.Seg{{Pos: w.pos(row.Lines().At(0).Start)}}
	}
	w.add(b)
}

func (w *walker) htmlBlock(n *ast.HTMLBlock) {
	lines := n.Lines()
	var raw []byte
	start := -1
	for i := 0; i < lines.Len(); i++ {
		seg := lines.At(i)
		if start < 0 {
			start = seg.Start
		}
		raw = append(raw, seg.Value(w.body)...)
	}
	if n.HasClosure() {
		if start < 0 {
			start = n.ClosureLine.Start
		}
		raw = append(raw, n.ClosureLine.Value(w.body)...)
	}
	if start >= 0 {
		w.comments(raw, start)
	}
}

func (w *walker) rawHTML(n *ast.RawHTML) {
	var raw []byte
	start := -1
	for i := 0; i < n.Segments.Len(); i++ {
		seg := n.Segments.At(i)
		if start < 0 {
			start = seg.Start
		}
		raw = append(raw, seg.Value(w.body)...)
	}
	if start >= 0 {
		w.comments(raw, start)
	}
}

// comments records the tjlint-disable comments in raw HTML that starts at
// body offset start.
func (w *walker) comments(raw []byte, start int) {
	for _, c := range inline.Comments(raw) {
		c.Ignore.Pos = w.pos(start + c.Start)
		w.doc.Ignores = append(w.doc.Ignores, c.Ignore)
	}
}

// merge lays the front matter over the extracted case: every top-level key
// of front replaces the body's, with all the positions under it.
func merge(c, front *casemodel.Case) {
	for k, v := range front.Value {
		ptr := casemodel.Pointer(k)
		dropPositions(c, ptr)
		c.Value[k] = v
	}
	for p, pos := range front.Positions {
		if p == "" {
			continue
		}
		c.Positions[p] = pos
	}
	for p, pos := range front.KeyPositions {
		c.KeyPositions[p] = pos
	}
	// The strings of the front matter are located in its YAML.
	c.SpanFunc = front.SpanFunc
}

func dropPositions(c *casemodel.Case, ptr string) {
	for p := range c.Positions {
		if p == ptr || strings.HasPrefix(p, ptr+"/") {
			delete(c.Positions, p)
		}
	}
	for p := range c.KeyPositions {
		if p == ptr || strings.HasPrefix(p, ptr+"/") {
			delete(c.KeyPositions, p)
		}
	}
	for p := range c.Spans {
		if p == ptr || strings.HasPrefix(p, ptr+"/") {
			delete(c.Spans, p)
		}
	}
}

// caseKeys are the top-level keys of the case model, from its schema.
var caseKeys = sync.OnceValue(func() map[string]bool {
	var sch struct {
		Properties map[string]json.RawMessage `json:"properties"`
	}
	keys := map[string]bool{}
	if err := json.Unmarshal(schemas.Case, &sch); err == nil {
		for k := range sch.Properties {
			keys[k] = true
		}
	}
	return keys
})

// foreignKeys reports whether the front matter has a top-level key that is
// not a key of the case model.
func foreignKeys(front *casemodel.Case) bool {
	known := caseKeys()
	if len(known) == 0 {
		return false
	}
	for k := range front.Value {
		if !known[k] {
			return true
		}
	}
	return false
}
