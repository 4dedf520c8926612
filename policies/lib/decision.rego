# METADATA
# title: Beslutspunkter
# description: Hjälpfunktioner för beslutspunkterna i förslaget till beslut.
package tjlint.lib.decision

# _prefix_re matches a numbering or bullet before a decision point: "1. ",
# "2) ", "a) ", "– ", "- ", "* ", "• ".
_prefix_re := `^(?:\s*(?:\d{1,2}[.)]|[a-zåäö][.)]|[–—*•·-]))+\s*`

# points yields [index, text] for every decision point that is a string, with
# its numbering or bullet stripped and surrounding space trimmed. Points of
# another type are skipped: the schema reports them.
points contains [i, point_text(item)] if {
	is_array(input.decision_proposal)
	some i, item in input.decision_proposal
	is_string(item)
}

# _prefix_starts holds every character a match of _prefix_re can start with:
# RE2's \s ([\t\n\f\r ]), \d ([0-9]), [a-zåäö] and the bullets.
_prefix_starts := {c | some c in split("\t\n\f\r 0123456789abcdefghijklmnopqrstuvwxyzåäö–—*•·-", "")}

# point_text strips a numbering or bullet prefix and surrounding space. The
# regex is anchored, so it only looks at the start of the point; a point that
# starts with none of _prefix_starts (most start with a capital letter)
# cannot match it and skips the regex.
point_text(item) := trim_space(regex.replace(item, _prefix_re, "")) if {
	strings.any_prefix_match(item, _prefix_starts)
} else := trim_space(item)
