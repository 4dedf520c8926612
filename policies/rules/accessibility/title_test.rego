package tjlint.rules.accessibility.title_test

import data.tjlint.rules.accessibility.title as rule

test_fails_no_title if {
	[f] := [f | some f in rule.deny] with input as {"file": {"format": "docx", "title": ""}}
	f.path == ["file", "title"]
	contains(f.message, "ingen dokumenttitel")
}

test_fails_title_not_shown if {
	[f] := [f | some f in rule.deny] with input as {"file": {"format": "pdf", "title": "Svar på motion", "title_shown": false}}
	f.path == ["file", "title_shown"]
	contains(f.message, "”Svar på motion”")
}

test_passes_title_shown if {
	count(rule.deny) == 0 with input as {"file": {"format": "pdf", "title": "Svar på motion", "title_shown": true}}
	count(rule.deny) == 0 with input as {"file": {"format": "docx", "title": "Svar på motion"}}
}
