package pdfcase

import (
	"encoding/json"
	"html"
	"io"
	"regexp"
	"strconv"
	"strings"

	"github.com/ledongthuc/pdf"

	"github.com/tjlint/tjlint/internal/casemodel"
	"github.com/tjlint/tjlint/internal/reader/textlang"
)

// FileInfo is what a PDF says about itself that matters for publishing it
// accessibly: the case model's "file" object.
type FileInfo struct {
	Tagged           bool   // a structure tree (tagged PDF)
	Language         string // the catalog's /Lang
	Title            string // the info dictionary's or XMP's title
	TitleShown       bool   // /ViewerPreferences /DisplayDocTitle true
	Pages            int
	PagesWithoutText []int // 1-based pages on which no text is shown
	// ImagesWithoutAlt names the tagged figures without /Alt or
	// /ActualText by their order among the figures ("figur 2").
	ImagesWithoutAlt []string
	TextLanguage     string
}

func fileInfo(r *pdf.Reader, pages []page, lim *limits) FileInfo {
	root := r.Trailer().Key("Root")
	fi := FileInfo{Pages: len(pages)}
	st := root.Key("StructTreeRoot")
	fi.Tagged = st.Kind() == pdf.Dict
	fi.Language = strings.TrimSpace(root.Key("Lang").Text())
	fi.Title = strings.TrimSpace(r.Trailer().Key("Info").Key("Title").Text())
	if fi.Title == "" {
		fi.Title = xmpTitle(root.Key("Metadata"))
	}
	fi.TitleShown = root.Key("ViewerPreferences").Key("DisplayDocTitle").Bool()
	var all strings.Builder
	for i, p := range pages {
		if len(p.Lines) == 0 {
			fi.PagesWithoutText = append(fi.PagesWithoutText, i+1)
		}
		for _, l := range p.Lines {
			all.WriteString(l.Text)
			all.WriteByte('\n')
		}
	}
	if fi.Tagged {
		w := figureWalk{roles: roleMap(st.Key("RoleMap")), budget: lim.structNodes}
		w.walk(st.Key("K"), 0)
		fi.ImagesWithoutAlt = w.missing
	}
	fi.TextLanguage = textlang.Guess(all.String())
	return fi
}

var xmpTitleRE = regexp.MustCompile(`(?s)<dc:title>.*?<rdf:li[^>]*>(.*?)</rdf:li>`)

func xmpTitle(m pdf.Value) string {
	if m.Kind() != pdf.Stream {
		return ""
	}
	rc := m.Reader()
	defer rc.Close()
	b, _ := io.ReadAll(io.LimitReader(rc, 1<<20))
	if s := xmpTitleRE.FindSubmatch(b); s != nil {
		return strings.TrimSpace(html.UnescapeString(string(s[1])))
	}
	return ""
}

func roleMap(v pdf.Value) map[string]string {
	out := map[string]string{}
	for _, k := range v.Keys() {
		out[k] = v.Key(k).Name()
	}
	return out
}

// figureWalk finds the Figure elements of a structure tree that have
// neither /Alt nor /ActualText. budget bounds the elements visited (a
// cyclic or huge tree stops there); depth bounds nesting.
type figureWalk struct {
	roles   map[string]string
	budget  int
	figures int
	missing []string
}

func (w *figureWalk) walk(k pdf.Value, depth int) {
	if depth > 64 || w.budget <= 0 {
		return
	}
	w.budget--
	switch k.Kind() {
	case pdf.Array:
		for i := 0; i < k.Len() && w.budget > 0; i++ {
			w.walk(k.Index(i), depth+1)
		}
	case pdf.Dict:
		s := k.Key("S").Name()
		if r, ok := w.roles[s]; ok && r != "" {
			s = r
		}
		if s == "Figure" {
			w.figures++
			if strings.TrimSpace(k.Key("Alt").Text()) == "" && strings.TrimSpace(k.Key("ActualText").Text()) == "" {
				w.missing = append(w.missing, "figur "+strconv.Itoa(w.figures))
			}
		}
		w.walk(k.Key("K"), depth+1)
	}
}

// addTo stores the file object in the case, positioned at page 1 (and
// each page without text at its page marker).
func (fi FileInfo) addTo(c *casemodel.Case, d *Document) {
	num := func(n int) json.Number { return json.Number(strconv.Itoa(n)) }
	first := casemodel.Pos{Line: d.pageLine(1), Column: 1}
	empty, noAlt := []any{}, []any{}
	for _, s := range fi.ImagesWithoutAlt {
		noAlt = append(noAlt, s)
	}
	for i, p := range fi.PagesWithoutText {
		empty = append(empty, num(p))
		c.Positions["/file/pages_without_text/"+strconv.Itoa(i)] = casemodel.Pos{Line: d.pageLine(p), Column: 1}
	}
	f := map[string]any{
		"format":             "pdf",
		"tagged":             fi.Tagged,
		"language":           fi.Language,
		"title":              fi.Title,
		"title_shown":        fi.TitleShown,
		"pages":              num(fi.Pages),
		"pages_without_text": empty,
		"images_without_alt": noAlt,
		"text_language":      fi.TextLanguage,
	}
	c.Value["file"] = f
	c.Positions["/file"] = first
	for k := range f {
		if k != "pages_without_text" {
			c.Positions["/file/"+k] = first
		}
	}
	c.Positions["/file/pages_without_text"] = first
}
