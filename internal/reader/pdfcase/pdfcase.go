package pdfcase

import (
	"bytes"
	"errors"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/ledongthuc/pdf"

	"github.com/tjlint/tjlint/internal/casemodel"
	"github.com/tjlint/tjlint/internal/i18n"
	"github.com/tjlint/tjlint/internal/reader/extract"
	"github.com/tjlint/tjlint/internal/reader/textcase"
)

// Reader reads a PDF file.
type Reader struct{}

// limits bound the work on one file. The zero value is not valid; use
// defaultLimits.
type limits struct {
	pages       int           // pages read at most
	streamBytes int64         // decoded content bytes per page
	runsPerPage int           // shown strings per page
	formDepth   int           // nested form XObjects
	timeout     time.Duration // time for the whole file
	structNodes int           // structure tree elements visited
}

func defaultLimits() limits {
	return limits{pages: 2000, streamBytes: 32 << 20, runsPerPage: 200000, formDepth: 8, timeout: 20 * time.Second, structNodes: 100000}
}

// Line is one line of the stable text rendering that positions refer to.
type Line struct {
	Page      int    // 1-based
	Text      string // the line as read; "" for a paragraph gap
	Furniture bool   // a page marker, running header, footer or page counter
}

// Document is a read PDF: its text rendering and what it says about
// itself.
type Document struct {
	Lines []Line
	File  FileInfo
}

// Read reads a PDF into a case: the rendering's lines (furniture left out)
// go through the text reader's block rules and the shared extractor, and
// the file's accessibility facts become the case's "file" object.
func (Reader) Read(_ string, src []byte) (*casemodel.Case, error) {
	d, err := Parse(src)
	if err != nil {
		return nil, err
	}
	c, err := extract.Build(textcase.Blocks(d.BlockSource()), extract.Options{Format: "pdf"})
	if err != nil {
		return nil, err
	}
	d.File.addTo(c, d)
	return c, nil
}

// Text returns the rendering as text, one line per Line, as `tjlint
// convert --show-text` prints it.
func (d *Document) Text() string {
	var b strings.Builder
	for _, l := range d.Lines {
		b.WriteString(l.Text)
		b.WriteByte('\n')
	}
	return b.String()
}

// BlockSource is the rendering with furniture lines blanked, so that line
// numbers stay those of the rendering.
func (d *Document) BlockSource() []byte {
	var b bytes.Buffer
	for _, l := range d.Lines {
		if !l.Furniture {
			b.WriteString(l.Text)
		}
		b.WriteByte('\n')
	}
	return b.Bytes()
}

// pageLine returns the rendering's line number (1-based) of page n's
// marker.
func (d *Document) pageLine(n int) int {
	for i, l := range d.Lines {
		if l.Page == n {
			return i + 1
		}
	}
	return 1
}

// Parse reads src within the default limits.
func Parse(src []byte) (*Document, error) {
	return parse(src, defaultLimits())
}

func parse(src []byte, lim limits) (d *Document, err error) {
	defer func() {
		if x := recover(); x != nil {
			d, err = nil, brokenError(fmt.Errorf("%v", x))
		}
	}()
	if !bytes.HasPrefix(src, []byte("%PDF-")) {
		return nil, inputErr(
			"filen är ingen PDF (den börjar inte med %PDF-); är det ett annat filformat med fel filändelse?",
			"the file is not a PDF (it does not start with %PDF-); is it another format with the wrong extension?")
	}
	if len(src) > 8 && src[5] == '2' {
		// The library knows PDF 1.x headers only; 2.0 files read the same.
		src = append([]byte("%PDF-1.7"), src[8:]...)
	}
	r, err := pdf.NewReader(bytes.NewReader(src), int64(len(src)))
	if err != nil {
		if errors.Is(err, pdf.ErrInvalidPassword) || strings.Contains(err.Error(), "encrypt") {
			return nil, encryptedError()
		}
		return nil, brokenError(err)
	}
	pageVals, err := pageList(r.Trailer().Key("Root").Key("Pages"), lim)
	if err != nil {
		return nil, err
	}
	n := len(pageVals)
	if n == 0 {
		return nil, brokenError(errors.New("no pages"))
	}
	deadline := time.Now().Add(lim.timeout)
	pages := make([]page, 0, n)
	for i := 1; i <= n; i++ {
		if time.Now().After(deadline) {
			return nil, limitError(fmt.Sprintf("läsningen tog mer än %d sekunder (vid sida %d)", int(lim.timeout.Seconds()), i),
				fmt.Sprintf("reading took more than %d seconds (at page %d)", int(lim.timeout.Seconds()), i))
		}
		p, err := readPage(pageVals[i-1], &lim, deadline)
		if err != nil {
			return nil, pageError(i, err, lim)
		}
		pages = append(pages, p)
	}
	markFurniture(pages)
	d = &Document{}
	for i := range pages {
		d.Lines = append(d.Lines, Line{Page: i + 1, Text: fmt.Sprintf("<!-- sida %d -->", i+1), Furniture: true})
		var body []*pline
		for j := range pages[i].Lines {
			if !pages[i].Lines[j].Furniture {
				body = append(body, &pages[i].Lines[j])
			}
		}
		joinHyphens(body)
		for j, l := range pages[i].Lines {
			if j == 0 || l.Gap {
				d.Lines = append(d.Lines, Line{Page: i + 1})
			}
			t := strings.ReplaceAll(l.Text, "\u00ad", "")
			if t == "" && !l.Furniture {
				continue // its only word went up to the line before
			}
			d.Lines = append(d.Lines, Line{Page: i + 1, Text: t, Furniture: l.Furniture})
		}
	}
	joinAcrossPages(d)
	d.File = fileInfo(r, pages, &lim)
	return d, nil
}

// pageList walks the page tree. The library's own walk loops forever on a
// page tree that contains itself; this one visits at most a bounded number
// of nodes and levels.
func pageList(root pdf.Value, lim limits) ([]pdf.Page, error) {
	tooMany := func(n int) error {
		return inputErr(
			fmt.Sprintf("PDF-filen har fler än %d sidor; tjlint läser högst %d sidor per fil. Dela upp filen eller kontrollera tjänsteskrivelsen för sig.", n, lim.pages),
			fmt.Sprintf("the PDF has more than %d pages; tjlint reads at most %d pages per file. Split the file or check the case report on its own.", n, lim.pages))
	}
	if c := root.Key("Count").Int64(); c > int64(lim.pages) {
		return nil, tooMany(lim.pages)
	}
	var out []pdf.Page
	budget := 2*lim.pages + 64 // page tree nodes visited
	var walk func(v pdf.Value, depth int) error
	walk = func(v pdf.Value, depth int) error {
		if budget--; budget < 0 || depth > 32 {
			return limitError("sidträdet är cykliskt eller för djupt", "the page tree is cyclic or too deep")
		}
		switch v.Key("Type").Name() {
		case "Page":
			if len(out) >= lim.pages {
				return tooMany(lim.pages)
			}
			out = append(out, pdf.Page{V: v})
			return nil
		case "Pages", "":
			kids := v.Key("Kids")
			for i := 0; i < kids.Len(); i++ {
				if err := walk(kids.Index(i), depth+1); err != nil {
					return err
				}
			}
		}
		return nil
	}
	if err := walk(root, 0); err != nil {
		return nil, err
	}
	return out, nil
}

// joinAcrossPages joins a word hyphenated at the last line of a page with
// the first line of the next.
func joinAcrossPages(d *Document) {
	var body []*pline
	var idx []int
	for i, l := range d.Lines {
		if l.Furniture || l.Text == "" {
			continue
		}
		body = append(body, &pline{Text: l.Text})
		idx = append(idx, i)
	}
	for k := 0; k+1 < len(body); k++ {
		if d.Lines[idx[k]].Page == d.Lines[idx[k+1]].Page {
			continue
		}
		joinHyphens(body[k : k+2])
		d.Lines[idx[k]].Text = body[k].Text
		d.Lines[idx[k+1]].Text = body[k+1].Text
	}
	// a line whose only word went up to the page before is dropped, not
	// left as a paragraph gap
	kept := d.Lines[:0]
	for i, l := range d.Lines {
		if l.Text == "" && !l.Furniture && slices.Contains(idx, i) {
			continue
		}
		kept = append(kept, l)
	}
	d.Lines = kept
}

func readPage(p pdf.Page, lim *limits, deadline time.Time) (page, error) {
	pg := page{Height: 842}
	if mb := inherited(p.V, "MediaBox"); mb.Len() == 4 {
		pg.Height = mb.Index(3).Float64() - mb.Index(1).Float64()
	}
	strm := p.V.Key("Contents")
	if strm.IsNull() {
		return pg, nil
	}
	var pc pageContent
	in := &interp{out: &pc, lim: lim, deadline: deadline}
	if err := in.run(strm, p.Resources(), ident, 0); err != nil {
		return pg, err
	}
	pg.Lines = buildLines(pc.Runs)
	pg.Images = pc.Images
	return pg, nil
}

// inherited looks key up on the page and its parents (MediaBox and
// Resources are inherited), at most 32 levels up.
func inherited(v pdf.Value, key string) pdf.Value {
	for i := 0; i < 32 && v.Kind() == pdf.Dict; i++ {
		if x := v.Key(key); !x.IsNull() {
			return x
		}
		v = v.Key("Parent")
	}
	return pdf.Value{}
}

// inputErr is an error about the file, at its start.
func inputErr(sv, en string) error {
	return &casemodel.InputError{Pos: casemodel.Pos{Line: 1, Column: 1}, Message: i18n.T(sv, en)}
}

func encryptedError() error {
	return inputErr(
		"PDF-filen är lösenordsskyddad (krypterad) och kan inte läsas. Spara en kopia utan skydd: öppna filen med lösenordet och välj Arkiv > Skriv ut > Spara som PDF, eller ta bort lösenordet under Arkiv > Egenskaper > Säkerhet, och kontrollera kopian.",
		"the PDF is password-protected (encrypted) and cannot be read. Save an unprotected copy (open it with the password, then print to PDF or remove the security setting) and check the copy.")
}

func brokenError(err error) error {
	_ = err // the library's words are not the user's
	return inputErr(
		"PDF-filen är trasig och kan inte läsas (filens innehållsförteckning eller ett objekt går inte att tolka). Öppna den i en PDF-läsare och spara om den, eller exportera dokumentet till PDF på nytt.",
		"the PDF is damaged and cannot be read (its cross-reference table or an object cannot be parsed). Open it in a PDF viewer and save it again, or export the document to PDF again.")
}

func limitError(sv, en string) error {
	return inputErr(
		"PDF-filen är för stor eller för komplicerad för att läsas: "+sv+". Exportera dokumentet till PDF på nytt eller kontrollera DOCX-filen.",
		"the PDF is too large or too complex to read: "+en+". Export the document to PDF again or check the DOCX file.")
}

func pageError(n int, err error, lim limits) error {
	switch {
	case errors.Is(err, errStreamTooLarge):
		return limitError(fmt.Sprintf("sida %d packar upp till mer än %d MiB innehåll", n, lim.streamBytes>>20),
			fmt.Sprintf("page %d decompresses to more than %d MiB of content", n, lim.streamBytes>>20))
	case errors.Is(err, errTooDeep):
		return limitError(fmt.Sprintf("sida %d har objekt inbäddade i mer än %d nivåer", n, lim.formDepth),
			fmt.Sprintf("page %d nests objects more than %d levels deep", n, lim.formDepth))
	case errors.Is(err, errTimeout):
		return limitError(fmt.Sprintf("läsningen tog mer än %d sekunder (vid sida %d)", int(lim.timeout.Seconds()), n),
			fmt.Sprintf("reading took more than %d seconds (at page %d)", int(lim.timeout.Seconds()), n))
	case errors.Is(err, errTooMuchText):
		return limitError(fmt.Sprintf("sida %d visar mer än %d textbitar", n, lim.runsPerPage),
			fmt.Sprintf("page %d shows more than %d pieces of text", n, lim.runsPerPage))
	}
	return brokenError(err)
}
