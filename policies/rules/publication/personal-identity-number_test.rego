package tjlint.rules.publication["personal-identity-number_test"]

import data.tjlint.rules.publication["personal-identity-number"] as rule

# Only numbers made up for tests: Skatteverket's test person Tolvan
# Tolvansson (19121212-1212) and its examples 811218-9876 (personnummer) and
# 701063-2391 (samordningsnummer, born on the 3rd).

found(text) := x if {
	x := {[f.match, f.offset] | some f in rule.deny} with input as {"sections": {"matter": {"heading": "Ärendet", "text": text}}}
}

test_fails_message_masks_the_number if {
	rule.deny == {{
		"path": ["sections", "matter", "text"],
		"match": "19121212-1212",
		"offset": 18,
		"sensitive": true,
		"message": "Handlingen innehåller ett personnummer (”19121212-****”) under rubriken ”Ärendet”. Ta bort det innan handlingen publiceras: enligt dataskyddslagen (2018:218) 3 kap. 10 § får personnummer bara behandlas när det är klart motiverat, och uppgiften kan omfattas av sekretess enligt offentlighets- och sekretesslagen (2009:400).",
		"message_en": "The document contains a personal identity number (”19121212-****”) under the heading ”Ärendet”. Remove it before the document is published: under the Data Protection Act (2018:218), chapter 3, section 10, personal identity numbers may only be processed when clearly justified, and the information may be secret under the Public Access to Information and Secrecy Act (2009:400).",
	}} with input as {"sections": {"matter": {"heading": "Ärendet", "text": "Den sökande (pnr: 19121212-1212) har överklagat."}}}
}

test_fails_message_never_prints_the_whole_number if {
	fs := rule.deny with input as {"title": "Ärende 19121212-1212", "decision_proposal": ["Nämnden beviljar 811218-9876 bistånd."]}
	count(fs) == 2
	every f in fs {
		not contains(f.message, "1212-1212")
		not contains(f.message_en, "1212-1212")
		not contains(f.message, "9876")
	}
}

test_fails_forms if {
	found("A 19121212-1212, B 191212121212, C 121212-1212, D 1212121212, E 811218-9876, F 121212+1212.") == {
		["19121212-1212", 2], ["191212121212", 19], ["121212-1212", 35], ["1212121212", 50], ["811218-9876", 64], ["121212+1212", 79],
	}
}

test_fails_samordningsnummer if {
	some f in rule.deny with input as {"title": "Ärende 701063-2391"}
	f.match == "701063-2391"
	startswith(f.message, "Handlingen innehåller ett samordningsnummer (”701063-****”) i ärendemeningen.")
}

test_passes_not_a_number_of_a_person if {
	found(concat(" ", [
		"Wrong check digit: 19121212-1213 and 811218-9875.",
		"No such date: 19121232-1212, 811318-9876, 810229-1234.",
		"Dates and case numbers: 2024-12-12, 20241212, KS 2019/1899, 2025-00743, KS-2024-00219, BN 2024-000123.",
		"Phone: 0300-83 40 00, 070-123 45 67, tel 0701212128, mobil: 0701212128.",
		"Accounts: bankgiro 5050-1055, kontonummer 8112189876, organisationsnummer 212000-1355.",
		"Longer runs of digits: 1191212121212, 19121212-12121.",
	])) == set()
}

test_leap_day if {
	# 2000-02-29 exists, 1900-02-29 does not: a 10-digit 000229 is a date.
	rule.valid("000229-0005")
	not rule.valid("19000229-0005")
	rule.valid("20000229-0005")
}

test_mask if {
	rule.mask("19121212-1212") == "19121212-****"
	rule.mask("1212121212") == "121212****"
}

test_fails_phone_shape_without_a_phone_word if {
	# 0701212128 passes the date and check-digit test: only the word before
	# it tells a phone number from a personnummer born in 2007.
	found("Den sökande har nummer 0701212128.") == {["0701212128", 23]}
}
