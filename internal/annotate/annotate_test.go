package annotate

import (
	"archive/zip"
	"bytes"
	"context"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/tjlint/tjlint/internal/check"
	"github.com/tjlint/tjlint/internal/finding"
	"github.com/tjlint/tjlint/internal/golden"
	"github.com/tjlint/tjlint/internal/i18n"
	"github.com/tjlint/tjlint/internal/reader/docxcase"
)

// fixture is a tjänsteutlåtande with problems, written by LibreOffice from
// testdata/brister.html with
//
//	soffice --headless --convert-to 'docx:MS Word 2007 XML' brister.html
const fixture = "testdata/brister.docx"

// checked returns the fixture, the result of checking it and, besides the
// rules' findings, made-up ones for what the rules on this branch do not
// yet produce: a rewrite, a sensitive match, a missing section and a
// finding on a table row.
func checked(t *testing.T) ([]byte, check.FileResult, []finding.Finding) {
	t.Helper()
	src, err := os.ReadFile(fixture)
	if err != nil {
		t.Fatal(err)
	}
	c, err := check.New(context.Background(), check.Options{})
	if err != nil {
		t.Fatal(err)
	}
	res := c.Check(context.Background(), "brister.docx", src)
	if res.Case == nil || len(res.Findings) == 0 {
		t.Fatalf("the fixture gives no findings: %+v", res)
	}
	doc, err := docxcase.Parse(src)
	if err != nil {
		t.Fatal(err)
	}
	// at locates words in the rendering as check would.
	at := func(f finding.Finding) finding.Finding {
		for i, l := range doc.Lines {
			if j := strings.Index(l.Text, f.Match); j >= 0 {
				f.Line, f.EndLine = i+1, i+1
				f.Column = utf8.RuneCountInString(l.Text[:j]) + 1
				f.EndColumn = f.Column + utf8.RuneCountInString(f.Match)
				return f
			}
		}
		t.Fatalf("%q is not in the fixture", f.Match)
		return f
	}
	fs := append([]finding.Finding{}, res.Findings...)
	fs = append(fs,
		at(finding.Finding{Rule: "test/rewrite", Severity: finding.Info, Message: i18n.T("Skriv vilken budget.", ""), Pointer: "/sections/assessment/text",
			Match: "befintlig budget", Replacement: "budgeten för 2025", HasReplacement: true}),
		// words after an entity (&amp;) in the XML
		at(finding.Finding{Rule: "test/entity", Severity: finding.Info, Message: i18n.T("Skriv ”och”.", ""), Pointer: "/title",
			Match: "& på", Replacement: "och på", HasReplacement: true}),
		at(finding.Finding{Rule: "test/personnummer", Severity: finding.Error, Message: i18n.T("Texten innehåller ett personnummer. Ta bort det.", ""), Pointer: "/sections/matter/text",
			Match: "19121212-1212", Replacement: "en boende", HasReplacement: true, Sensitive: true}),
		finding.Finding{Rule: "test/summary-missing", Severity: finding.Error, Message: i18n.T("Sammanfattning saknas. Skriv en kort sammanfattning.", ""), Pointer: "/sections/summary", Line: 1, Column: 1},
		finding.Finding{Rule: "test/row", Severity: finding.Warning, Message: i18n.T("En rad i underskriftstabellen.", ""), Pointer: "/signatories/0/name", Line: 17, Column: 1},
	)
	return src, res, fs
}

// comments reads back the comments of an annotated copy: for each id, the
// text it is anchored on (from document.xml) and its paragraphs (from
// comments.xml).
func comments(t *testing.T, docx []byte) (anchors map[string]string, texts map[string][]string, authors map[string]string) {
	t.Helper()
	parts := unzip(t, docx)
	anchors = map[string]string{}
	open := map[string]bool{}
	d := xml.NewDecoder(bytes.NewReader(parts["word/document.xml"]))
	inT := false
	for {
		tok, err := d.Token()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			t.Fatalf("document.xml: %v", err)
		}
		switch x := tok.(type) {
		case xml.StartElement:
			switch x.Name.Local {
			case "commentRangeStart":
				open[attr(x, "id")] = true
				anchors[attr(x, "id")] += ""
			case "commentRangeEnd":
				delete(open, attr(x, "id"))
			case "t":
				inT = true
			case "p":
				for id := range open {
					if anchors[id] != "" {
						anchors[id] += " ¶ "
					}
				}
			}
		case xml.EndElement:
			if x.Name.Local == "t" {
				inT = false
			}
		case xml.CharData:
			if inT {
				for id := range open {
					anchors[id] += string(x)
				}
			}
		}
	}
	if len(open) > 0 {
		t.Errorf("comment ranges never closed: %v", open)
	}
	texts, authors = map[string][]string{}, map[string]string{}
	d = xml.NewDecoder(bytes.NewReader(parts["word/comments.xml"]))
	var cur string
	for {
		tok, err := d.Token()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			t.Fatalf("comments.xml: %v", err)
		}
		switch x := tok.(type) {
		case xml.StartElement:
			switch x.Name.Local {
			case "comment":
				cur = attr(x, "id")
				authors[cur] = attr(x, "author")
			case "p":
				texts[cur] = append(texts[cur], "")
			}
		case xml.CharData:
			if n := len(texts[cur]); n > 0 {
				texts[cur][n-1] += string(x)
			}
		}
	}
	return anchors, texts, authors
}

func attr(e xml.StartElement, local string) string {
	for _, a := range e.Attr {
		if a.Name.Local == local {
			return a.Value
		}
	}
	return ""
}

func unzip(t *testing.T, docx []byte) map[string][]byte {
	t.Helper()
	zr, err := zip.NewReader(bytes.NewReader(docx), int64(len(docx)))
	if err != nil {
		t.Fatal(err)
	}
	out := map[string][]byte{}
	for _, f := range zr.File {
		rc, err := f.Open()
		if err != nil {
			t.Fatal(err)
		}
		b, err := io.ReadAll(rc)
		rc.Close()
		if err != nil {
			t.Fatal(err)
		}
		out[f.Name] = b
	}
	return out
}

func render(t *testing.T, docx []byte) string {
	anchors, texts, authors := comments(t, docx)
	var b strings.Builder
	for id := 0; id < len(texts); id++ {
		k := fmt.Sprint(id)
		fmt.Fprintf(&b, "comment %s by %s on ”%s”\n", k, authors[k], anchors[k])
		for _, p := range texts[k] {
			fmt.Fprintf(&b, "  %s\n", p)
		}
	}
	return b.String()
}

// TestGolden: every comment's anchor, as read back from the copy's
// document.xml, and its text, as in comments.xml.
func TestGolden(t *testing.T) {
	src, res, fs := checked(t)
	out, err := Annotate(src, res.Case, fs, Options{})
	if err != nil {
		t.Fatal(err)
	}
	golden.Check(t, "testdata/brister.golden", []byte(render(t, out.Docx)))
	en, err := Annotate(src, res.Case, fs, Options{Lang: "en"})
	if err != nil {
		t.Fatal(err)
	}
	golden.Check(t, "testdata/brister.en.golden", []byte(render(t, en.Docx)))
}

// TestSensitiveNeverShown: the comment on a personnummer shows neither the
// number nor the rewrite that would hint at it.
func TestSensitiveNeverShown(t *testing.T) {
	src, res, fs := checked(t)
	out, err := Annotate(src, res.Case, fs, Options{})
	if err != nil {
		t.Fatal(err)
	}
	cx := string(unzip(t, out.Docx)["word/comments.xml"])
	if strings.Contains(cx, "19121212-1212") || strings.Contains(cx, "en boende") {
		t.Errorf("a sensitive finding's comment shows its words:\n%s", cx)
	}
	if !strings.Contains(cx, "budgeten för 2025") {
		t.Errorf("the rewrite of a finding that is not sensitive is missing:\n%s", cx)
	}
}

// TestOtherPartsUnchanged: every part but the four annotate writes is
// copied byte for byte (compressed bytes and all), and the input is not
// touched.
func TestOtherPartsUnchanged(t *testing.T) {
	src, res, fs := checked(t)
	orig := bytes.Clone(src)
	out, err := Annotate(src, res.Case, fs, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(src, orig) {
		t.Fatal("Annotate changed its input")
	}
	raw := func(b []byte) map[string][]byte {
		zr, err := zip.NewReader(bytes.NewReader(b), int64(len(b)))
		if err != nil {
			t.Fatal(err)
		}
		m := map[string][]byte{}
		for _, f := range zr.File {
			rc, err := f.OpenRaw()
			if err != nil {
				t.Fatal(err)
			}
			m[f.Name], _ = io.ReadAll(rc)
		}
		return m
	}
	before, after := raw(src), raw(out.Docx)
	written := map[string]bool{"word/document.xml": true, "word/comments.xml": true, "word/_rels/document.xml.rels": true, "[Content_Types].xml": true}
	for name, b := range before {
		a, ok := after[name]
		switch {
		case !ok:
			t.Errorf("%s is missing from the copy", name)
		case !written[name] && !bytes.Equal(a, b):
			t.Errorf("%s changed", name)
		}
	}
	for name := range after {
		if _, ok := before[name]; !ok && name != "word/comments.xml" {
			t.Errorf("unexpected new part %s", name)
		}
	}
	parts := unzip(t, out.Docx)
	if !bytes.Contains(parts["word/_rels/document.xml.rels"], []byte(relComments)) ||
		!bytes.Contains(parts["[Content_Types].xml"], []byte(ctComments)) {
		t.Error("the comments part is not registered")
	}
}

// TestReadBack: tjlint reads the copy as it read the original: same case,
// same findings at the same places.
func TestReadBack(t *testing.T) {
	src, res, fs := checked(t)
	out, err := Annotate(src, res.Case, fs, Options{})
	if err != nil {
		t.Fatal(err)
	}
	a, err := docxcase.Parse(src)
	if err != nil {
		t.Fatal(err)
	}
	b, err := docxcase.Parse(out.Docx)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(a, b) {
		t.Error("the copy's rendering differs from the original's")
	}
	c, err := check.New(context.Background(), check.Options{})
	if err != nil {
		t.Fatal(err)
	}
	again := c.Check(context.Background(), "brister.docx", out.Docx)
	if !reflect.DeepEqual(again.Findings, res.Findings) {
		t.Errorf("findings on the copy:\n%+v\nwant\n%+v", again.Findings, res.Findings)
	}
}

// TestAnnotateTwice: a copy that already has comments gets new ones with
// new ids, and keeps the old ones.
func TestAnnotateTwice(t *testing.T) {
	src, res, fs := checked(t)
	once, err := Annotate(src, res.Case, fs, Options{})
	if err != nil {
		t.Fatal(err)
	}
	twice, err := Annotate(once.Docx, res.Case, fs[:1], Options{})
	if err != nil {
		t.Fatal(err)
	}
	_, texts, _ := comments(t, twice.Docx)
	if want := len(once.Comments) + 2; len(texts) != want {
		t.Errorf("%d comments after annotating twice, want %d", len(texts), want)
	}
	if twice.Comments[0].ID != len(once.Comments) {
		t.Errorf("the second run's first id is %d, want %d", twice.Comments[0].ID, len(once.Comments))
	}
}

// TestCorpusRendering: the walker renders every DOCX of the test data as
// the reader does (otherwise comments would land on the wrong paragraph;
// Annotate refuses then).
func TestCorpusRendering(t *testing.T) {
	files, _ := filepath.Glob("../reader/docxcase/testdata/*.docx")
	files = append(files, fixture)
	for _, f := range files {
		src, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		doc, err := docxcase.Parse(src)
		if err != nil {
			t.Fatal(err)
		}
		body, err := walk(unzip(t, src)["word/document.xml"])
		if err != nil {
			t.Fatal(err)
		}
		var want, got []string
		for _, l := range doc.Lines {
			if l.Part == docxcase.PartBody {
				want = append(want, l.Text)
			}
		}
		for _, r := range body {
			got = append(got, r.text)
		}
		if !reflect.DeepEqual(got, want) {
			t.Errorf("%s: walker renders\n%q\nreader\n%q", f, got, want)
		}
	}
}

// TestOpensInConverter converts the copy with pandoc, which shows Word
// comments with --track-changes=all, or else LibreOffice. Locally it is
// skipped when neither is installed; under CI it fails.
func TestOpensInConverter(t *testing.T) {
	src, res, fs := checked(t)
	out, err := Annotate(src, res.Case, fs, Options{})
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	path := filepath.Join(dir, "granskad.docx")
	if err := os.WriteFile(path, out.Docx, 0o644); err != nil {
		t.Fatal(err)
	}
	var text string
	switch {
	case lookPath("pandoc"):
		b, err := exec.Command("pandoc", "--track-changes=all", "-t", "markdown", path).CombinedOutput()
		if err != nil {
			t.Fatalf("pandoc: %v\n%s", err, b)
		}
		text = string(b)
	case lookPath("soffice"):
		cmd := exec.Command("soffice", "--headless", "-env:UserInstallation=file://"+filepath.Join(dir, "profile"),
			"--convert-to", "odt", "--outdir", dir, path)
		if b, err := cmd.CombinedOutput(); err != nil {
			t.Fatalf("soffice: %v\n%s", err, b)
		}
		odt, err := os.ReadFile(filepath.Join(dir, "granskad.odt"))
		if err != nil {
			t.Fatal(err)
		}
		text = string(unzip(t, odt)["content.xml"])
	case os.Getenv("CI") != "":
		t.Fatal("neither pandoc nor soffice is installed (CI installs pandoc)")
	default:
		t.Skip("neither pandoc nor soffice is installed")
	}
	for _, c := range out.Comments {
		if !strings.Contains(text, firstWords(c.Text[0])) {
			t.Errorf("the converted copy lacks comment %d (%q)", c.ID, firstWords(c.Text[0]))
		}
	}
}

func lookPath(name string) bool {
	_, err := exec.LookPath(name)
	return err == nil
}

// firstWords is the start of a comment, before any line wrapping.
func firstWords(s string) string {
	w := strings.Fields(s)
	return strings.Join(w[:min(2, len(w))], " ")
}
