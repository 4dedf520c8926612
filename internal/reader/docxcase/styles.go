package docxcase

import (
	"bytes"
	"encoding/xml"
	"errors"
	"io"
	"strconv"
	"strings"
)

// Namespaces of WordprocessingML: transitional (what Word writes) and strict.
const (
	nsW       = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
	nsWStrict = "http://purl.oclc.org/ooxml/wordprocessingml/main"
)

func isW(n xml.Name, local string) bool {
	return n.Local == local && (n.Space == nsW || n.Space == nsWStrict)
}

// attr returns the w:val-style attribute local of a w: element.
func attr(se xml.StartElement, local string) (string, bool) {
	for _, a := range se.Attr {
		if a.Name.Local == local && (a.Name.Space == nsW || a.Name.Space == nsWStrict || a.Name.Space == "") {
			return a.Value, true
		}
	}
	return "", false
}

// onOff reads a toggle property such as <w:b/> or <w:b w:val="false"/>.
func onOff(se xml.StartElement) bool {
	v, ok := attr(se, "val")
	if !ok {
		return true
	}
	switch strings.ToLower(v) {
	case "0", "false", "off", "none":
		return false
	}
	return true
}

// style is one paragraph or character style of styles.xml.
type style struct {
	id, name, basedOn string
	outline           int // w:outlineLvl, -1 when not set
	bold              int // -1 unset, 0 off, 1 on
	numbered          int // -1 unset, 0 numId 0, 1 numbered
}

// styles resolves heading levels, bold and numbering through basedOn.
type styles struct {
	byID map[string]*style
}

func parseStyles(src []byte) (*styles, error) {
	s := &styles{byID: map[string]*style{}}
	if src == nil {
		return s, nil
	}
	d := xml.NewDecoder(bytes.NewReader(src))
	var cur *style
	depth := 0
	inRPr, inPPr := false, false
	for {
		tok, err := d.Token()
		if errors.Is(err, io.EOF) {
			return s, nil
		}
		if err != nil {
			return nil, xmlErr("word/styles.xml", d, err)
		}
		switch t := tok.(type) {
		case xml.StartElement:
			depth++
			if depth > MaxDepth {
				return nil, tooDeep("word/styles.xml")
			}
			switch {
			case isW(t.Name, "style"):
				id, _ := attr(t, "styleId")
				cur = &style{id: id, outline: -1, bold: -1, numbered: -1}
				if _, dup := s.byID[id]; !dup {
					s.byID[id] = cur
				}
			case cur == nil:
			case isW(t.Name, "name"):
				cur.name, _ = attr(t, "val")
			case isW(t.Name, "basedOn"):
				cur.basedOn, _ = attr(t, "val")
			case isW(t.Name, "pPr"):
				inPPr = true
			case isW(t.Name, "rPr"):
				inRPr = true
			case inPPr && isW(t.Name, "outlineLvl"):
				v, _ := attr(t, "val")
				if n, err := strconv.Atoi(v); err == nil {
					cur.outline = n
				}
			case inPPr && isW(t.Name, "numId"):
				v, _ := attr(t, "val")
				cur.numbered = 0
				if v != "" && v != "0" {
					cur.numbered = 1
				}
			case inRPr && isW(t.Name, "b"):
				cur.bold = 0
				if onOff(t) {
					cur.bold = 1
				}
			}
		case xml.EndElement:
			depth--
			switch {
			case isW(t.Name, "style"):
				cur = nil
			case isW(t.Name, "pPr"):
				inPPr = false
			case isW(t.Name, "rPr"):
				inRPr = false
			}
		}
	}
}

// chain returns the style and its ancestors (at most 16, against cycles).
func (s *styles) chain(id string) []*style {
	var out []*style
	for i := 0; i < 16 && id != ""; i++ {
		st := s.byID[id]
		if st == nil {
			break
		}
		out = append(out, st)
		id = st.basedOn
	}
	return out
}

// headingLevel returns the heading level (1 = top) of a paragraph style, or
// 0 when it is not a heading. It knows English and Swedish Word
// ("Heading1"/"heading 1", "Rubrik1"), the title style, and the
// municipality's own styles through w:outlineLvl.
func (s *styles) headingLevel(id string) int {
	for _, st := range s.chain(id) {
		if st.outline >= 0 {
			if st.outline <= 8 {
				return st.outline + 1
			}
			return 0 // 9 is body text
		}
		if n := levelFromName(st.name); n > 0 {
			return n
		}
		if n := levelFromName(st.id); n > 0 {
			return n
		}
	}
	if len(s.chain(id)) == 0 {
		return levelFromName(id)
	}
	return 0
}

// levelFromName reads "heading 2", "Heading2", "Rubrik 2", "Rubrik2" as 2 and
// "Title" / "Rubrik" (Swedish Word's title style id) as 1.
func levelFromName(name string) int {
	n := strings.ToLower(strings.TrimSpace(name))
	switch n {
	case "title", "rubrik", "titel":
		return 1
	}
	for _, p := range []string{"heading", "rubrik"} {
		rest, ok := strings.CutPrefix(n, p)
		if !ok {
			continue
		}
		rest = strings.TrimSpace(rest)
		if v, err := strconv.Atoi(rest); err == nil && v >= 1 && v <= 9 {
			return v
		}
	}
	return 0
}

func (s *styles) bold(id string) bool {
	for _, st := range s.chain(id) {
		if st.bold >= 0 {
			return st.bold == 1
		}
	}
	return false
}

func (s *styles) numbered(id string) bool {
	for _, st := range s.chain(id) {
		if st.numbered >= 0 {
			return st.numbered == 1
		}
	}
	return false
}
