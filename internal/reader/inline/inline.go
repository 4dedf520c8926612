// Package inline reads the inline suppression comments of Markdown and plain
// text, <!-- tjlint-disable RULE reason="..." until=YYYY-MM-DD -->, and adds
// them to the case as tjlint.ignore entries (the same shape a JSON or YAML
// case writes by hand), each at the comment's position.
package inline

import (
	"bytes"
	"strings"

	"github.com/tjlint/tjlint/internal/casemodel"
)

// Ignore is one <!-- tjlint-disable ... --> comment.
type Ignore struct {
	Rule   string
	Reason string // "" when the comment gives none
	Until  string // "" when the comment gives none
	Pos    casemodel.Pos
}

// Comment is one tjlint-disable comment that Comments found: its byte
// range in the source, <!-- to -->, and what it says.
type Comment struct {
	Start, End int
	Ignore     Ignore
}

// Comments finds the <!-- tjlint-disable ... --> comments in src: the one
// scanner for every reader that reads them (text, Markdown). Other HTML
// comments are skipped.
func Comments(src []byte) []Comment {
	var out []Comment
	for off := 0; ; {
		i := bytes.Index(src[off:], []byte("<!--"))
		if i < 0 {
			return out
		}
		i += off
		j := bytes.Index(src[i+4:], []byte("-->"))
		if j < 0 {
			return out
		}
		end := i + 4 + j + 3
		if ig, ok := Parse(string(src[i+4 : end-3])); ok {
			out = append(out, Comment{Start: i, End: end, Ignore: ig})
		}
		off = end
	}
}

// Scan finds the tjlint-disable comments in src, located with idx.
func Scan(src []byte, idx *casemodel.LineIndex) []Ignore {
	var out []Ignore
	for _, c := range Comments(src) {
		c.Ignore.Pos = idx.Pos(c.Start)
		out = append(out, c.Ignore)
	}
	return out
}

// Parse parses the inside of a comment such as
// ` tjlint-disable gender-equality/missing reason="..." until=2025-01-01 `.
func Parse(s string) (Ignore, bool) {
	s = strings.TrimSpace(s)
	rest, ok := strings.CutPrefix(s, "tjlint-disable")
	if !ok || (rest != "" && rest[0] != ' ' && rest[0] != '\t' && rest[0] != '\n' && rest[0] != '\r') {
		return Ignore{}, false
	}
	var ig Ignore
	rest = strings.TrimSpace(rest)
	for rest != "" {
		var tok string
		key, val, isKV := "", "", false
		if k, v, found := strings.Cut(rest, "="); found && !strings.ContainsAny(k, " \t\r\n") {
			key, isKV = k, true
			if strings.HasPrefix(v, `"`) {
				end := strings.IndexByte(v[1:], '"')
				if end < 0 {
					val, rest = v[1:], ""
				} else {
					val, rest = v[1:1+end], v[2+end:]
				}
			} else {
				val, rest = cutSpace(v)
			}
		} else {
			tok, rest = cutSpace(rest)
		}
		rest = strings.TrimSpace(rest)
		switch {
		case isKV && key == "reason":
			ig.Reason = val
		case isKV && key == "until":
			ig.Until = val
		case isKV && key == "rule":
			ig.Rule = val
		case !isKV && ig.Rule == "":
			ig.Rule = tok
		}
	}
	return ig, ig.Rule != ""
}

func cutSpace(s string) (before, after string) {
	i := strings.IndexAny(s, " \t\r\n")
	if i < 0 {
		return s, ""
	}
	return s[:i], s[i+1:]
}

// Add appends the inline tjlint-disable comments to tjlint.ignore, in
// the shape of issue 4: {rule, reason, until}.
func Add(c *casemodel.Case, igs []Ignore) {
	if len(igs) == 0 {
		return
	}
	tj, ok := c.Value["tjlint"].(map[string]any)
	if !ok {
		if _, exists := c.Value["tjlint"]; exists {
			return // not an object: leave it for the schema to report
		}
		tj = map[string]any{}
		c.Value["tjlint"] = tj
		c.Positions["/tjlint"] = igs[0].Pos
	}
	list, ok := tj["ignore"].([]any)
	if !ok {
		if _, exists := tj["ignore"]; exists {
			return
		}
		c.Positions["/tjlint/ignore"] = igs[0].Pos
	}
	for _, ig := range igs {
		e := map[string]any{"rule": ig.Rule}
		ptr := casemodel.Pointer("tjlint", "ignore", len(list))
		c.Positions[ptr] = ig.Pos
		c.Positions[ptr+"/rule"] = ig.Pos
		if ig.Reason != "" {
			e["reason"] = ig.Reason
			c.Positions[ptr+"/reason"] = ig.Pos
		}
		if ig.Until != "" {
			e["until"] = ig.Until
			c.Positions[ptr+"/until"] = ig.Pos
		}
		list = append(list, e)
	}
	tj["ignore"] = list
}
