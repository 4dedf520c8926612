package tjlint.rules.style["date-ordinal_test"]

import data.tjlint.rules.style["date-ordinal"] as rule

test_fails_seed_deadline if {
	rule.deny == {{
		"path": ["sections", "background", "text"],
		"match": "den 1:a oktober 2020",
		"offset": 116,
		"replacement": "den 1 oktober 2020",
		"message": "Datumet ”den 1:a oktober 2020” under rubriken ”Bakgrund” skrivs utan ordningstalsändelse: ”den 1 oktober 2020”.",
		"message_en": "The date ”den 1:a oktober 2020” under the heading ”Bakgrund” is written without an ordinal suffix: ”den 1 oktober 2020”.",
	}} with input as {"sections": {"background": {
		"heading": "Bakgrund",
		"text": "Motion om att ta tillbaka utsatta områden remitterades av kommunstyrelsen till stadsdelsnämnden för yttrande senast den 1:a oktober 2020.",
	}}}
}

test_fails_forms if {
	got := {[f.match, f.replacement] |
		some f in rule.deny
	} with input as {"decision_proposal": [
		"Nämnden godkänner att lokalen hyrs från den 2:a\nmaj.",
		"Nämnden antar planen, som gäller från 21:a sept. 2025 och till 3:e Juni.",
	]}
	got == {
		["den 2:a\nmaj", "den 2 maj"],
		["21:a sept. 2025", "21 sept. 2025"],
		["3:e Juni", "3 Juni"],
	}
}

test_fails_each_occurrence if {
	offsets := {f.offset | some f in rule.deny} with input as {"title": "Möten 1:a mars och 1:a mars"}
	offsets == {6, 19}
}

test_passes_clean if {
	count(rule.deny) == 0 with input as {
		"title": "Svar på motion",
		"sections": {"background": {"heading": "Bakgrund", "text": "Remissen ska besvaras senast den 1 oktober 2020, kl. 10:30 i sal 2:a. Se 3 kap. 1:a stycket."}},
		"decision_proposal": ["Nämnden godkänner avtalet 2020-10-01."],
	}
}
