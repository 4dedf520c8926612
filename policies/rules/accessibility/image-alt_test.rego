package tjlint.rules.accessibility["image-alt_test"]

import data.tjlint.rules.accessibility["image-alt"] as rule

test_fails_image_without_alt if {
	[f] := [f | some f in rule.deny] with input as {"file": {"format": "pdf", "images_without_alt": ["figur 2"]}}
	f.path == ["file", "images_without_alt", 0]
	contains(f.message, "”figur 2”")
}

test_passes_all_images_described if {
	count(rule.deny) == 0 with input as {"file": {"format": "docx", "images_without_alt": []}}
	count(rule.deny) == 0 with input as {"title": "x"}
}
