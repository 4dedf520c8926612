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
