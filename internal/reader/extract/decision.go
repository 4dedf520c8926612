package extract

import (
	"strings"

	"github.com/tjlint/tjlint/internal/casemodel"
)

// decision stores the decision points under a decision heading: one per
// list item, else one per sentence. A heading "Förslag till beslut i X"
// names the deciding body X (authority) unless the header did. A second
// decision heading (a proposal to another body, "Förslag till beslut i
// kommunstyrelsen" after "… i kommunfullmäktige") adds its points after
// those of the first, in the document's order; the authority stays the
// first heading's body. A decision section with text but no point that can
// be told apart is recorded as unread.
func (x *builder) decision(s section, body []line) {
	hl := &x.lines[s.at]
	hp := hl.pos(0)
	if s.hm.Body2 != "" {
		x.setIfAbsent("/authority", s.hm.Body2, hl.pos(len(hl.text)-len(s.hm.Body2)))
	}
	prev, _ := x.val["decision_proposal"].([]any)
	lim, _ := casemodel.ListLimit("/decision_proposal")
	pts, pos, segs, unsplit := points(body, lim.Max-len(prev))
	if len(prev)+len(pts) > lim.Max {
		x.err = casemodel.TooMany(pos[lim.Max-len(prev)], lim.Max, lim.What, lim.WhatEN)
		return
	}
	if !x.has("/decision_proposal") {
		x.set("/decision_proposal", []any{}, hp)
	}
	n := len(prev)
	for i, p := range pos {
		x.c.Positions["/decision_proposal/"+itoa(n+i)] = p
		x.setSpan("/decision_proposal/"+itoa(n+i), segs[i])
	}
	x.val["decision_proposal"] = append(prev, pts...)
	if unsplit != nil {
		x.noteUnread(SecDecision, collapse(unsplit.text), "förslaget till beslut går inte att dela upp i beslutspunkter", unsplit.pos(0))
	}
}

var (
	// a paragraph that is only a link to a table or a figure:
	// "[Tabell 2-1](#tabell-2-1)", "Tabell 3", "Se tabell 2 nedan."
	tableLinkRE = lazyRegexp(`(?i)^(?:\[[^\]]*\]\([^)]*\)[.,;]?\s*)+$|^(?:se\s+)?(?:tabell|figur|diagram)\s+\d+(?:[-.:]\d+)*\b`)
	// what follows a decision in a protocol, not part of it
	notPointRE = lazyRegexp(`(?i)^(?:reservation(?:er)?|protokollsanteckning(?:ar)?|särskilt\s+yttrande|jäv|yrkanden?|propositionsordning|omröstning)\b`)
	// the words that remain of a list of dates and times
	dateWordRE = lazyRegexp(`(?i)\b(?:kl|klockan|den|och|samt|måndag|tisdag|onsdag|torsdag|fredag|lördag|söndag|januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|okt|nov|dec)\b|\d`)
	// an item in the att-sats form: "Att Kyviksängs förskola stängs …"
	attItemRE = lazyRegexp(`(?i)^att\s`)
)

// notAPoint reports whether a block under a decision heading is something
// else than a decision: a link to a table, a list of dates, a reservation.
func notAPoint(t string) bool {
	if tableLinkRE().MatchString(t) || notPointRE().MatchString(t) {
		return true
	}
	return isDateList(t)
}

// isLeadIn: a text that introduces the items after it: it ends with a
// colon, or without a full stop on "besluta", "beslutar", "följande",
// "att" or "för egen del" ("Kommunstyrelsen föreslår kommunfullmäktige
// besluta").
func isLeadIn(t string) bool {
	if strings.HasSuffix(t, ":") {
		return true
	}
	if endsSentence(t) {
		return false
	}
	switch strings.ToLower(lastWord(t)) {
	case "besluta", "beslutar", "följande", "att", "del":
		return true
	}
	return false
}

// isDateList: a text of dates and times only ("2 februari 11 maj 31
// augusti").
func isDateList(t string) bool {
	rest := dateWordRE().ReplaceAllString(t, "")
	rest = strings.Trim(rest, " \t-–—.,:;/()")
	return rest == "" && strings.ContainsAny(t, "0123456789")
}

// splitAtBodies cuts sentence spans further where a line of the block
// starts with a deciding body and a verb while the line before ends with
// no full stop ("… godkänner Årsredovisning 2024" / "Nämnden för Vård &
// Omsorg förklarar paragrafen omedelbart justerad.").
func splitAtBodies(b blk, sp [][2]int) [][2]int {
	var cuts []int
	txt := b.txt
	base := b.l.off
	segs := b.l.b.Segs
	for i, seg := range segs {
		o := seg.Offset - base
		if o <= 0 || o >= len(txt) || i > 0 && segs[i-1].Pos.Line == seg.Pos.Line {
			continue // not the start of a source line
		}
		prev := strings.TrimSpace(txt[:o])
		if endsSentence(prev) || endsOpen(prev) || strings.HasSuffix(prev, ",") {
			continue
		}
		if startsWithBodyAndVerb(txt[o:]) {
			cuts = append(cuts, o)
		}
	}
	if len(cuts) == 0 {
		return sp
	}
	var out [][2]int
	for _, s := range sp {
		start := s[0]
		for _, c := range cuts {
			if c > start && c < s[1] {
				out = append(out, [2]int{start, c})
				start = c
			}
		}
		out = append(out, [2]int{start, s[1]})
	}
	return out
}

// startsWithBodyAndVerb: "Nämnden för Vård & Omsorg förklarar …",
// "Kommunstyrelsen godkänner …".
func startsWithBodyAndVerb(s string) bool {
	ws := strings.Fields(s)
	if len(ws) < 2 || !isBody(ws[0]) {
		return false
	}
	for _, w := range ws[1:min(len(ws), 7)] {
		if looksFinite(w) {
			return true
		}
	}
	return false
}

// blk is the text of one block under a decision heading.
type blk struct {
	l    *line
	txt  string
	item bool
	// lines are the block's lines
	lines []line
}

// points splits decision lines into points: each list item is one (with
// its continuation lines), each sentence of a paragraph is one. Table rows,
// links to tables, lists of dates and reservations are not decision points.
// A lead-in ("Nämnden beslutar:") before list items is not a point of its
// own: items in the att-sats form ("Att … stängs") are read with it
// ("Nämnden beslutar: Att … stängs"), full sentences without it. unsplit is
// the first line of a decision text that cannot be split into points (only
// a table, or one long run of text with no sentence end).
//
// It stops when it has more than limit points: the caller refuses the
// document, and a hostile one is not read to its end.
func points(body []line, limit int) (pts []any, pos []posT, segs [][]casemodel.Segment, unsplit *line) {
	var bs []blk
	tables := 0
	for i := 0; i < len(body); {
		l := &body[i]
		j := i + 1
		for j < len(body) && body[j].blk == l.blk && body[j].b == l.b {
			j++
		}
		if l.kind == TableRow {
			tables++
			i = j
			continue
		}
		// the block's text from this line to the last, verbatim, so that
		// offsets map to positions
		last := &body[j-1]
		bs = append(bs, blk{l: l, txt: l.b.Text[l.off : last.off+len(last.text)], item: l.kind == ListItem, lines: body[i:j]})
		i = j
	}
	for k := 0; k < len(bs) && len(pts) <= limit; k++ {
		b := bs[k]
		t := collapse(b.txt)
		if t == "" || notAPoint(t) {
			continue
		}
		if b.item {
			pts = append(pts, t)
			pos = append(pos, b.l.pos(0))
			segs = append(segs, b.spans())
			continue
		}
		if isLeadIn(t) && k+1 < len(bs) && bs[k+1].item {
			// a lead-in: "Nämnden beslutar:", "… beslutar att begära:"
			for k+1 < len(bs) && bs[k+1].item && len(pts) <= limit {
				k++
				it := collapse(bs[k].txt)
				if it == "" || notAPoint(it) {
					continue
				}
				sg := bs[k].spans()
				if attItemRE().MatchString(it) || startsLowerRune(it) {
					// "Att … stängs", "avtal A": not a sentence of its own
					it = t + " " + it
					sg = joinSpans(b, bs[k])
				}
				pts = append(pts, it)
				pos = append(pos, bs[k].l.pos(0))
				segs = append(segs, sg)
			}
			continue
		}
		if items := bulletLines(b); items != nil {
			// "• …" lines that the format did not take for a list
			for _, it := range items {
				t, sg := collapseSpan(it.l.b, it.l.off+len(it.l.text)-len(it.txt), it.txt)
				pts = append(pts, t)
				pos = append(pos, it.l.pos(len(it.l.text)-len(it.txt)))
				segs = append(segs, sg)
			}
			continue
		}
		if lead, items := attLines(b); items != nil {
			// "Nämnden föreslås besluta" over lines "att …,": each
			// att-line is a point, read with the lead-in
			for _, it := range items {
				pts = append(pts, collapse(lead.txt)+" "+collapse(it.txt))
				pos = append(pos, it.l.pos(0))
				segs = append(segs, joinSpans(lead, it))
			}
			continue
		}
		if strings.HasSuffix(t, ":") && k+1 < len(bs) && !bs[k+1].item && isDateList(collapse(bs[k+1].txt)) {
			// "Valnämnden beslutar följande sammanträdesdagar för 2026:"
			// and the dates: one point
			k++
			pts = append(pts, t+" "+collapse(bs[k].txt))
			pos = append(pos, b.l.pos(0))
			segs = append(segs, joinSpans(b, bs[k]))
			continue
		}
		sp := splitAtBodies(b, sentences(b.txt))
		if len(sp) == 1 && len(b.txt) > 800 && !endsSentence(b.txt) && unsplit == nil {
			unsplit = b.l
			continue
		}
		for _, sp := range sp {
			t, sg := collapseSpan(b.l.b, b.l.off+sp[0], b.txt[sp[0]:sp[1]])
			if t == "" {
				continue
			}
			pts = append(pts, t)
			pos = append(pos, b.l.b.PosAt(b.l.off+sp[0]))
			segs = append(segs, sg)
		}
	}
	if len(pts) == 0 && unsplit == nil && tables > 0 {
		for i := range body {
			if body[i].kind == TableRow {
				unsplit = &body[i]
				break
			}
		}
	}
	return pts, pos, segs, unsplit
}

// bulletLines splits a paragraph whose every line opens with a bullet
// character ("• Nämnden antar …", as Markdown keeps a list pasted from
// Word) into its items without their bullets; nil when b is not one.
func bulletLines(b blk) []blk {
	if len(b.lines) < 2 {
		return nil
	}
	var items []blk
	for i := range b.lines {
		l := &b.lines[i]
		m := bulletCharRE().FindString(l.text)
		if m == "" {
			return nil
		}
		items = append(items, blk{l: l, txt: l.text[len(m):]})
	}
	return items
}

var bulletCharRE = lazyRegexp(`^[•·▪◦‣●■➢►]\s+`)

// attLines splits a paragraph whose first line is a lead-in and whose
// other lines each open with "att" (the att-sats form written as lines,
// not as a list) into the lead-in and its items, each without the comma,
// "och" or "samt" that joins it to the next; nil when b is not one.
func attLines(b blk) (blk, []blk) {
	if len(b.lines) < 2 || !isLeadIn(strings.TrimSpace(b.lines[0].text)) {
		return blk{}, nil
	}
	var items []blk
	for i := 1; i < len(b.lines); i++ {
		l := &b.lines[i]
		if !attItemRE().MatchString(l.text) {
			return blk{}, nil
		}
		t := strings.TrimRight(l.text, " \t,;")
		for _, w := range []string{" och", " samt"} {
			t = strings.TrimSuffix(t, w)
		}
		items = append(items, blk{l: l, txt: strings.TrimRight(t, " \t,;")})
	}
	return blk{l: &b.lines[0], txt: b.lines[0].text}, items
}

// spans is the segment map of the block's collapsed text.
func (b blk) spans() []casemodel.Segment {
	_, sg := collapseSpan(b.l.b, b.l.off, b.txt)
	return sg
}

// joinSpans is the segment map of a's and b's collapsed texts joined by a
// space (a lead-in and its item, a lead-in and its dates).
func joinSpans(a, b blk) []casemodel.Segment {
	var sb casemodel.SpanBuilder
	collapseInto(&sb, a.l.b, a.l.off, a.txt)
	sb.Own(" ")
	collapseInto(&sb, b.l.b, b.l.off, b.txt)
	return sb.Segments()
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
		if len(pts) == 0 && strings.TrimSpace(rest) == "" {
			// "… beslutar följande." over a list: the items are the points
			j := i + 1
			for j < len(ls) && (ls[j].kind == ListItem || j > i+1 && ls[j].blk == ls[j-1].blk) && !ls[j].sig {
				j++
			}
			lim, _ := casemodel.ListLimit("/decision_proposal")
			pts, pos, segs, _ = points(ls[i+1:j], lim.Max)
			if j == i+1 {
				// numbers typed by hand ("1. Motionen anses besvarad."),
				// one paragraph each, as a Word document has them
				pts, pos, segs = typedNumbers(ls[i+1:])
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

// typedNumbers reads the paragraphs at the start of ls that each open
// with a number typed by hand ("1. ", "2) "), numbered from 1 in order: a
// point each, without its number.
func typedNumbers(ls []line) (pts []any, pos []posT, segs [][]casemodel.Segment) {
	for i := range ls {
		l := &ls[i]
		m := typedNumberRE().FindStringSubmatch(l.text)
		if m == nil || !l.first || l.kind != Paragraph || l.sig || m[1] != itoa(len(pts)+1) || i+1 < len(ls) && ls[i+1].blk == l.blk {
			break
		}
		n := len(m[0])
		t, sg := collapseSpan(l.b, l.off+n, l.text[n:])
		pts = append(pts, t)
		pos = append(pos, l.pos(n))
		segs = append(segs, sg)
	}
	if len(pts) < 2 {
		return nil, nil, nil
	}
	return pts, pos, segs
}

var typedNumberRE = lazyRegexp(`^(\d{1,2})[.)]\s+`)

// splitLongLines breaks very long lines (transcripts that lost their line
// breaks) before the known headings inside them, so that "… 2011 Bakgrund
// Barnchecklistan …" opens a background section.
func splitLongLines(ls []line) []line {
	out := make([]line, 0, len(ls))
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
			part.flat = true
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
