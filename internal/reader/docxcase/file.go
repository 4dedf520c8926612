package docxcase

import (
	"bytes"
	"encoding/xml"
	"sort"
	"strconv"
	"strings"

	"github.com/tjlint/tjlint/internal/casemodel"
	"github.com/tjlint/tjlint/internal/reader/extract"
	"github.com/tjlint/tjlint/internal/reader/textlang"
)

// FileInfo is what a .docx says about itself that matters for publishing
// it accessibly: the case model's "file" object.
type FileInfo struct {
	// Language is the default language of the text: w:lang in the
	// styles' document defaults or the Normal style, else the settings'
	// w:themeFontLang.
	Language string
	// Title is dc:title in docProps/core.xml.
	Title string
	// ImagesWithoutAlt names the drawings (wp:docPr name) that have no
	// descr or title and are not marked decorative.
	ImagesWithoutAlt []string
}

// fileInfo reads the file facts from the container's parts. Parts that do
// not parse give no facts rather than an error: the case was read.
func fileInfo(c *container) FileInfo {
	var fi FileInfo
	fi.Language = styleLanguage(c.styles)
	if fi.Language == "" {
		fi.Language = firstAttr(c.settings, "themeFontLang", "val")
	}
	fi.Title = strings.TrimSpace(elementText(c.core, "title"))
	fi.ImagesWithoutAlt = imagesWithoutAlt(c.document)
	return fi
}

// styleLanguage is the w:lang of w:docDefaults, else of the default
// paragraph style.
func styleLanguage(src []byte) string {
	d := xml.NewDecoder(bytes.NewReader(src))
	var inDefaults, inDefaultStyle bool
	var styleLang string
	depth := 0
	for {
		tok, err := d.Token()
		if err != nil {
			return styleLang
		}
		switch t := tok.(type) {
		case xml.StartElement:
			depth++
			if depth > MaxDepth {
				return styleLang
			}
			switch t.Name.Local {
			case "docDefaults":
				inDefaults = true
			case "style":
				v, _ := attr(t, "default")
				inDefaultStyle = v == "1" || v == "true"
			case "lang":
				v, _ := attr(t, "val")
				if inDefaults && v != "" {
					return v
				}
				if inDefaultStyle && styleLang == "" {
					styleLang = v
				}
			}
		case xml.EndElement:
			depth--
			switch t.Name.Local {
			case "docDefaults":
				inDefaults = false
			case "style":
				inDefaultStyle = false
			}
		}
	}
}

// firstAttr returns attribute a of the first element named local.
func firstAttr(src []byte, local, a string) string {
	d := xml.NewDecoder(bytes.NewReader(src))
	for {
		tok, err := d.Token()
		if err != nil {
			return ""
		}
		if t, ok := tok.(xml.StartElement); ok && t.Name.Local == local {
			v, _ := attr(t, a)
			return v
		}
	}
}

// elementText returns the character data of the first element named local.
func elementText(src []byte, local string) string {
	d := xml.NewDecoder(bytes.NewReader(src))
	in := false
	var b strings.Builder
	for {
		tok, err := d.Token()
		if err != nil {
			return b.String()
		}
		switch t := tok.(type) {
		case xml.StartElement:
			in = in || t.Name.Local == local
		case xml.CharData:
			if in && b.Len() < 1000 {
				b.Write(t)
			}
		case xml.EndElement:
			if in && t.Name.Local == local {
				return b.String()
			}
		}
	}
}

// imagesWithoutAlt lists the drawings of the body without alternative
// text: a wp:docPr with neither descr nor title, not marked decorative
// (adec:decorative val="1" inside it).
func imagesWithoutAlt(src []byte) []string {
	d := xml.NewDecoder(bytes.NewReader(src))
	var out []string
	var name string
	n := 0        // drawings so far
	open := false // inside a docPr without alt text
	for len(out) < 1000 {
		tok, err := d.Token()
		if err != nil {
			break
		}
		switch t := tok.(type) {
		case xml.StartElement:
			switch t.Name.Local {
			case "docPr":
				n++
				descr, _ := attr(t, "descr")
				title, _ := attr(t, "title")
				name, _ = attr(t, "name")
				open = strings.TrimSpace(descr) == "" && strings.TrimSpace(title) == ""
			case "decorative":
				if v, _ := attr(t, "val"); open && (v == "1" || v == "true") {
					open = false
				}
			}
		case xml.EndElement:
			if t.Name.Local == "docPr" && open {
				if name == "" {
					name = "bild " + strconv.Itoa(n)
				}
				out = append(out, name)
				open = false
			}
		}
	}
	return out
}

// sectionKeys are the case's section keys in the order of their headings.
func sectionKeys(c *casemodel.Case) []string {
	secs, _ := c.Value["sections"].(map[string]any)
	keys := make([]string, 0, len(secs))
	for k := range secs {
		keys = append(keys, k)
	}
	line := func(k string) int { return c.Positions["/sections/"+k+"/heading"].Line }
	sort.Slice(keys, func(i, j int) bool {
		if line(keys[i]) != line(keys[j]) {
			return line(keys[i]) < line(keys[j])
		}
		return keys[i] < keys[j]
	})
	return keys
}

// fakeHeadings are the section headings of the case that the extractor
// found in bold paragraphs rather than in heading styles.
func fakeHeadings(c *casemodel.Case, blocks []extract.Block) []string {
	bold := map[casemodel.Pos]string{}
	for _, b := range blocks {
		if b.Bold && b.Kind == extract.Paragraph {
			bold[b.Pos()] = b.Text
		}
	}
	secs, _ := c.Value["sections"].(map[string]any)
	var out []string
	for _, k := range sectionKeys(c) {
		s, _ := secs[k].(map[string]any)
		h, _ := s["heading"].(string)
		if t, ok := bold[c.Positions["/sections/"+k+"/heading"]]; ok && h != "" && strings.TrimSpace(t) == strings.TrimSpace(h) {
			out = append(out, h)
		}
	}
	return out
}

// addFile stores the file object in the case, at the rendering's first
// line (each fake heading at its own).
func addFile(c *casemodel.Case, d *Document, fi FileInfo) {
	var text strings.Builder
	for _, l := range d.Lines {
		text.WriteString(l.Text)
		text.WriteByte('\n')
	}
	first := casemodel.Pos{Line: 1, Column: 1}
	list := func(ss []string) []any {
		out := []any{}
		for _, s := range ss {
			out = append(out, s)
		}
		return out
	}
	fake := fakeHeadings(c, d.Blocks)
	c.Value["file"] = map[string]any{
		"format":             "docx",
		"language":           fi.Language,
		"title":              fi.Title,
		"images_without_alt": list(fi.ImagesWithoutAlt),
		"fake_headings":      list(fake),
		"text_language":      textlang.Guess(text.String()),
	}
	for _, k := range []string{"", "/format", "/language", "/title", "/images_without_alt", "/fake_headings", "/text_language"} {
		c.Positions["/file"+k] = first
	}
	secs, _ := c.Value["sections"].(map[string]any)
	i := 0
	for _, k := range sectionKeys(c) {
		s, _ := secs[k].(map[string]any)
		if i < len(fake) && s["heading"] == fake[i] {
			c.Positions["/file/fake_headings/"+strconv.Itoa(i)] = c.Positions["/sections/"+k+"/heading"]
			i++
		}
	}
}
