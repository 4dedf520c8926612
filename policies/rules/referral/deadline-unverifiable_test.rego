package tjlint.rules.referral["deadline-unverifiable_test"]

import data.tjlint.rules.referral["deadline-unverifiable"] as unverifiable

test_fails_yttrande_without_referral if {
	unverifiable.deny == {{
		"path": ["referral"],
		"message": "Remisstiden kan inte kontrolleras: handlingen är ett yttrande, men det framgår inte vem som remitterat ärendet eller vilken sista svarsdag som gäller. Skriv det i ärendets beredning, t.ex. ”Kommunstyrelsen har remitterat ärendet till nämnden för yttrande senast 2026-10-01.”",
		"message_en": "The referral deadline cannot be checked: the document is an yttrande, but it does not say who sent the referral or by when it must be answered. Say so under the preparation of the matter, e.g. ”Kommunstyrelsen har remitterat ärendet till nämnden för yttrande senast 2026-10-01.”",
	}} with input as {"kind": "yttrande", "date": "2020-09-01"}
}

test_fails_referral_without_deadline if {
	unverifiable.deny == {{
		"path": ["referral", "deadline"],
		"message": "Remisstiden kan inte kontrolleras: remissens sista svarsdag står inte i handlingen, eller inte som ett datum. Skriv sista svarsdag, t.ex. ”för yttrande senast 2026-10-01”.",
		"message_en": "The referral deadline cannot be checked: the referral's deadline is not in the document, or not as a date. Give the deadline, e.g. ”för yttrande senast 2026-10-01”.",
	}} with input as {"kind": "tjansteutlatande", "date": "2020-09-01", "referral": {"from": "Kommunstyrelsen"}}
}

test_fails_deadline_not_a_date if {
	{f.path | some f in unverifiable.deny} == {["referral", "deadline"]} with input as {"kind": "yttrande", "date": "2020-09-01", "referral": {"deadline": "senast den 1:a oktober 2020"}}
}

test_fails_seed_without_any_date if {
	unverifiable.deny == {{
		"path": ["referral", "deadline"],
		"message": "Remisstiden kan inte kontrolleras: sista svarsdag är 2020-10-01, men handlingen har varken datum eller sammanträdesdatum. Skriv handlingens datum i sidhuvudet, t.ex. ”Datum 2026-09-15”.",
		"message_en": "The referral deadline cannot be checked: the deadline is 2020-10-01, but the document has neither a date nor a meeting date. Give the document's date in the header, e.g. ”Datum 2026-09-15”.",
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

test_passes_what_the_reader_could_not_read if {
	count(unverifiable.deny) == 0 with input as {"kind": "yttrande", "unread": [{"field": "referral", "excerpt": "remitterat till nämnden för yttrande senast i höst"}]}
	count(unverifiable.deny) == 0 with input as {"kind": "yttrande", "referral": {"from": "Kommunstyrelsen"}, "unread": [{"field": "referral.deadline"}]}
	count(unverifiable.deny) == 0 with input as {"kind": "yttrande", "referral": {"deadline": "2020-10-01"}, "unread": [{"field": "date", "excerpt": "den 31:a sept"}]}

	# an unread title says nothing about the referral
	count(unverifiable.deny) == 1 with input as {"kind": "yttrande", "unread": [{"field": "title"}]}
}
