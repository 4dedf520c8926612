package server

import (
	"archive/zip"
	"bytes"
	"encoding/json"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func annotateReq(t *testing.T, filename string, content []byte) *httptest.ResponseRecorder {
	t.Helper()
	body, ct := multipartBody(t, filename, content)
	req := httptest.NewRequest("POST", "/api/v1/annotate", body)
	req.Header.Set("Content-Type", ct)
	return do(newTestServer(t, nil).Handler(), req)
}

// TestAnnotateDownload: a .docx comes back as NAME.granskad.docx with the
// comments part, and the document's findings say where they are.
func TestAnnotateDownload(t *testing.T) {
	src, err := os.ReadFile(filepath.Join("..", "annotate", "testdata", "brister.docx"))
	if err != nil {
		t.Fatal(err)
	}
	rec := annotateReq(t, "Svar på remiss.docx", src)
	if rec.Code != 200 {
		t.Fatalf("status %d: %s", rec.Code, rec.Body)
	}
	if got := rec.Header().Get("Content-Disposition"); !strings.Contains(got, "granskad.docx") || !strings.HasPrefix(got, "attachment") {
		t.Errorf("Content-Disposition %q", got)
	}
	if got := rec.Header().Get("Content-Type"); got != "application/vnd.openxmlformats-officedocument.wordprocessingml.document" {
		t.Errorf("Content-Type %q", got)
	}
	zr, err := zip.NewReader(bytes.NewReader(rec.Body.Bytes()), int64(rec.Body.Len()))
	if err != nil {
		t.Fatalf("the answer is not a .docx: %v", err)
	}
	found := false
	for _, f := range zr.File {
		if f.Name == "word/comments.xml" {
			found = true
		}
	}
	if !found {
		t.Error("the copy has no comments part")
	}

	// the same document checked: its findings say where they are
	body, ct := multipartBody(t, "brister.docx", src)
	req := httptest.NewRequest("POST", "/api/v1/check", body)
	req.Header.Set("Content-Type", ct)
	resp := decodeCheck(t, do(newTestServer(t, nil).Handler(), req))
	locs := 0
	for _, f := range resp.Findings {
		if f.Location != "" {
			locs++
		}
	}
	if locs != len(resp.Findings) || locs == 0 {
		t.Errorf("%d of %d findings have a location", locs, len(resp.Findings))
	}
}

// TestAnnotateErrors: what is not a .docx, or not a Word document, gets
// words a clerk can act on and no Go error text.
func TestAnnotateErrors(t *testing.T) {
	for _, tc := range []struct {
		name    string
		content string
		status  int
		want    string
	}{
		{"a.txt", "Förslag till beslut\n", 415, "kan bara göras av ett Word-dokument (.docx)"},
		{"trasig.docx", "inte ett zip-arkiv", 422, "Filen går inte att öppna som Word-dokument. Spara den som .docx i Word och försök igen."},
	} {
		rec := annotateReq(t, tc.name, []byte(tc.content))
		if rec.Code != tc.status {
			t.Errorf("%s: status %d, want %d", tc.name, rec.Code, tc.status)
		}
		var e struct {
			Error string `json:"error"`
		}
		if err := json.Unmarshal(rec.Body.Bytes(), &e); err != nil {
			t.Fatalf("%s: %v: %s", tc.name, err, rec.Body)
		}
		if !strings.Contains(e.Error, tc.want) || strings.Contains(e.Error, "zip") {
			t.Errorf("%s: %q", tc.name, e.Error)
		}
	}
}
