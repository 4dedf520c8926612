package tjlint.rules.accessibility["image-only_test"]

import data.tjlint.rules.accessibility["image-only"] as rule

test_fails_page_without_text if {
	fs := rule.deny with input as {"file": {"format": "pdf", "pages_without_text": [2, 5]}}
	count(fs) == 2
	some f in fs
	f.path == ["file", "pages_without_text", 1]
	contains(f.message, "Sida 5")
}

test_passes_all_pages_with_text if {
	count(rule.deny) == 0 with input as {"file": {"format": "pdf", "pages_without_text": []}}
	count(rule.deny) == 0 with input as {"title": "x"}
}
