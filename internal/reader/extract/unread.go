package extract

import "unicode/utf8"

// maxExcerpt bounds the excerpt of an unread entry, in runes.
const maxExcerpt = 200

// noteUnread records something the reader saw at p but could not
// interpret: field is the top-level key it concerns ("signatories"),
// excerpt the text as it stands (shortened), reason a short Swedish
// explanation.
func (x *builder) noteUnread(field, excerpt, reason string, p posT) {
	if utf8.RuneCountInString(excerpt) > maxExcerpt {
		r := []rune(excerpt)
		excerpt = string(r[:maxExcerpt-1]) + "…"
	}
	list, _ := x.val["unread"].([]any)
	ptr := "/unread/" + itoa(len(list))
	list = append(list, map[string]any{"field": field, "excerpt": excerpt, "reason": reason})
	x.val["unread"] = list
	if !p.IsZero() {
		if _, ok := x.c.Positions["/unread"]; !ok {
			x.c.Positions["/unread"] = p
		}
		x.c.Positions[ptr] = p
		x.c.Positions[ptr+"/excerpt"] = p
	}
}
