package extract

import "unicode/utf8"

// maxExcerpt bounds the excerpt of an unread entry, in runes.
const maxExcerpt = 200

// noteUnread records something the reader saw at p but could not
// interpret: field is the top-level key it concerns ("signatories"),
// excerpt the text as it stands (shortened), reason a short Swedish
// explanation.
func (x *builder) noteUnread(field, excerpt, reason string, p posT) {
	x.noteUnreadCause(field, excerpt, reason, "", p)
}

// Causes of an unread entry that are about the file rather than the
// wording, so that the rule can say what to do about the file.
const (
	// the text stops before its end
	causeCutOff = "cut-off"
	// the text's last page counter is short of its number ("2 (3)")
	causeMissingPages = "missing-pages"
	// the text lost its line breaks, so its layout cannot be read
	causeNoLayout = "no-layout"
)

// noteUnreadCause is noteUnread with a cause ("" for none).
func (x *builder) noteUnreadCause(field, excerpt, reason, cause string, p posT) {
	if utf8.RuneCountInString(excerpt) > maxExcerpt {
		r := []rune(excerpt)
		excerpt = string(r[:maxExcerpt-1]) + "…"
	}
	list, _ := x.val["unread"].([]any)
	ptr := "/unread/" + itoa(len(list))
	entry := map[string]any{"field": field, "excerpt": excerpt, "reason": reason}
	if cause != "" {
		entry["cause"] = cause
	}
	list = append(list, entry)
	x.val["unread"] = list
	if !p.IsZero() {
		if _, ok := x.c.Positions["/unread"]; !ok {
			x.c.Positions["/unread"] = p
		}
		x.c.Positions[ptr] = p
		x.c.Positions[ptr+"/excerpt"] = p
	}
}
