package pdfcase

import (
	"bytes"
	"compress/zlib"
	"errors"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/tjlint/tjlint/internal/casemodel"
)

// buildPDF writes a PDF from object bodies (object i+1 is objs[i]) with a
// correct cross-reference table; extra goes into the trailer.
func buildPDF(objs []string, extra string) []byte {
	var b bytes.Buffer
	b.WriteString("%PDF-1.7\n")
	offs := make([]int, len(objs))
	for i, o := range objs {
		offs[i] = b.Len()
		fmt.Fprintf(&b, "%d 0 obj\n%s\nendobj\n", i+1, o)
	}
	x := b.Len()
	fmt.Fprintf(&b, "xref\n0 %d\n0000000000 65535 f \n", len(objs)+1)
	for _, o := range offs {
		fmt.Fprintf(&b, "%010d 00000 n \n", o)
	}
	fmt.Fprintf(&b, "trailer\n<< /Size %d /Root 1 0 R %s >>\nstartxref\n%d\n%%%%EOF\n", len(objs)+1, extra, x)
	return b.Bytes()
}

func stream(dict, data string) string {
	return fmt.Sprintf("<< %s /Length %d >>\nstream\n%s\nendstream", dict, len(data), data)
}

func flate(n int) string {
	var b bytes.Buffer
	w := zlib.NewWriter(&b)
	chunk := bytes.Repeat([]byte("0 0 m "), 1<<14)
	for i := 0; i < n; i += len(chunk) {
		_, _ = w.Write(chunk) // into a bytes.Buffer, which does not fail
	}
	w.Close()
	return b.String()
}

const helv = "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"

// onePage is a valid one-page PDF showing text, with extra catalog keys.
func onePage(catalog, content string) []byte {
	return buildPDF([]string{
		"<< /Type /Catalog /Pages 2 0 R " + catalog + " >>",
		"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
		"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>",
		stream("", content),
		helv,
	}, "")
}

func TestHostile(t *testing.T) {
	deep := strings.Repeat("[", 200000) + strings.Repeat("]", 200000)
	selfForm := buildPDF([]string{
		"<< /Type /Catalog /Pages 2 0 R >>",
		"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
		"<< /Type /Page /Parent 2 0 R /Resources << /XObject << /X 4 0 R >> >> /Contents 5 0 R >>",
		stream("/Type /XObject /Subtype /Form /BBox [0 0 10 10] /Resources << /XObject << /X 4 0 R >> >>", "/X Do"),
		stream("", "/X Do"),
	}, "")
	tests := []struct {
		name string
		src  []byte
		want string // in the Swedish message
	}{
		{"encrypted", buildPDF([]string{"<< /Type /Catalog >>"},
			"/ID [(IIIIIIIIIIIIIIII)] /Encrypt << /Filter /Standard /V 1 /R 2 /Length 40 /O ("+strings.Repeat("O", 32)+") /U ("+strings.Repeat("U", 32)+") /P 0 >>"),
			"lösenordsskyddad"},
		{"not a PDF", []byte("PK\x03\x04 zip"), "ingen PDF"},
		{"broken xref", bytes.Replace(onePage("", "BT ET"), []byte("startxref\n"), []byte("startxref\n9"), 1), "trasig"},
		{"truncated", onePage("", "BT ET")[:200], "trasig"},
		{"thousands of pages (count)", buildPDF([]string{"<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [] /Count 5000 >>"}, ""), "högst 2000 sidor"},
		{"cyclic page tree", buildPDF([]string{"<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [2 0 R 2 0 R] /Count 1 >>"}, ""), "cykliskt"},
		{"stream bomb", buildPDF([]string{
			"<< /Type /Catalog /Pages 2 0 R >>",
			"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
			"<< /Type /Page /Parent 2 0 R /Contents 4 0 R >>",
			stream("/Filter /FlateDecode", flate(40<<20)),
		}, ""), "mer än 32 MiB"},
		{"deeply nested object", buildPDF([]string{"<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>", "<< /Type /Page /Foo " + deep + " >>"}, ""), "trasig"},
		{"form that draws itself", selfForm, "mer än 8 nivåer"},
		{"no pages", buildPDF([]string{"<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [] /Count 0 >>"}, ""), "trasig"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			start := time.Now()
			_, err := Reader{}.Read("x.pdf", tt.src)
			var ie *casemodel.InputError
			if !errors.As(err, &ie) {
				t.Fatalf("err = %v, want an input error", err)
			}
			if !strings.Contains(ie.Message.SV, tt.want) || ie.Message.EN == "" {
				t.Errorf("message %q, want %q", ie.Message.SV, tt.want)
			}
			if d := time.Since(start); d > 10*time.Second {
				t.Errorf("took %v", d)
			}
		})
	}
}

// JavaScript in a PDF is data: the text is read and nothing is run.
func TestJavaScriptIgnored(t *testing.T) {
	src := onePage("/OpenAction << /S /JavaScript /JS (app.alert\\('x'\\)) >> /Names << /JavaScript << /Names [(a) << /S /JavaScript /JS (1) >>] >> >>",
		"BT /F1 12 Tf 72 700 Td (Bakgrund) Tj ET")
	d, err := Parse(src)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(d.Text(), "Bakgrund") {
		t.Errorf("text not read:\n%s", d.Text())
	}
}

func TestTimeLimit(t *testing.T) {
	lim := defaultLimits()
	lim.timeout = time.Nanosecond
	_, err := parse(onePage("", strings.Repeat("BT /F1 12 Tf 72 700 Td (a) Tj ET\n", 10000)), lim)
	var ie *casemodel.InputError
	if !errors.As(err, &ie) || !strings.Contains(ie.Message.SV, "sekunder") {
		t.Errorf("err = %v", err)
	}
}

// A page that shows only an image (a scan) is a page without text; a
// tagged figure without /Alt is named by its order among the figures.
func TestScanAndFigures(t *testing.T) {
	src := buildPDF([]string{
		"<< /Type /Catalog /Pages 2 0 R /Lang (en-US) /StructTreeRoot 7 0 R /MarkInfo << /Marked true >> >>",
		"<< /Type /Pages /Kids [3 0 R 4 0 R] /Count 2 >>",
		"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 6 0 R >> >> /Contents 5 0 R >>",
		"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /XObject << /Im1 8 0 R >> >> /Contents 9 0 R >>",
		stream("", "BT /F1 12 Tf 72 700 Td (Bakgrund) Tj ET"),
		helv,
		"<< /Type /StructTreeRoot /RoleMap << /Bild /Figure >> /K [<< /S /Figure /Alt (Karta) >> << /S /Sect /K [<< /S /Bild >>] >> << /S /Figure /ActualText (x) >> << /S /Figure /Alt () >>] >>",
		stream("/Type /XObject /Subtype /Image /Width 1 /Height 1 /ColorSpace /DeviceGray /BitsPerComponent 8", "x"),
		stream("", "q 595 0 0 842 0 0 cm /Im1 Do Q"),
	}, "/Info << /Title (Skannad handling) >>")
	c, err := Reader{}.Read("scan.pdf", src)
	if err != nil {
		t.Fatal(err)
	}
	f := c.Value["file"].(map[string]any)
	if fmt.Sprint(f["pages_without_text"]) != "[2]" || fmt.Sprint(f["images_without_alt"]) != "[figur 2 figur 4]" ||
		f["language"] != "en-US" || f["title"] != "Skannad handling" || f["tagged"] != true || f["title_shown"] != false {
		t.Errorf("file %v", f)
	}
	if p := c.Positions["/file/pages_without_text/0"]; p.Line < 3 {
		t.Errorf("page 2 without text positioned at %v", p)
	}
}
