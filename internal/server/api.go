package server

import (
	"context"
	"errors"
	"fmt"
	"io"
	"mime"
	"net/http"
	"net/url"
	"path"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"
	"unicode/utf8"

	"github.com/tjlint/tjlint/internal/check"
	"github.com/tjlint/tjlint/internal/finding"
	"github.com/tjlint/tjlint/internal/i18n"
	"github.com/tjlint/tjlint/internal/reader"
	"github.com/tjlint/tjlint/internal/report"
)

// CheckResponse is the body of POST /api/v1/check: the document of
// `tjlint check --format json` (version, files, findings, summary), each
// finding with its rule's explanation, plus the extracted case and the
// positions of its values.
type CheckResponse struct {
	Version  int            `json:"version"`
	Files    int            `json:"files"`
	Findings []Finding      `json:"findings"`
	Summary  map[string]int `json:"summary"`

	// File is the document's name as uploaded (base name only).
	File string `json:"file"`
	// Profile is the configuration profile used.
	Profile string `json:"profile"`
	// Lang is the language of messages, titles and the verdict.
	Lang string `json:"lang"`
	// Verdict is a one-line summary for people, e.g. "3 fel, 2 varningar –
	// åtgärda felen innan ärendet skickas".
	Verdict string `json:"verdict"`
	// InputError is true when the document could not be read (status 422).
	InputError bool `json:"input_error"`
	// Error and ErrorEN repeat the input error's message when InputError.
	Error   string `json:"error,omitempty"`
	ErrorEN string `json:"error_en,omitempty"`
	// Format is the reader that read the document ("json", "docx", ...).
	Format string `json:"format,omitempty"`
	// Case is the extracted case model; null when the document could not
	// be read.
	Case map[string]any `json:"case"`
	// Positions maps JSON pointers into Case to where the value starts in
	// the document.
	Positions map[string]Position `json:"positions"`
}

// Finding is one finding of the JSON format with its rule's explanation.
type Finding struct {
	report.JSONFinding
	Title       string      `json:"title,omitempty"`
	Description string      `json:"description,omitempty"`
	References  []Reference `json:"references,omitempty"`
}

// Reference is a guideline, law or document behind a rule (METADATA
// related_resources).
type Reference struct {
	Ref         string `json:"ref"`
	Description string `json:"description,omitempty"`
}

// Position is a 1-based line and column.
type Position struct {
	Line   int `json:"line"`
	Column int `json:"column"`
}

// RuleInfo is one entry of GET /api/v1/rules.
type RuleInfo struct {
	ID          string      `json:"id"`
	Severity    string      `json:"severity"`
	Title       string      `json:"title"`
	Description string      `json:"description"`
	References  []Reference `json:"references,omitempty"`
}

func (s *Server) handleCheck(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	lang, c, profile, ok := s.langAndChecker(w, q)
	if !ok {
		return
	}
	mdOut := false
	switch q.Get("format") {
	case "", "json":
	case "markdown":
		mdOut = true
	default:
		writeText(w, http.StatusBadRequest, i18n.T("Okänt format (json eller markdown).", "Unknown format (json or markdown)."))
		return
	}

	if r.ContentLength > s.maxBody() {
		writeText(w, http.StatusRequestEntityTooLarge, s.tooLarge().msg)
		return
	}
	// The body is read only while holding a check slot, so that
	// --max-concurrent bounds the memory of bodies as well as of checks.
	release, ok := s.acquire(r.Context())
	if !ok {
		w.Header().Set("Retry-After", "5")
		writeError(w, http.StatusServiceUnavailable,
			"Servern granskar redan så många dokument som den får just nu. Vänta några sekunder och försök igen.",
			"The server is already checking as many documents as it may. Wait a few seconds and try again.")
		return
	}
	defer release()
	name, src, st := s.readDocument(w, r)
	if st != nil {
		writeText(w, st.status, st.msg)
		return
	}
	if _, err := reader.Detect(name, src); err != nil {
		ext := path.Ext(name)
		if strings.EqualFold(ext, ".doc") {
			writeText(w, http.StatusUnsupportedMediaType, oldWord)
			return
		}
		writeText(w, http.StatusUnsupportedMediaType, i18n.Sprintf(
			"Okänd filtyp %q. tjlint läser %s. Spara dokumentet som Word-dokument (.docx) eller PDF och försök igen.",
			"Unknown file type %q. tjlint reads %s. Save the document as a Word document (.docx) or PDF and try again.",
			ext, strings.Join(reader.Extensions(), ", ")))
		return
	}
	res := s.runCheck(r.Context(), c, name, src)
	release()

	resp := buildResponse(c, res, profile, lang, s.version)
	status := http.StatusOK
	if res.InputError {
		status = http.StatusUnprocessableEntity
	}
	if mdOut {
		w.Header().Set("Content-Type", "text/markdown; charset=utf-8")
		w.Header().Set("Cache-Control", "no-store")
		w.Header().Set("Content-Disposition", `attachment; filename="tjlint-rapport.md"`)
		w.WriteHeader(status)
		_, _ = io.WriteString(w, Markdown(resp))
		return
	}
	writeJSON(w, status, resp)
}

// requestError is a 4xx answer to a request whose body could not be taken.
type requestError struct {
	status int
	msg    i18n.Text
}

// writeText answers with an API error in both languages.
func writeText(w http.ResponseWriter, status int, t i18n.Text) { writeError(w, status, t.SV, t.EN) }

// readDocument takes the document from a multipart upload (field "file") or
// from the raw body (name from ?filename=). It reads into memory only.
// The whole body, chunked or not, is limited before anything reads it.
func (s *Server) readDocument(w http.ResponseWriter, r *http.Request) (string, []byte, *requestError) {
	tooLarge := s.tooLarge()
	r.Body = http.MaxBytesReader(w, r.Body, s.maxBody())
	body := r.Body
	readErr := func(err error) *requestError {
		var mbe *http.MaxBytesError
		if errors.As(err, &mbe) {
			return tooLarge
		}
		return &requestError{http.StatusBadRequest, i18n.T(
			"Begäran kunde inte läsas (avbruten eller felaktig uppladdning). Försök igen.",
			"The request could not be read (interrupted or malformed upload). Try again.")}
	}

	var name string
	var src []byte
	mt, params, _ := mime.ParseMediaType(r.Header.Get("Content-Type"))
	if mt == "multipart/form-data" {
		if params["boundary"] == "" {
			return "", nil, &requestError{http.StatusBadRequest, i18n.T(
				"Uppladdningen saknar gräns (boundary) i Content-Type.", "The upload has no boundary in Content-Type.")}
		}
		mr, err := r.MultipartReader()
		if err != nil {
			return "", nil, readErr(err)
		}
		found := false
		for {
			p, err := mr.NextPart()
			if errors.Is(err, io.EOF) {
				break
			}
			if err != nil {
				return "", nil, readErr(err)
			}
			if p.FormName() != "file" || found {
				// Other fields are drained; they count toward the limit.
				if _, err := io.Copy(io.Discard, p); err != nil {
					return "", nil, readErr(err)
				}
				continue
			}
			found = true
			name = p.FileName()
			if src, err = io.ReadAll(io.LimitReader(p, s.maxUpload+1)); err != nil {
				return "", nil, readErr(err)
			}
			if int64(len(src)) > s.maxUpload {
				return "", nil, tooLarge
			}
		}
		if !found {
			return "", nil, &requestError{http.StatusBadRequest, i18n.T(
				"Uppladdningen saknar fältet \"file\" med dokumentet.", "The upload has no \"file\" field with the document.")}
		}
	} else {
		var err error
		if src, err = io.ReadAll(io.LimitReader(body, s.maxUpload+1)); err != nil {
			return "", nil, readErr(err)
		}
		if int64(len(src)) > s.maxUpload {
			return "", nil, tooLarge
		}
		name = r.URL.Query().Get("filename")
	}
	if len(src) == 0 {
		return "", nil, &requestError{http.StatusBadRequest, i18n.T(
			"Dokumentet är tomt. Välj en fil eller klistra in text.", "The document is empty. Choose a file or paste text.")}
	}
	name = cleanName(name)
	if name == "" {
		return "", nil, &requestError{http.StatusBadRequest, i18n.T(
			"Filnamn saknas: ladda upp en fil eller ange ?filename= (t.ex. arende.docx) så att tjlint vet vilken filtyp det är.",
			"File name missing: upload a file or give ?filename= (e.g. case.docx) so that tjlint knows the file type.")}
	}
	return name, src, nil
}

// multipartSlack is what a multipart body may hold besides the document:
// boundaries, part headers and small fields.
const multipartSlack = 64 << 10

// maxBody is the limit of a request body: the document and multipart slack.
func (s *Server) maxBody() int64 { return s.maxUpload + multipartSlack }

func (s *Server) tooLarge() *requestError {
	return &requestError{http.StatusRequestEntityTooLarge, i18n.T(
		fmt.Sprintf("Dokumentet är för stort. Största tillåtna storlek är %s.", humanSize(s.maxUpload, "sv")),
		fmt.Sprintf("The document is too large. The largest allowed size is %s.", humanSize(s.maxUpload, "en")))}
}

// cleanName keeps only the base name of an uploaded file's name (browsers
// on Windows may send a full path) and bounds its length.
func cleanName(name string) string {
	name = strings.TrimSpace(name)
	if i := strings.LastIndexAny(name, `/\`); i >= 0 {
		name = name[i+1:]
	}
	name = strings.Map(func(r rune) rune {
		if r < 0x20 || r == 0x7f {
			return -1
		}
		return r
	}, name)
	if !utf8.ValidString(name) {
		name = strings.ToValidUTF8(name, "_")
	}
	if len(name) > 200 {
		ext := path.Ext(name)
		if len(ext) > 20 {
			ext = ""
		}
		name = strings.ToValidUTF8(name[:200-len(ext)], "") + ext
	}
	return name
}

// acquire takes a check slot, waiting at most queueWait. release may be
// called more than once.
func (s *Server) acquire(ctx context.Context) (release func(), ok bool) {
	select {
	case s.sem <- struct{}{}:
		return sync.OnceFunc(func() { <-s.sem }), true
	default:
	}
	t := time.NewTimer(s.queueWait)
	defer t.Stop()
	select {
	case s.sem <- struct{}{}:
		return sync.OnceFunc(func() { <-s.sem }), true
	case <-t.C:
	case <-ctx.Done():
	}
	return nil, false
}

// runCheck checks one document. A panic in a reader (a hostile document
// hitting a bug) becomes an input error rather than a crash.
// The checker applies its per-file deadline (check.Options.Timeout).
func (s *Server) runCheck(ctx context.Context, c *check.Checker, name string, src []byte) check.Result {
	in := check.Input{Name: name, Data: src}
	return c.Run(ctx, slices.Values([]check.Input{in}), check.RunOptions{Jobs: 1, KeepCases: true,
		Recover: func(v any) { s.log.Error("panic while checking a document", "panic", v) }})
}

func buildResponse(c *check.Checker, res check.Result, profile, lang, version string) CheckResponse {
	result := res.Report(lang, c.Rules(), version)
	jr := report.JSON{}.Build(result)
	resp := CheckResponse{
		Version: jr.Version, Files: jr.Files, Summary: jr.Summary, Findings: []Finding{},
		File: res.Files[0], Profile: profile, Lang: lang, InputError: res.InputError,
		Positions: map[string]Position{},
	}
	for _, jf := range jr.Findings {
		f := Finding{JSONFinding: jf}
		if rule, ok := c.Rule(jf.Rule); ok {
			f.Title, f.Description = rule.Localized(lang)
			f.References = references(rule.Related)
		}
		resp.Findings = append(resp.Findings, f)
	}
	if cs := res.Cases[0]; cs != nil {
		resp.Case = cs.Value
		resp.Format = cs.Format
		for p, pos := range cs.Positions {
			resp.Positions[p] = Position{Line: pos.Line, Column: pos.Column}
		}
	}
	for _, f := range res.Findings {
		if res.InputError && check.IsRunError(f.Rule) {
			resp.Error, resp.ErrorEN = f.Message.SV, f.Message.In("en")
			break
		}
	}
	resp.Verdict = Verdict(result.Counts(), res.InputError, lang)
	return resp
}

func references(rs []finding.Resource) []Reference {
	var out []Reference
	for _, r := range rs {
		out = append(out, Reference{Ref: r.Ref, Description: r.Description})
	}
	return out
}

// Verdict is the one-line summary shown above the result.
func Verdict(c finding.Counts, inputError bool, lang string) string {
	en := lang == "en"
	if inputError {
		if en {
			return "The document could not be checked – see the error below"
		}
		return "Dokumentet kunde inte granskas – se felet nedan"
	}
	var parts []string
	if c.Error > 0 {
		parts = append(parts, count(c.Error, "fel", "fel", "error", "errors", en))
	}
	if c.Warning > 0 {
		parts = append(parts, count(c.Warning, "varning", "varningar", "warning", "warnings", en))
	}
	if c.Info > 0 {
		parts = append(parts, count(c.Info, "info", "info", "note", "notes", en))
	}
	list := strings.Join(parts, ", ")
	switch {
	case c.Error > 0 && en:
		return list + " – fix the errors before the case is sent"
	case c.Error > 0:
		return list + " – åtgärda felen innan ärendet skickas"
	case c.Warning > 0 && en:
		return "No errors, " + list + " – review the warnings before the case is sent"
	case c.Warning > 0:
		return "Inga fel, " + list + " – se över varningarna innan ärendet skickas"
	case c.Info > 0 && en:
		return "No errors or warnings (" + list + ") – nothing has to be fixed"
	case c.Info > 0:
		return "Inga fel eller varningar (" + list + ") – inget behöver åtgärdas"
	case en:
		return "No errors or warnings – tjlint found nothing to fix"
	}
	return "Inga fel eller varningar – tjlint hittade inget att åtgärda"
}

func count(n int, one, many, oneEN, manyEN string, en bool) string {
	w := many
	switch {
	case en && n == 1:
		w = oneEN
	case en:
		w = manyEN
	case n == 1:
		w = one
	}
	return strconv.Itoa(n) + " " + w
}

func humanSize(n int64, lang string) string {
	if n >= 1<<20 && n%(1<<20) == 0 {
		return fmt.Sprintf("%d MB", n>>20)
	}
	if n >= 1<<10 {
		return fmt.Sprintf("%d kB", n>>10)
	}
	if lang == "en" {
		return fmt.Sprintf("%d bytes", n)
	}
	return fmt.Sprintf("%d byte", n)
}

func parseLang(s string) (string, bool) {
	switch s {
	case "", "sv":
		return "sv", true
	case "en":
		return "en", true
	}
	return "", false
}

func (s *Server) handleRules(w http.ResponseWriter, r *http.Request) {
	lang, c, _, ok := s.langAndChecker(w, r.URL.Query())
	if !ok {
		return
	}
	out := []RuleInfo{}
	for _, rule := range c.Rules() {
		t, d := rule.Localized(lang)
		out = append(out, RuleInfo{ID: rule.ID, Severity: rule.Severity.String(), Title: t, Description: d, References: references(rule.Related)})
	}
	writeJSON(w, http.StatusOK, out)
}

// Health is the body of GET /healthz.
type Health struct {
	Status   string   `json:"status"`
	Version  string   `json:"version"`
	Profiles []string `json:"profiles"`
	// Readers are the file extensions the server can check.
	Readers []string `json:"readers"`
}

func (s *Server) handleHealth(w http.ResponseWriter, _ *http.Request) {
	writeJSON(w, http.StatusOK, Health{Status: "ok", Version: s.version, Profiles: s.ProfileNames(), Readers: reader.Extensions()})
}

// langAndChecker reads the lang and profile query parameters shared by the
// API endpoints; on a bad value it answers 400 and returns ok false.
func (s *Server) langAndChecker(w http.ResponseWriter, q url.Values) (lang string, c *check.Checker, profile string, ok bool) {
	lang, ok = parseLang(q.Get("lang"))
	if !ok {
		writeText(w, http.StatusBadRequest, i18n.T("Okänt språk i lang (sv eller en).", "Unknown lang (sv or en)."))
		return "", nil, "", false
	}
	c, profile, ok = s.checker(q.Get("profile"))
	if !ok {
		writeText(w, http.StatusBadRequest, i18n.Sprintf("Okänd profil %q. Profiler: %s.", "Unknown profile %q. Profiles: %s.",
			q.Get("profile"), strings.Join(s.ProfileNames(), ", ")))
		return "", nil, "", false
	}
	return lang, c, profile, true
}
