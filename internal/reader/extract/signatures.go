package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Signatures: the closing block of names and titles, read by the shape of
// its words, not by a list of names. A person's name is two to five
// capitalised words (particles such as "von" inside, hyphenated names,
// initials) of which none is a title word; a title is a short phrase that
// is not name-shaped. The layouts read, the last one in the document
// winning:
//
//   - a names line over a titles line, in one to three columns of any
//     spacing (also a DOCX signature table, whose cells become columns), and
//     several such pairs stacked;
//   - "Namn, titel" pairs, one or several on one line;
//   - "Namn     Titel" beside each other, one person a line.
//
// A line of units under the titles ("Bygg- och miljöförvaltningen") is
// added to each title. A placeholder ("[Namn]", "XX", "NN") stands where a
// name stands and is kept as the name, so that the rules report the
// placeholder. The page-1 footer contact person is page furniture and
// never reaches the extractor. When the closing block holds names that
// cannot be paired with titles, the reader records it as unread instead of
// guessing.

var (
	columnSepRE = lazyRegexp(`\s{2,}|\t+`)
	// a name word: "Anna", "Ann-Helen", "O’Brien", "McKenzie"
	nameTokRE = lazyRegexp(`^\p{Lu}[\p{Ll}'’]+(?:\p{Lu}\p{Ll}+)?(?:-\p{Lu}[\p{Ll}'’]+)?$`)
	initialRE = lazyRegexp(`^\p{Lu}\.$`)
	// placeholders a template leaves where a name goes
	// a label over a contact person: "Handläggare", "Kontaktperson:"
	contactLabelRE = lazyRegexp(`(?i)^(?:handläggare|kontaktperson|kontakt|upprättad\s+av|beredd\s+av|ansvarig\s+handläggare|frågor\s+besvaras\s+av)\s*:?$`)
	// "På kommunstyrelsens vägnar", "För nämnden"
	behalfRE = lazyRegexp(`(?i)^(?:på\s+.{3,60}\s+vägnar|för\s+(?:\S*nämnden|\S*styrelsen|\S*förvaltningen|\S*kontoret)(?:\s+\S+){0,4})\s*:?$`)
	// a dash between a name and its title
	dashSepRE = lazyRegexp(`\s+[–—-]\s+`)
	// the last word of a unit's name
	unitRE        = lazyRegexp(`(?i)(?:^(?:enheten|avdelningen|förvaltningen|kontoret|staben|sektionen|gruppen|kansliet|nämnden|sektorn)\s+för\s|(?:förvaltning|förvaltningen|kontor|kontoret|nämnd|nämnden|avdelning|avdelningen|enhet|enheten|styrelse|styrelsen|kansli|kansliet|sektor|sektorn|stab|staben|ab)$)`)
	placeholderRE = lazyRegexp(`^(?:\[[^\]]{1,40}\]|«[^»]{1,40}»|<[^>]{1,40}>|\{[^}]{1,40}\}|X{2,}(?:\s+X{2,})?|N\.?\s?N\.?|_{3,})$`)
)

var nameParticles = map[string]bool{"de": true, "af": true, "von": true, "van": true, "der": true, "den": true, "la": true, "di": true, "da": true, "el": true, "al": true, "ben": true, "bin": true, "du": true, "le": true}

// titlePrefixes open a title without being one: "Tf förvaltningschef".
var titlePrefixes = map[string]bool{"tf": true, "t.f.": true, "tf.": true, "tillförordnad": true, "tillförordnade": true, "biträdande": true, "bitr.": true, "bitr": true, "ställföreträdande": true, "stf": true, "stf.": true, "vice": true, "t/f": true}

// titleSuffixes end a title word: "Förvaltningschef", "Enhetschefer",
// "Arkivarie". The short endings "-are" and "-ör" only count in words of
// eight letters or more ("handläggare", "direktör"), "-arie" in words of
// nine or more ("arkivarie", not "Marie").
var titleSuffixes = []string{"chef", "chefer", "direktör", "ledare", "handläggare", "utredare", "samordnare", "sekreterare", "ekonom", "strateg", "jurist", "planerare", "ordförande", "råd", "controller", "specialist", "konsult", "ansvarig", "assistent", "administratör", "rektor", "arkitekt", "ingenjör", "inspektör", "sakkunnig", "rådgivare", "koordinator", "borgarråd", "ombudsman", "analytiker", "revisor", "registrator", "notarie", "kurator", "läkare", "sjuksköterska", "förvaltare", "intendent", "tekniker", "projektledare", "utvecklare", "vägledare", "chefsjurist", "ombud", "kontakt", "pedagog", "psykolog", "expert", "biträde", "officer", "handledare"}

func cleanTok(t string) string {
	return strings.Trim(strings.ToLower(t), ",;:()")
}

// isTitleWord: a word that names a post. A word with a slash is a title
// word when one of its parts is ("Registrator/Dataskyddskontakt").
func isTitleWord(t string) bool {
	w := cleanTok(t)
	if w == "" {
		return false
	}
	if strings.Contains(w, "/") && w != "t/f" {
		for _, p := range strings.Split(w, "/") {
			if isTitleWord(p) {
				return true
			}
		}
		return false
	}
	for _, s := range titleSuffixes {
		if strings.HasSuffix(w, s) {
			return true
		}
	}
	n := utf8.RuneCountInString(w)
	return n >= 8 && (strings.HasSuffix(w, "are") || strings.HasSuffix(w, "ör")) || n >= 9 && strings.HasSuffix(w, "arie")
}

// strongTitle: a title phrase with a title word in it.
func strongTitle(col string) bool {
	if !isTitle(col) {
		return false
	}
	for _, t := range strings.Fields(col) {
		if isTitleWord(t) {
			return true
		}
	}
	return false
}

// isTitle: a column that reads as a job title or a unit: a short phrase,
// not a sentence, not a date, not a person's name (unless it holds a title
// word).
func isTitle(col string) bool {
	col = strings.TrimSpace(col)
	toks := strings.Fields(col)
	if len(toks) == 0 || len(toks) > 9 || utf8.RuneCountInString(col) > 70 {
		return false
	}
	if r, _ := utf8.DecodeLastRuneInString(col); r == '.' && !titlePrefixes[cleanTok(toks[len(toks)-1])] || r == ':' || r == '?' || r == '!' {
		return false
	}
	if len(findDates(col)) > 0 || placeholderRE().MatchString(col) {
		return false
	}
	hasWord := false
	for _, t := range toks {
		if isTitleWord(t) {
			hasWord = true
		}
	}
	if hasWord {
		return true
	}
	if isNameTokens(toks) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(col)
	if !unicode.IsUpper(r) {
		return false
	}
	// a unit or a post without a known ending: "Arkivarie",
	// "Kommunledningskontoret", "Bygg- och miljöförvaltningen"
	for _, t := range toks {
		if strings.ContainsAny(t, "0123456789") && !strings.Contains(t, ":") {
			return false
		}
	}
	return true
}

// isNameTokens: 2 to 5 capitalised words (particles and initials allowed
// inside), none of them a title word.
func isNameTokens(toks []string) bool {
	if len(toks) < 2 || len(toks) > 5 {
		return false
	}
	for i, t := range toks {
		if nameParticles[t] && i > 0 && i < len(toks)-1 || initialRE().MatchString(t) && i < len(toks)-1 {
			continue
		}
		if !nameTokRE().MatchString(t) || isTitleWord(t) || titlePrefixes[cleanTok(t)] {
			return false
		}
	}
	return true
}

// isNameCol: a column that stands where a name stands: a name or a
// template placeholder.
func isNameCol(col string) bool {
	col = strings.TrimSpace(col)
	return isNameTokens(strings.Fields(col)) || placeholderRE().MatchString(col)
}

// columns splits a line at runs of two or more spaces.
func columns(s string) []span {
	var out []span
	prev := 0
	for _, m := range columnSepRE().FindAllStringIndex(s, -1) {
		if m[0] > prev {
			out = append(out, span{prev, m[0]})
		}
		prev = m[1]
	}
	if prev < len(s) {
		out = append(out, span{prev, len(s)})
	}
	return out
}

type span struct{ start, end int }

// maxSignatories bounds a stacked signature block, which keeps the search
// linear in the document's length.
const maxSignatories = 8

// splitTitles splits one column of titles written with single spaces
// ("Stadsdelsdirektör Avdelningschef") where a capitalised title word or
// prefix starts a new title.
func splitTitles(s string) []span {
	words := wordSpans(s)
	var out []span
	start := 0
	for i := 1; i < len(words); i++ {
		w := s[words[i][0]:words[i][1]]
		prev := s[words[i-1][0]:words[i-1][1]]
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) || titlePrefixes[cleanTok(prev)] {
			continue
		}
		if isTitleWord(w) || titlePrefixes[cleanTok(w)] {
			out = append(out, span{start, words[i-1][1]})
			start = words[i][0]
		}
	}
	return append(out, span{start, len(s)})
}

// signatory is one name and title with their positions in their lines.
type signatory struct {
	name, title     string
	namePos, titPos posT
	// weak: the title has no title word (a unit or an unknown post)
	weak bool
}

// readSignatures reads a names line over a titles line.
func readSignatures(nl, tl *line) []signatory {
	ncols := columns(nl.text)
	tcols := columns(tl.text)
	if len(tcols) == 1 {
		tcols = splitTitles(tl.text)
	}
	for _, c := range tcols {
		if col := tl.text[c.start:c.end]; !isTitle(col) && !placeholderRE().MatchString(strings.TrimSpace(col)) {
			return nil
		}
	}
	k := len(tcols)
	if len(ncols) == 1 && k > 1 {
		// names with single spaces: the last k-1 people have two words
		// each, the first one the rest ("Per Anders Hedkvist Krister
		// Schultz")
		words := wordSpans(nl.text)
		if len(words) < 2*k {
			return nil
		}
		ncols = nil
		first := len(words) - 2*(k-1)
		ncols = append(ncols, span{words[0][0], words[first-1][1]})
		for i := first; i < len(words); i += 2 {
			ncols = append(ncols, span{words[i][0], words[i+1][1]})
		}
	}
	if len(ncols) != k || k > 4 {
		return nil
	}
	var out []signatory
	for i := range k {
		name := nl.text[ncols[i].start:ncols[i].end]
		if !isNameCol(name) {
			return nil
		}
		title := collapse(tl.text[tcols[i].start:tcols[i].end])
		out = append(out, signatory{
			name: collapse(name), title: title,
			namePos: nl.pos(ncols[i].start), titPos: tl.pos(tcols[i].start),
			weak: !strongTitle(title),
		})
	}
	return out
}

// readCommaPairs reads "Namn, titel" pairs: one per column, or several in
// one column ("Katarina Exempel, förvaltningschef Kasra Påhittad,
// förvaltningsjurist"). A pair's title may go on after a comma
// ("Anna Exempel, enhetschef, Bygg- och miljöförvaltningen").
func readCommaPairs(l *line) []signatory {
	var out []signatory
	for _, c := range columns(l.text) {
		col := l.text[c.start:c.end]
		parts := strings.Split(col, ",")
		if len(parts) < 2 {
			// "Anna Exempel – förvaltningschef"
			if d := dashSepRE().FindStringIndex(col); d != nil && isNameCol(col[:d[0]]) && strongTitle(col[d[1]:]) {
				t := collapse(col[d[1]:])
				out = append(out, signatory{name: collapse(col[:d[0]]), title: t, namePos: l.pos(c.start), titPos: l.pos(c.start + d[1])})
				continue
			}
			return nil
		}
		off := c.start
		name := parts[0]
		nameOff := off
		off += len(parts[0]) + 1
		if !isNameCol(name) {
			return nil
		}
		var title []string
		titleOff := -1
		flush := func() bool {
			t := collapse(strings.Join(title, ","))
			if t == "" || !isTitle(t) {
				return false
			}
			out = append(out, signatory{name: collapse(name), title: t, namePos: l.pos(nameOff + leadSpace(name)), titPos: l.pos(titleOff), weak: !strongTitle(t)})
			return true
		}
		for pi := 1; pi < len(parts); pi++ {
			p := parts[pi]
			pOff := off
			off += len(p) + 1
			if titleOff < 0 {
				titleOff = pOff + leadSpace(p)
			}
			// a middle part "<title> <Name Surname>": the next person
			if pi < len(parts)-1 {
				if t, n, ok := splitTitleName(p); ok {
					title = append(title, t)
					if !flush() {
						return nil
					}
					name, nameOff, title, titleOff = n, pOff+strings.LastIndex(p, n), nil, -1
					continue
				}
			}
			title = append(title, p)
		}
		if !flush() {
			return nil
		}
	}
	return out
}

// splitTitleName splits "förvaltningschef Kasra Påhittad" into the title
// and the name that ends it.
func splitTitleName(s string) (string, string, bool) {
	toks := strings.Fields(s)
	for n := 2; n <= 3 && n < len(toks); n++ {
		name := toks[len(toks)-n:]
		rest := toks[:len(toks)-n]
		if isNameTokens(name) && strongTitle(strings.Join(rest, " ")) {
			if n == 3 && isNameTokens(toks[len(toks)-2:]) && !isNameTokens(toks[len(toks)-3:len(toks)-2]) {
				break
			}
			return strings.Join(rest, " "), strings.Join(name, " "), true
		}
	}
	return "", "", false
}

func leadSpace(s string) int { return len(s) - len(strings.TrimLeft(s, " ")) }

// readBeside reads "Namn     Titel": a name and a title side by side.
func readBeside(l *line) []signatory {
	cs := columns(l.text)
	if len(cs) != 2 {
		return nil
	}
	name, title := l.text[cs[0].start:cs[0].end], l.text[cs[1].start:cs[1].end]
	if !isNameCol(name) || !strongTitle(title) {
		return nil
	}
	return []signatory{{name: collapse(name), title: collapse(title), namePos: l.pos(cs[0].start), titPos: l.pos(cs[1].start)}}
}

// unitLine: a line of as many units as there are signatories, written
// under their titles tl ("Bygg- och miljöförvaltningen"): a unit by its
// ending, in the titles' own block, or (for several signatories) the same
// unit under each.
func unitLine(l, tl *line, n int) []string {
	cs := columns(l.text)
	if skippable(l) {
		return nil
	}
	if len(cs) < n && len(cs) > 0 && l.kind != TableRow {
		return unitsUnder(l, tl, n)
	}
	if len(cs) < n && len(cs) > 0 && len(l.b.Cells) == n {
		return unitCells(l.b.Cells)
	}
	if len(cs) != n {
		return nil
	}
	var out []string
	same := n > 1
	for _, c := range cs {
		u := collapse(l.text[c.start:c.end])
		if !isTitle(u) || isNameCol(u) || strongTitle(u) {
			return nil
		}
		same = same && u == collapse(l.text[cs[0].start:cs[0].end])
		out = append(out, u)
	}
	for _, u := range out {
		if !same && l.blk != tl.blk && !unitRE().MatchString(u) {
			return nil
		}
	}
	return out
}

// unitsUnder reads a line of fewer units than signatories, each standing
// under the title it belongs to (same source column): "" for a title with
// no unit under it.
func unitsUnder(l, tl *line, n int) []string {
	tcols := columns(tl.text)
	if len(tcols) != n {
		return nil
	}
	out := make([]string, n)
	for _, c := range columns(l.text) {
		u := collapse(l.text[c.start:c.end])
		if !isTitle(u) || isNameCol(u) || strongTitle(u) || !unitRE().MatchString(u) {
			return nil
		}
		col := l.pos(c.start).Column
		k := -1
		for i, tc := range tcols {
			if d := tl.pos(tc.start).Column - col; d >= -1 && d <= 1 {
				k = i
			}
		}
		if k < 0 || out[k] != "" {
			return nil
		}
		out[k] = u
	}
	return out
}

// unitCells reads a table row of units, some cells empty: the unit of
// each cell's signatory, "" where there is none.
func unitCells(cells []string) []string {
	out := make([]string, len(cells))
	for k, c := range cells {
		u := collapse(c)
		if u == "" {
			continue
		}
		if !isTitle(u) || isNameCol(u) || strongTitle(u) || !unitRE().MatchString(u) {
			return nil
		}
		out[k] = u
	}
	return out
}

// skippable lines never hold a signature.
func skippable(l *line) bool {
	if l.kind == ListItem || l.kind == Heading {
		return true
	}
	_, ok := matchHeading(l.text, false)
	return ok
}

// signatureWindow is how many lines from the end the signature block is
// searched for. In the corpus it starts at most 79 lines from the end;
// searching a whole long text line by line costs seconds.
const signatureWindow = 2000

// signatures finds the last signature block and marks its lines.
func (x *builder) signatures(ls []line) {
	for i := len(ls) - 1; i >= 0 && i >= len(ls)-signatureWindow; i-- {
		// a line of more than 500 bytes is running text or a table, not
		// the last line of a signature block (and reading its columns
		// costs time in proportion to its length)
		if len(ls[i].text) > 500 || skippable(&ls[i]) {
			continue
		}
		sigs, first, last := x.blockAt(ls, i)
		if len(sigs) == 0 {
			continue
		}
		// an interleaved layout above (a row of a title beside a name,
		// or more names in the same block) cannot be paired safely
		if first > 0 && !skippable(&ls[first-1]) && (mixedRow(&ls[first-1]) || ls[first-1].blk == ls[first].blk && hasNameCol(&ls[first-1])) {
			x.unreadSignatures(ls, first-1, last)
			return
		}
		// a contact person in the header or a footer is no signatory
		if first > 0 && contactLabelRE().MatchString(ls[first-1].text) {
			continue
		}
		// a block with no title word anywhere must close the document
		weak := true
		for _, s := range sigs {
			weak = weak && s.weak
		}
		if weak && (!x.closesDocument(ls, last) || inDistribution(ls, first)) {
			continue
		}
		// "På kommunstyrelsens vägnar" belongs to the closing
		if first > 0 && behalfRE().MatchString(ls[first-1].text) {
			first--
		}
		for j := first; j <= last; j++ {
			ls[j].sig = true
		}
		var arr []any
		for j, s := range sigs {
			arr = append(arr, map[string]any{"name": s.name, "title": s.title})
			p := "/signatories/" + itoa(j)
			x.c.Positions[p] = s.namePos
			x.c.Positions[p+"/name"] = s.namePos
			x.c.Positions[p+"/title"] = s.titPos
		}
		x.set("/signatories", arr, sigs[0].namePos)
		return
	}
	if x.loneName(ls) {
		return
	}
	if l := &ls[len(ls)-1]; x.opts.LastPage != "" {
		x.noteUnreadCause("signatories", x.opts.LastPage,
			"texten slutar före sista sidan, så sidorna med underskrifterna saknas i filen", causeMissingPages, l.pos(0))
		return
	}
	if l := &ls[len(ls)-1]; cutOff(ls) || l.flat {
		r := []rune(collapse(l.text))
		if len(r) > 60 {
			r = append([]rune("…"), r[len(r)-60:]...)
		}
		// a text that stops mid-sentence has lost its end, whatever its
		// layout; one that lost its line breaks hides a closing in prose
		if cutOff(ls) {
			x.noteUnreadCause("signatories", string(r),
				"texten slutar mitt i en mening, så slutet av handlingen med underskrifterna saknas i filen", causeCutOff, l.pos(0))
		} else {
			x.noteUnreadCause("signatories", string(r),
				"texten saknar radbrytningar, så underskrifterna går inte att skilja från den löpande texten", causeNoLayout, l.pos(0))
		}
		return
	}
	x.unreadClosing(ls)
}

// cutOff: the text was cut before its end, so its closing was never seen.
// The last line is running text (a paragraph of several words, not a name,
// title, unit or list line) that stops without ending its sentence
// ("… bedömer att Statens Fastighetsv").
func cutOff(ls []line) bool {
	if len(ls) == 0 {
		return false
	}
	l := &ls[len(ls)-1]
	if skippable(l) || endsSentence(l.text) || len(strings.Fields(l.text)) < 8 {
		return false
	}
	t := strings.TrimRight(l.text, " \t")
	r, _ := utf8.DecodeLastRuneInString(t)
	// a paragraph that ends in a letter, a digit, a comma or a colon (a
	// list announced) stops mid-sentence
	return unicode.IsLetter(r) || unicode.IsDigit(r) || strings.ContainsRune(",:-–", r)
}

// blockAt reads the signature block whose last line is ls[i] (a titles
// line, a unit line, a pair line) and returns it with its first and last
// line.
func (x *builder) blockAt(ls []line, i int) ([]signatory, int, int) {
	// "Namn, titel" or "Namn   Titel" lines, stacked
	one := func(l *line) []signatory {
		if s := readCommaPairs(l); s != nil {
			return s
		}
		return readBeside(l)
	}
	if s := one(&ls[i]); s != nil {
		first := i
		for first > 0 && !skippable(&ls[first-1]) && len(s) < maxSignatories {
			more := one(&ls[first-1])
			if more == nil {
				break
			}
			s = append(more, s...)
			first--
		}
		return s, first, i
	}
	// names over titles (over units), stacked
	s, first := groupAt(ls, i)
	if s == nil {
		return nil, 0, 0
	}
	for first >= 2 && len(s) < maxSignatories {
		more, f := groupAt(ls, first-1)
		if more == nil || anyWeak(more) {
			break
		}
		s = append(more, s...)
		first = f
	}
	return s, first, i
}

// groupAt reads a names line over a titles line, and maybe a line of
// units under them, that ends at ls[i]; it returns the signatories and
// the names line.
func groupAt(ls []line, i int) ([]signatory, int) {
	if i >= 2 {
		if sigs := pairAt(ls, i-2); sigs != nil {
			if u := unitLine(&ls[i], &ls[i-1], len(sigs)); u != nil {
				for j := range u {
					if u[j] != "" {
						sigs[j].title += ", " + u[j]
					}
				}
				return sigs, i - 2
			}
		}
	}
	if i < 1 {
		return nil, 0
	}
	if s := pairAt(ls, i-1); s != nil {
		return s, i - 1
	}
	return nil, 0
}

func anyWeak(ss []signatory) bool {
	for _, s := range ss {
		if s.weak {
			return true
		}
	}
	return false
}

func pairAt(ls []line, i int) []signatory {
	if i < 0 || i+1 >= len(ls) || skippable(&ls[i]) || skippable(&ls[i+1]) {
		return nil
	}
	return readSignatures(&ls[i], &ls[i+1])
}

// mixedRow: a line of columns that holds both a name and a title.
func mixedRow(l *line) bool {
	cs := columns(l.text)
	if len(cs) < 2 {
		return false
	}
	name, title := false, false
	for _, c := range cs {
		col := l.text[c.start:c.end]
		if isNameCol(col) {
			name = true
		} else if strongTitle(col) {
			title = true
		}
	}
	return name && title
}

func hasNameCol(l *line) bool {
	for _, c := range columns(l.text) {
		if isNameCol(l.text[c.start:c.end]) {
			return true
		}
	}
	return false
}

// inDistribution: ls[first] is one of the short lines of a distribution
// list ("Beslutet skickas till", then "Eva Exempel", "Kommunstyrelsen"),
// where a person over a unit is an addressee, not a signatory.
func inDistribution(ls []line, first int) bool {
	for i := first - 1; i >= 0 && i >= first-12; i-- {
		l := &ls[i]
		if m, ok := matchHeading(l.text, false); ok {
			return m.Key == SecDistribution
		}
		if l.kind == Heading || endsSentence(l.text) || utf8.RuneCountInString(l.text) > 80 {
			return false
		}
	}
	return false
}

// closesDocument: nothing but short lines follows ls[last].
func (x *builder) closesDocument(ls []line, last int) bool {
	return len(ls)-1-last <= 1
}

// loneName: the document ends with one name (or placeholder) and no
// title: a signatory without a title, for the rules to report.
func (x *builder) loneName(ls []line) bool {
	n := len(ls) - 1
	if n < 1 || skippable(&ls[n]) || len(columns(ls[n].text)) != 1 || !isNameCol(ls[n].text) {
		return false
	}
	if contactLabelRE().MatchString(ls[n-1].text) || inDistribution(ls, n) {
		return false
	}
	ls[n].sig = true
	p := ls[n].pos(0)
	x.set("/signatories", []any{map[string]any{"name": collapse(ls[n].text)}}, p)
	x.c.Positions["/signatories/0"] = p
	x.c.Positions["/signatories/0/name"] = p
	return true
}

// unreadSignatures records lines first..last as a closing block whose
// names cannot be paired with titles.
func (x *builder) unreadSignatures(ls []line, first, last int) {
	// back over the lines of names and titles above
	for first > 0 && !skippable(&ls[first-1]) && closingShaped(&ls[first-1]) {
		first--
	}
	var parts []string
	for j := first; j <= last; j++ {
		parts = append(parts, columnText(&ls[j]))
		ls[j].sig = true
	}
	x.noteUnread("signatories", strings.Join(parts, " / "),
		"underskriftsblocket har namn som inte går att para ihop med titlar", ls[first].pos(0))
}

// unreadClosing looks at the short lines that end the document: a name
// among them that is not read as a signatory is recorded as unread, so
// that the rules do not claim the signatories are missing.
func (x *builder) unreadClosing(ls []line) {
	first, named := -1, false
	for i := len(ls) - 1; i >= 0 && i >= len(ls)-8; i-- {
		l := &ls[i]
		if skippable(l) || utf8.RuneCountInString(l.text) > 80 || endsSentence(l.text) && len(strings.Fields(l.text)) > 3 {
			break
		}
		first = i
		if contactLabelRE().MatchString(l.text) {
			// the names under it are a contact person's
			named = false
			continue
		}
		named = named || hasNameCol(l) || readCommaPairs(l) != nil
	}
	if first < 0 || !named {
		return
	}
	var parts []string
	for j := first; j < len(ls); j++ {
		parts = append(parts, columnText(&ls[j]))
	}
	x.noteUnread("signatories", strings.Join(parts, " / "),
		"slutet av dokumentet har namn som inte går att läsa som undertecknare med titel", ls[first].pos(0))
}

// closingShaped: a line of names and titles only.
func closingShaped(l *line) bool {
	cs := columns(l.text)
	if len(cs) == 0 {
		return false
	}
	for _, c := range cs {
		col := l.text[c.start:c.end]
		if !isNameCol(col) && !isTitle(col) {
			return false
		}
	}
	return true
}

// columnText renders a line with its columns two spaces apart.
func columnText(l *line) string {
	var cols []string
	for _, c := range columns(l.text) {
		cols = append(cols, collapse(l.text[c.start:c.end]))
	}
	return strings.Join(cols, "  ")
}
