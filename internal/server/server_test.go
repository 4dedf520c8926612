package server

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"mime/multipart"
	"net/http"
	"net/http/httptest"
	"os"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/tjlint/tjlint/internal/check"
	"github.com/tjlint/tjlint/internal/config"
	"github.com/tjlint/tjlint/internal/finding"
	"github.com/tjlint/tjlint/internal/reader"
	"github.com/tjlint/tjlint/internal/reader/docxcase/docxtest"
	"github.com/tjlint/tjlint/internal/report"
)

// Fixtures: synthetic cases with made-up people.
const (
	cleanJSON = `{"schema_version": 1, "kind": "tjansteutlatande", "title": "Ny lekplats i Exempelby",
 "dnr": "KS 2031/0042",
 "decision_proposal": ["Kommunstyrelsen beslutar att anlägga en lekplats i Exempelby."],
 "sections": {"gender_equality": {"heading": "Jämställdhetsanalys", "text": "Av dem som använder lekplatser i kommunen är 52 procent flickor och 48 procent pojkar."}},
 "signatories": [{"name": "Testa Testsson", "title": "Förvaltningschef"}]}`
	noGenderJSON = `{"schema_version": 1, "kind": "tjansteutlatande",
 "sections": {"summary": {"heading": "Sammanfattning", "text": "Förslaget gäller en ny lekplats."}},
 "decision_proposal": ["Kommunstyrelsen beslutar att anlägga en lekplats i Exempelby."],
 "signatories": [{"name": "Testa Testsson", "title": "Förvaltningschef"}]}`
	brokenJSON   = "{\"schema_version\": 1,\n \"kind\": \"tjansteutlatande\"\n \"sections\": {}}"
	noGenderYAML = "schema_version: 1\nkind: tjansteutlatande\nsections:\n  summary:\n    heading: Sammanfattning\n    text: Förslaget gäller en ny lekplats.\n" +
		"decision_proposal:\n  - Kommunstyrelsen beslutar att anlägga en lekplats i Exempelby.\n" +
		"signatories:\n  - name: Testa Testsson\n    title: Förvaltningschef\n"
)

var (
	checkerOnce sync.Once
	sharedCheck *check.Checker
	checkerErr  error
)

// testChecker builds the checker once for the package's tests: the defaults
// of a municipality whose template requires a jämställdhetsanalys
// (gender-equality/missing is an error there, a warning by default), so that
// noGenderJSON has an error to show.
func testChecker(t testing.TB) *check.Checker {
	t.Helper()
	checkerOnce.Do(func() {
		cfg, err := config.Parse("mall.yaml", []byte("rules:\n  gender-equality/missing:\n    level: error\n"))
		if err != nil {
			checkerErr = err
			return
		}
		sharedCheck, checkerErr = check.New(context.Background(), check.Options{Config: cfg})
	})
	if checkerErr != nil {
		t.Fatal(checkerErr)
	}
	return sharedCheck
}

func newTestServer(t testing.TB, mod func(*Options)) *Server {
	t.Helper()
	// httptest.NewRequest's Host is example.com.
	o := Options{Profiles: []Profile{{Name: "standard", Checker: testChecker(t)}}, Version: "test", Hosts: []string{"example.com"}}
	if mod != nil {
		mod(&o)
	}
	s, err := New(o)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// do runs one request against h and returns the recorded response.
func do(h http.Handler, req *http.Request) *httptest.ResponseRecorder {
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	return rec
}

func multipartBody(t testing.TB, filename string, content []byte) (io.Reader, string) {
	t.Helper()
	var buf bytes.Buffer
	mw := multipart.NewWriter(&buf)
	fw, err := mw.CreateFormFile("file", filename)
	if err != nil {
		t.Fatal(err)
	}
	_, _ = fw.Write(content) // into a bytes.Buffer, which does not fail
	mw.Close()
	return &buf, mw.FormDataContentType()
}

func uploadReq(t testing.TB, query, filename, content string) *http.Request {
	body, ct := multipartBody(t, filename, []byte(content))
	req := httptest.NewRequest("POST", "/api/v1/check"+query, body)
	req.Header.Set("Content-Type", ct)
	return req
}

func rawReq(query, content string) *http.Request {
	req := httptest.NewRequest("POST", "/api/v1/check"+query, strings.NewReader(content))
	req.Header.Set("Content-Type", "application/octet-stream")
	return req
}

func decodeCheck(t testing.TB, rec *httptest.ResponseRecorder) CheckResponse {
	t.Helper()
	var r CheckResponse
	if err := json.Unmarshal(rec.Body.Bytes(), &r); err != nil {
		t.Fatalf("decode %q: %v", rec.Body.String(), err)
	}
	return r
}

func decodeError(t testing.TB, rec *httptest.ResponseRecorder) apiError {
	t.Helper()
	var e apiError
	if err := json.Unmarshal(rec.Body.Bytes(), &e); err != nil {
		t.Fatalf("decode error body %q: %v", rec.Body.String(), err)
	}
	if e.Error == "" || e.ErrorEN == "" {
		t.Fatalf("error body without Swedish and English message: %s", rec.Body.String())
	}
	return e
}

func rules(r CheckResponse) []string {
	var out []string
	for _, f := range r.Findings {
		out = append(out, f.Rule)
	}
	return out
}

func TestCheckCleanCase(t *testing.T) {
	h := newTestServer(t, nil).Handler()
	rec := do(h, uploadReq(t, "", "lekplats.json", cleanJSON))
	if rec.Code != http.StatusOK {
		t.Fatalf("status %d: %s", rec.Code, rec.Body)
	}
	if ct := rec.Header().Get("Content-Type"); !strings.HasPrefix(ct, "application/json") {
		t.Errorf("Content-Type %q", ct)
	}
	r := decodeCheck(t, rec)
	if len(r.Findings) != 0 {
		t.Fatalf("clean case has findings: %+v", r.Findings)
	}
	if r.Verdict != "Inga fel eller varningar – tjlint hittade inget att åtgärda" {
		t.Errorf("verdict %q", r.Verdict)
	}
	if r.File != "lekplats.json" || r.Profile != "standard" || r.Lang != "sv" || r.Format != "json" || r.Files != 1 || r.Version != report.JSONVersion {
		t.Errorf("envelope: %+v", r)
	}
	if r.Case["title"] != "Ny lekplats i Exempelby" || r.Case["dnr"] != "KS 2031/0042" {
		t.Errorf("case not returned: %v", r.Case)
	}
	// The value of "title" starts on line 1 at the offset of its quote.
	if p := r.Positions["/title"]; p.Line != 1 || p.Column != strings.Index(cleanJSON, `"Ny lekplats`)+1 {
		t.Errorf("position of /title = %+v", p)
	}
	if p := r.Positions["/signatories/0/name"]; p.Line != 5 {
		t.Errorf("position of /signatories/0/name = %+v", p)
	}
}

// The check response is the JSON report of tjlint check --format json, with
// the explanation added to each finding.
func TestCheckMatchesJSONReport(t *testing.T) {
	h := newTestServer(t, nil).Handler()
	rec := do(h, uploadReq(t, "", "utan-analys.json", noGenderJSON))
	if rec.Code != http.StatusOK {
		t.Fatalf("status %d: %s", rec.Code, rec.Body)
	}
	c := testChecker(t)
	res := c.Check(context.Background(), "utan-analys.json", []byte(noGenderJSON))
	want := report.JSON{}.Build(report.Result{Files: []string{"utan-analys.json"}, Findings: res.Findings, Lang: "sv"})

	var got struct {
		report.JSONReport
		Findings []report.JSONFinding `json:"findings"`
	}
	if err := json.Unmarshal(rec.Body.Bytes(), &got); err != nil {
		t.Fatal(err)
	}
	got.JSONReport.Findings = got.Findings
	if !jsonEqual(t, got.JSONReport, want) {
		t.Errorf("report part differs:\n got %+v\nwant %+v", got.JSONReport, want)
	}
	if !slices.Contains(rules(decodeCheck(t, rec)), "gender-equality/missing") {
		t.Fatalf("want gender-equality/missing, got %v", rules(decodeCheck(t, rec)))
	}

	r := decodeCheck(t, rec)
	rule, _ := c.Rule("gender-equality/missing")
	for _, f := range r.Findings {
		if f.Rule != "gender-equality/missing" {
			continue
		}
		if f.Title != rule.Title || f.Description != rule.Description || f.Severity != "error" || f.Pointer != "/sections/gender_equality" {
			t.Errorf("finding explanation: %+v", f)
		}
		if len(f.References) == 0 || !strings.HasPrefix(f.References[0].Ref, "https://") {
			t.Errorf("finding references: %+v", f.References)
		}
	}
	if r.Summary["error"] == 0 || !strings.HasSuffix(r.Verdict, "– åtgärda felen innan ärendet skickas") {
		t.Errorf("summary %v verdict %q", r.Summary, r.Verdict)
	}
}

func jsonEqual(t testing.TB, a, b any) bool {
	t.Helper()
	ja, err := json.Marshal(a)
	if err != nil {
		t.Fatal(err)
	}
	jb, err := json.Marshal(b)
	if err != nil {
		t.Fatal(err)
	}
	return bytes.Equal(ja, jb)
}

func TestCheckRawBodyAndLang(t *testing.T) {
	h := newTestServer(t, nil).Handler()
	t.Run("yaml raw body", func(t *testing.T) {
		rec := do(h, rawReq("?filename=arende.yaml", noGenderYAML))
		if rec.Code != http.StatusOK {
			t.Fatalf("status %d: %s", rec.Code, rec.Body)
		}
		r := decodeCheck(t, rec)
		if r.Format != "yaml" || !slices.Contains(rules(r), "gender-equality/missing") {
			t.Errorf("format %q rules %v", r.Format, rules(r))
		}
		if p := r.Positions["/sections/summary/heading"]; p.Line != 5 {
			t.Errorf("YAML position %+v", p)
		}
	})
	t.Run("english", func(t *testing.T) {
		rec := do(h, rawReq("?filename=case.json&lang=en", noGenderJSON))
		r := decodeCheck(t, rec)
		if r.Lang != "en" || !strings.HasSuffix(r.Verdict, "fix the errors before the case is sent") {
			t.Errorf("lang %q verdict %q", r.Lang, r.Verdict)
		}
		for _, f := range r.Findings {
			if f.Rule == "gender-equality/missing" && (!strings.HasPrefix(f.Message, "The gender equality analysis is missing") || f.Title != "Gender equality analysis missing") {
				t.Errorf("not English: %+v", f)
			}
		}
	})
	t.Run("windows path in upload name", func(t *testing.T) {
		rec := do(h, uploadReq(t, "", `C:\Users\testa\Dokument\arende.json`, cleanJSON))
		if r := decodeCheck(t, rec); r.File != "arende.json" {
			t.Errorf("file %q", r.File)
		}
	})
}

func TestCheckMarkdown(t *testing.T) {
	h := newTestServer(t, nil).Handler()
	rec := do(h, rawReq("?filename=arende.json&format=markdown", noGenderJSON))
	if rec.Code != http.StatusOK {
		t.Fatalf("status %d: %s", rec.Code, rec.Body)
	}
	if ct := rec.Header().Get("Content-Type"); ct != "text/markdown; charset=utf-8" {
		t.Errorf("Content-Type %q", ct)
	}
	md := rec.Body.String()
	r := decodeCheck(t, do(h, rawReq("?filename=arende.json", noGenderJSON)))
	for _, want := range []string{"# tjlint-granskning: arende.json\n", "**" + r.Verdict + "**", fmt.Sprintf("## Fel (%d)\n", r.Summary["error"]),
		"`gender-equality/missing` (rad 2, kolumn 14): Jämställdhetsanalys saknas.", "  - SKR, checklista 7"} {
		if !strings.Contains(md, want) {
			t.Errorf("markdown lacks %q:\n%s", want, md)
		}
	}
}

func TestMarkdownEscapesDocumentText(t *testing.T) {
	md := Markdown(CheckResponse{File: "a.json", Lang: "sv", Verdict: "v", Summary: map[string]int{},
		Case: map[string]any{"title": "# Rubrik <script>alert(1)</script> [länk](javascript:x)"}})
	if strings.Contains(md, "<script>") || !strings.Contains(md, `\[länk\](javascript`) || strings.Contains(md, "\n# Rubrik") {
		t.Errorf("document text not escaped:\n%s", md)
	}
}

func TestCheckErrors(t *testing.T) {
	s := newTestServer(t, func(o *Options) { o.MaxUpload = 1024 })
	h := s.Handler()
	big := `{"title": "` + strings.Repeat("x", 2000) + `"}`

	emptyMultipart := func() *http.Request {
		var buf bytes.Buffer
		mw := multipart.NewWriter(&buf)
		_ = mw.WriteField("other", "value") // into a bytes.Buffer, which does not fail
		mw.Close()
		req := httptest.NewRequest("POST", "/api/v1/check", &buf)
		req.Header.Set("Content-Type", mw.FormDataContentType())
		return req
	}
	streamed := func(content string) *http.Request {
		// An io.Reader of unknown length: no Content-Length, so only
		// http.MaxBytesReader can stop it.
		req := httptest.NewRequest("POST", "/api/v1/check?filename=a.json", io.MultiReader(strings.NewReader(content)))
		if req.ContentLength != -1 && req.ContentLength != 0 {
			t.Fatalf("ContentLength %d", req.ContentLength)
		}
		return req
	}
	badMultipart := func() *http.Request {
		req := httptest.NewRequest("POST", "/api/v1/check", strings.NewReader("--XYZ\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.json\"\r\n\r\n{\"a\":1}"))
		req.Header.Set("Content-Type", "multipart/form-data; boundary=XYZ")
		return req
	}
	noBoundary := func() *http.Request {
		req := httptest.NewRequest("POST", "/api/v1/check", strings.NewReader("x"))
		req.Header.Set("Content-Type", "multipart/form-data")
		return req
	}

	tests := []struct {
		name   string
		req    *http.Request
		status int
		want   string // part of the Swedish error
	}{
		{"too large, declared", rawReq("?filename=a.json", big), 413, "för stort"},
		{"too large, streamed", streamed(big), 413, "för stort"},
		{"too large, multipart", uploadReq(t, "", "a.json", big), 413, "1 kB"},
		{"unsupported extension", uploadReq(t, "", "arende.odt", "PK\x03\x04"), 415, `Okänd filtyp ".odt"`},
		{"no extension", rawReq("?filename=arende", "text"), 415, "Okänd filtyp"},
		{"empty raw body", rawReq("?filename=a.json", ""), 400, "tomt"},
		{"empty file upload", uploadReq(t, "", "a.json", ""), 400, "tomt"},
		{"multipart without file field", emptyMultipart(), 400, `fältet "file"`},
		{"malformed multipart", badMultipart(), 400, "kunde inte läsas"},
		{"multipart without boundary", noBoundary(), 400, "boundary"},
		{"raw body without filename", rawReq("", cleanJSON), 400, "Filnamn saknas"},
		{"unknown profile", rawReq("?filename=a.json&profile=nope", cleanJSON), 400, `Okänd profil "nope"`},
		{"unknown lang", rawReq("?filename=a.json&lang=de", cleanJSON), 400, "Okänt språk"},
		{"unknown format", rawReq("?filename=a.json&format=pdf", cleanJSON), 400, "Okänt format"},
		{"unknown route", httptest.NewRequest("GET", "/api/v1/nope", nil), 404, "finns inte"},
		{"unknown page", httptest.NewRequest("GET", "/admin", nil), 404, "finns inte"},
		{"GET check", httptest.NewRequest("GET", "/api/v1/check", nil), 405, "GET stöds inte"},
		{"PUT check", httptest.NewRequest("PUT", "/api/v1/check", nil), 405, "använd POST"},
		{"POST rules", httptest.NewRequest("POST", "/api/v1/rules", nil), 405, "stöds inte"},
		{"DELETE healthz", httptest.NewRequest("DELETE", "/healthz", nil), 405, "stöds inte"},
		{"POST page", httptest.NewRequest("POST", "/", nil), 405, "stöds inte"},
		{"static directory", httptest.NewRequest("GET", "/static/", nil), 404, "finns inte"},
		{"static missing", httptest.NewRequest("GET", "/static/nope.js", nil), 404, "finns inte"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			rec := do(h, tc.req)
			if rec.Code != tc.status {
				t.Fatalf("status %d, want %d: %s", rec.Code, tc.status, rec.Body)
			}
			e := decodeError(t, rec)
			if !strings.Contains(e.Error, tc.want) {
				t.Errorf("error %q lacks %q", e.Error, tc.want)
			}
			if tc.status == 405 && rec.Header().Get("Allow") == "" {
				t.Error("405 without Allow")
			}
			assertSecurityHeaders(t, rec.Header())
		})
	}
	// The server still answers after all of that.
	if rec := do(h, uploadReq(t, "", "a.json", cleanJSON)); rec.Code != 200 {
		t.Fatalf("after errors: %d %s", rec.Code, rec.Body)
	}
}

func TestCheckInputErrorIs422(t *testing.T) {
	h := newTestServer(t, nil).Handler()
	rec := do(h, uploadReq(t, "", "trasig.json", brokenJSON))
	if rec.Code != http.StatusUnprocessableEntity {
		t.Fatalf("status %d: %s", rec.Code, rec.Body)
	}
	r := decodeCheck(t, rec)
	if !r.InputError || r.Case != nil || len(r.Findings) != 1 || r.Findings[0].Rule != check.RuleInvalid {
		t.Fatalf("response %+v", r)
	}
	f := r.Findings[0]
	if f.Line != 3 || f.Column != 2 || !strings.Contains(r.Error, "ogiltig JSON") || r.ErrorEN == "" || f.Title == "" {
		t.Errorf("finding %+v error %q / %q", f, r.Error, r.ErrorEN)
	}
	if r.Verdict != "Dokumentet kunde inte granskas – se felet nedan" {
		t.Errorf("verdict %q", r.Verdict)
	}
}

// A corrupt or hostile DOCX is a 422 with a Swedish explanation once the
// DOCX reader is registered; before that, .docx is an unknown type (415).
func TestCheckCorruptDocx(t *testing.T) {
	h := newTestServer(t, nil).Handler()
	inputs := map[string]string{
		"not a zip":     "det här är ingen docx",
		"truncated zip": "PK\x03\x04\x14\x00\x00\x00\x08\x00",
		"empty zip":     "PK\x05\x06" + strings.Repeat("\x00", 18),
	}
	for name, content := range inputs {
		t.Run(name, func(t *testing.T) {
			rec := do(h, uploadReq(t, "", "arende.docx", content))
			if !reader.Supported("arende.docx") {
				if rec.Code != http.StatusUnsupportedMediaType {
					t.Fatalf("status %d: %s", rec.Code, rec.Body)
				}
				return
			}
			if rec.Code != http.StatusUnprocessableEntity {
				t.Fatalf("status %d: %s", rec.Code, rec.Body)
			}
			r := decodeCheck(t, rec)
			if !r.InputError || r.Error == "" || r.Findings[0].Severity != "error" {
				t.Errorf("response %+v", r)
			}
		})
	}
}

// A reader that panics on a hostile document gives a 422, not a crash.
func TestRunCheckRecoversPanic(t *testing.T) {
	s := newTestServer(t, nil)
	res := s.runCheck(context.Background(), nil, "boom.json", []byte("{}"))
	if !res.InputError || len(res.Findings) != 1 || res.Findings[0].Rule != check.RuleInvalid {
		t.Fatalf("result %+v", res)
	}
}

func TestRecoverMiddleware(t *testing.T) {
	var logBuf bytes.Buffer
	s := newTestServer(t, func(o *Options) { o.Log = &logBuf })
	h := s.logRequests(securityHeaders(recoverPanics(s.log, http.HandlerFunc(func(http.ResponseWriter, *http.Request) {
		panic("handler bug")
	}))))
	rec := do(h, httptest.NewRequest("GET", "/x", nil))
	if rec.Code != 500 {
		t.Fatalf("status %d", rec.Code)
	}
	decodeError(t, rec)
	if !strings.Contains(logBuf.String(), "handler bug") {
		t.Errorf("panic not logged: %s", logBuf.String())
	}
}

func TestBusyIs503(t *testing.T) {
	s := newTestServer(t, func(o *Options) { o.MaxConcurrent = 2; o.QueueWait = 1 })
	h := s.Handler()
	// Take every slot, as two long checks would.
	s.sem <- struct{}{}
	s.sem <- struct{}{}
	rec := do(h, uploadReq(t, "", "a.json", cleanJSON))
	if rec.Code != http.StatusServiceUnavailable || rec.Header().Get("Retry-After") == "" {
		t.Fatalf("status %d Retry-After %q", rec.Code, rec.Header().Get("Retry-After"))
	}
	if e := decodeError(t, rec); !strings.Contains(e.Error, "försök igen") {
		t.Errorf("error %q", e.Error)
	}
	<-s.sem
	if rec := do(h, uploadReq(t, "", "a.json", cleanJSON)); rec.Code != http.StatusOK {
		t.Fatalf("after a slot is free: %d", rec.Code)
	}
	if len(s.sem) != 1 {
		t.Errorf("slot not released: %d in use", len(s.sem))
	}
}

func TestRulesEndpoint(t *testing.T) {
	h := newTestServer(t, nil).Handler()
	for _, lang := range []string{"sv", "en"} {
		rec := do(h, httptest.NewRequest("GET", "/api/v1/rules?lang="+lang, nil))
		if rec.Code != 200 {
			t.Fatalf("status %d", rec.Code)
		}
		var rs []RuleInfo
		if err := json.Unmarshal(rec.Body.Bytes(), &rs); err != nil {
			t.Fatal(err)
		}
		if len(rs) != len(testChecker(t).Rules()) {
			t.Errorf("%d rules, want %d", len(rs), len(testChecker(t).Rules()))
		}
		i := slices.IndexFunc(rs, func(r RuleInfo) bool { return r.ID == "gender-equality/missing" })
		if i < 0 {
			t.Fatal("gender-equality/missing not listed")
		}
		want := map[string]string{"sv": "Jämställdhetsanalys saknas", "en": "Gender equality analysis missing"}[lang]
		if rs[i].Title != want || rs[i].Severity != "warning" || len(rs[i].References) == 0 {
			t.Errorf("%s: %+v", lang, rs[i])
		}
	}
}

func TestHealthz(t *testing.T) {
	h := newTestServer(t, nil).Handler()
	rec := do(h, httptest.NewRequest("GET", "/healthz", nil))
	var hz Health
	if err := json.Unmarshal(rec.Body.Bytes(), &hz); err != nil || rec.Code != 200 {
		t.Fatalf("status %d body %s err %v", rec.Code, rec.Body, err)
	}
	if hz.Status != "ok" || hz.Version != "test" || !slices.Equal(hz.Profiles, []string{"standard"}) || !slices.Contains(hz.Readers, ".json") {
		t.Errorf("%+v", hz)
	}
	assertSecurityHeaders(t, rec.Header())
}

func assertSecurityHeaders(t testing.TB, h http.Header) {
	t.Helper()
	want := map[string]string{
		"Content-Security-Policy": ContentSecurityPolicy,
		"X-Content-Type-Options":  "nosniff",
		"Referrer-Policy":         "no-referrer",
		"X-Frame-Options":         "DENY",
	}
	for k, v := range want {
		if got := h.Get(k); got != v {
			t.Errorf("%s = %q, want %q", k, got, v)
		}
	}
}

func TestPage(t *testing.T) {
	h := newTestServer(t, nil).Handler()
	rec := do(h, httptest.NewRequest("GET", "/", nil))
	if rec.Code != 200 || !strings.HasPrefix(rec.Header().Get("Content-Type"), "text/html") {
		t.Fatalf("status %d type %q", rec.Code, rec.Header().Get("Content-Type"))
	}
	assertSecurityHeaders(t, rec.Header())
	page := rec.Body.String()
	for _, want := range []string{`<html lang="sv">`, `<label for="file" class="file-button" id="file-button">Välj fil …</label>`, `<input type="file" id="file" name="file"`,
		`<label for="paste"`, `<button type="submit"`, `src="/static/app.js"`, `href="/static/style.css"`,
		"Granska ett ärende innan det skickas", `href="/?lang=en"`, `accept=".json,.yaml,.yml`} {
		if !strings.Contains(page, want) {
			t.Errorf("page lacks %q", want)
		}
	}
	assertNoInline(t, page)
	if strings.Contains(page, `<select`) {
		t.Error("profile choice shown with one profile")
	}

	en := do(h, httptest.NewRequest("GET", "/?lang=en", nil)).Body.String()
	if !strings.Contains(en, `<html lang="en">`) || !strings.Contains(en, "Check a case before it is sent") {
		t.Error("English page not served")
	}
}

// assertNoInline fails when the page has inline script or style, which the
// CSP would block.
func assertNoInline(t testing.TB, page string) {
	t.Helper()
	for _, bad := range []string{"<style", " style=", " onclick=", " onload=", " onchange=", "javascript:"} {
		if strings.Contains(page, bad) {
			t.Errorf("page has inline %q", bad)
		}
	}
	for _, tag := range strings.Split(page, "<script")[1:] {
		if !strings.HasPrefix(strings.TrimSpace(tag), "src=") {
			t.Errorf("inline script: <script%.40s", tag)
		}
	}
}

func TestStatic(t *testing.T) {
	h := newTestServer(t, nil).Handler()
	for path, ctype := range map[string]string{"/static/app.js": "javascript", "/static/style.css": "text/css"} {
		rec := do(h, httptest.NewRequest("GET", path, nil))
		if rec.Code != 200 || !strings.Contains(rec.Header().Get("Content-Type"), ctype) || rec.Body.Len() < 1000 {
			t.Errorf("%s: status %d type %q size %d", path, rec.Code, rec.Header().Get("Content-Type"), rec.Body.Len())
		}
		assertSecurityHeaders(t, rec.Header())
	}
	js := do(h, httptest.NewRequest("GET", "/static/app.js", nil)).Body.String()
	if strings.Contains(js, "innerHTML") || strings.Contains(js, "eval(") {
		t.Error("app.js uses innerHTML or eval")
	}
}

func TestProfiles(t *testing.T) {
	cfg, err := config.Parse("streng.yaml", []byte("rules:\n  gender-equality/missing:\n    level: warning\n"))
	if err != nil {
		t.Fatal(err)
	}
	mild, err := check.New(context.Background(), check.Options{Config: cfg})
	if err != nil {
		t.Fatal(err)
	}
	h := newTestServer(t, func(o *Options) {
		o.Profiles = append(o.Profiles, Profile{Name: "mild", Checker: mild})
	}).Handler()

	sev := func(query string) string {
		rec := do(h, rawReq("?filename=a.json"+query, noGenderJSON))
		for _, f := range decodeCheck(t, rec).Findings {
			if f.Rule == "gender-equality/missing" {
				return f.Severity
			}
		}
		return ""
	}
	if got := sev(""); got != "error" {
		t.Errorf("default profile: %q", got)
	}
	if got := sev("&profile=mild"); got != "warning" {
		t.Errorf("profile mild: %q", got)
	}
	page := do(h, httptest.NewRequest("GET", "/", nil)).Body.String()
	if !strings.Contains(page, `<select id="profile" name="profile">`) || !strings.Contains(page, `<option value="mild">mild</option>`) {
		t.Error("page lacks the profile choice")
	}

	if _, err := New(Options{Profiles: []Profile{{Name: "a", Checker: mild}, {Name: "a", Checker: mild}}}); err == nil {
		t.Error("duplicate profile accepted")
	}
	if _, err := New(Options{}); err == nil {
		t.Error("no profile accepted")
	}
}

// Documents and their names never reach the log.
func TestLogHasNoDocument(t *testing.T) {
	var logBuf bytes.Buffer
	h := newTestServer(t, func(o *Options) { o.Log = &logBuf }).Handler()
	doc := strings.Replace(cleanJSON, "Ny lekplats i Exempelby", "Hemlig rubrik Qwerty", 1)
	do(h, uploadReq(t, "?lang=sv", "personakt-Qwerty.json", doc))
	do(h, rawReq("?filename=personakt-Qwerty.json", brokenJSON))
	log := logBuf.String()
	if !strings.Contains(log, "path=/api/v1/check") || !strings.Contains(log, "status=422") {
		t.Errorf("request not logged: %s", log)
	}
	if strings.Contains(log, "Qwerty") || strings.Contains(log, "personakt") {
		t.Errorf("document or its name logged: %s", log)
	}
}

func TestVerdict(t *testing.T) {
	tests := []struct {
		c     finding.Counts
		input bool
		lang  string
		want  string
	}{
		{finding.Counts{Error: 3, Warning: 2}, false, "sv", "3 fel, 2 varningar – åtgärda felen innan ärendet skickas"},
		{finding.Counts{Error: 1, Warning: 1, Info: 1}, false, "sv", "1 fel, 1 varning, 1 info – åtgärda felen innan ärendet skickas"},
		{finding.Counts{Warning: 1}, false, "sv", "Inga fel, 1 varning – se över varningarna innan ärendet skickas"},
		{finding.Counts{Info: 2}, false, "sv", "Inga fel eller varningar (2 info) – inget behöver åtgärdas"},
		{finding.Counts{}, false, "sv", "Inga fel eller varningar – tjlint hittade inget att åtgärda"},
		{finding.Counts{Error: 1}, true, "sv", "Dokumentet kunde inte granskas – se felet nedan"},
		{finding.Counts{Error: 1, Warning: 2}, false, "en", "1 error, 2 warnings – fix the errors before the case is sent"},
		{finding.Counts{}, false, "en", "No errors or warnings – tjlint found nothing to fix"},
	}
	for _, tc := range tests {
		if got := Verdict(tc.c, tc.input, tc.lang); got != tc.want {
			t.Errorf("Verdict(%+v, %v, %s) = %q, want %q", tc.c, tc.input, tc.lang, got, tc.want)
		}
	}
}

func TestIsLoopback(t *testing.T) {
	for addr, want := range map[string]bool{
		"127.0.0.1:8080": true, "localhost:8080": true, "[::1]:80": true, "127.1.2.3:0": true,
		":8080": false, "0.0.0.0:8080": false, "[::]:8080": false, "192.0.2.10:8080": false, "example.org:80": false,
	} {
		if got := IsLoopback(addr); got != want {
			t.Errorf("IsLoopback(%q) = %v", addr, got)
		}
	}
}

func TestCleanName(t *testing.T) {
	for in, want := range map[string]string{
		"arende.docx":                     "arende.docx",
		`C:\tmp\arende.docx`:              "arende.docx",
		"../../etc/passwd.json":           "passwd.json",
		"a\x00b\nc.json":                  "abc.json",
		"  ":                              "",
		strings.Repeat("å", 300) + ".txt": strings.Repeat("å", 98) + ".txt",
	} {
		if got := cleanName(in); got != want {
			t.Errorf("cleanName(%q) = %q, want %q", in, got, want)
		}
	}
}

// Many concurrent checks through one shared Checker all get the right
// answer. Run with -race.
func TestConcurrentChecks(t *testing.T) {
	seed, err := os.ReadFile(seedDocument)
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(newTestServer(t, func(o *Options) { o.MaxConcurrent = 64 }).Handler())
	defer srv.Close()
	type tcase struct {
		name, content string
		status        int
		rule          string // a rule that must be among the findings; "" for none at all
	}
	cases := []tcase{
		{"clean.json", cleanJSON, 200, ""},
		{"nogea.json", noGenderJSON, 200, "gender-equality/missing"},
		{"nogea.yaml", noGenderYAML, 200, "gender-equality/missing"},
		{"broken.json", brokenJSON, 422, check.RuleInvalid},
		{"doc.pdf", "%PDF", 422, check.RuleInvalid},
		{"doc.doc", "\xd0\xcf\x11\xe0", 415, ""},
		{"empty.json", "", 400, ""},
		{"yttrande.txt", string(seed), 200, "gender-equality/unsupported-neutrality"},
		{"trasig.docx", "PK\x03\x04 inte en docx", 422, check.RuleInvalid},
	}
	const workers = 50
	errs := make(chan error, workers*len(cases))
	var wg sync.WaitGroup
	for w := range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range cases {
				tc := cases[(w+i)%len(cases)]
				body, ct := multipartBody(t, tc.name, []byte(tc.content))
				resp, err := http.Post(srv.URL+"/api/v1/check", ct, body)
				if err != nil {
					errs <- err
					continue
				}
				data, _ := io.ReadAll(resp.Body)
				resp.Body.Close()
				if resp.StatusCode != tc.status {
					errs <- fmt.Errorf("%s: status %d, want %d", tc.name, resp.StatusCode, tc.status)
					continue
				}
				if tc.status != 200 && tc.status != 422 {
					continue
				}
				var r CheckResponse
				if err := json.Unmarshal(data, &r); err != nil {
					errs <- fmt.Errorf("%s: %w", tc.name, err)
					continue
				}
				got := rules(r)
				switch {
				case r.File != tc.name:
					errs <- fmt.Errorf("%s: answer for %s", tc.name, r.File)
				case tc.rule == "" && len(got) != 0:
					errs <- fmt.Errorf("%s: unexpected findings %v", tc.name, got)
				case tc.rule != "" && !slices.Contains(got, tc.rule):
					errs <- fmt.Errorf("%s: findings %v lack %s", tc.name, got, tc.rule)
				}
			}
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
}

// The document readers (text, DOCX) work through the API like JSON does.
func TestCheckDocuments(t *testing.T) {
	h := newTestServer(t, nil).Handler()
	seed, err := os.ReadFile(seedDocument)
	if err != nil {
		t.Fatal(err)
	}
	t.Run("seed as text", func(t *testing.T) {
		rec := do(h, uploadReq(t, "", "yttrande.txt", string(seed)))
		if rec.Code != http.StatusOK {
			t.Fatalf("status %d: %s", rec.Code, rec.Body)
		}
		r := decodeCheck(t, rec)
		for _, want := range []string{"gender-equality/unsupported-neutrality", "referral/deadline-unverifiable"} {
			if !slices.Contains(rules(r), want) {
				t.Errorf("findings %v lack %s", rules(r), want)
			}
		}
		if r.Format != "text" || r.Case["dnr"] != "KS 2019/1899" {
			t.Errorf("format %q dnr %v", r.Format, r.Case["dnr"])
		}
		ge, _ := r.Case["sections"].(map[string]any)["gender_equality"].(map[string]any)
		if !strings.Contains(fmt.Sprint(ge["text"]), "könsneutralt") {
			t.Errorf("gender equality section not extracted: %v", ge)
		}
		if p := r.Positions["/sections/gender_equality/text"]; p.Line == 0 {
			t.Error("no position for the gender equality text")
		}
	})
	t.Run("docx", func(t *testing.T) {
		doc := docxtest.Doc{Body: []any{
			docxtest.P{Style: "Title", Text: "Ny lekplats i Exempelby"},
			docxtest.P{Text: "Dnr KS 2031/0042"},
			docxtest.P{Style: "Heading1", Text: "Förslag till beslut"},
			docxtest.P{Text: "Kommunstyrelsen beslutar att anlägga en lekplats i Exempelby."},
			docxtest.P{Style: "Heading1", Text: "Sammanfattning"},
			docxtest.P{Text: "Förslaget gäller en ny lekplats."},
		}}
		rec := do(h, uploadReq(t, "", "lekplats.docx", string(doc.Bytes())))
		if rec.Code != http.StatusOK {
			t.Fatalf("status %d: %s", rec.Code, rec.Body)
		}
		r := decodeCheck(t, rec)
		if r.Format != "docx" || !slices.Contains(rules(r), "gender-equality/missing") {
			t.Errorf("format %q findings %v", r.Format, rules(r))
		}
	})
	t.Run("zip bomb docx", func(t *testing.T) {
		// 64 MiB of spaces compress to a few kB: the reader must refuse it
		// with an input error, not exhaust memory or crash.
		bomb := docxtest.Zip(map[string][]byte{
			"[Content_Types].xml": []byte(`<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>`),
			"word/document.xml":   bytes.Repeat([]byte(" "), 64<<20),
		}, []string{"[Content_Types].xml", "word/document.xml"})
		rec := do(h, uploadReq(t, "", "bomb.docx", string(bomb)))
		if rec.Code != http.StatusUnprocessableEntity {
			t.Fatalf("status %d: %.300s", rec.Code, rec.Body)
		}
		if r := decodeCheck(t, rec); r.Error == "" || !r.InputError {
			t.Errorf("response %+v", r)
		}
	})
}
