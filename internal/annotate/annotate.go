package annotate

import (
	"archive/zip"
	"bytes"
	"errors"
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/tjlint/tjlint/internal/casemodel"
	"github.com/tjlint/tjlint/internal/finding"
	"github.com/tjlint/tjlint/internal/i18n"
	"github.com/tjlint/tjlint/internal/reader/docxcase"
)

// Author is the author of every comment tjlint writes.
const Author = "tjlint"

// Comment is one comment as written: its text and the words it is on.
type Comment struct {
	ID int
	// Anchor is the text the comment is on, as the rendering shows it.
	Anchor string
	// Text is the comment's paragraphs.
	Text []string
}

// Result is the annotated copy and what was put in it.
type Result struct {
	Docx     []byte
	Comments []Comment
}

// Options configure Annotate.
type Options struct {
	// Lang is the language of the comments: "sv" (default) or "en".
	Lang string
	// Date is written as each comment's date; zero writes none.
	Date time.Time
}

// Annotate returns a copy of the .docx src with one Word comment per
// finding, anchored on the finding's words or on the paragraph it is
// about, and a summary comment on the title. cs is the case tjlint read
// from src (nil when unknown); it places findings about something missing
// where the section belongs. Every part other than word/document.xml,
// word/comments.xml, the document's relationships and [Content_Types].xml
// is copied byte for byte.
func Annotate(src []byte, cs *casemodel.Case, fs []finding.Finding, opts Options) (*Result, error) {
	lang := opts.Lang
	doc, err := docxcase.Parse(src)
	if err != nil {
		return nil, err
	}
	zr, err := zip.NewReader(bytes.NewReader(src), int64(len(src)))
	if err != nil {
		return nil, err
	}
	parts := map[string]*zip.File{}
	for _, f := range zr.File {
		parts[f.Name] = f
	}
	docXML, err := readEntry(parts["word/document.xml"])
	if err != nil {
		return nil, err
	}
	body, err := walk(docXML)
	if err != nil {
		return nil, notReadable(err)
	}
	first := len(doc.Lines)
	for i, l := range doc.Lines {
		if l.Part == docxcase.PartBody {
			first = i
			break
		}
	}
	if len(doc.Lines)-first != len(body) {
		return nil, notReadable(fmt.Errorf("the body has %d lines, the reader saw %d", len(body), len(doc.Lines)-first))
	}

	existing, err := readEntry(parts["word/comments.xml"])
	if err != nil && parts["word/comments.xml"] != nil {
		return nil, err
	}
	nextID := maxCommentID(existing) + 1

	title := titlePara(body, first, cs)
	if title == nil {
		return nil, notReadable(errors.New("no paragraph with text"))
	}
	pl := &placer{body: body, first: first, title: title, cs: cs, ed: newEdits(docXML)}
	res := &Result{}
	summaryID := nextID
	nextID++
	var counts finding.Counts
	var comments []Comment
	for _, f := range fs {
		if f.Suppression.Kind != "" {
			continue
		}
		counts.Add(f.Severity)
		c := Comment{ID: nextID, Text: commentText(f, lang)}
		nextID++
		var note i18n.Text
		c.Anchor, note = pl.place(f, c.ID)
		if note.SV != "" {
			c.Text = append(c.Text[:1], append([]string{note.In(lang)}, c.Text[1:]...)...)
		}
		comments = append(comments, c)
	}
	summary := Comment{ID: summaryID, Text: []string{summaryText(counts, lang)}}
	summary.Anchor = pl.wholePara(title, summary.ID)
	res.Comments = append([]Comment{summary}, comments...)

	newDoc := pl.ed.apply()
	ns := nsW
	if bytes.Contains(docXML, []byte(nsWStrict)) && !bytes.Contains(docXML, []byte(nsW)) {
		ns = nsWStrict
	}
	commentsXML := writeComments(existing, ns, res.Comments, opts.Date)
	replaced := map[string][]byte{
		"word/document.xml": newDoc,
		"word/comments.xml": commentsXML,
	}
	relsXML, _ := readEntry(parts["word/_rels/document.xml.rels"])
	if r := addRelationship(relsXML, ns == nsWStrict); !bytes.Equal(r, relsXML) {
		replaced["word/_rels/document.xml.rels"] = r
	}
	ct, err := readEntry(parts["[Content_Types].xml"])
	if err != nil {
		return nil, notReadable(err)
	}
	if o := addOverride(ct); !bytes.Equal(o, ct) {
		replaced["[Content_Types].xml"] = o
	}

	var out bytes.Buffer
	zw := zip.NewWriter(&out)
	written := map[string]bool{}
	for _, f := range zr.File {
		if data, ok := replaced[f.Name]; ok {
			if written[f.Name] {
				continue
			}
			written[f.Name] = true
			w, err := zw.CreateHeader(&zip.FileHeader{Name: f.Name, Method: zip.Deflate, Modified: f.Modified})
			if err != nil {
				return nil, err
			}
			if _, err := w.Write(data); err != nil {
				return nil, err
			}
			continue
		}
		if err := zw.Copy(f); err != nil {
			return nil, err
		}
	}
	for _, name := range []string{"word/comments.xml", "word/_rels/document.xml.rels"} {
		if data, ok := replaced[name]; ok && !written[name] {
			w, err := zw.CreateHeader(&zip.FileHeader{Name: name, Method: zip.Deflate})
			if err != nil {
				return nil, err
			}
			if _, err := w.Write(data); err != nil {
				return nil, err
			}
		}
	}
	if err := zw.Close(); err != nil {
		return nil, err
	}
	res.Docx = out.Bytes()
	return res, nil
}

func notReadable(err error) error {
	return &casemodel.InputError{Pos: casemodel.Pos{Line: 1, Column: 1},
		Message: i18n.T("Det gick inte att skriva kommentarer i Word-dokumentet. Spara det som .docx i Word och försök igen.", "Could not write comments into the Word document. Save it as .docx in Word and try again."), Err: err}
}

func readEntry(f *zip.File) ([]byte, error) {
	if f == nil {
		return nil, errors.New("missing part")
	}
	rc, err := f.Open()
	if err != nil {
		return nil, err
	}
	defer rc.Close()
	return io.ReadAll(io.LimitReader(rc, docxcase.MaxPartBytes+1))
}

// titlePara is the paragraph of the case's title, else the first body
// paragraph with text.
func titlePara(body []rendered, first int, cs *casemodel.Case) *paraInfo {
	if cs != nil {
		if p, ok := cs.Positions["/title"]; ok {
			if i := p.Line - 1 - first; i >= 0 && i < len(body) && body[i].para != nil && body[i].para.contentStart != 0 {
				return body[i].para
			}
		}
	}
	for _, r := range body {
		if r.para != nil && r.para.hasText && r.para.contentStart != 0 {
			return r.para
		}
	}
	return nil
}

// summaryText is "3 fel, 2 varningar" (levels with no finding left out).
func summaryText(c finding.Counts, lang string) string {
	if c.Total() == 0 {
		return i18n.T("tjlint hittade inga fel eller varningar.", "tjlint found no errors or warnings.").In(lang)
	}
	var sv, en []string
	add := func(n int, one, many, oneEN, manyEN string) {
		if n == 0 {
			return
		}
		w, we := many, manyEN
		if n == 1 {
			w, we = one, oneEN
		}
		sv = append(sv, fmt.Sprintf("%d %s", n, w))
		en = append(en, fmt.Sprintf("%d %s", n, we))
	}
	add(c.Error, "fel", "fel", "error", "errors")
	add(c.Warning, "varning", "varningar", "warning", "warnings")
	add(c.Info, "info", "info", "info", "info")
	return i18n.T("tjlint: "+strings.Join(sv, ", ")+". Varje fynd har en egen kommentar.",
		"tjlint: "+strings.Join(en, ", ")+". Each finding has its own comment.").In(lang)
}
