package pdfcase

import (
	"math"
	"regexp"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// pline is one rebuilt line of a page.
type pline struct {
	Y    float64 // baseline, points from the bottom
	Size float64 // the largest font size on the line
	Text string
	// Gap is true when a paragraph gap (more than ordinary line spacing)
	// comes before the line.
	Gap bool
	// Furniture is true for running headers, footers and page counters.
	Furniture bool
}

// page is one page: its height and lines top to bottom.
type page struct {
	Height float64
	Lines  []pline
	Images int
}

// buildLines rebuilds the lines of a page from its runs: runs on the same
// baseline form a line, read left to right. A space is put where the gap
// between two runs is wider than a letter-spacing; a column gap (wider than
// about a word) becomes a run of spaces that puts the next column at a
// character position proportional to its x, so that columns that start at
// the same x start at the same character on every line, as in the text
// extracted from a PDF.
func buildLines(runs []run) []pline {
	if len(runs) == 0 {
		return nil
	}
	rs := make([]run, 0, len(runs))
	left := math.Inf(1)
	for _, r := range runs {
		if strings.TrimSpace(r.Text) == "" && r.X1-r.X0 < 0.01 {
			continue
		}
		if r.Size <= 0 {
			r.Size = 1
		}
		rs = append(rs, r)
		left = math.Min(left, r.X0)
	}
	sort.SliceStable(rs, func(i, j int) bool { return rs[i].Y > rs[j].Y })
	var groups [][]run
	for _, r := range rs {
		if n := len(groups); n > 0 {
			g := groups[n-1]
			if math.Abs(g[0].Y-r.Y) < 0.4*math.Min(g[0].Size, r.Size) {
				groups[n-1] = append(g, r)
				continue
			}
		}
		groups = append(groups, []run{r})
	}
	var out []pline
	for _, g := range groups {
		sort.SliceStable(g, func(i, j int) bool { return g[i].X0 < g[j].X0 })
		var b strings.Builder
		size := 0.0
		end := math.Inf(-1)
		for _, r := range g {
			size = math.Max(size, r.Size)
			gap := r.X0 - end
			text := r.Text
			switch {
			case b.Len() == 0:
				// the first run: indent by its x like a column
				text = strings.TrimLeft(text, " ")
			case gap > 1.2*r.Size:
				cur := strings.TrimRight(b.String(), " ")
				b.Reset()
				b.WriteString(cur)
				col := int(math.Round((r.X0 - left) / (0.4 * r.Size)))
				n := utf8.RuneCountInString(cur)
				pad := max(col-n, 4)
				b.WriteString(strings.Repeat(" ", pad))
				text = strings.TrimLeft(text, " ")
			case gap > 0.15*r.Size:
				s := b.String()
				if !strings.HasSuffix(s, " ") && !strings.HasPrefix(text, " ") {
					b.WriteByte(' ')
				}
			}
			b.WriteString(text)
			end = math.Max(end, r.X1)
		}
		t := cleanText(b.String())
		if t == "" {
			continue
		}
		out = append(out, pline{Y: g[0].Y, Size: size, Text: t})
	}
	for i := 1; i < len(out); i++ {
		dy := out[i-1].Y - out[i].Y
		out[i].Gap = dy > 1.5*math.Max(out[i-1].Size, out[i].Size)
	}
	return out
}

// ligatures are the presentation forms a PDF may show for letter pairs.
var ligatures = strings.NewReplacer("ﬀ", "ff", "ﬁ", "fi", "ﬂ", "fl", "ﬃ", "ffi", "ﬄ", "ffl", "ﬅ", "st", "ﬆ", "st")

// cleanText undoes ligatures, drops control characters and trailing
// spaces, and turns no-break spaces into spaces.
func cleanText(s string) string {
	s = ligatures.Replace(s)
	s = strings.Map(func(r rune) rune {
		switch {
		case r == '\u00a0':
			return ' '
		case r == '\t':
			return ' '
		case r == utf8.RuneError, unicode.IsControl(r):
			return -1
		}
		return r
	}, s)
	return strings.TrimRight(s, " ")
}

var (
	digitsRE  = regexp.MustCompile(`\d+`)
	counterRE = regexp.MustCompile(`(?i)^(?:(?:sida|page|s\.)\s*)?\d{1,4}(?:\s*(?:\(\d{1,4}\)|(?:av|/|of)\s*\d{1,4}))?$`)
)

// markFurniture flags the lines that a PDF repeats on its pages: a line in
// the top or bottom sixth of the page whose text (digits aside) comes back
// at the same height on at least two pages is a running header or footer
// from its second appearance on (the first is kept: the header of page 1
// carries the document's date and dnr); a page counter in those bands is
// furniture on every page.
func markFurniture(pages []page) {
	type key struct {
		y    int
		text string
	}
	seen := map[key]int{} // pages on which the line appears
	inBand := func(p page, l pline) bool {
		h := p.Height
		if h <= 0 {
			h = 842
		}
		return l.Y > h*5/6 || l.Y < h/6
	}
	keyOf := func(l pline) key {
		return key{int(math.Round(l.Y / 3)), digitsRE.ReplaceAllString(strings.Join(strings.Fields(l.Text), " "), "#")}
	}
	for _, p := range pages {
		done := map[key]bool{}
		for _, l := range p.Lines {
			if k := keyOf(l); inBand(p, l) && !done[k] {
				seen[k]++
				done[k] = true
			}
		}
	}
	first := map[key]bool{}
	for pi := range pages {
		p := &pages[pi]
		for i := range p.Lines {
			l := &p.Lines[i]
			if !inBand(*p, *l) {
				continue
			}
			if counterRE.MatchString(strings.TrimSpace(l.Text)) {
				l.Furniture = true
				continue
			}
			k := keyOf(*l)
			if seen[k] < 2 {
				continue
			}
			if first[k] {
				l.Furniture = true
			}
			first[k] = true
		}
	}
}

// suspended are words after which a hyphen at a line end is a Swedish
// suspended compound ("kvinno- och mansfrågor"), not a broken word.
var suspended = map[string]bool{"och": true, "eller": true, "samt": true, "respektive": true, "resp.": true, "till": true, "som": true}

// joinHyphens joins a word broken with a hyphen (or a soft hyphen) at a
// line end: "upprust-" + "ningen av parken" becomes "upprustningen" +
// "av parken". After a capital or a digit the hyphen is part of the word
// and stays ("EU-" + "bidrag" is "EU-bidrag", "2027–" + "2031" is
// "2027–2031"); before "och", "eller" and the like it is a Swedish
// suspended compound ("kvinno- och mansfrågor") and the lines stay as
// they are.
func joinHyphens(lines []*pline) {
	for i := 0; i+1 < len(lines); i++ {
		a, b := lines[i], lines[i+1]
		t := a.Text
		var cut int
		switch {
		case strings.HasSuffix(t, "\u00ad"):
			cut = len("\u00ad")
		case strings.HasSuffix(t, "-"):
			cut = 1
		case strings.HasSuffix(t, "–"):
			cut = len("–")
		default:
			continue
		}
		before, _ := utf8.DecodeLastRuneInString(t[:len(t)-cut])
		next := strings.TrimLeft(b.Text, " ")
		first, _ := utf8.DecodeRuneInString(next)
		if b.Gap || next == "" {
			continue
		}
		word, rest, _ := strings.Cut(next, " ")
		if suspended[strings.ToLower(word)] {
			continue
		}
		switch {
		case t[len(t)-cut:] == "-" || t[len(t)-cut:] == "\u00ad":
			if unicode.IsLower(before) && unicode.IsLower(first) {
				a.Text = t[:len(t)-cut] + word // a word broken by hyphenation
			} else if t[len(t)-cut:] == "-" && (unicode.IsUpper(before) || unicode.IsDigit(before)) && (unicode.IsLetter(first) || unicode.IsDigit(first)) {
				a.Text = t + word // "EU-bidrag", "2024-03-01"
			} else {
				continue
			}
		case unicode.IsDigit(before) && unicode.IsDigit(first):
			a.Text = t + word // a range of numbers, "2027–2031"
		default:
			continue
		}
		b.Text = strings.TrimLeft(rest, " ")
	}
}
