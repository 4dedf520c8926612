package server

import (
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// The page and the API take PDF: the file input accepts .pdf and an
// uploaded PDF is read (an untagged one gets accessibility/untagged).
func TestCheckPDF(t *testing.T) {
	h := newTestServer(t, nil).Handler()
	page := do(h, httptest.NewRequest("GET", "/", nil))
	if !strings.Contains(page.Body.String(), ".pdf") || !strings.Contains(page.Body.String(), "PDF") {
		t.Errorf("the page does not offer PDF")
	}
	src, err := os.ReadFile(filepath.Join("..", "reader", "pdfcase", "testdata", "same-untagged.pdf"))
	if err != nil {
		t.Fatal(err)
	}
	rec := do(h, uploadReq(t, "", "arende.pdf", string(src)))
	if rec.Code != http.StatusOK {
		t.Fatalf("status %d: %s", rec.Code, rec.Body)
	}
	r := decodeCheck(t, rec)
	var rules []string
	for _, f := range r.Findings {
		rules = append(rules, f.Rule)
	}
	if !slices.Contains(rules, "accessibility/untagged") || !slices.Contains(rules, "decision/phrasing") {
		t.Errorf("rules %v", rules)
	}
	rec = do(h, uploadReq(t, "", "skyddad.pdf", "%PDF-1.4\nxref\n0 1\n0000000000 65535 f \ntrailer\n<< /Size 1 /ID [(IIIIIIIIIIIIIIII)] /Encrypt << /Filter /Standard /V 1 /R 2 /Length 40 /O ("+strings.Repeat("O", 32)+") /U ("+strings.Repeat("U", 32)+") /P 0 >> >>\nstartxref\n9\n%%EOF\n"))
	if rec.Code != http.StatusUnprocessableEntity || !strings.Contains(rec.Body.String(), "lösenordsskyddad") {
		t.Errorf("encrypted: status %d: %s", rec.Code, rec.Body)
	}
}
