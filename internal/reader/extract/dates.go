package extract

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"time"
)

// A dateMatch is a date found in text: its ISO value and byte span.
type dateMatch struct {
	Value      string // YYYY-MM-DD
	Start, End int
}

var months = map[string]int{
	"januari": 1, "jan": 1,
	"februari": 2, "feb": 2, "febr": 2,
	"mars": 3, "mar": 3,
	"april": 4, "apr": 4,
	"maj":  5,
	"juni": 6, "jun": 6,
	"juli": 7, "jul": 7,
	"augusti": 8, "aug": 8,
	"september": 9, "sep": 9, "sept": 9,
	"oktober": 10, "okt": 10,
	"november": 11, "nov": 11,
	"december": 12, "dec": 12,
}

var (
	isoDateRE = lazyRegexp(`\b(\d{4})-(\d{2})-(\d{2})\b`)
	// "den 1:a oktober 2020", "22 september 2011", "1 okt. 2020"; the
	// whitespace may be a line break (blocks join lines with a space).
	svDateRE = lazyRegexp(`(?i)\b(?:den\s+)?(\d{1,2})(?::[ae])?\s+(januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december|jan|febr|feb|mar|apr|jun|jul|aug|sept|sep|okt|nov|dec)\.?\s+(\d{4})\b`)
)

// validDate returns the ISO form of y-m-d when it is a real calendar date.
func validDate(y, m, d int) (string, bool) {
	if y < 1900 || y > 2199 || m < 1 || m > 12 || d < 1 || d > 31 {
		return "", false
	}
	t := time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC)
	if t.Day() != d || int(t.Month()) != m {
		return "", false
	}
	return fmt.Sprintf("%04d-%02d-%02d", y, m, d), true
}

// findDates returns the dates in s, in order: ISO dates and Swedish dates
// with a month name, with or without "den" and an ordinal suffix.
func findDates(s string) []dateMatch {
	var out []dateMatch
	for _, m := range isoDateRE().FindAllStringSubmatchIndex(s, -1) {
		y, _ := strconv.Atoi(s[m[2]:m[3]])
		mo, _ := strconv.Atoi(s[m[4]:m[5]])
		d, _ := strconv.Atoi(s[m[6]:m[7]])
		// "2023-00118" is a dnr, and "2024-2026" a range: neither matches
		// this pattern's three parts, but a following "-digit" means a
		// longer number.
		if m[1] < len(s) && s[m[1]] == '-' {
			continue
		}
		if v, ok := validDate(y, mo, d); ok {
			out = append(out, dateMatch{Value: v, Start: m[0], End: m[1]})
		}
	}
	for _, m := range svDateRE().FindAllStringSubmatchIndex(s, -1) {
		d, _ := strconv.Atoi(s[m[2]:m[3]])
		mo := months[strings.ToLower(s[m[4]:m[5]])]
		y, _ := strconv.Atoi(s[m[6]:m[7]])
		if v, ok := validDate(y, mo, d); ok {
			out = append(out, dateMatch{Value: v, Start: m[0], End: m[1]})
		}
	}
	if len(out) > 1 {
		sortDates(out)
	}
	return out
}

func sortDates(ds []dateMatch) {
	for i := 1; i < len(ds); i++ {
		for j := i; j > 0 && ds[j].Start < ds[j-1].Start; j-- {
			ds[j], ds[j-1] = ds[j-1], ds[j]
		}
	}
}

// ParseDate parses one Swedish date written alone (ISO or with a month
// name) and returns it as YYYY-MM-DD.
func ParseDate(s string) (string, bool) {
	s = strings.TrimSpace(s)
	ds := findDates(s)
	if len(ds) != 1 || ds[0].Start != 0 || ds[0].End != len(s) {
		return "", false
	}
	return ds[0].Value, true
}

// dateAt returns the first date in s that starts at or after off.
func dateAt(s string, off int) (dateMatch, bool) {
	if off < 0 || off > len(s) {
		return dateMatch{}, false
	}
	for _, d := range findDates(s[off:]) {
		d.Start += off
		d.End += off
		return d, true
	}
	return dateMatch{}, false
}

// lazyRegexp compiles pattern on first use, so that runs that never read a
// document (JSON and YAML cases) do not pay at start-up for compiling the
// patterns of this package (several milliseconds on the slowest machines).
func lazyRegexp(pattern string) func() *regexp.Regexp {
	return sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(pattern) })
}
