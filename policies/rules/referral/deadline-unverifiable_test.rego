package tjlint.rules.referral["deadline-unverifiable_test"]

import data.tjlint.rules.referral["deadline-unverifiable"] as unverifiable

test_fails_yttrande_without_referral if {
	unverifiable.deny == {{
		"path": ["referral"],
		"message": "Remisstiden kan inte kontrolleras: ärendet är ett yttrande men anger ingen remiss (referral) med sista svarsdag (deadline).",
		"message_en": "The referral deadline cannot be checked: the case is an yttrande but names no referral (referral) with a deadline (deadline).",
	}} with input as {"kind": "yttrande", "date": "2020-09-01"}
}

test_fails_referral_without_deadline if {
	unverifiable.deny == {{
		"path": ["referral", "deadline"],
		"message": "Remisstiden kan inte kontrolleras: remissens sista svarsdag (referral.deadline) saknas eller är inget datum ÅÅÅÅ-MM-DD.",
		"message_en": "The referral deadline cannot be checked: the referral's deadline (referral.deadline) is missing or not a YYYY-MM-DD date.",
	}} with input as {"kind": "tjansteutlatande", "date": "2020-09-01", "referral": {"from": "Kommunstyrelsen"}}
}

test_fails_deadline_not_a_date if {
	{f.path | some f in unverifiable.deny} == {["referral", "deadline"]} with input as {"kind": "yttrande", "date": "2020-09-01", "referral": {"deadline": "senast den 1:a oktober 2020"}}
}

test_fails_seed_without_any_date if {
	unverifiable.deny == {{
		"path": ["referral", "deadline"],
		"message": "Remisstiden kan inte kontrolleras: sista svarsdag är 2020-10-01, men varken sammanträdesdatum (meeting_date) eller datum (date) finns.",
		"message_en": "The referral deadline cannot be checked: the deadline is 2020-10-01, but there is neither a meeting date (meeting_date) nor a date (date).",
	}} with input as {"kind": "yttrande", "referral": {"from": "Kommunstyrelsen", "dnr": "KS 2019/1899", "deadline": "2020-10-01"}}
}

test_passes_with_deadline_and_a_date if {
	count(unverifiable.deny) == 0 with input as {"kind": "yttrande", "date": "2020-09-01", "referral": {"deadline": "2020-10-01"}}
	count(unverifiable.deny) == 0 with input as {"kind": "yttrande", "meeting_date": "2020-09-20", "referral": {"deadline": "2020-10-01"}}
	# late is deadline-missed's finding, not this one
	count(unverifiable.deny) == 0 with input as {"kind": "yttrande", "date": "2020-12-01", "referral": {"deadline": "2020-10-01"}}
}

test_passes_when_no_referral_is_answered if {
	count(unverifiable.deny) == 0 with input as {"kind": "tjansteutlatande"}
	count(unverifiable.deny) == 0 with input as {"kind": "tjansteskrivelse", "date": "2020-09-01"}
}
