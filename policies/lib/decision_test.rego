package tjlint.lib.decision_test

import data.tjlint.lib.decision

test_point_text_strips_numbering_and_bullets if {
	decision.point_text("1. Nämnden godkänner.") == "Nämnden godkänner."
	decision.point_text("  12) Nämnden godkänner.") == "Nämnden godkänner."
	decision.point_text("– Motionen anses besvarad.") == "Motionen anses besvarad."
	decision.point_text("* Planen antas.") == "Planen antas."
	decision.point_text("• Informationen noteras.") == "Informationen noteras."
	decision.point_text("- Informationen noteras.") == "Informationen noteras."
	decision.point_text("a) Nämnden godkänner.") == "Nämnden godkänner."
	decision.point_text("3. – Informationen noteras.") == "Informationen noteras."
}

test_point_text_keeps_plain_text if {
	decision.point_text(" Nämnden godkänner rapporten. ") == "Nämnden godkänner rapporten."

	# a number that is part of the text, not a numbering, stays
	decision.point_text("17 i Regler för ekonomisk planering revideras.") == "17 i Regler för ekonomisk planering revideras."
}

test_points_skips_non_strings if {
	decision.points == {[0, "Nämnden godkänner."], [2, "Planen antas."]} with input as {"decision_proposal": ["1. Nämnden godkänner.", 3, "2. Planen antas."]}
	count(decision.points) == 0 with input as {"decision_proposal": "Nämnden godkänner."}
}

# point_text skips the regex for a point that cannot start a prefix; the
# result must be the same as with the regex for any first character.
test_point_text_same_as_regex if {
	starts := split("\t\n\u000b\f\r \u00a00123456789abcdefghijklmnopqrstuvwxyzåäöABCZÅÄÖÉé–—*•·-+.)(«\"'§", "")
	samples := [s |
		some c in starts
		some rest in ["", "1. Nämnden godkänner.", ") Nämnden godkänner.", " Nämnden godkänner. ", "– a) x"]
		s := concat("", [c, rest])
	]
	diff := [s |
		some s in samples
		decision.point_text(s) != trim_space(regex.replace(s, decision._prefix_re, ""))
	]
	diff == []
}

test_point_text_prefix_starts if {
	count(decision._prefix_starts) == ((5 + 10) + 29) + 6
	"å" in decision._prefix_starts
	"\f" in decision._prefix_starts
	not "N" in decision._prefix_starts
}
