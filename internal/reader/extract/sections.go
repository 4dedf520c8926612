package extract

import (
	"strings"
	"unicode/utf8"
)

// A section found in the lines: the heading at lines[at], text after the
// heading on the same line from byte body (== len(text) when none).
type section struct {
	at    int
	hm    headingMatch
	known bool
}

// listSections are sections whose short lines are items, not headings.
var listSections = map[string]bool{SecDecisionBasis: true, SecDistribution: true, SecDecision: true}

// findSections finds the headings: a block the format marks as a heading,
// a line that is a known heading variant, or a short capitalised line
// followed by text (an unknown heading, once a known section has begun).
func (x *builder) findSections(ls []line) []section {
	var out []section
	cur := ""
	for i := range ls {
		l := &ls[i]
		if l.sig || l.kind == TableRow {
			continue
		}
		if l.kind == ListItem && !l.first {
			continue
		}
		formatHeading := l.kind == Heading && l.first || l.bold && l.first && isLastLineOfBlock(ls, i) && looksLikeUnknownHeading(l.text)
		if l.kind == ListItem {
			continue
		}
		hm, ok := matchHeading(l.text, l.first)
		if ok {
			out = append(out, section{at: i, hm: hm, known: true})
			cur = hm.Key
			continue
		}
		if formatHeading {
			if len(out) == 0 && (l.kind != Heading || l.level <= 1) {
				// A top-level or bold heading before any known section is
				// the title (after a header table, say): the header reads it.
				continue
			}
			out = append(out, section{at: i, hm: headingMatch{Heading: collapse(l.text), Body: len(l.text)}})
			cur = ""
			continue
		}
		if len(out) == 0 || listSections[cur] {
			continue
		}
		// unknown heading in plain text: the first line of a block that
		// looks like a heading and is followed by text
		if l.first && looksLikeUnknownHeading(l.text) && followedByText(ls, i) {
			out = append(out, section{at: i, hm: headingMatch{Heading: collapse(l.text), Body: len(l.text)}})
			cur = ""
		}
	}
	return out
}

func isLastLineOfBlock(ls []line, i int) bool {
	return i+1 >= len(ls) || ls[i+1].blk != ls[i].blk
}

// followedByText: the heading has body text after it, in its own block or
// in the next one, before another heading-looking line.
func followedByText(ls []line, i int) bool {
	j := i + 1
	for j < len(ls) && ls[j].sig {
		j++
	}
	if j >= len(ls) {
		return false
	}
	n := &ls[j]
	if n.blk == ls[i].blk && !startsUpper(n.text) {
		return false // a wrapped line, not a heading
	}
	if n.kind == ListItem || n.kind == TableRow {
		return true
	}
	if _, ok := matchHeading(n.text, n.first); ok {
		return false
	}
	return utf8.RuneCountInString(n.text) > 40 || endsSentence(n.text) || n.blk == ls[i].blk
}

// fillSections stores each section's heading and text (and the decision
// points). It reports whether any known heading was found.
func (x *builder) fillSections(secs []section) bool {
	known := false
	var other []any
	for si, s := range secs {
		end := len(x.lines)
		if si+1 < len(secs) {
			end = secs[si+1].at
		}
		hl := &x.lines[s.at]
		hl.head = s.hm.Body
		// the body: text after the heading on its line, then the lines up
		// to the next heading, without the signature block
		var body []line
		if s.hm.Body < len(hl.text) {
			bl := *hl
			bl.off += s.hm.Body
			bl.text = strings.TrimSpace(hl.text[s.hm.Body:])
			bl.first = false
			body = append(body, bl)
		}
		for j := s.at + 1; j < end; j++ {
			if !x.lines[j].sig {
				body = append(body, x.lines[j])
			}
		}
		hp := hl.pos(0)
		if s.known {
			known = true
		}
		switch {
		case s.hm.Key == SecDecision && !x.has("/decision_proposal"):
			x.decision(s, body)
			continue
		case s.known && s.hm.Key != SecDecision && !x.has("/sections/"+s.hm.Key):
			ptr := "/sections/" + s.hm.Key
			x.set(ptr, map[string]any{"heading": s.hm.Heading}, hp)
			x.c.Positions[ptr+"/heading"] = hp
			sep := " "
			if listSections[s.hm.Key] {
				sep = "\n"
			}
			if txt, segs := joinLinesSpans(body, sep); txt != "" {
				x.set(ptr+"/text", txt, body[0].pos(0))
				x.setSpan(ptr+"/text", segs)
			}
			continue
		}
		// unknown heading, or a second one of a kind: sections.other
		i := len(other)
		ptr := "/sections/other/" + itoa(i)
		o := map[string]any{"heading": s.hm.Heading}
		x.c.Positions[ptr] = hp
		x.c.Positions[ptr+"/heading"] = hp
		if txt, segs := joinLinesSpans(body, " "); txt != "" {
			o["text"] = txt
			x.c.Positions[ptr+"/text"] = body[0].pos(0)
			x.setSpan(ptr+"/text", segs)
		}
		other = append(other, o)
	}
	if len(other) > 0 {
		p := x.c.Positions["/sections/other/0"]
		x.set("/sections/other", other, p)
	}
	return known
}

func itoa(i int) string {
	if i == 0 {
		return "0"
	}
	var b [20]byte
	n := len(b)
	for i > 0 {
		n--
		b[n] = byte('0' + i%10)
		i /= 10
	}
	return string(b[n:])
}
