package tjlint.rules.template.leftover_test

import data.tjlint.rules.template.leftover as rule

found(case) := x if {
	x := {[f.path, f.match, f.offset] | some f in rule.deny} with input as case
}

test_fails_message if {
	rule.deny == {{
		"path": ["sections", "summary", "text"],
		"match": "[Beskriv ärendet här]",
		"offset": 0,
		"message": "Det står kvar text från mallen under rubriken ”Sammanfattning”: ”[Beskriv ärendet här]”. Skriv in rätt uppgift i stället eller ta bort texten.",
		"message_en": "Text from the template is left under the heading ”Sammanfattning”: ”[Beskriv ärendet här]”. Replace it with the right information or remove it.",
	}} with input as {"sections": {"summary": {"heading": "Sammanfattning", "text": "[Beskriv ärendet här]"}}}
}

test_fails_placeholders if {
	found({
		"dnr": "«Diarienr»",
		"title": "Kommunstyrelsens förvaltning«AnvEnhet»",
		"decision_proposal": [
			"Nämnden för xx godkänner avtalet.",
			"Nämnden antar yttrandet daterat 20xx-xx-xx.",
			"Nämnden godkänner planen för ÅÅÅÅ-MM-DD.",
		],
		"sections": {
			"background": {"heading": "Bakgrund", "text": "Klicka eller tryck här för att ange text."},
			"matter": {"heading": "Ärendet", "text": "Ärendet gäller dnr XX. Lorem ipsum dolor sit amet."},
			"other": [{"heading": "Övrigt", "text": "Mötet hålls <ange datum> i [Ort]. Klicka här för att ange text."}],
		},
		"signatories": [{"name": "[Namn]", "title": "[Titel]"}],
	}) == {
		[["dnr"], "«Diarienr»", 0],
		[["title"], "«AnvEnhet»", 28],
		[["decision_proposal", 0], "xx", 12],
		[["decision_proposal", 1], "20xx-xx-xx", 32],
		[["decision_proposal", 2], "ÅÅÅÅ-MM-DD", 29],
		[["sections", "background", "text"], "Klicka eller tryck här för att ange text.", 0],
		[["sections", "matter", "text"], "XX", 19],
		[["sections", "matter", "text"], "Lorem ipsum", 23],
		[["sections", "other", 0, "text"], "<ange datum>", 12],
		[["sections", "other", 0, "text"], "[Ort]", 27],
		[["sections", "other", 0, "text"], "Klicka här för att ange text.", 34],
		[["signatories", 0, "title"], "[Titel]", 0],
	}
}

test_passes_signatory_names_are_signatories_unnamed if {
	found({"signatories": [{"name": "XX", "title": "Förvaltningschef"}, {"name": "[Namn]", "title": "[Titel]"}]}) == {[["signatories", 1, "title"], "[Titel]", 0]}
}

test_fails_each_occurrence if {
	found({"title": "Avtal med xx och xx"}) == {[["title"], "xx", 10], [["title"], "xx", 17]}
}

test_fails_amount_not_filled_in if {
	found({"decision_proposal": ["Nämnden beviljar bidrag om xxx kronor."]}) == {[["decision_proposal", 0], "xxx", 27]}
}

test_passes_brackets_that_are_text if {
	count(rule.deny) == 0 with input as {
		"title": "Svar på motion om XXL-kläder och Taxxi, beslutad 2026-05-11 § XX och §xx",
		"sections": {
			"background": {"heading": "Bakgrund", "text": "Enligt kommunallagen [2017:725] 5 kap. 35 § ska motionen beredas. Han skrev att ”[nämnden] inte har svarat” [1]. Se <https://www.kungsbacka.se>."},
			"assessment": {"heading": "Bedömning", "text": "Kostnaden är 4 000 kronor enligt [Kommunens budget 2024] och [Texten i avtalet]s villkor."},
		},
		"decision_proposal": ["Nämnden godkänner förvaltningens tjänsteskrivelse daterad 2024-05-02."],
	}
}
