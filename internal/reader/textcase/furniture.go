package textcase

import (
	"regexp"
	"sync"
)

// Page furniture: lines that a PDF puts on every page (or on page 1) and
// that are not part of the document's text.
var (
	pageMarkerRE = lazyRegexp(`^<!--.*-->$`)
	counterRE    = lazyRegexp(`^(?:\d{1,4}\s*\(\d{1,4}\)|\(\d{1,4}\)|(?i:sida)\s+\d{1,4}(?:\s*(?:av|/|\()\s*\d{1,4}\)?)?|\d{1,4}\s*/\s*\d{1,4}|(?i:dokument)\d*\s+\d{1,4}\s*\(\d{1,4}\)|\d{1,4}\s*\(\d{1,4}\)\s+(?i:dokument)\d*)$`)
	runningRE    = lazyRegexp(`^[A-ZÅÄÖ][A-ZÅÄÖ\-]*(?:\s+[A-ZÅÄÖ\-]+)*\s+(?:KOMMUN|STAD|REGION|LANDSTING|STADSDELSFÖRVALTNING)$`)
	wwwRE        = lazyRegexp(`(?i)^(?:www\.|https?://)\S+$`)
	// a page counter in a column of its own after the unit's name: "FG
	// Kvalité & Utveckling                    1 (2)"
	counterColRE = lazyRegexp(`\S\s{3,}\d{1,4}\s*\(\d{1,4}\)$`)
	// lines of a footer contact block without a page counter
	footerLineRE = lazyRegexp(`(?i)^(?:besöksadress|postadress|telefon|tel\.?|telefonväxel|växel|e-post|\(e-post borttagen\)|org\.?\s*nr|organisationsnummer)\b|^\d{3}\s?\d{2}\s+\p{Lu}|^[\d +()-]{7,}$|^\S+@\S+$`)
)

// markFurniture flags page markers, counters, running headers and the
// footer contact block (from a page counter down to the "www." line that
// closes it).
func markFurniture(ls []srcLine) {
	for i := range ls {
		t := ls[i].text
		switch {
		case pageMarkerRE().MatchString(t), counterRE().MatchString(t), runningRE().MatchString(t):
			ls[i].furn = true
		}
	}
	for i := range ls {
		if !wwwRE().MatchString(ls[i].text) {
			continue
		}
		ls[i].furn = true
		// back to the page counter that opens the block, if near
		start := -1
		for j := i - 1; j >= 0 && j >= i-14; j-- {
			if counterRE().MatchString(ls[j].text) || counterColRE().MatchString(ls[j].text) {
				start = j
				break
			}
			if pageMarkerRE().MatchString(ls[j].text) {
				break
			}
		}
		if start >= 0 {
			for j := start; j < i; j++ {
				ls[j].furn = true
			}
			markFooterTail(ls, i)
			continue
		}
		for j := i - 1; j >= 0 && j >= i-8; j-- {
			if ls[j].text == "" || ls[j].furn {
				continue
			}
			if !footerLineRE().MatchString(ls[j].text) {
				break
			}
			ls[j].furn = true
		}
	}
}

// markFooterTail marks the lines after the "www." line at i that still
// belong to the footer (a second contact person: "Kommunjurist" /
// "Kommunledningskontoret" / an e-mail address): a short run that ends at a
// page break or the end of the text.
func markFooterTail(ls []srcLine, i int) {
	j := i + 1
	for j < len(ls) && j <= i+6 && ls[j].text != "" && !pageMarkerRE().MatchString(ls[j].text) {
		j++
	}
	if j == i+1 || j > i+6 {
		return
	}
	k := j
	for k < len(ls) && ls[k].text == "" {
		k++
	}
	if k < len(ls) && !pageMarkerRE().MatchString(ls[k].text) {
		return
	}
	for m := i + 1; m < j; m++ {
		ls[m].furn = true
	}
}

// lazyRegexp compiles pattern on first use, so that runs that never read a
// document (JSON and YAML cases) do not pay at start-up for compiling the
// patterns of this package (several milliseconds on the slowest machines).
func lazyRegexp(pattern string) func() *regexp.Regexp {
	return sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(pattern) })
}

// pageOfRE reads a page counter: "2 (3)", "Sida 2 av 3", "Sida 2 (3)",
// alone on its line or in a column of its own after the unit's name.
var pageOfRE = lazyRegexp(`(?i)(?:^|\S\s{3,})(?:sida\s+)?(\d{1,3})\s*(?:\((\d{1,3})\)|av\s+(\d{1,3}))$`)

// ShortPage returns "k (n)" for the last page counter of src when it is
// not on the last page: the text was cut after page k of n. "" when the
// last counter is on the last page or there is none.
func ShortPage(src []byte) string {
	k, n := "", ""
	for _, l := range splitSource(src) {
		if m := pageOfRE().FindStringSubmatch(l.text); m != nil {
			k, n = m[1], m[2]+m[3]
		}
	}
	if k == "" || atoi(k) >= atoi(n) {
		return ""
	}
	return k + " (" + n + ")"
}

func atoi(s string) int {
	n := 0
	for _, r := range s {
		n = n*10 + int(r-'0')
	}
	return n
}
