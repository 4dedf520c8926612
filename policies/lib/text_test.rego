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

test_unread if {
	text.unread("signatories") with input as {"unread": [{"field": "signatories", "excerpt": "Anna Toll Per Lind"}]}
	text.unread("sections.gender_equality") with input as {"unread": [{"field": "sections"}]}
	text.unread("referral") with input as {"unread": [{"field": "referral.deadline"}]}
	not text.unread("signatories") with input as {"unread": [{"field": "signatories_extra"}]}
	not text.unread("signatories") with input as {"unread": [{"field": "date"}]}
	not text.unread("signatories") with input as {"unread": "signatories"}
	not text.unread("signatories") with input as {}
}
