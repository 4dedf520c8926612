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

# point_text strips a numbering or bullet prefix and surrounding space. The
# regex is anchored, so it only looks at the start of the point.
point_text(item) := trim_space(regex.replace(item, _prefix_re, ""))
