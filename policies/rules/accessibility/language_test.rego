package tjlint.rules.accessibility.language_test

import data.tjlint.rules.accessibility.language as rule

test_fails_no_language if {
	[f] := [f | some f in rule.deny] with input as {"file": {"format": "pdf", "language": "", "text_language": "sv"}}
	f.path == ["file", "language"]
	contains(f.message, "inget dokumentspråk")
}

test_fails_swedish_text_marked_english if {
	[f] := [f | some f in rule.deny] with input as {"file": {"format": "docx", "language": "en-US", "text_language": "sv"}}
	contains(f.message, "”en-US”")
	contains(f.message, "svenska")
}

test_passes_swedish_marked_swedish if {
	count(rule.deny) == 0 with input as {"file": {"format": "pdf", "language": "sv-SE", "text_language": "sv"}}
	count(rule.deny) == 0 with input as {"file": {"format": "pdf", "language": "SV", "text_language": "sv"}}
}

test_passes_text_language_unknown_is_not_compared if {
	count(rule.deny) == 0 with input as {"file": {"format": "pdf", "language": "en-US", "text_language": ""}}
}

test_passes_no_file_object if {
	count(rule.deny) == 0 with input as {"title": "x"}
}
