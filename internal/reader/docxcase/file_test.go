package docxcase

import (
	"os"
	"path/filepath"
	"reflect"
	"testing"
)

func TestFileInfoFixtures(t *testing.T) {
	tests := []struct {
		name     string
		lang     string
		title    string
		fake     []any
		textLang string
	}{
		// LibreOffice set to English marks a Swedish text en-US.
		{"libreoffice-seed.docx", "en-US", "", []any{}, "sv"},
		{"libreoffice-utlatande.docx", "en-US", "Tjänsteutlåtande", []any{}, "sv"},
		// bold one-line paragraphs read as section headings
		{"municipal.docx", "", "", []any{"Jämställdhetsanalys", "Ekonomi"}, ""},
		{"../../pdfcase/testdata/same.docx", "sv-SE", "Svar på motion om fler parkbänkar längs ån", []any{"Jämställdhetsanalys"}, "sv"},
	}
	for _, tt := range tests {
		src, err := os.ReadFile(filepath.Join("testdata", tt.name))
		if err != nil {
			t.Fatal(err)
		}
		c, err := Reader{}.Read(tt.name, src)
		if err != nil {
			t.Fatal(err)
		}
		f := c.Value["file"].(map[string]any)
		if f["language"] != tt.lang || f["title"] != tt.title || f["text_language"] != tt.textLang || !reflect.DeepEqual(f["fake_headings"], tt.fake) {
			t.Errorf("%s: %v", tt.name, f)
		}
		for i := range tt.fake {
			p := c.Positions["/file/fake_headings/"+string(rune('0'+i))]
			if p.Line <= 1 {
				t.Errorf("%s: fake heading %d at %v, not at its line", tt.name, i, p)
			}
		}
	}
}

func TestImagesWithoutAlt(t *testing.T) {
	doc := `<w:document xmlns:w="w" xmlns:wp="wp" xmlns:a="a" xmlns:adec="adec"><w:body>
<w:p><w:r><w:drawing><wp:inline><wp:docPr id="1" name="Bild 1" descr="Karta över ån"/></wp:inline></w:drawing></w:r></w:p>
<w:p><w:r><w:drawing><wp:inline><wp:docPr id="2" name="Bild 2"/></wp:inline></w:drawing></w:r></w:p>
<w:p><w:r><w:drawing><wp:inline><wp:docPr id="3" name="Linje"><a:extLst><a:ext><adec:decorative val="1"/></a:ext></a:extLst></wp:docPr></wp:inline></w:drawing></w:r></w:p>
<w:p><w:r><w:drawing><wp:inline><wp:docPr id="4" name="Diagram" title="Kostnader per år"/></wp:inline></w:drawing></w:r></w:p>
<w:p><w:r><w:drawing><wp:inline><wp:docPr id="5"/></wp:inline></w:drawing></w:r></w:p>
</w:body></w:document>`
	got := imagesWithoutAlt([]byte(doc))
	want := []string{"Bild 2", "bild 5"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got %q, want %q", got, want)
	}
}
