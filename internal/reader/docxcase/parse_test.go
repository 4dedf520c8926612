package docxcase

import (
	"archive/zip"
	"bytes"
	"compress/flate"
	"errors"
	"hash/crc32"
	"os"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/tjlint/tjlint/internal/casemodel"
	"github.com/tjlint/tjlint/internal/golden"
	"github.com/tjlint/tjlint/internal/reader/docxcase/docxtest"
	"github.com/tjlint/tjlint/internal/reader/extract"
)

// update is the one golden switch of the test suite (internal/golden).
var update = golden.Update

// municipal is a document in the shape Swedish municipal templates have:
// localised heading styles, an own heading style with an outline level, a
// bold line used as a heading, a numbered decision, a signature table and a
// header with the dnr.
func municipal() docxtest.Doc {
	return docxtest.Doc{
		Styles: []docxtest.Style{
			{ID: "Rubrik1", Name: "heading 1"},
			{ID: "Rubrik2", Name: "heading 2"},
			{ID: "Egenrubrik", Name: "Kommunens rubrik", HasOutline: true, OutlineLvl: 1},
			{ID: "Underrubrik", Name: "Underrubrik", BasedOn: "Egenrubrik"},
			{ID: "Brodtext", Name: "Brödtext", HasOutline: true, OutlineLvl: 9},
			{ID: "Fet", Name: "Fet stil", Bold: true},
		},
		Headers: [][]any{
			{docxtest.P{Text: "Dnr KS 2024/0042"}},
			{docxtest.P{Text: "Dnr KS 2024/0042"}, docxtest.P{Text: "Datum\t2024-03-01"}},
		},
		Footers: [][]any{{docxtest.P{Text: "Exempelstads kommun, Storgatan 1"}}},
		Body: []any{
			docxtest.P{Style: "Rubrik1", Text: "Svar på motion om fler parkbänkar"},
			docxtest.P{},
			docxtest.P{Style: "Rubrik2", Runs: []docxtest.Run{{Text: "Förslag "}, {Text: "till beslut"}}},
			docxtest.P{NumID: 3, Text: "Nämnden godkänner yttrandet."},
			docxtest.P{Style: "Egenrubrik", Text: "Sammanfattning"},
			docxtest.P{Style: "Brodtext", Text: "  Motionären vill ha fler bänkar."},
			docxtest.P{Style: "Underrubrik", Text: "Bakgrund"},
			docxtest.P{Runs: []docxtest.Run{{Text: "Jämställdhets", Bold: true}, {Text: "analys", Bold: true}}},
			docxtest.P{Style: "Fet", Text: "Ekonomi"},
			docxtest.P{Runs: []docxtest.Run{{Text: "Delvis ", Bold: true}, {Text: "fet"}}},
			docxtest.P{Text: "Kalle Exempelsson\nFörvaltningschef"},
			docxtest.Table{Rows: [][]string{
				{"Anna Provsson\nAvdelningschef", "Bo Testare\nEnhetschef"},
				{"", ""},
			}},
		},
	}
}

func TestParseRendering(t *testing.T) {
	d, err := Parse(municipal().Bytes())
	if err != nil {
		t.Fatal(err)
	}
	want := []Line{
		{PartHeader, "Dnr KS 2024/0042"},
		{PartHeader, "Dnr KS 2024/0042"},
		{PartHeader, "Datum\t2024-03-01"},
		{PartFooter, "Exempelstads kommun, Storgatan 1"},
		{PartBody, "Svar på motion om fler parkbänkar"},
		{PartBody, ""},
		{PartBody, "Förslag till beslut"},
		{PartBody, "Nämnden godkänner yttrandet."},
		{PartBody, "Sammanfattning"},
		{PartBody, "  Motionären vill ha fler bänkar."},
		{PartBody, "Bakgrund"},
		{PartBody, "Jämställdhetsanalys"},
		{PartBody, "Ekonomi"},
		{PartBody, "Delvis fet"},
		{PartBody, "Kalle Exempelsson"},
		{PartBody, "Förvaltningschef"},
		{PartBody, "Anna Provsson / Avdelningschef | Bo Testare / Enhetschef"},
		{PartBody, " | "},
	}
	if !reflect.DeepEqual(d.Lines, want) {
		t.Errorf("rendering:\n got %q\nwant %q", d.Lines, want)
	}
}

func TestParseBlocks(t *testing.T) {
	d, err := Parse(municipal().Bytes())
	if err != nil {
		t.Fatal(err)
	}
	type blk struct {
		Kind  extract.Kind
		Level int
		Bold  bool
		Text  string
		Pos   casemodel.Pos
	}
	var got []blk
	for _, b := range d.Blocks {
		got = append(got, blk{b.Kind, b.Level, b.Bold, b.Text, b.Pos()})
	}
	p := func(l, c int) casemodel.Pos { return casemodel.Pos{Line: l, Column: c} }
	want := []blk{
		{extract.Paragraph, 0, false, "Dnr KS 2024/0042", p(1, 1)},
		// line 2 repeats line 1 (first-page header): not a second block
		{extract.Paragraph, 0, false, "Datum\t2024-03-01", p(3, 1)},
		{extract.Paragraph, 0, false, "Exempelstads kommun, Storgatan 1", p(4, 1)},
		// the first heading, at level 1, is the title: a plain line
		{extract.Paragraph, 0, false, "Svar på motion om fler parkbänkar", p(5, 1)},
		{extract.Heading, 2, false, "Förslag till beslut", p(7, 1)},
		{extract.ListItem, 0, false, "Nämnden godkänner yttrandet.", p(8, 1)},
		{extract.Heading, 2, false, "Sammanfattning", p(9, 1)},
		{extract.Paragraph, 0, false, "Motionären vill ha fler bänkar.", p(10, 3)},
		{extract.Heading, 2, false, "Bakgrund", p(11, 1)},
		{extract.Paragraph, 0, true, "Jämställdhetsanalys", p(12, 1)},
		{extract.Paragraph, 0, true, "Ekonomi", p(13, 1)},
		{extract.Paragraph, 0, false, "Delvis fet", p(14, 1)},
		{extract.Paragraph, 0, false, "Kalle Exempelsson Förvaltningschef", p(15, 1)},
		// a row of "name / title" cells reads as a names row over a titles row
		{extract.TableRow, 0, false, "Anna Provsson\tBo Testare", p(17, 1)},
		{extract.TableRow, 0, false, "Avdelningschef\tEnhetschef", p(17, 17)},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("blocks:\n got %+v\nwant %+v", got, want)
	}
	sig := d.Blocks[len(d.Blocks)-3]
	if len(sig.Segs) != 2 || sig.Segs[1].Pos != p(16, 1) || sig.Text[sig.Segs[1].Offset:] != "Förvaltningschef" {
		t.Errorf("line break in a paragraph: segs %+v", sig.Segs)
	}
	names, titles := d.Blocks[len(d.Blocks)-2], d.Blocks[len(d.Blocks)-1]
	if !reflect.DeepEqual(names.Cells, []string{"Anna Provsson", "Bo Testare"}) || !reflect.DeepEqual(titles.Cells, []string{"Avdelningschef", "Enhetschef"}) {
		t.Errorf("cells = %q, %q", names.Cells, titles.Cells)
	}
	// Line 17 is "Anna Provsson / Avdelningschef | Bo Testare / Enhetschef":
	// "Bo Testare" starts at column 34, "Enhetschef" at 47.
	if got := names.PosAt(strings.Index(names.Text, "Bo Testare")); got != p(17, 34) {
		t.Errorf("PosAt(Bo Testare) = %v, want 17:34", got)
	}
	if got := titles.PosAt(strings.Index(titles.Text, "Enhetschef")); got != p(17, 47) {
		t.Errorf("PosAt(Enhetschef) = %v, want 17:47", got)
	}
}

func TestHeadingLevelFromStyles(t *testing.T) {
	st := &styles{byID: map[string]*style{}}
	for _, s := range []*style{
		{id: "Heading3", outline: -1, bold: -1, numbered: -1},
		{id: "Rubrik1", name: "heading 1", outline: -1, bold: -1, numbered: -1},
		{id: "Titel", name: "Title", outline: -1, bold: -1, numbered: -1},
		{id: "KommunRubrik", name: "Kommun rubrik", outline: 2, bold: -1, numbered: -1},
		{id: "Arvd", basedOn: "KommunRubrik", outline: -1, bold: -1, numbered: -1},
		{id: "Loop1", basedOn: "Loop2", outline: -1, bold: -1, numbered: -1},
		{id: "Loop2", basedOn: "Loop1", outline: -1, bold: -1, numbered: -1},
		{id: "Normal", name: "Normal", outline: -1, bold: -1, numbered: -1},
	} {
		st.byID[s.id] = s
	}
	for id, want := range map[string]int{
		"Heading3": 3, "Rubrik1": 1, "Titel": 1, "KommunRubrik": 3, "Arvd": 3,
		"Loop1": 0, "Normal": 0, "Heading2": 2, "Okänd": 0, "": 0,
	} {
		if got := st.headingLevel(id); got != want {
			t.Errorf("headingLevel(%q) = %d, want %d", id, got, want)
		}
	}
}

func TestDeletedTextAndTextBoxes(t *testing.T) {
	body := `<w:p><w:r><w:t>Kvar</w:t></w:r><w:del><w:r><w:delText>Borta</w:delText><w:t>Borta</w:t></w:r></w:del>` +
		`<w:r><w:t xml:space="preserve"> text</w:t></w:r></w:p>`
	doc := `<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>` + body + `</w:body></w:document>`
	src := docxtest.Zip(map[string][]byte{"word/document.xml": []byte(doc)}, []string{"word/document.xml"})
	d, err := Parse(src)
	if err != nil {
		t.Fatal(err)
	}
	if len(d.Blocks) != 1 || d.Blocks[0].Text != "Kvar text" {
		t.Errorf("blocks = %+v, want one block \"Kvar text\"", d.Blocks)
	}
}

func TestHostileFiles(t *testing.T) {
	docXML := []byte(docxtest.Part("document", []any{docxtest.P{Text: "x"}}))
	many := map[string][]byte{"word/document.xml": docXML}
	order := []string{"word/document.xml"}
	for i := range MaxEntries + 1 {
		n := "f" + strings.Repeat("x", i%7) + string(rune('a'+i%26)) + itoa(i)
		many[n] = nil
		order = append(order, n)
	}
	deep := `<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>` +
		strings.Repeat("<w:sdt>", MaxDepth+5) + strings.Repeat("</w:sdt>", MaxDepth+5) + `</w:body></w:document>`
	for _, tc := range []struct {
		name, want string
		src        []byte
	}{
		{"not a zip", "cannot be opened as a Word document", []byte("Detta är ingen zip-fil")},
		{"empty", "cannot be opened as a Word document", nil},
		{"old .doc", "the old Word format .doc", append(slices.Clone(oleMagic), make([]byte, 504)...)},
		{"encrypted", "password-protected", append(append(slices.Clone(oleMagic), make([]byte, 504)...), utf16le("EncryptionInfo\x00EncryptedPackage")...)},
		{"no document", "no word/document.xml", docxtest.Zip(map[string][]byte{"word/styles.xml": []byte("<x/>")}, []string{"word/styles.xml"})},
		{"too many entries", "too many entries", docxtest.Zip(many, order)},
		{"bad xml", "invalid XML in word/document.xml", docxtest.Zip(map[string][]byte{"word/document.xml": []byte("<w:document><w:p>")}, []string{"word/document.xml"})},
		{"bad utf-8", "invalid XML in word/document.xml", docxtest.Zip(map[string][]byte{"word/document.xml": []byte("<a>\xff\xfe</a>")}, []string{"word/document.xml"})},
		{"bad styles", "invalid XML in word/styles.xml", docxtest.Zip(map[string][]byte{"word/document.xml": docXML, "word/styles.xml": []byte("<w:styles")}, []string{"word/document.xml", "word/styles.xml"})},
		{"too deep", "too deeply nested", docxtest.Zip(map[string][]byte{"word/document.xml": []byte(deep)}, []string{"word/document.xml"})},
		{"zip bomb", "possible zip bomb", docxtest.Zip(map[string][]byte{"word/document.xml": make([]byte, MaxPartBytes+1)}, []string{"word/document.xml"})},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := Parse(tc.src)
			var ie *casemodel.InputError
			if !errors.As(err, &ie) {
				t.Fatalf("err = %v (%T), want *casemodel.InputError", err, err)
			}
			if !strings.Contains(ie.Message.EN, tc.want) {
				t.Errorf("MessageEN = %q, want it to contain %q", ie.Message.EN, tc.want)
			}
			if ie.Message.SV == "" || ie.Message.SV == ie.Message.EN {
				t.Errorf("Swedish message missing: %q", ie.Message.SV)
			}
			if strings.Contains(ie.Message.SV, "zip:") {
				t.Errorf("Message shows the zip package's error: %q", ie.Message.SV)
			}
		})
	}
}

func itoa(i int) string {
	if i == 0 {
		return "0"
	}
	var b []byte
	for ; i > 0; i /= 10 {
		b = append([]byte{byte('0' + i%10)}, b...)
	}
	return string(b)
}

// TestLyingZipHeader: a part whose header claims 100 bytes but whose data
// inflates to far more is stopped while reading, not trusted.
func TestLyingZipHeader(t *testing.T) {
	var raw bytes.Buffer
	fw, _ := flate.NewWriter(&raw, flate.BestCompression)
	big := bytes.Repeat([]byte("<w:p/>"), 8<<20)
	_, _ = fw.Write(big) // into a bytes.Buffer, which does not fail
	fw.Close()
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	w, err := zw.CreateRaw(&zip.FileHeader{Name: "word/document.xml", Method: zip.Deflate,
		CRC32: crc32.ChecksumIEEE(big), CompressedSize64: uint64(raw.Len()), UncompressedSize64: 100})
	if err != nil {
		t.Fatal(err)
	}
	_, _ = w.Write(raw.Bytes()) // into a bytes.Buffer, which does not fail
	zw.Close()
	_, err = Parse(buf.Bytes())
	var ie *casemodel.InputError
	if !errors.As(err, &ie) {
		t.Fatalf("err = %v, want an InputError", err)
	}
}

func partXML(elems []any) string { return docxtest.Part("document", elems) }

func stylesXML(s []docxtest.Style) string { return docxtest.StylesXML(s) }

func zipOf(entries map[string][]byte, order []string) []byte { return docxtest.Zip(entries, order) }

// TestWriteSeed keeps testdata/municipal.docx, the fuzz seed, in step with
// the helper: run with -update to rewrite it.
func TestWriteSeed(t *testing.T) {
	want := municipal().Bytes()
	if *update {
		if err := os.WriteFile("testdata/municipal.docx", want, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	got, err := os.ReadFile("testdata/municipal.docx")
	if err != nil {
		t.Fatal(err)
	}
	a, err1 := Parse(got)
	b, err2 := Parse(want)
	if err1 != nil || err2 != nil || !reflect.DeepEqual(a, b) {
		t.Errorf("testdata/municipal.docx is out of date (run go test -update): %v %v", err1, err2)
	}
}
