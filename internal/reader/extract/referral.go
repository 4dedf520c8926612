package extract

import (
	"regexp"
	"strings"
)

// A run is the verbatim text of consecutive lines of one block, so that a
// phrase or a date broken over a line break is found whole and its offsets
// still map to positions.
type run struct {
	text string
	b    *Block
	off  int
}

func (r run) pos(i int) posT { return r.b.PosAt(r.off + i) }

func runs(ls []line) []run {
	var out []run
	for i := 0; i < len(ls); {
		if ls[i].sig || ls[i].head >= len(ls[i].text) {
			i++
			continue
		}
		j := i + 1
		for j < len(ls) && ls[j].b == ls[i].b && !ls[j].sig && ls[j].head == 0 {
			j++
		}
		start := ls[i].off + ls[i].head
		for start < len(ls[i].b.Text) && ls[i].b.Text[start] == ' ' {
			start++
		}
		last := &ls[j-1]
		end := last.off + len(last.text)
		if end > len(ls[i].b.Text) || start > end {
			out = append(out, run{text: ls[i].text[ls[i].head:], b: ls[i].b, off: ls[i].off + ls[i].head})
		} else {
			out = append(out, run{text: ls[i].b.Text[start:end], b: ls[i].b, off: start})
		}
		i = j
	}
	return out
}

var (
	// "remitterades av kommunstyrelsen till stadsdelsnämnden"
	remittedByRE = lazyRegexp(`(?i)\bremitter(?:ades|ats|at)\s+(?:\S+\s+){0,3}?av\s+([\p{L}&\- ]{3,60}?)\s+(?:till|för)\b`)
	// "Kommunstyrelsens arbetsutskott har remitterat motionen till"
	hasRemittedRE = lazyRegexp(`\b([A-ZÅÄÖ][\p{L}&\-]*(?:\s+[\p{Ll}&\-]+){0,2}?)\s+(?:har|hade)\s+remitterat\b`)
	// "med svar till Kommunstyrelsens diarium senast 2023-09-01"
	answerToRE = lazyRegexp(`(?i)\bsvar\s+till\s+([\p{L}&\- ]{3,60}?)(?:s)?\s+diari(?:um|et)\b`)
	// "senast den 1:a oktober 2020", "Remisstid 22 september 2011"
	deadlineRE = lazyRegexp(`(?i)\b(?:senast|remisstid(?:en)?(?:\s+(?:är|till))?|svarstid(?:en)?(?:\s+(?:är|till))?|sista\s+svarsdag(?:\s+är)?|uppskov\s+till)\s*:?\s*(?:den\s+|dag\s+)?`)
	// a referral is talked about in this sentence
	referralWordRE = lazyRegexp(`(?i)remi(?:ss|tter)|yttra|yttrande|svar\s+till|tillfälle`)
	parenDnrRE     = lazyRegexp(`\(\s*([^()]{4,30})\s*\)`)
)

// referral reads who referred the matter and by when the answer is due.
func (x *builder) referral(ls []line) {
	for _, r := range runs(ls) {
		for _, sp := range sentences(r.text) {
			s := r.text[sp[0]:sp[1]]
			if !referralWordRE().MatchString(s) {
				continue
			}
			base := sp[0]
			found := false
			if m := remittedByRE().FindStringSubmatchIndex(s); m != nil {
				x.setIfAbsent("/referral/from", collapse(s[m[2]:m[3]]), r.pos(base+m[2]))
				found = true
			} else if m := answerToRE().FindStringSubmatchIndex(s); m != nil {
				org := strings.TrimSuffix(collapse(s[m[2]:m[3]]), "s")
				x.setIfAbsent("/referral/from", org, r.pos(base+m[2]))
				found = true
			} else if m := hasRemittedRE().FindStringSubmatchIndex(s); m != nil {
				x.setIfAbsent("/referral/from", collapse(s[m[2]:m[3]]), r.pos(base+m[2]))
				found = true
			}
			for _, m := range deadlineRE().FindAllStringIndex(s, 8) {
				if d, ok := dateAt(s, m[1]); ok && d.Start == m[1] {
					x.setIfAbsent("/referral/deadline", d.Value, r.pos(base+d.Start))
					found = true
					break
				}
			}
			if found {
				// the referrer's dnr in brackets: "(KS 2023-00280)"
				for _, pm := range parenDnrRE().FindAllStringSubmatchIndex(s, -1) {
					inner := s[pm[2]:pm[3]]
					if d := findDnr(inner); d != nil && d[0] == 0 && d[1] == len(strings.TrimSpace(inner)) {
						x.setIfAbsent("/referral/dnr", inner[d[0]:d[1]], r.pos(base+pm[2]))
						break
					}
				}
				if _, ok := x.c.Positions["/referral"]; !ok || x.c.Positions["/referral"].Line > r.pos(base).Line {
					x.c.Positions["/referral"] = r.pos(base)
				}
			}
		}
	}
	// the referrer's dnr in the title: "… om laddinfra i Kungsbacka ( KS 2023-00280)."
	if x.has("/referral") && !x.has("/referral/dnr") {
		if t, ok := x.val["title"].(string); ok {
			for _, pm := range parenDnrRE().FindAllStringSubmatchIndex(t, -1) {
				inner := strings.TrimSpace(t[pm[2]:pm[3]])
				if d := findDnr(inner); d != nil && d[0] == 0 && d[1] == len(inner) {
					x.set("/referral/dnr", inner, x.c.Positions["/title"])
					break
				}
			}
		}
	}
}

var (
	// "Motionen är skriven av A, B och C (samtliga -)."
	motionByRE = lazyRegexp(`(?i)\bmotion(?:en)?\s+(?:är\s+skriven|har\s+väckts|har\s+lämnats|är\s+väckt)\s+av\s+`)
	// "Svar på motion från A (S) och B (S) om …", "Motion (2016:5) av A (M) om"
	motionFromRE   = lazyRegexp(`(?i)\bmotion(?:\s+\(\d{4}:\d+\))?\s+(?:från|av)\s+`)
	authorsEndRE   = lazyRegexp(`(?i)\s+(?:om|angående|gällande|rörande)\s|\s-\s|\s–\s|\bm\.\s?fl\.?|[.;]\s|\(samtliga\b|$`)
	authorsFirstRE = lazyRegexp(`^(\p{Lu}[^.]{2,200}?)\s+har\s+(?:[^.]{0,40}?\s)?(?:inkommit\s+med|väckt|lämnat|i)\s+en\s+motion\b`)
	partyRE        = lazyRegexp(`\s*\([^()]{0,20}\)`)
	authorSepRE    = lazyRegexp(`\s*,\s*|\s+och\s+|\s+samt\s+`)
)

// motion reads the motion's authors and, when the document is titled
// "Motion om …", its title.
func (x *builder) motion(ls []line) {
	if t, ok := x.val["title"].(string); ok && strings.HasPrefix(strings.ToLower(t), "motion om ") {
		x.set("/motion/title", t, x.c.Positions["/title"])
	}
	try := func(r run, re *regexp.Regexp) bool {
		for _, m := range re.FindAllStringIndex(r.text, -1) {
			rest := r.text[m[1]:]
			e := authorsEndRE().FindStringIndex(rest)
			if e == nil {
				continue
			}
			names, offs := splitAuthors(rest[:e[0]])
			if len(names) == 0 {
				continue
			}
			arr := make([]any, len(names))
			for i, n := range names {
				arr[i] = n
				x.c.Positions["/motion/authors/"+itoa(i)] = r.pos(m[1] + offs[i])
			}
			x.set("/motion/authors", arr, r.pos(m[1]+offs[0]))
			return true
		}
		return false
	}
	rs := runs(ls)
	// "A (S) och B (S) har 2023-09-04 inkommit med en motion …": the
	// authors at the start of the sentence, and the motion's date in it
	for _, r := range rs {
		for _, sp := range sentences(r.text) {
			s := r.text[sp[0]:sp[1]]
			m := authorsFirstRE().FindStringSubmatchIndex(s)
			if m == nil {
				continue
			}
			names, offs := splitAuthors(s[m[2]:m[3]])
			if len(names) == 0 {
				continue
			}
			arr := make([]any, len(names))
			for i, n := range names {
				arr[i] = n
				x.c.Positions["/motion/authors/"+itoa(i)] = r.pos(sp[0] + m[2] + offs[i])
			}
			x.set("/motion/authors", arr, r.pos(sp[0]+m[2]+offs[0]))
			if ds := findDates(s); len(ds) > 0 {
				x.set("/motion/date", ds[0].Value, r.pos(sp[0]+ds[0].Start))
			}
			return
		}
	}
	for _, re := range []*regexp.Regexp{motionByRE(), motionFromRE()} {
		for _, r := range rs {
			if try(r, re) {
				return
			}
		}
	}
}

// splitAuthors splits "A (S), B (S) och C" into personal names; anything
// that is not a personal name (a party, "Miljöpartiet de gröna") makes the
// list empty.
func splitAuthors(s string) ([]string, []int) {
	var names []string
	var offs []int
	prev := 0
	seps := authorSepRE().FindAllStringIndex(s, -1)
	seps = append(seps, []int{len(s), len(s)})
	for _, sp := range seps {
		part := s[prev:sp[0]]
		start := prev + len(part) - len(strings.TrimLeft(part, " "))
		name := collapse(partyRE().ReplaceAllString(part, ""))
		prev = sp[1]
		if name == "" {
			continue
		}
		if !isNameTokens(strings.Fields(name)) {
			return nil, nil
		}
		names = append(names, name)
		offs = append(offs, start)
	}
	return names, offs
}
