package extract

import (
	"strings"

	"github.com/tjlint/tjlint/internal/casemodel"
)

// decision stores the decision points under a decision heading: one per
// list item, else one per sentence. A heading "Förslag till beslut i X"
// names the deciding body X (authority) unless the header did.
func (x *builder) decision(s section, body []line) {
	hl := &x.lines[s.at]
	hp := hl.pos(0)
	if s.hm.Body2 != "" {
		x.setIfAbsent("/authority", s.hm.Body2, hl.pos(len(hl.text)-len(s.hm.Body2)))
	}
	pts, pos, segs := points(body)
	if len(pts) == 0 {
		x.set("/decision_proposal", []any{}, hp)
		return
	}
	x.set("/decision_proposal", pts, hp)
	for i, p := range pos {
		x.c.Positions["/decision_proposal/"+itoa(i)] = p
		x.setSpan("/decision_proposal/"+itoa(i), segs[i])
	}
}

// points splits decision lines into points: each list item is one (with
// its continuation lines), each sentence of a paragraph is one. Table rows
// are not decision points.
func points(body []line) ([]any, []posT, [][]casemodel.Segment) {
	var pts []any
	var pos []posT
	var segs [][]casemodel.Segment
	for i := 0; i < len(body); {
		l := &body[i]
		j := i + 1
		for j < len(body) && body[j].blk == l.blk && body[j].b == l.b {
			j++
		}
		if l.kind == TableRow {
			i = j
			continue
		}
		// the block's text from this line to the last, verbatim, so that
		// offsets map to positions
		last := &body[j-1]
		txt := l.b.Text[l.off : last.off+len(last.text)]
		if l.kind == ListItem {
			if t, sg := collapseSpan(l.b, l.off, txt); t != "" {
				pts = append(pts, t)
				pos = append(pos, l.pos(0))
				segs = append(segs, sg)
			}
			i = j
			continue
		}
		for _, sp := range sentences(txt) {
			t, sg := collapseSpan(l.b, l.off+sp[0], txt[sp[0]:sp[1]])
			if t == "" {
				continue
			}
			pts = append(pts, t)
			pos = append(pos, l.b.PosAt(l.off+sp[0]))
			segs = append(segs, sg)
		}
		i = j
	}
	return pts, pos, segs
}

var (
	// "Kommunstyrelsen föreslår att kommunfullmäktige beslutar följande."
	inlineDecisionRE = lazyRegexp(`(?i)\bföreslår\s+(?:att\s+)?[\p{L}\-]+\s+(?:beslutar|besluta)\s*(?:följande\s*[.:]|:)\s*`)
	// where an inline decision stops
	inlineStopRE = lazyRegexp(`\s(?:Föredragande\s|-{3,}|Vid behandlingen\s|Ärendet\s|Sammanfattning\s|Bakgrund\s)`)
	numberedRE   = lazyRegexp(`(?:^|\s)(\d{1,2})\.\s+`)
)

// inlineDecision finds a decision written in the prose ("X föreslår att
// Y beslutar följande. …" or "… beslutar: 1. … 2. …") when no heading
// opens one.
func (x *builder) inlineDecision(ls []line) {
	for i := range ls {
		l := &ls[i]
		m := inlineDecisionRE().FindStringIndex(l.text)
		if m == nil {
			continue
		}
		rest := l.text[m[1]:]
		if s := inlineStopRE().FindStringIndex(rest); s != nil {
			rest = rest[:s[0]]
		}
		var pts []any
		var pos []posT
		var segs [][]casemodel.Segment
		nums := numberedRE().FindAllStringSubmatchIndex(rest, -1)
		if len(nums) >= 2 && nums[0][0] == 0 {
			for k, n := range nums {
				end := len(rest)
				if k+1 < len(nums) {
					end = nums[k+1][0]
				}
				if t, sg := collapseSpan(l.b, l.off+m[1]+n[1], rest[n[1]:end]); t != "" {
					pts = append(pts, t)
					pos = append(pos, l.pos(m[1]+n[1]))
					segs = append(segs, sg)
				}
			}
		} else {
			for _, sp := range sentences(rest) {
				if t, sg := collapseSpan(l.b, l.off+m[1]+sp[0], rest[sp[0]:sp[1]]); t != "" {
					pts = append(pts, t)
					pos = append(pos, l.pos(m[1]+sp[0]))
					segs = append(segs, sg)
				}
			}
		}
		if len(pts) == 0 {
			continue
		}
		x.set("/decision_proposal", pts, l.pos(m[0]))
		for k, p := range pos {
			x.c.Positions["/decision_proposal/"+itoa(k)] = p
			x.setSpan("/decision_proposal/"+itoa(k), segs[k])
		}
		return
	}
}

// splitLongLines breaks very long lines (transcripts that lost their line
// breaks) before the known headings inside them, so that "… 2011 Bakgrund
// Barnchecklistan …" opens a background section.
func splitLongLines(ls []line) []line {
	var out []line
	for _, l := range ls {
		if len(l.text) < 300 || l.kind != Paragraph {
			out = append(out, l)
			continue
		}
		cuts := inlineHeadingCuts(l.text)
		if len(cuts) == 0 {
			out = append(out, l)
			continue
		}
		prev := 0
		for k, c := range append(cuts, len(l.text)) {
			part := l
			part.off = l.off + prev
			part.text = strings.TrimSpace(l.text[prev:c])
			part.first = l.first && k == 0 || k > 0
			if part.text != "" {
				out = append(out, part)
			}
			prev = c
		}
	}
	return out
}

// Headings trusted inside running text: the major sections, whose names
// are rare in prose. "Barnchecklista", "Ekonomi" or "Handling" are not.
var (
	inlineKeys     = map[string]bool{SecSummary: true, SecBackground: true, SecMatter: true, SecPreparation: true, SecAssessment: true, SecDecisionBasis: true, SecDistribution: true, SecDecision: true}
	inlineExcluded = map[string]bool{"handling": true, "handlingar": true, "bilagor": true, "bedömning": true, "remisser": true, "beslut till": true, "skickas till": true}
)

// inlineHeadingCuts returns the byte offsets of known headings inside s
// (not at 0): a capitalised variant after a space, followed by a space and
// a capital letter.
func inlineHeadingCuts(s string) []int {
	var cuts []int
	words := wordSpans(s)
	for wi := 1; wi < len(words); wi++ {
		st := words[wi][0]
		if !startsUpper(s[st:]) {
			continue
		}
		hm, ok := matchHeading(s[st:min(len(s), st+200)], true)
		if !ok || hm.Body >= len(s)-st || hm.Key == SecDecision && hm.Body2 != "" || !inlineKeys[hm.Key] {
			continue
		}
		// the text after an inline heading starts with a capital letter
		if !startsUpper(s[st+hm.Body:]) || inlineExcluded[strings.ToLower(hm.Heading)] {
			continue
		}
		// skip "Motion … Kommunstyrelsen föreslår": only variants of one
		// or more words that are headings, not organs
		cuts = append(cuts, st)
		// jump past the heading
		for wi+1 < len(words) && words[wi+1][0] < st+hm.Body {
			wi++
		}
	}
	return cuts
}
