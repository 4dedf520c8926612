package tjlint.rules.accessibility["fake-heading_test"]

import data.tjlint.rules.accessibility["fake-heading"] as rule

test_fails_fake_heading if {
	[f] := [f | some f in rule.deny] with input as {"file": {"format": "docx", "fake_headings": ["Jämställdhetsanalys"]}}
	f.path == ["file", "fake_headings", 0]
	contains(f.message, "”Jämställdhetsanalys”")
}

test_passes_no_fake_headings if {
	count(rule.deny) == 0 with input as {"file": {"format": "docx", "fake_headings": []}}
	count(rule.deny) == 0 with input as {"file": {"format": "pdf"}}
}
