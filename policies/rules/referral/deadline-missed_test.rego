package tjlint.rules.referral["deadline-missed_test"]

import data.tjlint.rules.referral["deadline-missed"] as missed

test_fails_late_meeting_date if {
	missed.deny == {{
		"path": ["meeting_date"],
		"message": "Remisstiden har inte hållits: sammanträdesdatumet 2020-10-15 är 14 dagar efter remissens sista svarsdag 2020-10-01. Begär uppskov hos den som remitterat ärendet, eller behandla ärendet på ett sammanträde före sista svarsdag.",
		"message_en": "The referral deadline was missed: the meeting date 2020-10-15 is 14 days after the referral's deadline 2020-10-01. Ask the sender of the referral for an extension, or handle the matter at a meeting before the deadline.",
	}} with input as {
		"kind": "yttrande",
		"date": "2020-09-20",
		"meeting_date": "2020-10-15",
		"referral": {"from": "Kommunstyrelsen", "deadline": "2020-10-01"},
	}
}

test_fails_late_document_date_without_meeting if {
	missed.deny == {{
		"path": ["date"],
		"message": "Remisstiden har inte hållits: handlingens datum 2024-03-01 är 1 dag efter remissens sista svarsdag 2024-02-29. Begär uppskov hos den som remitterat ärendet, eller behandla ärendet på ett sammanträde före sista svarsdag.",
		"message_en": "The referral deadline was missed: the document's date 2024-03-01 is 1 day after the referral's deadline 2024-02-29. Ask the sender of the referral for an extension, or handle the matter at a meeting before the deadline.",
	}} with input as {
		"kind": "tjansteutlatande",
		"date": "2024-03-01",
		"referral": {"deadline": "2024-02-29"},
	}
}

test_fails_across_a_year_end if {
	[f] := [f | some f in missed.deny] with input as {"kind": "yttrande", "meeting_date": "2024-01-18", "referral": {"deadline": "2023-12-20"}}
	f.message == "Remisstiden har inte hållits: sammanträdesdatumet 2024-01-18 är 29 dagar efter remissens sista svarsdag 2023-12-20. Begär uppskov hos den som remitterat ärendet, eller behandla ärendet på ett sammanträde före sista svarsdag."
}

test_passes_on_the_deadline_day if {
	count(missed.deny) == 0 with input as {"kind": "yttrande", "meeting_date": "2020-10-01", "referral": {"deadline": "2020-10-01"}}
}

test_passes_when_meeting_is_on_time_even_if_nothing_else_is if {
	# the meeting date decides; the document's date is only a fallback
	count(missed.deny) == 0 with input as {"kind": "yttrande", "date": "2020-10-20", "meeting_date": "2020-09-30", "referral": {"deadline": "2020-10-01"}}
}

test_passes_without_referral_or_dates if {
	count(missed.deny) == 0 with input as {"kind": "tjansteutlatande", "date": "2030-01-01"}
	count(missed.deny) == 0 with input as {"kind": "yttrande", "referral": {"deadline": "2020-10-01"}}
	count(missed.deny) == 0 with input as {"kind": "yttrande", "date": "2021-01-01", "referral": {"deadline": "1 oktober 2020"}}
	count(missed.deny) == 0 with input as {"kind": "yttrande", "date": 20210101, "referral": {"deadline": "2020-10-01"}}
}
