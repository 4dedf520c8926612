package extract

import (
	"strings"
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
	meetingRE      = lazyRegexp(`(?i)^(?:sammanträde|sammanträdesdatum|sammanträdesdag):?\s+(.+)$`)
	// Lines of a header that are never the title.
	notTitleRE = lazyRegexp(`(?i)^(?:bilaga|kontaktperson|handläggare|telefon|tel\.?|e-post|administration|klockan|plats|nämndens namn|ert diarienummer|vår referens|er referens)\b`)
)

// header reads the lines before the first heading: the document label
// (kind), Datum, Diarienummer, "Till <nämnd> <datum>", "Yttrande till
// <organ> <dnr>", and the title.
func (x *builder) header(ls []line) {
	ls = headerCells(ls)
	lastMeta := -1 // index of the last metadata line
	var titleCands []int
	for i := 0; i < len(ls); i++ {
		l := &ls[i]
		t := l.text
		if l.sig {
			continue
		}
		meta := false
		// the document label, alone or with a date, dnr or recipient
		if m := docLabelRE().FindStringSubmatchIndex(t); m != nil && m[2] < 30 {
			if _, ok := x.val["kind"]; !ok {
				if k := kindOf(t[m[2]:m[3]]); k != "" {
					x.set("/kind", k, l.pos(m[2]))
				}
			}
			if m[2] <= 12 {
				meta = true
			}
		}
		if m := yttrandeTillRE().FindStringSubmatchIndex(t); m != nil {
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
				if v, ok := ParseDate(t[m[2]:m[3]]); ok {
					x.setIfAbsent("/date", v, l.pos(m[2]))
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
				x.setDnr(collapse(v), l.pos(m[1]), false)
			} else if i+1 < len(ls) && !dnrLabelRE().MatchString(ls[i+1].text) && (findDnr(ls[i+1].text) != nil || len(ls[i+1].text) < 30) {
				x.setDnr(collapse(ls[i+1].text), ls[i+1].pos(0), false)
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
		if l.first && isTitleCandidate(t) {
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
		for j := ti; j < len(ls) && ls[j].blk == l.blk; j++ {
			parts = append(parts, ls[j].text)
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
func (x *builder) till(l *line, off int) {
	s := l.text[off:]
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
		if l.kind != TableRow || l.sig {
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
