package extract

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Canonical section keys of the case model (schemas/case.schema.json).
const (
	SecSummary       = "summary"
	SecBackground    = "background"
	SecPreparation   = "preparation"
	SecMatter        = "matter"
	SecAssessment    = "assessment"
	SecGender        = "gender_equality"
	SecChildRights   = "child_rights"
	SecEconomy       = "economy"
	SecDecisionBasis = "decision_basis"
	SecDistribution  = "distribution"
	// SecDecision is not a section of the model: its heading opens the
	// decision proposal.
	SecDecision = "decision_proposal"
)

// headingVariants maps a lower-cased heading, as written, to its section.
// Sources: domain.md (b). "Ärendet" is the matter and "Bakgrund" the
// background, as the case model has them.
var headingVariants = map[string]string{
	"sammanfattning":             SecSummary,
	"sammanfattning av ärendet":  SecSummary,
	"sammanfattning av ärende":   SecSummary,
	"sammanfattande inställning": SecSummary,

	"bakgrund":                           SecBackground,
	"beskrivning av ärendet":             SecBackground,
	"beskrivning av ärende":              SecBackground,
	"ärendebeskrivning":                  SecBackground,
	"juridiskt ramverk och styrdokument": SecBackground,
	"styrdokument och juridik":           SecBackground,

	"ärendet": SecMatter,

	"ärendets beredning": SecPreparation,
	"beredning":          SecPreparation,
	"remisser":           SecPreparation,

	"synpunkter och förslag":                SecAssessment,
	"förvaltningens synpunkter och förslag": SecAssessment,
	"förvaltningens synpunkter":             SecAssessment,
	"förvaltningens bedömning":              SecAssessment,
	"bedömning":                             SecAssessment,
	"förvaltningens överväganden":           SecAssessment,
	"överväganden":                          SecAssessment,
	"våra synpunkter":                       SecAssessment,
	"förvaltningens yttrande":               SecAssessment,
	"kommunens inställning i detalj":        SecAssessment,

	"jämställdhetsanalys":           SecGender,
	"jämställdhetsperspektiv":       SecGender,
	"jämställdhetsperspektivet":     SecGender,
	"könskonsekvensanalys":          SecGender,
	"jämställdhet":                  SecGender,
	"konsekvenser för jämställdhet": SecGender,
	"konsekvensbeskrivningar jämställdhet, jämlikhet och barnets rättigheter": SecGender,

	"barnkonventionen":          SecChildRights,
	"barnperspektiv":            SecChildRights,
	"barnperspektivet":          SecChildRights,
	"barnrättsperspektiv":       SecChildRights,
	"barnrättsperspektivet":     SecChildRights,
	"prövning av barnets bästa": SecChildRights,
	"barnets bästa":             SecChildRights,
	"barnchecklista":            SecChildRights,
	"barnkonsekvensanalys":      SecChildRights,

	"ekonomiska konsekvenser":  SecEconomy,
	"ekonomisk bedömning":      SecEconomy,
	"ekonomisk hållbarhet":     SecEconomy,
	"ekonomi":                  SecEconomy,
	"ekonomi och finansiering": SecEconomy,
	"finansiering":             SecEconomy,

	"beslutsunderlag": SecDecisionBasis,
	"bilagor":         SecDecisionBasis,
	"handlingar":      SecDecisionBasis,
	"handling":        SecDecisionBasis,

	"beslutet skickas till":         SecDistribution,
	"beslutet ska skickas till":     SecDistribution,
	"protokollsutdrag skickas till": SecDistribution,
	"beslut till":                   SecDistribution,
	"skickas till":                  SecDistribution,
	"expedieras till":               SecDistribution,
}

var (
	// "Förslag till beslut", "Förvaltningens förslag till beslut",
	// "Förslag till beslut i nämnden för Service", "Förslag till beslut I
	// kommunstyrelsen", "Beslutsförslag", "Förslag till beslut för
	// kommunstyrelsen", "Förslag till beslut – kommunfullmäktige",
	// "Förslag till beslut i kommunstyrelsen (KS)".
	decisionHeadingRE = lazyRegexp(`(?i)^(?:[\p{L}&\- ]{2,80}s\s+)?(?:förslag\s+till\s+beslut|beslutsförslag|föreslaget\s+beslut)(?:(?:\s+(?:i|för|till)\s+|\s*[,–—-]\s*)([\p{L}&\- ]{2,100}?))?(?:\s*\([^)]{1,40}\))?$`)
	// "Nämnden för Individ & Familjeomsorgs förslag till Kommunfullmäktige",
	// "Stadsbyggnadsutskottets förslag till kommunstyrelsen för förslag
	// till kommunfullmäktige".
	proposalToHeadingRE = lazyRegexp(`(?i)^(?:[\p{L}&\- ]{2,80}s\s+förslag\s+till\s+(?:kommunfullmäktige|kommunstyrelsen|fullmäktige|nämnden\b.{0,60}|[\p{L}\-]*nämnden)(?:\s+för\s+förslag\s+till\s+[\p{L} ]{2,40})?|förslag\s+till\s+(?:kommunfullmäktige|kommunstyrelsen|fullmäktige|nämnden|[\p{L}\-]*nämnden))$`)
	// "Kommunstyrelsens förvaltnings bedömning", "Nämndens inställning i detalj"
	ownAssessmentRE = lazyRegexp(`(?i)^[\p{L}&\- ]{2,60}s\s+(?:bedömning|synpunkter(?:\s+och\s+förslag)?|överväganden|inställning(?:\s+i\s+detalj)?)$`)
	// An item or section number before a heading: "2 Beredning", "3.1 Bakgrund".
	headingNumberRE = lazyRegexp(`^\d{1,2}(?:\.\d{1,2})*\.?\s+`)
)

// headingMatch is a heading found at the start of a line.
type headingMatch struct {
	Key     string // canonical key, SecDecision, or "" for an unknown heading
	Heading string // the heading as written, without a trailing colon
	Body    int    // byte offset in the line where text after the heading starts, or len(line)
	Body2   string // the deciding body named in "Förslag till beslut i X"
	// Also are further analysis sections a combined heading opens
	// ("Jämställdhet och barnperspektiv": gender_equality, then child_rights).
	Also []string
}

// Analysis headings are recognised by their words, not by a list of whole
// headings: a heading that starts with a kind's own word ("Jämställdhets…",
// "Barnrättsperspektiv", "Ekonomiska konsekvenser", "Finansiering") or with
// an analysis head ("Konsekvenser för …", "Analys av …", "Prövning av …")
// that names the kind.
var (
	genderWordRE  = lazyRegexp(`jämställd|könskonsekvens|kvinnor och män|flickor och pojkar`)
	childWordRE   = lazyRegexp(`barn-\s+och\s+ung|barn(?:rätts?|perspektiv|konsekvens|konvention|checklist|ens?\s+(?:bästa|rättigheter|perspektiv))|barnets\s+(?:bästa|rättigheter|perspektiv)|(?:^|\s)(?:för|ur)\s+barn(?:\s|$)|barn\s+och\s+unga`)
	economyWordRE = lazyRegexp(`ekonomi|ekonomisk|finansiering|kostnad|budgetpåverkan`)
	// the heads of an analysis heading: a kind follows ("Konsekvenser för
	// jämställdhet"), or none does ("Konsekvensbeskrivning")
	analysisHeadRE = lazyRegexp(`^(?:konsekvens\p{L}*|analys\p{L}*|perspektiv\p{L}*|påverkan|prövning|effekter|hållbarhets\p{L}*|social\s+hållbarhet|mänskliga\s+rättigheter|bedömning\s+(?:ur|utifrån))\b`)
	// a kind word that opens the heading: "Jämställdhetsanalys",
	// "Barnrättsperspektiv", "Barnets bästa", "Ekonomi och finansiering"
	kindFirstRE = lazyRegexp(`^(?:jämställdhet(?:s(?:analys|perspektiv|konsekvens|bedömning|aspekt)\p{L}*)?(?:\s|$)|jämställdhets-\s|könskonsekvens|barn-\s+och\s+ung|barn(?:rätts|perspektiv|konsekvens|konvention|checklist)|barnets\s+(?:bästa|rättigheter)|ekonomin?(?:\s|$)|ekonomisk\p{L}*\s|finansiering|kostnad(?:er|erna)?(?:\s|$))`)
	// the other sections by the words that head them
	sectionVocab = []struct {
		re  func() *regexp.Regexp
		key string
	}{
		{lazyRegexp(`^(?:bakgrund(?:en)?(?:\s+(?:och|till)\s+[\p{L} ]{2,40})?|ärendets\s+bakgrund|bakgrundsbeskrivning)$`), SecBackground},
		{lazyRegexp(`^(?:analys(?:\s+och\s+(?:bedömning|slutsats(?:er)?))?|bedömning(?:\s+och\s+(?:analys|slutsats(?:er)?|förslag))?|slutsats(?:er)?|överväganden(?:\s+och\s+bedömning)?|[\p{L}&\- ]{2,60}s\s+analys)$`), SecAssessment},
		{lazyRegexp(`^(?:underlag\s+för\s+beslut(?:et)?|handlingar\s+i\s+ärendet|ärendets\s+handlingar|beslutsunderlag\s+och\s+bilagor|bilagor\s+och\s+beslutsunderlag)$`), SecDecisionBasis},
		{lazyRegexp(`^(?:beslut(?:et)?\s+(?:ska\s+)?(?:skickas|expedieras|delges)(?:\s+(?:för\s+kännedom\s+)?till)?|expediering|sändlista|delges)$`), SecDistribution},
	}
	// a condition after a decision heading: "… under förutsättning av
	// kommunfullmäktiges beslut"
	conditionRE = lazyRegexp(`(?i)\s+(?:under\s+förutsättning|förutsatt\s+att|på\s+villkor|med\s+förbehåll|villkorat)\b.*$`)
)

// analysisKinds returns the analysis sections a heading names, in the order
// the heading names them, and whether the heading is an analysis heading at
// all (an analysis head with no kind is one of unknown kind).
func analysisKinds(n string) (keys []string, analysis bool) {
	head := analysisHeadRE().MatchString(n)
	if !head && !kindFirstRE().MatchString(n) {
		return nil, false
	}
	type at struct {
		key string
		i   int
	}
	var found []at
	if loc := genderWordRE().FindStringIndex(n); loc != nil {
		found = append(found, at{SecGender, loc[0]})
	}
	if loc := childWordRE().FindStringIndex(n); loc != nil {
		found = append(found, at{SecChildRights, loc[0]})
	}
	if loc := economyWordRE().FindStringIndex(n); loc != nil {
		found = append(found, at{SecEconomy, loc[0]})
	}
	for i := 1; i < len(found); i++ {
		for j := i; j > 0 && found[j].i < found[j-1].i; j-- {
			found[j], found[j-1] = found[j-1], found[j]
		}
	}
	for _, f := range found {
		keys = append(keys, f.key)
	}
	return keys, true
}

// normHeading lower-cases a heading candidate and strips a trailing colon
// and surrounding space and collapses inner spaces.
func normHeading(s string) string {
	s = strings.TrimSpace(s)
	s = strings.TrimRight(s, ":")
	s = strings.TrimSpace(s)
	return strings.ToLower(strings.Join(strings.Fields(s), " "))
}

// classifyHeading says which section a whole heading text opens, if any.
func classifyHeading(s string) (key string, body2 string, ok bool) {
	hm, ok := classify(s)
	return hm.Key, hm.Body2, ok
}

// classify says which section (or sections) a whole heading text opens.
func classify(s string) (headingMatch, bool) { return classifyWith(s, true) }

// classifyWith is classify; without vocab only the exact variants and the
// decision forms count (for a heading run into the text after it, where
// "Ekonomin för Gymnasium &" / "Arbetsmarknad under perioden …" would
// otherwise open a section).
func classifyWith(s string, vocab bool) (headingMatch, bool) {
	n := normHeading(s)
	if n == "" || utf8.RuneCountInString(n) > 140 {
		return headingMatch{}, false
	}
	if k, ok := headingVariants[n]; ok {
		if keys, _ := analysisKinds(n); len(keys) > 1 && keys[0] == k {
			return headingMatch{Key: k, Also: keys[1:]}, true
		}
		return headingMatch{Key: k}, true
	}
	if !vocab {
		k, b2, ok := classifyOther(s, n)
		return headingMatch{Key: k, Body2: b2}, ok
	}
	if keys, _ := analysisKinds(n); len(keys) > 0 && !strings.ContainsAny(n, ".,;0123456789") && len(strings.Fields(n)) <= 10 {
		return headingMatch{Key: keys[0], Also: keys[1:]}, true
	}
	if !strings.ContainsAny(n, ".;0123456789") {
		for _, v := range sectionVocab {
			if v.re().MatchString(n) {
				return headingMatch{Key: v.key}, true
			}
		}
	}
	k, b2, ok := classifyOther(s, n)
	return headingMatch{Key: k, Body2: b2}, ok
}

func classifyOther(s, n string) (key string, body2 string, ok bool) {
	if m := headingNumberRE().FindString(s); m != "" {
		return classifyHeading(s[len(m):])
	}
	proposal := strings.Contains(n, "förslag") || strings.Contains(n, "föreslaget")
	if !proposal && !strings.Contains(n, "bedömning") && !strings.Contains(n, "synpunkter") && !strings.Contains(n, "överväganden") && !strings.Contains(n, "inställning") {
		return "", "", false // none of the patterns below can match
	}
	if !proposal {
		if ownAssessmentRE().MatchString(n) && !strings.Contains(n, ".") {
			return SecAssessment, "", true
		}
		return "", "", false
	}
	if loc := conditionRE().FindStringIndex(n); loc != nil && strings.Contains(n[:loc[0]], "förslag till beslut") {
		// the condition is part of the heading; the body is before it
		n = n[:loc[0]]
		if loc := conditionRE().FindStringIndex(s); loc != nil {
			s = s[:loc[0]]
		}
	}
	if m := decisionHeadingRE().FindStringSubmatchIndex(n); m != nil {
		if m[2] >= 0 {
			// take the deciding body from the original text, to keep its
			// case (n is s collapsed and lower-cased)
			orig := collapse(strings.TrimRight(strings.TrimSpace(s), ":"))
			if len(orig) == len(n) {
				body2 = strings.TrimSpace(orig[m[2]:m[3]])
			} else {
				body2 = n[m[2]:m[3]]
			}
		}
		return SecDecision, body2, true
	}
	if proposalToHeadingRE().MatchString(n) {
		return SecDecision, "", true
	}
	if ownAssessmentRE().MatchString(n) && !strings.Contains(n, ".") {
		return SecAssessment, "", true
	}
	return "", "", false
}

// analysisOfUnknownKind reports whether a heading no variant matches reads
// like an impact analysis whose kind it does not name
// ("Konsekvensbeskrivning", "Konsekvensanalys").
func analysisOfUnknownKind(s string) bool {
	n := normHeading(s)
	keys, analysis := analysisKinds(n)
	if !analysis || len(keys) > 0 {
		return false
	}
	// "Konsekvensbeskrivning", "Konsekvenser av förslaget", "Bedömning ur
	// social dimension"; not "Konsekvenser av åtgärdsförslagen för
	// kommuner" or "Bedömning ur ekologisk dimension", which say what they
	// are about
	ws := strings.Fields(n)
	for _, w := range ws[1:] {
		if !genericWords[w] {
			return false
		}
	}
	return true
}

// genericWords may follow an analysis head without saying what it is
// about.
var genericWords = map[string]bool{
	"av": true, "ur": true, "för": true, "utifrån": true, "och": true, "i": true, "på": true,
	"förslaget": true, "beslutet": true, "ärendet": true, "åtgärden": true, "åtgärderna": true,
	"social": true, "sociala": true, "socialt": true, "dimension": true, "hållbarhet": true,
	"perspektiv": true, "konsekvenser": true, "mänskliga": true, "rättigheter": true,
	"jämlikhet": true, "olika": true, "grupper": true, "invånare": true, "medborgare": true,
}

// matchHeading reports whether line starts with a known heading: the
// whole line, "Heading: text", or (when allowInline) "Heading Text" where
// the text starts with a capital letter or a digit.
func matchHeading(line string, allowInline bool) (headingMatch, bool) {
	t := strings.TrimRight(line, " \t")
	if hm, ok := classify(t); ok && !endsSentence(t) {
		hm.Heading, hm.Body = cleanHeading(t), len(line)
		return hm, true
	}
	// "Heading: text"
	if i := strings.IndexByte(t, ':'); i > 0 && i < 140 {
		if k, b2, ok := classifyHeading(t[:i]); ok {
			j := i + 1
			for j < len(t) && (t[j] == ' ' || t[j] == '\t') {
				j++
			}
			return headingMatch{Key: k, Heading: cleanHeading(t[:i]), Body: j, Body2: b2}, true
		}
	}
	if !allowInline {
		return headingMatch{}, false
	}
	// "Heading Text…": try the longest heading prefix of up to 8 words.
	words := wordSpans(t)
	for n := min(8, len(words)-1); n >= 1; n-- {
		end := words[n-1][1]
		next := words[n][0]
		r, _ := utf8.DecodeRuneInString(t[next:])
		if !unicode.IsUpper(r) && !unicode.IsDigit(r) {
			continue
		}
		hm, ok := classifyWith(t[:end], false)
		k, b2 := hm.Key, hm.Body2
		if !ok {
			continue
		}
		first, _ := utf8.DecodeRuneInString(t)
		if !unicode.IsUpper(first) && !unicode.IsDigit(first) {
			return headingMatch{}, false
		}
		return headingMatch{Key: k, Heading: cleanHeading(t[:end]), Body: next, Body2: b2}, true
	}
	return headingMatch{}, false
}

func cleanHeading(s string) string {
	s = strings.TrimSpace(s)
	s = strings.TrimSpace(strings.TrimRight(s, ":"))
	return strings.Join(strings.Fields(s), " ")
}

// wordSpans returns the byte spans of the space-separated words of s.
func wordSpans(s string) [][2]int {
	var out [][2]int
	start := -1
	for i, r := range s {
		if r == ' ' || r == '\t' {
			if start >= 0 {
				out = append(out, [2]int{start, i})
				start = -1
			}
			continue
		}
		if start < 0 {
			start = i
		}
	}
	if start >= 0 {
		out = append(out, [2]int{start, len(s)})
	}
	return out
}

// looksLikeUnknownHeading is the guess for a line that no variant matches:
// short, capitalised, no closing punctuation, few words, not a date or a
// number.
func looksLikeUnknownHeading(s string) bool {
	s = strings.TrimSpace(s)
	n := utf8.RuneCountInString(s)
	if n < 3 || n > 70 {
		return false
	}
	r, _ := utf8.DecodeRuneInString(s)
	if !unicode.IsUpper(r) {
		return false
	}
	last, _ := utf8.DecodeLastRuneInString(s)
	if strings.ContainsRune(".,;:!?-–)", last) {
		return false
	}
	if len(strings.Fields(s)) > 9 || len(findDates(s)) > 0 || findDnr(s) != nil {
		return false
	}
	if strings.ContainsAny(s, "|@") || strings.HasPrefix(s, "(") {
		return false
	}
	// columns ("Kultur & Fritid        1 000 000", a name and a title side
	// by side) are no heading, nor a line that ends with "att", "och", "till"
	if strings.Contains(s, "   ") || strings.ContainsRune(s, '\t') || endsOpen(s) {
		return false
	}
	if dnrLabelRE().MatchString(s) || dateLabelRE().MatchString(s) || tillRE().MatchString(s) || notTitleRE().MatchString(s) {
		return false
	}
	return true
}

// docLabelRE() finds the document label: Tjänsteskrivelse, Tjänsteutlåtande,
// Yttrande.
var docLabelRE = lazyRegexp(`(?i)(?:^|[\s\d-])(tjänsteskrivelse|tjänsteutlåtande|yttrande)\b`)

func kindOf(label string) string {
	switch strings.ToLower(label) {
	case "tjänsteskrivelse":
		return "tjansteskrivelse"
	case "tjänsteutlåtande":
		return "tjansteutlatande"
	case "yttrande":
		return "yttrande"
	}
	return ""
}

// IsHeading reports whether a line, alone, is one of the known heading
// variants (a section or the decision proposal). Readers use it to keep a
// heading written as a plain paragraph together with the text under it, as
// the lines of one block.
func IsHeading(line string) bool {
	hm, ok := matchHeading(line, false)
	return ok && hm.Body >= len(strings.TrimRight(line, " \t"))
}
