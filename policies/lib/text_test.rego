package tjlint.lib.text_test

import data.tjlint.lib.text

test_blank if {
	text.blank(" \n\t")
	text.blank(null)
	text.blank(3)
	not text.blank("x")
}

test_section_text if {
	text.section_text("summary") == "S" with input as {"sections": {"summary": {"heading": "Sammanfattning", "text": "S"}}}
	text.section_text("summary") == "" with input as {"sections": {}}
	text.section_text("summary") == "" with input as {"sections": {"summary": {"text": 3}}}
}
