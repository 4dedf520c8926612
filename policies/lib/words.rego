# METADATA
# title: Ord i text
# description: >-
#   Hjälpfunktioner som hittar hela ord och fraser i en text, med var de
#   står, så att ett fynd kan peka på just de orden.
package tjlint.lib.words

# matches is the set of [offset, text] for every occurrence in s of a whole
# word or phrase matched by the RE2 fragment re (an alternation is fine).
# Matching is on lower(s), so re is written in lower case; text is the words
# as written in s, and offset counts characters as indexof does. A word is
# whole when no letter or digit touches it on either side (RE2's \b does not
# count å, ä and ö as letters).
matches(s, re) := {[o, substring(s, o, n)] |
	low := lower(s)
	regex.match(re, low)
	some m in regex.find_all_string_submatch_n(sprintf(`(?:^|[^\p{L}\p{N}])(%s)(?:[^\p{L}\p{N}]|$)`, [re]), low, -1)
	w := m[1]
	n := count(w)
	some o in indexof_n(low, w)
	_whole(low, o, n)
}

# has is true when s contains a whole-word match of re. The bare fragment
# is asked first: Go's regexp is many times slower with the word-boundary
# group in front, and most texts do not contain the fragment at all.
has(s, re) if {
	low := lower(s)
	regex.match(re, low)
	regex.match(sprintf(`(?:^|[^\p{L}\p{N}])(?:%s)(?:[^\p{L}\p{N}]|$)`, [re]), low)
}

_whole(low, o, n) if {
	not _letter_at(low, o - 1)
	not _letter_at(low, o + n)
}

_letter_at(low, i) if {
	i >= 0
	i < count(low)
	regex.match(`^[\p{L}\p{N}]$`, substring(low, i, 1))
}
