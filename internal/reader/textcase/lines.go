package textcase

import (
	"strings"
	"unicode/utf8"
)

// srcLine is one line of the source.
type srcLine struct {
	no   int    // 1-based line number
	col  int    // 1-based column of the first character of text
	text string // the line without surrounding white space
	raw  string // the line without its line ending
	furn bool   // page furniture
}

// splitSource splits src into lines (LF, CRLF or CR), trimming each and
// noting the column where the text starts.
func splitSource(src []byte) []srcLine {
	s := string(src)
	s = strings.TrimPrefix(s, "\ufeff")
	out := make([]srcLine, 0, strings.Count(s, "\n")+1)
	no := 1
	for len(s) > 0 || no == 1 {
		i := strings.IndexAny(s, "\r\n")
		var raw string
		if i < 0 {
			raw, s = s, ""
		} else {
			raw = s[:i]
			if s[i] == '\r' && i+1 < len(s) && s[i+1] == '\n' {
				s = s[i+2:]
			} else {
				s = s[i+1:]
			}
		}
		left := strings.TrimLeft(raw, " \t\u00a0\f\v")
		col := 1 + utf8.RuneCountInString(raw[:len(raw)-len(left)])
		out = append(out, srcLine{no: no, col: col, text: strings.TrimRight(left, " \t\u00a0\f\v"), raw: raw})
		no++
		if i < 0 {
			break
		}
	}
	return out
}
