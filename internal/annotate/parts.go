package annotate

import (
	"bytes"
	"encoding/xml"
	"strconv"
	"strings"
	"time"
	"unicode"

	"github.com/tjlint/tjlint/internal/finding"
	"github.com/tjlint/tjlint/internal/i18n"
)

// commentText is a finding's comment: what is wrong and how to fix it (the
// message), the suggested rewrite (never for a sensitive finding) and the
// rule.
func commentText(f finding.Finding, lang string) []string {
	level := []rune(f.Severity.Word(lang))
	level[0] = unicode.ToUpper(level[0])
	out := []string{string(level) + ": " + f.Message.In(lang)}
	if f.HasReplacement && !f.Sensitive {
		if f.Match != "" {
			out = append(out, i18n.T("Förslag: skriv ”"+f.Replacement+"” i stället för ”"+f.Match+"”.",
				"Suggestion: write “"+f.Replacement+"” instead of “"+f.Match+"”.").In(lang))
		} else {
			out = append(out, i18n.T("Förslag: ”"+f.Replacement+"”", "Suggestion: “"+f.Replacement+"”").In(lang))
		}
	}
	out = append(out, i18n.T("Regel: "+f.Rule+" (mer om regeln: tjlint rules explain "+f.Rule+")",
		"Rule: "+f.Rule+" (more: tjlint rules explain "+f.Rule+")").In(lang))
	return out
}

func escape(s string) string {
	var b strings.Builder
	_ = xml.EscapeText(&b, []byte(s))
	return b.String()
}

// commentXML is one w:comment, declaring its own w prefix so that it can be
// added to an existing comments part whatever prefix that uses.
func commentXML(c Comment, ns string, date time.Time) string {
	var b strings.Builder
	b.WriteString(`<w:comment xmlns:w="` + ns + `" w:id="` + strconv.Itoa(c.ID) + `" w:author="` + Author + `"`)
	if !date.IsZero() {
		b.WriteString(` w:date="` + date.UTC().Format("2006-01-02T15:04:05Z") + `"`)
	}
	b.WriteString(` w:initials="tj">`)
	for _, p := range c.Text {
		b.WriteString(`<w:p><w:r><w:t xml:space="preserve">` + escape(p) + `</w:t></w:r></w:p>`)
	}
	b.WriteString(`</w:comment>`)
	return b.String()
}

// writeComments returns word/comments.xml: the existing part with the
// comments added, or a new part.
func writeComments(existing []byte, ns string, cs []Comment, date time.Time) []byte {
	var b strings.Builder
	for _, c := range cs {
		b.WriteString(commentXML(c, ns, date))
	}
	if existing != nil {
		if i := bytes.LastIndex(existing, []byte("</")); i >= 0 {
			return insertAt(existing, i, b.String())
		}
	}
	return []byte(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` + "\n" +
		`<w:comments xmlns:w="` + ns + `">` + b.String() + `</w:comments>`)
}

func insertAt(src []byte, i int, s string) []byte {
	out := make([]byte, 0, len(src)+len(s))
	out = append(out, src[:i]...)
	out = append(out, s...)
	return append(out, src[i:]...)
}

// maxCommentID is the largest w:id of the comments in a comments part, -1
// when there is none.
func maxCommentID(part []byte) int {
	m := -1
	if part == nil {
		return m
	}
	d := xml.NewDecoder(bytes.NewReader(part))
	for {
		tok, err := d.Token()
		if err != nil {
			return m
		}
		if t, ok := tok.(xml.StartElement); ok && t.Name.Local == "comment" {
			for _, a := range t.Attr {
				if a.Name.Local == "id" {
					if n, err := strconv.Atoi(a.Value); err == nil && n > m {
						m = n
					}
				}
			}
		}
	}
}

const (
	relComments       = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments"
	relCommentsStrict = "http://purl.oclc.org/ooxml/officeDocument/relationships/comments"
	ctComments        = "application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml"
)

// addRelationship adds the comments part to the document's relationships
// unless it is there.
func addRelationship(rels []byte, strict bool) []byte {
	typ := relComments
	if strict {
		typ = relCommentsStrict
	}
	if bytes.Contains(rels, []byte(`"`+typ+`"`)) {
		return rels
	}
	id := "rIdTjlintComments"
	for n := 2; bytes.Contains(rels, []byte(`"`+id+`"`)); n++ {
		id = "rIdTjlintComments" + strconv.Itoa(n)
	}
	rel := `<Relationship Id="` + id + `" Type="` + typ + `" Target="comments.xml"/>`
	i := bytes.LastIndex(rels, []byte("</"))
	if rels == nil || i < 0 {
		return []byte(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` + "\n" +
			`<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` + rel + `</Relationships>`)
	}
	return insertAt(rels, i, rel)
}

// addOverride adds the comments part's content type unless it is there.
func addOverride(ct []byte) []byte {
	if bytes.Contains(ct, []byte(`"/word/comments.xml"`)) {
		return ct
	}
	i := bytes.LastIndex(ct, []byte("</"))
	if i < 0 {
		return ct
	}
	return insertAt(ct, i, `<Override PartName="/word/comments.xml" ContentType="`+ctComments+`"/>`)
}
