package tjlint.lib.dates_test

import data.tjlint.lib.dates

test_iso if {
	dates.iso("2020-10-01")
	not dates.iso("2020-1-01")
	not dates.iso("1 oktober 2020")
	not dates.iso("2020/10/01")
	not dates.iso("abcd-ef-gh")
	not dates.iso(20201001)
	not dates.iso(null)
}

test_days_from if {
	dates.days_from("2020-10-01", "2020-10-05") == 4
	dates.days_from("2024-02-28", "2024-03-01") == 2
	dates.days_from("2023-12-31", "2023-12-30") == -1
}

test_decision_date_prefers_meeting_date if {
	dates.decision_date == ["meeting_date", "2020-10-03"] with input as {"date": "2020-09-01", "meeting_date": "2020-10-03"}
	dates.decision_date == ["date", "2020-09-01"] with input as {"date": "2020-09-01"}
	dates.decision_date == ["date", "2020-09-01"] with input as {"date": "2020-09-01", "meeting_date": "3 oktober"}
	not dates.decision_date with input as {"meeting_date": null}
}

test_answers_referral if {
	dates.answers_referral with input as {"kind": "yttrande"}
	dates.answers_referral with input as {"kind": "tjansteutlatande", "referral": {}}
	not dates.answers_referral with input as {"kind": "tjansteutlatande"}
	not dates.answers_referral with input as {"kind": "tjansteutlatande", "referral": "KS"}
}

# deadline-missed and deadline-unverifiable rely on this: a deadline implies a
# referral object, so the case answers a referral.
test_deadline_implies_answers_referral if {
	dates.deadline == "2020-10-01" with input as {"referral": {"deadline": "2020-10-01"}}
	dates.answers_referral with input as {"referral": {"deadline": "2020-10-01"}}
	not dates.deadline with input as {"referral": "2020-10-01"}
	not dates.deadline with input as {"referral": ["2020-10-01"]}
	not dates.deadline with input as {"kind": "yttrande"}
}
