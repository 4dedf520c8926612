package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Signatures: a line of one or more names over a line of as many titles,
// the last such pair in the document (the page-1 footer contact person is
// page furniture and never reaches the extractor).

var (
	columnSepRE = lazyRegexp(`\s{2,}|\t+`)
	nameTokRE   = lazyRegexp(`^[A-ZÅÄÖÉÜ][\p{Ll}'’]+(?:-[A-ZÅÄÖÉÜ][\p{Ll}'’]+)?$`)
)

var nameParticles = map[string]bool{"de": true, "af": true, "von": true, "van": true, "der": true, "la": true, "di": true, "da": true, "el": true, "al": true, "ben": true, "bin": true}

// titlePrefixes open a title without being one: "Tf förvaltningschef".
var titlePrefixes = map[string]bool{"tf": true, "t.f.": true, "tf.": true, "tillförordnad": true, "tillförordnade": true, "biträdande": true, "bitr.": true, "bitr": true, "ställföreträdande": true, "stf": true, "stf.": true, "vice": true, "t/f": true}

var titleSuffixes = []string{"chef", "direktör", "ledare", "handläggare", "utredare", "samordnare", "sekreterare", "ekonom", "strateg", "jurist", "planerare", "ordförande", "råd", "controller", "specialist", "konsult", "ansvarig", "assistent", "administratör", "rektor", "arkitekt", "ingenjör", "inspektör", "sakkunnig", "rådgivare", "koordinator", "borgarråd", "ombudsman", "analytiker", "revisor", "registrator", "notarie", "kurator", "läkare", "sjuksköterska", "förvaltare", "intendent", "tekniker", "projektledare", "utvecklare", "vägledare", "chefsjurist"}

func cleanTok(t string) string {
	return strings.Trim(strings.ToLower(t), ",;:()")
}

func isTitleWord(t string) bool {
	w := cleanTok(t)
	if w == "" {
		return false
	}
	for _, s := range titleSuffixes {
		if strings.HasSuffix(w, s) {
			return true
		}
	}
	return false
}

// isTitle: a column that reads as a job title, possibly with a prefix.
func isTitle(col string) bool {
	toks := strings.Fields(col)
	i := 0
	for i < len(toks) && titlePrefixes[cleanTok(toks[i])] {
		i++
	}
	if i >= len(toks) || utf8.RuneCountInString(col) > 60 {
		return false
	}
	if isTitleWord(toks[i]) {
		return true
	}
	// A compound title split by a conjunction ends in the title word:
	// "Kultur- och fritidschef", "Miljö- och hälsoskyddschef".
	last := len(toks) - 1
	return last-i >= 2 && last-i <= 4 && isTitleWord(toks[last]) &&
		strings.HasSuffix(toks[i], "-") && (toks[i+1] == "och" || toks[i+1] == "&")
}

// isNameTokens: 2 to 5 capitalised words (particles allowed inside).
func isNameTokens(toks []string) bool {
	if len(toks) < 2 || len(toks) > 5 {
		return false
	}
	for i, t := range toks {
		if nameParticles[t] && i > 0 && i < len(toks)-1 {
			continue
		}
		if !nameTokRE().MatchString(t) {
			return false
		}
	}
	return !isTitleWord(toks[len(toks)-1])
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
}

// readSignatures reads a names line over a titles line.
func readSignatures(nl, tl *line) []signatory {
	ncols := columns(nl.text)
	tcols := columns(tl.text)
	if len(tcols) == 1 {
		tcols = splitTitles(tl.text)
	}
	for _, c := range tcols {
		if !isTitle(tl.text[c.start:c.end]) {
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
	if len(ncols) != k {
		return nil
	}
	var out []signatory
	for i := range k {
		name := nl.text[ncols[i].start:ncols[i].end]
		if !isNameTokens(strings.Fields(name)) {
			return nil
		}
		out = append(out, signatory{
			name: collapse(name), title: collapse(tl.text[tcols[i].start:tcols[i].end]),
			namePos: nl.pos(ncols[i].start), titPos: tl.pos(tcols[i].start),
		})
	}
	return out
}

// signatures finds the last names-over-titles pair and marks its lines.
func (x *builder) signatures(ls []line) {
	for i := len(ls) - 2; i >= 0; i-- {
		nl, tl := &ls[i], &ls[i+1]
		if nl.kind == ListItem || tl.kind == ListItem || nl.kind == Heading || tl.kind == Heading {
			continue
		}
		if _, ok := matchHeading(nl.text, false); ok {
			continue
		}
		sigs := readSignatures(nl, tl)
		if len(sigs) == 0 {
			continue
		}
		nl.sig, tl.sig = true, true
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
}
