package extract

import (
	"regexp"
	"strconv"
	"strings"
	"time"
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
	// "Kommunstyrelsens arbetsutskott har remitterat motionen till",
	// "Kommunstyrelsens arbetsutskott remitterade motionen till",
	// "Kommunstyrelsen beslutade 2024-02-27 att remittera motionen till";
	// group 2 is whom it went to
	hasRemittedRE = lazyRegexp(`\b(Region\s+\p{Lu}[\p{L}\-]+|\p{Lu}[\p{L}&\-]*(?:\s+(?:i|för)\s+\p{Lu}[\p{L}&\-]*(?:\s+[\p{L}&\-]+)?|(?:\s+[\p{Ll}&\-]+){0,2}?))\s+(?:(?:har|hade)\s+remitterat|remitterade|beslutade\s+(?:[^.]{0,60}?\s)?att\s+remittera)\b(?:\s+(?:\S+\s+){0,3}?till\s+(\S+))?`)
	// "Klimatdepartementet har gett Kungsbacka kommun möjlighet att yttra sig"
	gaveChanceRE = lazyRegexp(`\b(Region\s+\p{Lu}[\p{L}\-]+|\p{Lu}[\p{L}&\-]*(?:\s+(?:i|för)\s+\p{Lu}[\p{L}&\-]*(?:\s+[\p{L}&\-]+)?|(?:\s+[\p{Ll}&\-]+){0,3}?))\s+(?:har\s+)?(?:gett|givit|gav|berett|beredde)\s+(?:[^.]{0,40}?\s)?(?:möjlighet|tillfälle)\s+att\s+(?:yttra\s+sig|lämna\s+(?:ett\s+)?(?:yttrande|synpunkter|remissvar)|svara)\b`)
	// "yttra sig över Finansdepartementets promemoria": the referrer in
	// the genitive of what is referred, when it is an organ
	ofReferrerRE = lazyRegexp(`\b(?:yttra\s+sig|yttrande|synpunkter|remissvar)\s+(?:över|på|om)\s+(\p{Lu}\p{L}*(?:departementet|styrelsen|nämnden|verket|myndigheten|inspektionen|regionen|rådet|kontoret|förvaltningen|utskottet|fullmäktige))s\s+(?:remiss|promemoria|betänkande|förslag|utkast|rapport|remitterade)`)
	// "Kommunstyrelsen har begärt nämndens yttrande över …"
	askedRE = lazyRegexp(`\b(Region\s+\p{Lu}[\p{L}\-]+|\p{Lu}[\p{L}&\-]*(?:\s+(?:i|för)\s+\p{Lu}[\p{L}&\-]*(?:\s+[\p{L}&\-]+)?|(?:\s+[\p{Ll}&\-]+){0,3}?))\s+(?:har\s+)?(?:begärt|begär|efterfrågat|bett\s+om)\s+(?:\S+\s+){0,2}?(?:yttrande|synpunkter|remissvar)\b`)
	// the case answers a referral, by whom is not said: "har fått
	// tillfälle att yttra sig", "Med anledning av remissen"
	answersRE = lazyRegexp(`(?i)\b(?:med\s+anledning\s+av\s+remissen|(?:ombetts|ombeds|anmodats|anmodas)\s+(?:att\s+)?(?:yttra\s+sig|inkomma\s+med\s+(?:ett\s+)?yttrande|lämna\s+(?:ett\s+)?yttrande|lämna\s+synpunkter)|remitter(?:at|ats|ade|ades)\s+(?:[^.]{0,80}?\s)?för\s+(?:yttrande|beredning|synpunkter))\b`)
	// "… har fått tillfälle att yttra sig": a referral to this case's
	// authors only when they are the ones named before it
	chanceRE = lazyRegexp(`(?i)\b(?:fått|har|getts|givits|beretts|beredas|ges|bereda\s+\S+)\s+(?:möjlighet|tillfälle)\s+att\s+yttra\s+sig\b`)
	// the municipality itself as the one given the chance
	ourselvesRE = lazyRegexp(`(?i)\b(?:kommunen|kommunerna|medlemskommunerna|\p{L}+\s+kommun)\b`)
	// a title that answers a referral: "Svar på kommunstyrelsens remiss
	// om …", "Yttrande över Departementets remiss: …", "Remissvar …";
	// group 1 is the referrer in the genitive
	referralTitleRE = lazyRegexp(`(?i)^(?:(?:svar\s+på|yttrande\s+över|synpunkter\s+på|remissvar\s+(?:på|över|gällande|avseende))\s+((?:\S+\s+){0,4}?\S+?)s\s+remiss\b|(?:remissvar|svar\s+på\s+remiss|begäran\s+om\s+yttrande|yttrande\s+över\s+remiss)\b)`)
	// "Yttrande till byggnadsnämnden avseende …"; group 1 is the organ
	statementToRE = lazyRegexp(`(?i)^yttrande\s+till\s+((?:\S+\s+){0,3}?\S+)\s+(?:avseende|gällande|angående|rörande|om|över)\s`)
	// what follows "senast" when it is a deadline that is no date:
	// "den 15:e", "15/3", "vecka 12", "v. 12", "fredag"
	unreadDeadlineRE = lazyRegexp(`(?i)^(?:\d{1,2}(?::[ae])?(?:\s|/|$|\.)|vecka\s+\d|v\.?\s*\d|(?:må|tis|ons|tors|fre|lör|sön)dag(?:en)?\b)`)
	// between the two dates of a period: " – ", " till och med den "
	rangeToRE = lazyRegexp(`(?i)^\s*(?:[–—-]|till\s+och\s+med|till|t\.\s?o\.\s?m\.)\s*(?:den\s+)?`)
	// a deadline without a year: "senast den 3 maj" (the document's year)
	dayMonthRE = lazyRegexp(`(?i)^(\d{1,2})(?::[ae])?\s+(januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december)\b`)
	// an extension: "uppskov till den 15 maj 2024", "beviljats uppskov med
	// svaret till den …" (the new deadline)
	extensionRE = lazyRegexp(`(?i)\buppskov(?:\s+\S+){0,4}?\s+till\s*:?\s*(?:den\s+)?`)
	// "med svar till Kommunstyrelsens diarium senast 2023-09-01"
	answerToRE = lazyRegexp(`(?i)\bsvar\s+till\s+([\p{L}&\- ]{3,60}?)(?:s)?\s+diari(?:um|et)\b`)
	// "senast den 1:a oktober 2020", "Remisstid 22 september 2011"
	deadlineRE = lazyRegexp(`(?i)\b(?:senast|remisstid(?:en)?(?:\s+(?:är|till))?|svarstid(?:en)?(?:\s+(?:är|till))?|sista\s+svarsdag(?:en)?(?:\s+är)?|sista\s+dag(?:en)?\s+för\s+(?:svar|yttrande|remissvar)(?:\s+är)?|svarsdatum|svar\s+senast|uppskov\s+till)\s*:?\s*(?:den\s+|dag\s+)?(?:(?:mån|tis|ons|tors|fre|lör|sön)dag(?:en)?\s+(?:den\s+)?)?`)
	// an answer is talked about: in a document that answers a referral,
	// "Svar ska lämnas senast …" gives its deadline
	answerWordRE = lazyRegexp(`(?i)\b(?:svar|svaret|besvaras|besvara)\b`)
	// a referral is talked about in this sentence
	referralWordRE = lazyRegexp(`(?i)remi(?:ss|tter)|yttra|yttrande|svar\s+till|tillfälle|möjlighet\s+att\s+lämna|uppskov|svarsdatum|svarsdag|svarstid`)
	parenDnrRE     = lazyRegexp(`\(\s*([^()]{4,30})\s*\)`)
)

// referralWords are the words of referralWordRE without a space in them:
// strings.Contains on the lower-cased sentence is many times faster than
// the case-insensitive alternation tried at every position of every
// sentence (a third of the text reader's time).
var referralWords = []string{"remiss", "remitter", "yttra", "tillfälle", "uppskov", "svarsdatum", "svarsdag", "svarstid"}

// referralWord reports whether referralWordRE matches s.
func referralWord(s string) bool {
	lower := strings.ToLower(s)
	for _, w := range referralWords {
		if strings.Contains(lower, w) {
			return true
		}
	}
	// The words with a space in them: "svar till", "möjlighet att lämna".
	return (strings.Contains(lower, "svar") || strings.Contains(lower, "möjlighet")) && referralWordRE().MatchString(s)
}

// referral reads who referred the matter and by when the answer is due.
func (x *builder) referral(ls []line) {
	extended := false // the deadline is an extension ("uppskov")
	// a deadline seen that is not a date
	unreadAt, unreadText, unreadPos := -1, "", posT{}
	defer func() {
		if unreadAt >= 0 && x.has("/referral") && !x.has("/referral/deadline") {
			x.noteUnread("referral", unreadText, "sista svarsdagen står inte som ett datum", unreadPos)
		}
	}()
	for _, r := range runs(ls) {
		for _, sp := range sentences(r.text) {
			s := r.text[sp[0]:sp[1]]
			if !referralWord(s) && !(x.has("/referral") && answerWordRE().MatchString(s)) {
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
			} else if m := hasRemittedRE().FindStringSubmatchIndex(s); m != nil && (m[4] < 0 || !ownOffice(s[m[4]:m[5]])) {
				x.setIfAbsent("/referral/from", collapse(s[m[2]:m[3]]), r.pos(base+m[2]))
				found = true
			} else if m := askedRE().FindStringSubmatchIndex(s); m != nil {
				x.setIfAbsent("/referral/from", collapse(s[m[2]:m[3]]), r.pos(base+m[2]))
				found = true
			} else if m := gaveChanceRE().FindStringSubmatchIndex(s); m != nil {
				x.setIfAbsent("/referral/from", collapse(s[m[2]:m[3]]), r.pos(base+m[2]))
				found = true
			} else if m := answersRE().FindStringSubmatchIndex(s); m != nil && !ownOfficeRE().MatchString(s[m[0]:m[1]]) {
				found = true
			} else if m := chanceRE().FindStringIndex(s); m != nil && x.isUs(s[:m[1]]) {
				found = true
			}
			if m := ofReferrerRE().FindStringSubmatchIndex(s); m != nil && (found || x.has("/referral")) {
				x.setIfAbsent("/referral/from", s[m[2]:m[3]], r.pos(base+m[2]))
			}
			// an extension is the deadline that counts
			// (only for a referral: "uppskov med betalningen" is none)
			ext := extensionRE().FindAllStringIndex(s, 4)
			if !found && !x.has("/referral") && !referralWordRE().MatchString(strings.ReplaceAll(strings.ToLower(s), "uppskov", "")) {
				ext = nil
			}
			for _, m := range ext {
				if d, ok := x.deadlineAt(s, m[1]); ok {
					x.set("/referral/deadline", d.Value, r.pos(base+d.Start))
					extended = true
					found = true
				}
			}
			for _, m := range deadlineRE().FindAllStringIndex(s, 8) {
				if extended {
					break
				}
				if d, ok := x.deadlineAt(s, m[1]); ok {
					x.setIfAbsent("/referral/deadline", d.Value, r.pos(base+d.Start))
					found = true
					break
				}
				// "senast den 15:e", "senast vecka 12": a deadline that is
				// not a date
				if u := unreadDeadlineRE().FindStringIndex(s[m[1]:]); u != nil && unreadAt < 0 {
					unreadAt, unreadText, unreadPos = m[0], collapse(s[m[0]:min(len(s), m[1]+u[1]+20)]), r.pos(base+m[0])
				}
			}
			if found {
				if !x.has("/referral") {
					x.set("/referral", map[string]any{}, r.pos(base))
				}
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
	x.referralTitle()
	// the referrer's dnr in the title: "… om laddinfra i Kungsbacka ( KS 2023-00280).",
	// "… pyrotekniska varor - KS-2024-00826"
	if x.has("/referral") && !x.has("/referral/dnr") {
		if t, ok := x.val["title"].(string); ok {
			if m := trailingDnrRE().FindStringSubmatchIndex(t); m != nil && t[m[0]:m[1]] != "" && strings.ContainsAny(t[m[0]:m[2]], "-–") {
				x.set("/referral/dnr", t[m[2]:m[3]], x.c.Positions["/title"])
			}
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

// ownOfficeRE: a matter sent to the nämnd's own office for preparation
// ("remittera ärendet till förvaltningen för beredning") is no referral.
var ownOfficeRE = lazyRegexp(`(?i)\btill\s+(?:förvaltningen|kontoret|kommundirektören|förvaltningschefen)\b`)

func ownOffice(to string) bool {
	return ownOfficeRE().MatchString("till " + strings.Trim(to, ",."))
}

// isUs: the words before "har fått tillfälle att yttra sig" name the
// case's own authority or the municipality.
func (x *builder) isUs(subject string) bool {
	if ourselvesRE().MatchString(subject) {
		return true
	}
	a, _ := x.val["authority"].(string)
	if a == "" {
		return false
	}
	first, _, _ := strings.Cut(strings.ToLower(a), " och ")
	return strings.Contains(strings.ToLower(subject), first)
}

// deadlineAt reads the deadline date that starts at s[off:]: a full date,
// or a day and month in the document's year.
func (x *builder) deadlineAt(s string, off int) (dateMatch, bool) {
	if d, ok := dateAt(s, off); ok && d.Start == off {
		// a period ("Remisstiden är 2024-03-01 – 2024-05-31") ends at its
		// second date
		if m := rangeToRE().FindStringIndex(s[d.End:]); m != nil {
			if e, ok := dateAt(s, d.End+m[1]); ok && e.Start == d.End+m[1] {
				return e, true
			}
		}
		return d, true
	}
	m := dayMonthRE().FindStringSubmatchIndex(s[off:])
	if m != nil {
		// "1 mars – 31 maj 2024": the period's end has the year
		end := off + m[1]
		if r := rangeToRE().FindStringIndex(s[end:]); r != nil {
			if e, ok := dateAt(s, end+r[1]); ok && e.Start == end+r[1] {
				return e, true
			}
		}
	}
	date, _ := x.val["date"].(string)
	doc, err := time.Parse("2006-01-02", date)
	if m == nil || err != nil {
		return dateMatch{}, false
	}
	// the year that puts the deadline nearest the document's date: "senast
	// den 15 januari" in a December document is next January
	best, bestDist := "", time.Duration(1<<62)
	for y := doc.Year() - 1; y <= doc.Year()+1; y++ {
		v, ok := ParseDate(s[off+m[2]:off+m[3]] + " " + s[off+m[4]:off+m[5]] + " " + strconv.Itoa(y))
		if !ok {
			continue
		}
		t, _ := time.Parse("2006-01-02", v)
		dist := t.Sub(doc)
		if dist < 0 {
			dist = -dist
		}
		if dist < bestDist {
			best, bestDist = v, dist
		}
	}
	if best == "" {
		return dateMatch{}, false
	}
	return dateMatch{Value: best, Start: off + m[0], End: off + m[1]}, true
}

// referralTitle: a title that answers a referral says so, and often whose
// ("Svar på kommunstyrelsens remiss …": kommunstyrelsen).
func (x *builder) referralTitle() {
	t, ok := x.val["title"].(string)
	if !ok {
		return
	}
	m := referralTitleRE().FindStringSubmatchIndex(t)
	if m == nil {
		// "Yttrande till byggnadsnämnden avseende …": an answer to the
		// organ it goes to
		m = statementToRE().FindStringSubmatchIndex(t)
	}
	if m == nil {
		return
	}
	p := x.c.Positions["/title"]
	if m[2] >= 0 {
		x.setIfAbsent("/referral/from", t[m[2]:m[3]], p)
	}
	if !x.has("/referral") {
		x.set("/referral", map[string]any{}, p)
	}
}

var (
	// a line naming the motion itself, as a decision basis lists it
	motionLineRE = lazyRegexp(`^Motion(?:\s+(?:från|av|om|gällande|angående)\s|\s*[-–:]\s|\s+\(\d{4}:\d+\))`)
	// a title answering a motion; group 1 is the motion's subject
	motionAnswerRE = lazyRegexp(`(?i)^(?:[^.]{0,60}?\s)?(?:svar\s+på|yttrande\s+över|besvarande\s+av)\s+(?:\S+s\s+remiss\s+av\s+)?motion(?:en)?(?:\s+\(\d{4}:\d+\))?(?:\s+(?:från|av)\s+.*?)?(?:\s+(?:om|gällande|angående|rörande|avseende)\s+|\s*[-–:]\s+)(.+)$`)
	// a dnr that ends a title: " - KS-2024-00826", " (KS-2025-00809)"
	trailingDnrRE = lazyRegexp(`\s*(?:[-–]\s*|\(\s*)([A-ZÅÄÖ]{1,5}[- ]?\d{4}-\s?\d{3,5})\s*\\?\)?\.?$`)
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
	defer x.motionListedDate(ls)
	if t, ok := x.val["title"].(string); ok && strings.HasPrefix(strings.ToLower(t), "motion om ") {
		x.set("/motion/title", t, x.c.Positions["/title"])
	} else if ok {
		// "Svar på motion från A (S) om X", "Svar på motion - X (KS-2025-00809)":
		// the motion's subject as the title states it
		if m := motionAnswerRE().FindStringSubmatchIndex(t); m != nil {
			sub := strings.TrimSpace(t[m[2]:m[3]])
			sub = strings.TrimSpace(trailingDnrRE().ReplaceAllString(sub, ""))
			if sub != "" {
				x.set("/motion/title", sub, x.c.Positions["/title"])
			}
		}
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
			if !strings.Contains(s, "motion") || !strings.Contains(s, "har") {
				continue // words the expression needs: a fast test first
			}
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

// motionListedDate: the motion's date from its line in the decision basis
// ("Motion - Mera grön mat, 2025-10-29", "Motion från A (S) 2024-03-12")
// when the text gives none.
func (x *builder) motionListedDate(ls []line) {
	if !x.has("/motion") || x.has("/motion/date") {
		return
	}
	for i := range ls {
		l := &ls[i]
		if l.sig || !motionLineRE().MatchString(l.text) {
			continue
		}
		ds := findDates(l.text)
		if len(ds) == 0 {
			continue
		}
		d := ds[len(ds)-1]
		if strings.TrimRight(l.text[d.End:], " .") != "" {
			continue
		}
		x.set("/motion/date", d.Value, l.pos(d.Start))
		return
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
