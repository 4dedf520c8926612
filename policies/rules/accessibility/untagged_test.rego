package tjlint.rules.accessibility.untagged_test

import data.tjlint.rules.accessibility.untagged as rule

test_fails_untagged_pdf if {
	[f] := [f | some f in rule.deny] with input as {"file": {"format": "pdf", "tagged": false}}
	f.path == ["file", "tagged"]
	contains(f.message, "inte taggad")
}

test_passes_tagged_pdf if {
	count(rule.deny) == 0 with input as {"file": {"format": "pdf", "tagged": true}}
}

test_passes_docx_and_no_file if {
	count(rule.deny) == 0 with input as {"file": {"format": "docx"}}
	count(rule.deny) == 0 with input as {"title": "x"}
}
