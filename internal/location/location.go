// Package location says where a finding is as the reader of the document
// sees it: in a Word document the heading it is under, the paragraph's
// number in that section and its first words; in text extracted from a
// PDF the page (from the "<!-- sida N -->" markers).
package location

import (
	"regexp"
	"strconv"
	"strings"

	"github.com/tjlint/tjlint/internal/i18n"
	"github.com/tjlint/tjlint/internal/reader/docxcase"
	"github.com/tjlint/tjlint/internal/reader/extract"
)

// Locator returns the location of a line of the document (1-based), or
// the zero Text when there is nothing to add to the line number.
type Locator func(line int) i18n.Text

// For returns the locator for a document of the given format ("docx",
// "text", "markdown"), or nil.
func For(format string, src []byte) Locator {
	switch format {
	case "docx":
		doc, err := docxcase.Parse(src)
		if err != nil {
			return nil
		}
		return Docx(doc)
	case "text", "markdown":
		return Pages(string(src))
	}
	return nil
}

type place struct {
	heading string
	para    int // 1-based within the section; 0 for the heading itself
	table   bool
	first   string
}

// Docx locates lines of a Word document's rendering.
func Docx(doc *docxcase.Document) Locator {
	at := map[int]place{}
	heading, n := "", 0
	for _, b := range doc.Blocks {
		if len(b.Segs) == 0 {
			continue
		}
		line := b.Segs[0].Pos.Line
		if line < 1 || line > len(doc.Lines) || doc.Lines[line-1].Part != docxcase.PartBody {
			continue
		}
		p := place{first: firstWords(b.Text)}
		// A heading is a heading style, or what the extractor takes for
		// one: a known heading or a short all-bold paragraph.
		if b.Kind == extract.Heading || (b.Kind == extract.Paragraph && (b.Bold || extract.IsHeading(strings.TrimSpace(b.Text)))) {
			heading, n = b.Text, 0
			p.heading = heading
		} else {
			n++
			p.heading, p.para, p.table = heading, n, b.Kind == extract.TableRow
		}
		for _, s := range b.Segs {
			if _, ok := at[s.Pos.Line]; !ok {
				at[s.Pos.Line] = p
			}
		}
	}
	return func(line int) i18n.Text {
		if line >= 1 && line <= len(doc.Lines) {
			switch doc.Lines[line-1].Part {
			case docxcase.PartHeader:
				return i18n.T("i sidhuvudet", "in the page header")
			case docxcase.PartFooter:
				return i18n.T("i sidfoten", "in the page footer")
			}
		}
		p, ok := at[line]
		if !ok {
			return i18n.Text{}
		}
		switch {
		case p.para == 0:
			return i18n.T("rubriken ”"+p.heading+"”", "the heading “"+p.heading+"”")
		case p.heading == "":
			return i18n.Sprintf("i början av dokumentet, stycke %d: ”%s”", "at the start of the document, paragraph %d: “%s”", p.para, p.first)
		case p.table:
			return i18n.T("under rubriken ”"+p.heading+"”, i en tabell: ”"+p.first+"”", "under the heading “"+p.heading+"”, in a table: “"+p.first+"”")
		}
		return i18n.Sprintf("under rubriken ”%s”, stycke %d: ”%s”", "under the heading “%s”, paragraph %d: “%s”", p.heading, p.para, p.first)
	}
}

// firstWords is the first four words of s, with " …" when there are more.
func firstWords(s string) string {
	w := strings.Fields(s)
	if len(w) <= 4 {
		return strings.Join(w, " ")
	}
	return strings.Join(w[:4], " ") + " …"
}

var pageMarker = regexp.MustCompile(`^\s*<!--\s*sida\s+(\d+)\s*-->\s*$`)

// Pages locates lines of text by the page markers the PDF extraction
// writes; nil when there are none.
func Pages(src string) Locator {
	var starts []int // starts[i] is the first line of page pages[i]
	var pages []int
	for i, l := range strings.Split(src, "\n") {
		if m := pageMarker.FindStringSubmatch(l); m != nil {
			n, _ := strconv.Atoi(m[1])
			starts, pages = append(starts, i+1), append(pages, n)
		}
	}
	if len(starts) == 0 {
		return nil
	}
	return func(line int) i18n.Text {
		page := 0
		for i, s := range starts {
			if s <= line {
				page = pages[i]
			}
		}
		if page == 0 {
			return i18n.Text{}
		}
		return i18n.Sprintf("sidan %d", "page %d", page)
	}
}
