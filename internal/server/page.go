package server

import (
	"bytes"
	"embed"
	"fmt"
	"html/template"
	"io/fs"
	"net/http"
	"strings"

	"github.com/tjlint/tjlint/internal/reader"
)

//go:embed static
var staticFS embed.FS

//go:embed templates/page.html
var pageTemplate string

type pageRenderer struct {
	tmpl *template.Template
}

func newPageRenderer() (*pageRenderer, error) {
	t, err := template.New("page").Parse(pageTemplate)
	if err != nil {
		return nil, err
	}
	return &pageRenderer{tmpl: t}, nil
}

// pageText are the page's fixed texts; app.js has the texts it builds
// itself.
var pageText = map[string]map[string]string{
	"sv": {
		"title":       "tjlint – granska ett ärende",
		"heading":     "Granska ett ärende innan det skickas",
		"intro":       "Välj ett tjänsteutlåtande, en tjänsteskrivelse eller ett yttrande. tjlint visar vad som saknas och var i dokumentet det gäller.",
		"privacy":     "Dokumentet granskas här på servern och sparas inte.",
		"choose":      "Välj dokument",
		"fileLabel":   "Dra hit ett dokument eller välj en fil",
		"fileHint":    "Filtyper: %s. Högst %s.",
		"fileButton":  "Välj fil …",
		"noFile":      "Ingen fil vald",
		"pasteLabel":  "…eller klistra in texten",
		"profile":     "Profil",
		"submit":      "Granska",
		"other":       "In English",
		"otherLang":   "en",
		"skip":        "Hoppa till innehållet",
		"noscript":    "Sidan behöver JavaScript. Du kan också använda kommandot tjlint check.",
		"footer":      "tjlint %s · Regler och källor:",
		"resultLabel": "Resultat",
	},
	"en": {
		"title":       "tjlint – check a case",
		"heading":     "Check a case before it is sent",
		"intro":       "Choose a tjänsteutlåtande, tjänsteskrivelse or yttrande. tjlint shows what is missing and where in the document.",
		"privacy":     "The document is checked here on the server and is not stored.",
		"choose":      "Choose a document",
		"fileLabel":   "Drop a document here or choose a file",
		"fileHint":    "File types: %s. At most %s.",
		"fileButton":  "Choose a file …",
		"noFile":      "No file chosen",
		"pasteLabel":  "…or paste the text",
		"profile":     "Profile",
		"submit":      "Check",
		"other":       "På svenska",
		"otherLang":   "sv",
		"skip":        "Skip to content",
		"noscript":    "This page needs JavaScript. You can also use the command tjlint check.",
		"footer":      "tjlint %s · Rules and references:",
		"resultLabel": "Result",
	},
}

type pageData struct {
	Lang       string
	T          map[string]string
	FileHint   string
	Footer     string
	Accept     string
	Profiles   []string
	OtherHref  string
	MaxUpload  int64
	RulesHref  string
	OtherLang  string
	ShowSelect bool
}

func (s *Server) handlePage(w http.ResponseWriter, r *http.Request) {
	lang, ok := parseLang(r.URL.Query().Get("lang"))
	if !ok {
		lang = "sv"
	}
	t := pageText[lang]
	exts := reader.Extensions()
	var upper []string
	for _, f := range reader.Registry() {
		upper = append(upper, strings.ToUpper(strings.TrimPrefix(f.Extensions[0], ".")))
	}
	d := pageData{
		Lang:       lang,
		T:          t,
		FileHint:   fmt.Sprintf(t["fileHint"], strings.Join(upper, ", "), humanSize(s.maxUpload, lang)),
		Footer:     fmt.Sprintf(t["footer"], s.version),
		Accept:     strings.Join(exts, ","),
		Profiles:   s.ProfileNames(),
		ShowSelect: len(s.profiles) > 1,
		MaxUpload:  s.maxUpload,
		OtherLang:  t["otherLang"],
		OtherHref:  "/?lang=" + t["otherLang"],
		RulesHref:  "/api/v1/rules?lang=" + lang,
	}
	var buf bytes.Buffer
	if err := s.page.tmpl.Execute(&buf, d); err != nil {
		s.log.Error("page template", "err", err)
		writeError(w, http.StatusInternalServerError, "Sidan kunde inte visas.", "The page could not be rendered.")
		return
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.Header().Set("Cache-Control", "no-cache")
	_, _ = w.Write(buf.Bytes())
}

func (s *Server) staticHandler() http.Handler {
	sub, err := fs.Sub(staticFS, "static")
	if err != nil {
		panic(err) // embedded at build time; cannot fail
	}
	fsrv := http.StripPrefix("/static/", http.FileServerFS(sub))
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		name := strings.TrimPrefix(r.URL.Path, "/static/")
		if name == "" || strings.HasSuffix(name, "/") {
			notFound(w, r) // no directory listings
			return
		}
		if _, err := fs.Stat(sub, name); err != nil {
			notFound(w, r)
			return
		}
		w.Header().Set("Cache-Control", "no-cache")
		fsrv.ServeHTTP(w, r)
	})
}
