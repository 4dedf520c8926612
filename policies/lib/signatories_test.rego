package tjlint.lib.signatories_test

import data.tjlint.lib.signatories

test_named if {
	signatories.named(0, {"name": "Anna Toll"})
	signatories.named(0, {"name": "Anna-Karin Öberg", "title": "Enhetschef"})
	not signatories.named(0, {"name": "XX"})
	not signatories.named(0, {"title": "Enhetschef"})
	not signatories.named(0, {"name": 3})
}

test_problem_paths if {
	signatories.problem(2, {"title": "Enhetschef"})[0] == ["signatories", 2]
	signatories.problem(2, {"name": " "})[0] == ["signatories", 2, "name"]
	not signatories.problem(2, {"name": null})
}

test_entries_skips_non_objects if {
	signatories.entries == {[1, {"name": "Anna Toll"}]} with input as {"signatories": ["Anna Toll", {"name": "Anna Toll"}]}
	count(signatories.entries) == 0 with input as {"signatories": {"name": "Anna Toll"}}
}

# _suspect_re lets a name through exactly when problem finds nothing wrong
# with it.
test_suspect_re_matches_exactly_the_problems if {
	names := [
		"", " ", "\t\u00a0\u3000", "Anna", " Anna ", "\u3000Anna\u2003", "Anna\u000bToll", "Anna\u2003Toll",
		"Anna Toll", "Anna\tToll", "Anna\u00a0Toll", "Anna\nToll", " Anna  Toll ",
		"XX", "Anna XX", "N.N.", "[Namn]", "Förnamn Efternamn", "Xenia Nnamdi", "Maj-Britt Rane Andersson",
	]
	wrong := [n |
		some n in names
		regex.match(signatories._suspect_re, n) != has_problem(n)
	]
	print("names where _suspect_re and problem disagree:", wrong)
	wrong == []
}

has_problem(n) if signatories.problem(0, {"name": n})

default has_problem(_) := false
