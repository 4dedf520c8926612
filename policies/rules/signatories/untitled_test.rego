package tjlint.rules.signatories.untitled_test

import data.tjlint.rules.signatories.untitled

test_fails_title_key_absent_at_signatory if {
	untitled.deny == {{
		"path": ["signatories", 1],
		"message": "Undertecknare 2 (”Anna-Karin Öberg”) saknar titel. Skriv befattningen under namnet, t.ex. ”Förvaltningschef”.",
		"message_en": "Signatory 2 (”Anna-Karin Öberg”) has no title. Write the position under the name, e.g. ”Förvaltningschef”.",
	}} with input as {"signatories": [{"name": "Anna Toll", "title": "Avdelningschef"}, {"name": "Anna-Karin Öberg"}]}
}

test_fails_blank_title_at_title if {
	{[f.path, f.message] | some f in untitled.deny} == {
		[["signatories", 0, "title"], "Undertecknare 1 (”Patrik Åhnberg”) saknar titel. Skriv befattningen under namnet, t.ex. ”Förvaltningschef”."],
		[["signatories", 1, "title"], "Undertecknare 2 (”Anna Toll”) saknar titel. Skriv befattningen under namnet, t.ex. ”Förvaltningschef”."],
	} with input as {"signatories": [{"name": "Patrik Åhnberg", "title": ""}, {"name": " Anna Toll ", "title": " \n"}]}
}

test_passes_with_titles if {
	count(untitled.deny) == 0 with input as {"signatories": [
		{"name": "Patrik Åhnberg", "title": "Stadsdelsdirektör"},
		{"name": "Anna Toll", "title": "Avdelningschef"},
	]}
}

test_passes_unnamed_signatory_without_title if {
	# signatories/unnamed reports these; no second finding here
	count(untitled.deny) == 0 with input as {"signatories": [{}, {"name": "XX"}, {"name": "", "title": ""}, {"name": "Toll"}]}
}

test_passes_on_schema_invalid_input if {
	count(untitled.deny) == 0 with input as {"signatories": [{"name": "Anna Toll", "title": 3}]}
	count(untitled.deny) == 0 with input as {"signatories": "Anna Toll"}
	count(untitled.deny) == 0 with input as {}
}
