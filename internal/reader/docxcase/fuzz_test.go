package docxcase

import (
	"errors"
	"os"
	"path/filepath"
	"testing"

	"github.com/tjlint/tjlint/internal/reader/readertest"

	"github.com/tjlint/tjlint/internal/casemodel"
)

// FuzzRead: no input makes the reader panic, and every error is an input
// error or "not a case". Most mutations break the zip; FuzzParts below
// fuzzes the XML inside a valid container.
func FuzzRead(f *testing.F) {
	seeds, _ := filepath.Glob("testdata/*.docx")
	for _, s := range seeds {
		b, err := os.ReadFile(s)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b)
	}
	f.Fuzz(func(t *testing.T, src []byte) {
		checkRead(t, src)
	})
}

// FuzzParts fuzzes word/document.xml and word/styles.xml of a valid zip.
func FuzzParts(f *testing.F) {
	d := municipal()
	f.Add([]byte(partXML(d.Body)), []byte(stylesXML(d.Styles)))
	f.Add([]byte(`<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:tbl><w:tr><w:tc><w:tbl><w:tr><w:tc><w:p><w:r><w:t>x</w:t></w:r></w:p></w:tc></w:tr></w:tbl></w:tc></w:tr></w:tbl></w:body></w:document>`), []byte(nil))
	f.Fuzz(func(t *testing.T, doc, styles []byte) {
		entries := map[string][]byte{"word/document.xml": doc}
		order := []string{"word/document.xml"}
		if styles != nil {
			entries["word/styles.xml"] = styles
			order = append(order, "word/styles.xml")
		}
		checkRead(t, zipOf(entries, order))
	})
}

func checkRead(t *testing.T, src []byte) {
	d, err := Parse(src)
	if err != nil {
		var ie *casemodel.InputError
		if !errors.As(err, &ie) {
			t.Fatalf("unexpected error type %T: %v", err, err)
		}
		return
	}
	// Positions refer to the rendering: one line per paragraph or row.
	readertest.Check(t, Reader{}, "f.docx", src, max(len(d.Lines), 1))
	for _, b := range d.Blocks {
		for _, s := range b.Segs {
			if s.Pos.Line < 1 || s.Pos.Line > len(d.Lines) || s.Offset > len(b.Text) {
				t.Fatalf("segment %+v out of range (%d lines, text %q)", s, len(d.Lines), b.Text)
			}
		}
	}
	_, err = Reader{}.Read("f.docx", src)
	var ie *casemodel.InputError
	var nc *casemodel.NotACaseError
	if err != nil && !errors.As(err, &ie) && !errors.As(err, &nc) {
		t.Fatalf("unexpected error type %T: %v", err, err)
	}
}
