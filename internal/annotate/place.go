package annotate

import (
	"strings"

	"github.com/tjlint/tjlint/internal/casemodel"
	"github.com/tjlint/tjlint/internal/finding"
	"github.com/tjlint/tjlint/internal/i18n"
)

// sectionOrder is the order of the sections in a case (as in the schema).
var sectionOrder = []string{"summary", "background", "preparation", "matter", "assessment",
	"gender_equality", "child_rights", "economy", "decision_basis", "distribution"}

// placer anchors comments in document.xml.
type placer struct {
	body  []rendered
	first int // index of the body's first line in the rendering
	title *paraInfo
	cs    *casemodel.Case
	ed    *edits
}

// place anchors comment id for f and returns the text it is on and, for
// something missing, a note on where it belongs.
func (p *placer) place(f finding.Finding, id int) (string, i18n.Text) {
	if p.missing(f) {
		return p.placeMissing(f, id)
	}
	r, ok := p.line(f.Line)
	if !ok {
		return p.wholePara(p.title, id), i18n.Text{}
	}
	if f.EndLine > 0 {
		if er, ok := p.line(f.EndLine); ok {
			if s, ok := r.at(f.Column); ok {
				if e, ok := er.at(f.EndColumn); ok {
					if text, ok := p.span(s, e, id); ok {
						return text, i18n.Text{}
					}
				}
			}
		}
	}
	return p.wholeLine(r, id), i18n.Text{}
}

func (p *placer) line(n int) (rendered, bool) {
	i := n - 1 - p.first
	if n <= 0 || i < 0 || i >= len(p.body) {
		return rendered{}, false
	}
	return p.body[i], true
}

// span anchors on the words from s to e.
func (p *placer) span(s, e point, id int) (string, bool) {
	sn, sk, ok1 := locate(s, true)
	en, ek, ok2 := locate(e, false)
	if !ok1 || !ok2 || (s.para == e.para && (sn.line > en.line || (sn.line == en.line && sn.col+sk > en.col+ek))) {
		return "", false
	}
	p.ed.mark(sn, sk, rangeStart(s.para.prefix, id))
	p.ed.mark(en, ek, rangeEnd(e.para.prefix, id))
	if s.para == e.para && s.line == e.line {
		rs := []rune(s.para.lines[s.line])
		return string(rs[min(s.off, len(rs)):min(max(e.off, s.off), len(rs))]), true
	}
	return s.para.lines[s.line] + " …", true
}

// wholeLine anchors on the paragraph of a rendered line, or on every
// paragraph of a table row.
func (p *placer) wholeLine(r rendered, id int) string {
	if r.para != nil && r.para.contentStart != 0 {
		return p.wholePara(r.para, id)
	}
	var first, last *paraInfo
	for _, c := range r.row {
		if c.para != nil && c.para.contentStart != 0 {
			if first == nil {
				first = c.para
			}
			last = c.para
		}
	}
	if first == nil {
		return p.wholePara(p.title, id)
	}
	p.ed.plain(first.contentStart, rangeStart(first.prefix, id))
	p.ed.plain(last.end, rangeEnd(last.prefix, id))
	return r.text
}

func (p *placer) wholePara(pa *paraInfo, id int) string {
	p.ed.plain(pa.contentStart, rangeStart(pa.prefix, id))
	p.ed.plain(pa.end, rangeEnd(pa.prefix, id))
	var parts []string
	for _, l := range pa.lines {
		if t := strings.TrimSpace(l); t != "" {
			parts = append(parts, t)
		}
	}
	return strings.Join(parts, " / ")
}

// missing says whether f is about something the case does not have.
func (p *placer) missing(f finding.Finding) bool {
	if p.cs == nil || f.Pointer == "" {
		return false
	}
	_, ok := casemodel.Lookup(p.cs.Value, f.Pointer)
	return !ok
}

// placeMissing anchors a finding about a missing part where it belongs: a
// section before the heading of the next section there is (or after the
// one before it), the signatures at the end, anything else on the title.
func (p *placer) placeMissing(f finding.Finding, id int) (string, i18n.Text) {
	toks := strings.Split(strings.TrimPrefix(f.Pointer, "/"), "/")
	switch {
	case toks[0] == "sections" && len(toks) > 1:
		at := -1
		for i, s := range sectionOrder {
			if s == toks[1] {
				at = i
			}
		}
		if at >= 0 {
			for _, s := range sectionOrder[at+1:] {
				if pa, heading := p.heading(s); pa != nil {
					return p.wholePara(pa, id), i18n.T("Avsnittet hör hemma före rubriken ”"+heading+"”.",
						"The section belongs before the heading “"+heading+"”.")
				}
			}
			for i := at - 1; i >= 0; i-- {
				if pa, heading := p.heading(sectionOrder[i]); pa != nil {
					return p.wholePara(pa, id), i18n.T("Avsnittet hör hemma efter avsnittet ”"+heading+"”.",
						"The section belongs after the section “"+heading+"”.")
				}
			}
		}
	case toks[0] == "signatories":
		for i := len(p.body) - 1; i >= 0; i-- {
			if r := p.body[i]; r.para != nil && r.para.hasText && r.para.contentStart != 0 {
				return p.wholePara(r.para, id), i18n.T("Underskrifterna hör hemma i slutet av dokumentet.",
					"The signatures belong at the end of the document.")
			}
		}
	}
	return p.wholePara(p.title, id), i18n.Text{}
}

// heading is the paragraph of section s's heading and its text.
func (p *placer) heading(s string) (*paraInfo, string) {
	ptr := "/sections/" + s + "/heading"
	pos, ok := p.cs.Positions[ptr]
	if !ok {
		return nil, ""
	}
	v, _ := casemodel.Lookup(p.cs.Value, ptr)
	text, _ := v.(string)
	r, ok := p.line(pos.Line)
	if !ok || r.para == nil || r.para.contentStart == 0 || text == "" {
		return nil, ""
	}
	return r.para, text
}
