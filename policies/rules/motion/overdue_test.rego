package tjlint.rules.motion.overdue_test

import data.tjlint.rules.motion.overdue

test_fails_meeting_more_than_a_year_later if {
	overdue.deny == {{
		"path": ["motion", "date"],
		"message": "Motionen väcktes 2023-02-07 och sammanträdet är 2024-02-08, mer än ett år senare. Enligt kommunallagen 5 kap. 35 § ska fullmäktige kunna besluta inom ett år (senast 2024-02-07); annars ska det anmälas till fullmäktige. Kontrollera att förseningen har anmälts och nämn det i handlingen.",
		"message_en": "The motion was made on 2023-02-07 and the meeting is on 2024-02-08, more than a year later. Under the Local Government Act, chapter 5, section 35, the council should be able to decide within a year (by 2024-02-07); otherwise this must be reported to the council. Check that the delay has been reported and say so in the document.",
	}} with input as {"motion": {"title": "Motion om X", "date": "2023-02-07"}, "date": "2024-01-15", "meeting_date": "2024-02-08"}
}

test_fails_document_date_when_no_meeting if {
	some f in overdue.deny with input as {"motion": {"date": "2023-02-07"}, "date": "2024-03-01"}
	contains(f.message, "handlingen är daterad 2024-03-01")
}

test_passes_within_a_year if {
	count(overdue.deny) == 0 with input as {"motion": {"date": "2023-02-07"}, "date": "2024-01-15", "meeting_date": "2024-02-07"}
	count(overdue.deny) == 0 with input as {"motion": {"date": "2023-09-04"}, "date": "2024-02-02"}
}

test_fails_leap_day if {
	# one year after 2024-02-29 is 2025-03-01
	count(overdue.deny) == 0 with input as {"motion": {"date": "2024-02-29"}, "date": "2025-03-01"}
	count(overdue.deny) == 1 with input as {"motion": {"date": "2024-02-29"}, "date": "2025-03-02"}
}

test_passes_unverifiable_is_no_finding if {
	count(overdue.deny) == 0 with input as {"motion": {"title": "Motion om X"}, "date": "2030-01-01"}
	count(overdue.deny) == 0 with input as {"motion": {"date": "2023-02-07"}}
	count(overdue.deny) == 0 with input as {"motion": {"date": "7 februari 2023"}, "date": "2030-01-01"}
	count(overdue.deny) == 0 with input as {"date": "2030-01-01"}
}
