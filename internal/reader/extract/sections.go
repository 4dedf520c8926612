package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// A section found in the lines: the heading at lines[at], text after the
// heading on the same line from byte body (== len(text) when none).
type section struct {
	at    int
	hm    headingMatch
	known bool
	// span is the number of lines the heading takes (2 when it wraps).
	span int
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
			if hm, ok := listItemHeading(ls, i); ok {
				out = append(out, section{at: i, hm: hm, known: true, span: 1})
				cur = hm.Key
			}
			continue
		}
		if hm, ok := wrappedHeading(ls, i); ok {
			out = append(out, section{at: i, hm: hm, known: true, span: 2})
			cur = hm.Key
			continue
		}
		hm, ok := matchHeading(l.text, l.first)
		if ok && l.kind != Heading && !startsUpperOrDigit(l.text) {
			ok = false // "ekonomi" ending a wrapped line is no heading
		}
		if ok && listSections[cur] && isAnalysis(hm.Key) && hm.Body >= len(l.text) && !followedByProse(ls, i) {
			// "Barnkonsekvensanalys" as an item of Beslutsunderlag
			ok = false
		}
		if ok {
			out = append(out, section{at: i, hm: hm, known: true, span: 1})
			cur = hm.Key
			continue
		}
		if formatHeading {
			if len(out) == 0 && (l.kind != Heading || l.level <= 1) {
				// A top-level or bold heading before any known section is
				// the title (after a header table, say): the header reads it.
				continue
			}
			out = append(out, section{at: i, hm: headingMatch{Heading: collapse(l.text), Body: len(l.text)}, span: 1})
			cur = ""
			continue
		}
		if len(out) == 0 || listSections[cur] && !(cur == SecDecision && endsDecision(ls, i)) {
			continue
		}
		// unknown heading in plain text: the first line of a block that
		// looks like a heading and is followed by text
		if (l.first || midBlockHeading(ls, i)) && looksLikeUnknownHeading(l.text) && followedByText(ls, i) {
			out = append(out, section{at: i, hm: headingMatch{Heading: collapse(l.text), Body: len(l.text)}, span: 1})
			cur = ""
		}
	}
	return out
}

// midBlockHeading: a short line of its own inside a block of text, after a
// sentence that ends and before text that starts with a capital letter
// ("… utsågs Krona." / "Upphandling av driftoperatör" / "Kommunstyrelsens
// beslut …"), where the PDF left no blank line around the heading.
func midBlockHeading(ls []line, i int) bool {
	l := &ls[i]
	if l.first || l.kind != Paragraph || i == 0 || i+1 >= len(ls) || ls[i-1].blk != l.blk || !endsSentence(ls[i-1].text) {
		return false
	}
	if len(strings.Fields(l.text)) > 6 {
		return false
	}
	n := &ls[i+1]
	return startsUpper(n.text) && (n.blk != l.blk || utf8.RuneCountInString(n.text) > 40)
}

// listItemHeading reads a numbered heading that the format took for a list
// item ("1. Sammanfattning av ärendet", "2. Bakgrund"): a one-line item that
// is a whole known heading, followed by text that is no list item (prose,
// or the items of Beslutsunderlag and Beslutet skickas till).
func listItemHeading(ls []line, i int) (headingMatch, bool) {
	l := &ls[i]
	if !l.first || i+1 < len(ls) && ls[i+1].blk == l.blk {
		return headingMatch{}, false
	}
	hm, ok := matchHeading(l.text, false)
	if !ok || hm.Body < len(strings.TrimRight(l.text, " \t")) || !startsUpperOrDigit(l.text) {
		return headingMatch{}, false
	}
	j := i + 1
	for j < len(ls) && ls[j].sig {
		j++
	}
	if j >= len(ls) {
		return hm, listSections[hm.Key] // "3. Beslutet skickas till" before the signatures
	}
	if ls[j].kind == TableRow || ls[j].kind == ListItem && hm.Key != SecDecision && !listSections[hm.Key] {
		// items under "1. Förslag till beslut" or "4. Beslutsunderlag"
		// are its points; under any other, the line is an item itself
		return headingMatch{}, false
	}
	if _, sub := matchHeading(ls[j].text, false); !sub && !followedByProse(ls, i) && !followedByText(ls, i) && !listSections[hm.Key] {
		return headingMatch{}, false
	}
	return hm, true
}

// followedByProse: the next line is running text (long, or a sentence),
// not another short item of a list.
func followedByProse(ls []line, i int) bool {
	j := i + 1
	for j < len(ls) && ls[j].sig {
		j++
	}
	if j >= len(ls) || ls[j].kind == TableRow {
		return false
	}
	// the sentence that follows, not only its first line: a short first
	// line ("Förslaget är") goes on in lower case on the next ones (the
	// items of a list each start with a capital)
	t := ls[j].text
	for k := j + 1; k < len(ls) && k < j+4 && ls[k].blk == ls[j].blk && ls[k].kind == ls[j].kind && !ls[k].sig && startsLowerRune(ls[k].text); k++ {
		t += " " + ls[k].text
	}
	return utf8.RuneCountInString(collapse(t)) > 40 || endsSentence(t) || strings.HasSuffix(t, ":")
}

func isAnalysis(key string) bool {
	return key == SecGender || key == SecChildRights || key == SecEconomy
}

func startsUpperOrDigit(s string) bool {
	r, _ := utf8.DecodeRuneInString(strings.TrimSpace(s))
	return unicode.IsUpper(r) || unicode.IsDigit(r)
}

// wrappedHeading reads a known heading that wraps onto the next line of its
// block: "Förslag till beslut i kommunstyrelsen under förutsättning av" /
// "kommunfullmäktiges beslut", "Konsekvenser ur barnrätts- och" /
// "barnperspektiv". The second line goes on the first: it starts in lower
// case, or the first ends with a word that cannot end a heading (a
// preposition, a conjunction, a hyphen). Neither line ends a sentence.
func wrappedHeading(ls []line, i int) (headingMatch, bool) {
	l := &ls[i]
	if !l.first || l.kind == ListItem || l.kind == TableRow || i+1 >= len(ls) {
		return headingMatch{}, false
	}
	n := &ls[i+1]
	if n.blk != l.blk || n.sig || endsSentence(l.text) || endsSentence(n.text) || strings.HasSuffix(l.text, ":") {
		return headingMatch{}, false
	}
	if !startsUpperOrDigit(l.text) || utf8.RuneCountInString(l.text) > 100 || utf8.RuneCountInString(n.text) > 60 {
		return headingMatch{}, false
	}
	if !startsLowerRune(n.text) && !endsOpen(l.text) {
		return headingMatch{}, false
	}
	joined := l.text + " " + n.text
	if fw := strings.ToLower(strings.Fields(n.text)[0]); strings.HasSuffix(l.text, "-") && startsLowerRune(n.text) && fw != "och" && fw != "eller" && fw != "samt" {
		// a word broken at the line end: "Jämställdhets-" / "perspektiv"
		joined = strings.TrimSuffix(l.text, "-") + n.text
	}
	hm, ok := classify(joined)
	if !ok {
		return headingMatch{}, false
	}
	if hm1, ok1 := matchHeading(l.text, true); ok1 && hm1.Body < len(l.text) {
		return headingMatch{}, false // "Heading: text" on the first line
	}
	hm.Heading = cleanHeading(joined)
	hm.Body = len(l.text)
	return hm, true
}

// openWords cannot end a heading: the heading goes on on the next line.
var openWords = map[string]bool{"av": true, "och": true, "att": true, "som": true, "i": true, "till": true, "för": true, "om": true, "under": true, "med": true, "samt": true, "eller": true, "ur": true, "på": true, "från": true, "vid": true, "inom": true, "gällande": true, "avseende": true}

func endsOpen(s string) bool {
	if strings.HasSuffix(s, "-") {
		return true
	}
	return openWords[strings.ToLower(lastWord(strings.TrimSpace(s)))]
}

func startsLowerRune(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsLower(r)
}

// endsDecision reports whether line i, inside a decision section, is a
// heading of its own that ends the decision ("Beslutsmotivering",
// "Skäl för beslutet"): it looks like a heading, is followed by text, and is
// a short noun phrase, not a short decision ("Nämnden beslutar",
// "Kommunstyrelsen godkänner avtalet").
func endsDecision(ls []line, i int) bool {
	l := &ls[i]
	if !l.first && !midBlockHeading(ls, i) || l.kind != Paragraph && l.kind != Heading || !looksLikeUnknownHeading(l.text) || !followedByText(ls, i) {
		return false
	}
	ws := strings.Fields(l.text)
	if len(ws) > 3 || isBody(ws[0]) {
		return false
	}
	for _, w := range ws[1:] {
		if looksFinite(w) {
			return false
		}
	}
	return true
}

// isBody: a word that names a deciding body ("Nämnden", "Kommunstyrelsen",
// "Kommunfullmäktige", "Arbetsutskottet").
func isBody(w string) bool {
	w = strings.ToLower(w)
	for _, suf := range []string{"nämnden", "nämnd", "styrelsen", "fullmäktige", "utskottet", "beredningen"} {
		if strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

// looksFinite: a lower-case word of four letters or more with a
// present-tense or passive ending ("beslutar", "godkänner", "antas").
func looksFinite(w string) bool {
	if utf8.RuneCountInString(w) < 4 || !startsLowerRune(w) {
		return false
	}
	for _, suf := range []string{"ar", "er", "ir", "or", "ur", "as", "es", "s"} {
		if strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

func isLastLineOfBlock(ls []line, i int) bool {
	return i+1 >= len(ls) || ls[i+1].blk != ls[i].blk
}

// followedByText: the heading has body text after it, in its own block or
// in the next one, before another heading-looking line.
func followedByText(ls []line, i int) bool { return followedByTextSub(ls, i, true) }

// shortOverFull: l, the first line of its block, is short over a
// full-width line n that opens with "§" or a number ("Textändringar i
// taxan" / "§ 14.8, om reduktion …"): a paragraph wrapped after l would
// have filled l's line, so l is a heading over text, not a wrapped line.
func shortOverFull(l, n *line) bool {
	if !l.first {
		return false
	}
	r, _ := utf8.DecodeRuneInString(n.text)
	ln, nn := utf8.RuneCountInString(l.text), utf8.RuneCountInString(n.text)
	return (r == '§' || unicode.IsDigit(r)) && nn >= 60 && 2*ln <= nn
}

// followedByTextSub is followedByText; sub allows one subheading between
// the heading and its text.
func followedByTextSub(ls []line, i int, sub bool) bool {
	j := i + 1
	for j < len(ls) && ls[j].sig {
		j++
	}
	if j >= len(ls) {
		return false
	}
	n := &ls[j]
	if n.blk == ls[i].blk && !startsUpper(n.text) && !shortOverFull(&ls[i], n) {
		return false // a wrapped line, not a heading
	}
	if n.kind == ListItem || n.kind == TableRow {
		return true
	}
	if _, ok := matchHeading(n.text, n.first); ok {
		return false
	}
	if utf8.RuneCountInString(collapse(n.text)) > 40 || endsSentence(n.text) || n.blk == ls[i].blk {
		return true
	}
	// a heading over a subheading: "Övriga genomförandefrågor" / "Detaljplan
	// och bygglov" / text
	return sub && n.first && n.kind == Paragraph && looksLikeUnknownHeading(n.text) && followedByTextSub(ls, j, false)
}

// fillSections stores each section's heading and text (and the decision
// points). It reports whether any known heading was found.
func (x *builder) fillSections(secs []section) bool {
	known := false
	var other []any
	var analyses []section
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
		for j := s.at + max(1, s.span); j < end; j++ {
			if !x.lines[j].sig {
				body = append(body, x.lines[j])
			}
		}
		if s.span > 1 {
			x.lines[s.at+1].head = len(x.lines[s.at+1].text)
		}
		hp := hl.pos(0)
		if s.known {
			known = true
		}
		switch {
		case s.hm.Key == SecDecision && (!x.has("/decision_proposal") || si > 0 && secs[si-1].hm.Key == SecDecision):
			// every decision heading of the proposal is read: the points of
			// a second one right after the first (to another body) follow
			// those of the first. A decision heading further on belongs to
			// another matter (an agenda of several items) and is kept
			// under sections.other.
			x.decision(s, body)
			continue
		case s.known && s.hm.Key != SecDecision && !x.has("/sections/"+s.hm.Key):
			x.section(s.hm.Key, s.hm.Heading, body, hp)
			for _, k := range s.hm.Also {
				if !x.has("/sections/" + k) {
					x.section(k, s.hm.Heading, body, hp)
				}
			}
			continue
		}
		if !s.known && analysisOfUnknownKind(s.hm.Heading) {
			analyses = append(analyses, s)
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
	// An analysis heading of no known kind ("Konsekvensbeskrivning") may be
	// the jämställdhetsanalys: when there is none, say so rather than let
	// the section count as absent. It stays in sections.other as well.
	if len(analyses) > 0 && !x.has("/sections/"+SecGender) {
		s := analyses[0]
		x.noteUnread("sections."+SecGender, s.hm.Heading,
			"rubriken ser ut som en konsekvensanalys men säger inte vilken; den kan vara jämställdhetsanalysen", x.lines[s.at].pos(0))
	}
	return known
}

// section stores one known section: its heading and its text.
func (x *builder) section(key, heading string, body []line, hp posT) {
	ptr := "/sections/" + key
	x.set(ptr, map[string]any{"heading": heading}, hp)
	x.c.Positions[ptr+"/heading"] = hp
	sep := " "
	if listSections[key] {
		sep = "\n"
	}
	if txt, segs := joinLinesSpans(body, sep); txt != "" {
		x.set(ptr+"/text", txt, body[0].pos(0))
		x.setSpan(ptr+"/text", segs)
	}
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
