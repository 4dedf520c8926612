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

# point_text strips a numbering or bullet prefix; the regex only runs when the
# first character can start one (digits, dashes, bullets, a letter followed
# by ")" or "."), so a plain "Nämnden godkänner ..." costs one comparison.
point_text(item) := trim_space(regex.replace(item, _prefix_re, "")) if {
	_maybe_prefixed(item)
} else := trim_space(item)

_maybe_prefixed(item) if {
	first := substring(trim_space(item), 0, 1)
	first in {"0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "–", "—", "*", "•", "·", "-"}
}

_maybe_prefixed(item) if {
	second := substring(trim_space(item), 1, 1)
	second in {")", "."}
}
