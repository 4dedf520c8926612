package annotatefuzz

import (
	"os"
	"reflect"
	"testing"

	"github.com/tjlint/tjlint/internal/annotate"
	"github.com/tjlint/tjlint/internal/finding"
	"github.com/tjlint/tjlint/internal/i18n"
	"github.com/tjlint/tjlint/internal/reader/docxcase"
	"github.com/tjlint/tjlint/internal/reader/docxcase/docxtest"
)

// FuzzAnnotate: for any document the reader accepts, Annotate does not
// panic, and a copy it writes is read exactly as the original (comment
// markup and split runs change nothing the reader sees).
func FuzzAnnotate(f *testing.F) {
	if b, err := os.ReadFile("../testdata/brister.docx"); err == nil {
		f.Add(b, 3, 2, 3, 9)
	}
	f.Add(docxtest.Doc{Body: []any{
		docxtest.P{Style: "Heading1", Text: "Titel &amp; mer"},
		docxtest.P{Runs: []docxtest.Run{{Text: "Nämnden "}, {Text: "bör\tgodkänna", Bold: true}, {Text: "\nrad två"}}},
		docxtest.Table{Rows: [][]string{{"Anna Andersson", "Bo Berg\nChef"}}},
	}}.Bytes(), 2, 3, 2, 12)
	f.Fuzz(func(t *testing.T, src []byte, line, col, endLine, endCol int) {
		doc, err := docxcase.Parse(src)
		if err != nil {
			return
		}
		fs := []finding.Finding{
			{Rule: "x/span", Severity: finding.Error, Message: i18n.T("m", ""), Line: line, Column: col, EndLine: endLine, EndColumn: endCol, Match: "x"},
			{Rule: "x/whole", Severity: finding.Warning, Message: i18n.T("m", ""), Line: line, Column: col},
		}
		res, err := annotate.Annotate(src, nil, fs, annotate.Options{})
		if err != nil {
			return
		}
		again, err := docxcase.Parse(res.Docx)
		if err != nil {
			t.Fatalf("the copy does not read: %v", err)
		}
		if !reflect.DeepEqual(doc, again) {
			t.Fatalf("the copy reads differently:\n%+v\n%+v", doc.Lines, again.Lines)
		}
	})
}
