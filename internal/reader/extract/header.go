package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Diarienummer families of domain.md (e).
var dnrRE = lazyRegexp(`(?:` +
	// 2023/KS 0362, 2021/KS 0280 013
	`\b\d{4}/[A-ZÅÄÖ]{2,5} \d{3,5}(?: \d{3})?\b` +
	// KSM2023-1180.212, KSM-2023-260-214
	`|\b[A-ZÅÄÖ]{2,5}-?\d{4}-\d{3,5}(?:[.-]\d{3})?\b` +
	// T2012-050-05828
	`|\b[A-Z]\d{4}-\d{3}-\d{5}\b` +
	// KS-2023-00676, IF IF-2024-00011, SLK-2023-00904, KSN-2014-0604
	`|\b(?:[A-ZÅÄÖ]{1,5} )?[A-ZÅÄÖ]{1,5}-\d{4}-\d{3,5}\b` +
	// FG 2023-00559, KS 2023-00280
	`|\b[A-ZÅÄÖ]{1,5} \d{4}-\d{4,5}\b` +
	// KS 2019/1899, KS2014/143, KN2023/04 128, KS 2016-254/322
	`|\b[A-ZÅÄÖ]{1,5} ?\d{4}(?:/\d{1,5}(?: \d{3})?|-\d{1,5}/\d{1,5})\b` +
	// Stockholm: 1.5.1-135-2012, 316-259/2012
	`|\b\d(?:\.\d){1,3}-\d{1,5}-\d{4}\b|\b\d{3}-\d{1,5}/\d{4}\b` +
	`)`)

// A label that introduces a dnr on the same line or the next.
var dnrLabelRE = lazyRegexp(`(?i)^(?:diarienummer|diarienr|dnr|ärendenummer|ärendenr)\.?:?(?:\s+|$)`)

// findDnr returns the span of the first dnr in s, or nil.
func findDnr(s string) []int {
	return dnrRE().FindStringIndex(s)
}

// Organ names as the "Till" line or "Yttrande till" have them.
var (
	yttrandeTillRE = lazyRegexp(`(?i)^yttrande\s+till\s+(.+)$`)
	tillRE         = lazyRegexp(`^Till(?:\s+(.*))?$`)
	dateLabelRE    = lazyRegexp(`(?i)^datum:?(?:\s+(.*))?$`)
	meetingRE      = lazyRegexp(`(?i)^(?:nämndens\s+)?(?:sammanträde|sammanträdesdatum|sammanträdesdag)(?:\s+den)?:?\s+(.+)$`)
	// Lines of a header that are never the title.
	notTitleRE = lazyRegexp(`(?i)^(?:bilaga|kontaktperson|handläggare|telefon|tel\.?|e-post|administration|klockan|plats|nämndens namn|ert diarienummer|vår referens|er referens)\b`)
)

// header reads the lines before the first heading: the document label
// (kind), Datum, Diarienummer, "Till <nämnd> <datum>", "Yttrande till
// <organ> <dnr>", and the title.
func (x *builder) header(ls []line) {
	// the kind first: it says whether "Till" names the recipient
	for i := range ls {
		if m := docLabelRE().FindStringSubmatchIndex(ls[i].text); m != nil && m[2] <= 12 && !ls[i].sig {
			if k := kindOf(ls[i].text[m[2]:m[3]]); k != "" {
				x.setIfAbsent("/kind", k, ls[i].pos(m[2]))
			}
			break
		}
	}
	consumed := x.labelRows(ls)
	ls = headerCells(ls)
	lastMeta := -1 // index of the last metadata line
	var titleCands []int
	var bareDate string
	var barePos posT
	defer func() {
		if bareDate != "" {
			x.setIfAbsent("/date", bareDate, barePos)
		}
	}()
	for i := 0; i < len(ls); i++ {
		l := &ls[i]
		t := l.text
		if l.sig {
			continue
		}
		if consumed[lineKey{l.b, l.off}] {
			lastMeta = i
			continue
		}
		meta := false
		// the document label, alone or with a date, dnr or recipient; a
		// title that starts with the label ("Yttrande över …",
		// "Tjänsteskrivelse om …") is no metadata
		if m := docLabelRE().FindStringSubmatchIndex(t); m != nil && m[2] < 30 {
			if _, ok := x.val["kind"]; !ok {
				if k := kindOf(t[m[2]:m[3]]); k != "" {
					x.set("/kind", k, l.pos(m[2]))
				}
			}
			if m[2] <= 12 && labelAlone(t[m[3]:]) {
				meta = true
			}
		}
		if m := yttrandeTillRE().FindStringSubmatchIndex(t); m != nil && !titleWordsRE().MatchString(t[m[2]:m[3]]) {
			rest := t[m[2]:m[3]]
			off := m[2]
			if d := findDnr(rest); d != nil {
				x.setDnr(strings.TrimSpace(rest[d[0]:d[1]]), l.pos(off+d[0]), true)
				rest = rest[:d[0]]
			}
			if org := strings.TrimSpace(strings.TrimRight(strings.TrimSpace(rest), ",")); org != "" {
				x.setIfAbsent("/recipient", org, l.pos(off))
			}
			meta = true
		}
		// "2012-12-19 TJÄNSTEUTLÅTANDE DNR T2012-…": a date first on a label line
		if meta {
			if ds := findDates(t); len(ds) > 0 && ds[0].Start == 0 {
				x.setIfAbsent("/date", ds[0].Value, l.pos(0))
			}
		}
		// Datum (value on this line or the next)
		if m := dateLabelRE().FindStringSubmatchIndex(t); m != nil {
			meta = true
			if m[2] >= 0 {
				// "Datum: 2025-03-01", "Datum 2025-03-01 Dnr KS 2025/12"
				if ds := findDates(t[m[2]:m[3]]); len(ds) > 0 && ds[0].Start == 0 {
					x.setIfAbsent("/date", ds[0].Value, l.pos(m[2]))
				}
			} else if i+1 < len(ls) {
				if v, ok := ParseDate(ls[i+1].text); ok {
					x.setIfAbsent("/date", v, ls[i+1].pos(0))
					i++
					lastMeta = i
					continue
				}
			}
		}
		// a bare date line in the header is the document's date, unless a
		// labelled one says otherwise
		if v, ok := ParseDate(t); ok && !strings.HasPrefix(strings.ToLower(t), "den ") {
			if bareDate == "" {
				bareDate, barePos = v, l.pos(0)
			}
			meta = true
		}
		if m := meetingRE().FindStringSubmatchIndex(t); m != nil {
			if v, ok := ParseDate(t[m[2]:m[3]]); ok {
				x.setIfAbsent("/meeting_date", v, l.pos(m[2]))
				meta = true
			}
		}
		// Diarienummer / Dnr / DNR
		if m := dnrLabelRE().FindStringIndex(t); m != nil {
			meta = true
			rest := t[m[1]:]
			if strings.TrimSpace(rest) != "" {
				v := rest
				if d := findDnr(rest); d != nil && !strings.HasPrefix(strings.TrimSpace(rest), "IF IF") {
					// "DNR T2012-050-05828 DNR E2012-…": the first one
					if j := strings.Index(strings.ToUpper(rest[d[1]:]), "DNR"); j >= 0 {
						v = rest[:d[1]]
					}
				}
				v, o := dnrValue(v)
				x.setDnr(v, l.pos(m[1]+o), false)
			} else if i+1 < len(ls) && !isHeaderLabel(ls[i+1].text) && (findLabelledDnr(ls[i+1].text) != nil || len(ls[i+1].text) < 30) {
				v, o := dnrValue(ls[i+1].text)
				x.setDnr(v, ls[i+1].pos(o), false)
				i++
				lastMeta = i
				continue
			}
		} else if d := strings.Index(strings.ToUpper(t), "DNR "); d >= 0 && meta {
			rest := t[d+4:]
			if dm := findDnr(rest); dm != nil && dm[0] == 0 {
				x.setDnr(rest[:dm[1]], l.pos(d+4), false)
			}
		}
		// a bare dnr line, as a header without labels has it
		if !meta && isBareDnr(strings.TrimSpace(t)) {
			x.setDnr(strings.TrimSpace(t), l.pos(leadSpace(t)), false)
			meta = true
		}
		// Till <nämnd> <datum>, or "Till" alone over "<nämnd> <datum>" lines
		if m := tillRE().FindStringSubmatchIndex(t); m != nil {
			meta = true
			var targets []int
			if m[2] >= 0 && strings.TrimSpace(t[m[2]:m[3]]) != "" && !strings.EqualFold(strings.TrimSpace(t[m[2]:m[3]]), "datum") {
				x.till(l, m[2])
			} else {
				for j := i + 1; j < len(ls) && j <= i+4; j++ {
					ds := findDates(ls[j].text)
					if len(ds) != 1 || strings.TrimSpace(ls[j].text[ds[0].End:]) != "" || ds[0].Start == 0 {
						break
					}
					targets = append(targets, j)
				}
				// "Till" over the body's line over the meeting date's
				if len(targets) == 0 && i+2 < len(ls) && len(findDates(ls[i+1].text)) == 0 && !isHeaderLabel(ls[i+1].text) && !isBareDnr(ls[i+1].text) {
					if v, ok := ParseDate(ls[i+2].text); ok && findDates(ls[i+2].text)[0].Start == 0 {
						x.till(&ls[i+1], 0)
						x.setIfAbsent("/meeting_date", v, ls[i+2].pos(0))
						i += 2
						lastMeta = i
						continue
					}
				}
				for _, j := range targets {
					x.till(&ls[j], 0)
				}
				if len(targets) > 0 {
					i = targets[len(targets)-1]
					lastMeta = i
					continue
				}
			}
		}
		if meta {
			lastMeta = i
			continue
		}
		afterMeta := i == lastMeta+1 && lastMeta >= 0
		if (l.first || afterMeta) && (isTitleCandidate(t) || afterMeta && isShortTitle(t)) {
			titleCands = append(titleCands, i)
		}
	}
	// The title: the first paragraph after the last metadata line, else
	// the first candidate before it.
	ti := -1
	for _, c := range titleCands {
		if c > lastMeta {
			ti = c
			break
		}
	}
	if ti < 0 && len(titleCands) > 0 {
		ti = titleCands[0]
	}
	if ti >= 0 {
		l := &ls[ti]
		var parts []string
		j := ti
		for ; j < len(ls) && ls[j].blk == l.blk; j++ {
			parts = append(parts, ls[j].text)
		}
		// a title broken by a blank line goes on in lower case ("… - ett" /
		// "nytt system för …") or after a dangling dash ("… Norr -" /
		// "Skolinspektionen SI 2025:5867")
		lastPart := strings.TrimSpace(parts[len(parts)-1])
		dangling := strings.HasSuffix(lastPart, " -") || strings.HasSuffix(lastPart, " –") || strings.HasSuffix(lastPart, "(")
		if j < len(ls) && ls[j].first && !endsSentence(lastPart) && (startsLower(ls[j].text) || dangling && utf8.RuneCountInString(ls[j].text) <= 80 && !isHeaderLabel(ls[j].text)) {
			for b := ls[j].blk; j < len(ls) && ls[j].blk == b; j++ {
				parts = append(parts, ls[j].text)
			}
		}
		title := collapse(strings.Join(parts, " "))
		off := 0
		if m := headingNumberRE().FindString(title); m != "" && startsUpper(title[len(m):]) {
			title = title[len(m):]
			off = len(m)
		}
		title = strings.TrimSpace(title)
		if title != "" {
			x.set("/title", title, l.pos(off))
		}
	}
}

// till reads "<nämnd> <datum>" at l.text[off:]: the deciding body
// (authority) or, in an yttrande, the recipient; the date is the meeting.
func (x *builder) till(l *line, off int) { x.tillSpan(l, off, len(l.text)) }

// tillSpan is till for l.text[off:end].
func (x *builder) tillSpan(l *line, off, end int) {
	s := l.text[off:end]
	org := s
	if ds := findDates(s); len(ds) > 0 {
		org = s[:ds[0].Start]
		x.setIfAbsent("/meeting_date", ds[0].Value, l.pos(off+ds[0].Start))
	}
	org = strings.TrimSpace(org)
	if org == "" {
		return
	}
	if k, _ := x.val["kind"].(string); k == "yttrande" {
		x.setIfAbsent("/recipient", org, l.pos(off))
		return
	}
	if cur, ok := x.val["authority"].(string); ok {
		x.val["authority"] = cur + " och " + lowerFirst(org)
		return
	}
	x.set("/authority", org, l.pos(off))
}

func lowerFirst(s string) string {
	if s == "" {
		return s
	}
	r := []rune(s)
	if len(r) > 1 && r[1] >= 'A' && r[1] <= 'Z' {
		return s // an acronym
	}
	return strings.ToLower(string(r[0])) + string(r[1:])
}

// isTitleCandidate: a line of at least three words that is not furniture
// of the header.
func isTitleCandidate(s string) bool {
	if notTitleRE().MatchString(s) {
		return false
	}
	if len(strings.Fields(s)) < 3 || utf8.RuneCountInString(s) > 250 {
		return false
	}
	// a title is one phrase, not several sentences
	if ss := sentences(s); len(ss) > 1 {
		return false
	}
	if strings.ToUpper(s) == s {
		return false
	}
	if ds := findDates(s); len(ds) > 0 && ds[0].Start == 0 {
		return false
	}
	return true
}

// setDnr records the document's dnr; referral marks one that names the
// referrer's case (as in "Yttrande till kommunstyrelsen KS 2019/1899").
func (x *builder) setDnr(v string, p posT, referral bool) {
	v = strings.TrimSpace(v)
	if v == "" {
		return
	}
	if referral {
		x.setIfAbsent("/referral/dnr", v, p)
		x.dnrFromReferral = true
	}
	if _, ok := x.val["dnr"]; ok && x.dnrFromReferral && !referral {
		// a document dnr of its own wins over the referrer's
		x.set("/dnr", v, p)
		x.dnrFromReferral = false
		return
	}
	x.setIfAbsent("/dnr", v, p)
}

// headerCells splits the table rows of the header into one line per cell:
// a header table holds one field per cell ("Dnr SDN 2025/0417" next to
// "Datum 2025-09-02"). Each cell gets a block index of its own (negative,
// matching no real block) so that cells are never joined into one title.
func headerCells(ls []line) []line {
	out := make([]line, 0, len(ls))
	cell := -1
	for _, l := range ls {
		if l.sig || l.kind != TableRow && !fieldColumns(&l) {
			out = append(out, l)
			continue
		}
		for _, c := range columns(l.text) {
			cl := l
			cl.text = strings.TrimSpace(l.text[c.start:c.end])
			cl.off = l.off + c.start
			cl.kind = Paragraph
			cl.first = true
			cl.blk = cell
			cell--
			if cl.text != "" {
				out = append(out, cl)
			}
		}
	}
	return out
}

// fieldColumns: a header line of columns one of which is a bare date or
// a bare dnr ("Kommunstyrelsens förvaltning      2025-05-20"): the
// columns are fields side by side, as the cells of a header table are.
func fieldColumns(l *line) bool {
	cs := columns(l.text)
	if len(cs) < 2 {
		return false
	}
	for _, c := range cs {
		col := strings.TrimSpace(l.text[c.start:c.end])
		if _, ok := ParseDate(col); ok || isBareDnr(col) {
			return true
		}
	}
	return false
}

// isBareDnr: s is a dnr and nothing else ("KS 2025/0412").
func isBareDnr(s string) bool {
	d := findDnr(s)
	return d != nil && d[0] == 0 && d[1] == len(s)
}

// A lineKey names a line (or a table cell) by its block and offset.
type lineKey struct {
	b   *Block
	off int
}

var (
	// header labels whose value is on the next line or in the column
	// below: "Till", "Datum", "Diarienummer", "Ert diarienummer"
	headerLabelRE = lazyRegexp(`(?i)^(?:till|datum|diarienummer|diarienr|dnr|ärendenummer|ert\s+diarienummer|er\s+beteckning|er\s+referens|vår\s+referens|vår\s+beteckning|sammanträdesdatum|sammanträde|handläggare|kontaktperson|referens)\.?:?$`)
	// words that make "Yttrande till X …" a title, not a recipient line
	titleWordsRE = lazyRegexp(`(?i)\b(?:avseende|gällande|angående|rörande|om|över|kring|inför)\b`)
	// a dnr without a series letter, as a label gives it: "2024-00122",
	// "2024–00122", "2014/304", "0882/21", "054-2008-099", "2016KSM1221.042"
	bareDnrRE = lazyRegexp(`\b(?:\d{4}\s?[-–]\s?\d{3,5}|\d{4}/\d{1,5}|\d{3,4}/\d{2}|\d{3}-\d{4}-\d{3}|\d{4}\p{Lu}{2,5}\d{3,5}(?:\.\d{3})?)\b`)
	// "behandlas vid nämndens sammanträde den", "tas upp på sammanträdet"
	comingMeetingRE = lazyRegexp(`(?i)\b(?:behandlas|ska\s+behandlas|tas\s+upp|beslutas|avgörs)\s+(?:\S+\s+){0,4}?(?:sammanträde|sammanträdet|sammanträdesdag|mötet)\s+(?:den\s+)?`)
	// "Kungsbacka den 7 maj 2024", "Göteborg, 2024-05-07": a place and
	// the document's date in the closing
	placeDateRE = lazyRegexp(`^\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)?(?:,\s*|\s+den\s+)(.+)$`)
)

func isHeaderLabel(s string) bool { return headerLabelRE().MatchString(strings.TrimSpace(s)) }

// labelAlone: what follows a document label on its line is not the rest
// of a title: a title goes on with a preposition ("Yttrande över …",
// "Tjänsteskrivelse om …", "Yttrande gällande …").
func labelAlone(rest string) bool {
	f := strings.Fields(rest)
	if len(f) < 2 {
		return true
	}
	switch strings.ToLower(f[0]) {
	case "om", "över", "avseende", "gällande", "angående", "rörande", "kring", "inför", "med":
		return false
	case "till":
		// "Yttrande till byggnadsnämnden avseende …"
		return !titleWordsRE().MatchString(rest)
	}
	return true
}

// findLabelledDnr finds a dnr in the value of a dnr label, where a bare
// "2024-00122" is one too.
func findLabelledDnr(s string) []int {
	if d := findDnr(s); d != nil {
		return d
	}
	return bareDnrRE().FindStringIndex(s)
}

// dnrValue returns the dnr in a labelled value and its offset: the dnr as
// written when there is one ("KFT-2025-00068 Kungsbacka" gives
// "KFT-2025-00068"; an en dash is kept as the document writes it), else the
// whole value.
func dnrValue(v string) (string, int) {
	if d := findDnr(v); d != nil {
		return v[d[0]:d[1]], d[0]
	}
	lead := len(v) - len(strings.TrimLeft(v, " \t"))
	if d := bareDnrRE().FindStringIndex(v); d != nil && d[0] == lead {
		return v[d[0]:d[1]], d[0]
	}
	return collapse(v), lead
}

func isShortTitle(s string) bool {
	if notTitleRE().MatchString(s) || isHeaderLabel(s) || endsSentence(s) || utf8.RuneCountInString(s) < 4 {
		return false
	}
	if ds := findDates(s); len(ds) > 0 {
		return false
	}
	if findLabelledDnr(s) != nil && len(strings.Fields(s)) <= 2 {
		return false
	}
	// a title has words: "1 (2)", a page counter, is none
	if !strings.ContainsFunc(s, unicode.IsLetter) {
		return false
	}
	return startsUpper(s) && strings.ToUpper(s) != s || strings.ContainsAny(s, "0123456789")
}

func startsLower(s string) bool {
	r, _ := utf8.DecodeRuneInString(strings.TrimSpace(s))
	return unicode.IsLower(r)
}

// labelRows reads header labels whose values are not beside them: a row
// of labels over a row of values ("Till    Datum" over "Kommunstyrelsen
// 2025-04-29"), or labels stacked over as many values ("Diarienummer",
// "Ert diarienummer", "GA-2025-00075", "KS-2025-00330"). It returns the
// lines (and cells) it used.
func (x *builder) labelRows(ls []line) map[lineKey]bool {
	used := map[lineKey]bool{}
	use := func(l *line) {
		for _, c := range columns(l.text) {
			used[lineKey{l.b, l.off + c.start}] = true
		}
	}
	labels := func(l *line) []span {
		cs := columns(l.text)
		for _, c := range cs {
			if !isHeaderLabel(l.text[c.start:c.end]) {
				return nil
			}
		}
		return cs
	}
	for i := 0; i < len(ls); i++ {
		if ls[i].sig {
			continue
		}
		lc := labels(&ls[i])
		if lc == nil {
			continue
		}
		if len(lc) >= 2 && i+1 < len(ls) {
			vl := &ls[i+1]
			vc := columns(vl.text)
			if len(vc) == len(lc) && labels(vl) == nil {
				for k := range lc {
					x.labelValue(ls[i].text[lc[k].start:lc[k].end], vl, vc[k])
				}
				use(&ls[i])
				use(vl)
				i++
			}
			continue
		}
		// stacked: m single labels, then m values
		j := i
		for j < len(ls) && len(columns(ls[j].text)) == 1 && labels(&ls[j]) != nil {
			j++
		}
		m := j - i
		if m < 2 || j+m > len(ls) {
			i = j - 1
			continue
		}
		ok := true
		for k := j; k < j+m; k++ {
			if len(columns(ls[k].text)) != 1 || labels(&ls[k]) != nil || len(ls[k].text) > 60 {
				ok = false
			}
		}
		if ok {
			for k := 0; k < m; k++ {
				v := &ls[j+k]
				x.labelValue(ls[i+k].text, v, span{0, len(v.text)})
				use(&ls[i+k])
				use(v)
			}
			i = j + m - 1
		} else {
			i = j - 1
		}
	}
	return used
}

// labelValue stores the value in l.text[c] of a header label.
func (x *builder) labelValue(label string, l *line, c span) {
	v := strings.TrimSpace(l.text[c.start:c.end])
	p := l.pos(c.start)
	switch lab := strings.ToLower(strings.TrimRight(strings.TrimSpace(label), ".:")); {
	case lab == "till":
		x.tillSpan(l, c.start, c.end)
	case lab == "datum":
		if d, ok := ParseDate(v); ok {
			x.setIfAbsent("/date", d, p)
		}
	case lab == "sammanträdesdatum" || lab == "sammanträde":
		if d, ok := ParseDate(strings.TrimPrefix(v, "den ")); ok {
			x.setIfAbsent("/meeting_date", d, p)
		}
	case strings.HasPrefix(lab, "ert") || strings.HasPrefix(lab, "er "):
		// the referrer's dnr: "Ert diarienummer"
		if d := findLabelledDnr(v); d != nil {
			x.setIfAbsent("/referral/dnr", v[d[0]:d[1]], l.pos(c.start+d[0]))
		}
	case lab == "diarienummer" || lab == "diarienr" || lab == "dnr" || lab == "ärendenummer":
		dv, o := dnrValue(v)
		x.setDnr(dv, l.pos(c.start+o), false)
	}
}

// datesInText reads the dates the header did not give: the meeting that
// will take up the case ("Ärendet behandlas vid nämndens sammanträde den
// 29 april 2025"), and the document's date in the closing ("Kungsbacka
// den 7 maj 2024").
func (x *builder) datesInText(ls []line) {
	if !x.has("/meeting_date") {
		x.meetingInText(ls)
	}
	if !x.has("/date") {
		x.closingDate(ls)
	}
}

// meetingInText: a sentence that says at which meeting the case will be
// taken up; a meeting in the past ("vid sitt sammanträde 2024-02-21") is
// no such statement.
func (x *builder) meetingInText(ls []line) {
	for _, r := range runs(ls) {
		// the expression needs one of these words; testing for them first
		// is many times faster than trying it at every position
		lower := strings.ToLower(r.text)
		if !strings.Contains(lower, "sammanträde") && !strings.Contains(lower, "mötet") {
			continue
		}
		m := comingMeetingRE().FindStringSubmatchIndex(r.text)
		if m == nil {
			continue
		}
		// the next organ's meeting ("tas upp i kommunfullmäktiges
		// sammanträde") is not the one that decides this case
		auth, _ := x.val["authority"].(string)
		if strings.Contains(strings.ToLower(r.text[m[0]:m[1]]), "fullmäktige") && !strings.Contains(strings.ToLower(auth), "fullmäktige") {
			continue
		}
		if d, ok := dateAt(r.text, m[1]); ok && d.Start == m[1] {
			x.set("/meeting_date", d.Value, r.pos(d.Start))
			return
		}
	}
}

// closingDate reads the document's date from the closing ("Kungsbacka den
// 7 maj 2024").
func (x *builder) closingDate(ls []line) {
	for i := len(ls) - 1; i >= 0 && i >= len(ls)-12; i-- {
		l := &ls[i]
		m := placeDateRE().FindStringSubmatchIndex(l.text)
		if m == nil {
			continue
		}
		if d, ok := ParseDate(l.text[m[2]:m[3]]); ok {
			x.set("/date", d, l.pos(m[2]))
			return
		}
	}
}
