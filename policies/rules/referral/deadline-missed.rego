# METADATA
# title: Remisstiden har inte hållits
# description: >-
#   Ärendet besvarar en remiss med sista svarsdag, och beslutsdatumet –
#   sammanträdesdatumet, annars handlingens datum – är efter den. Meddelandet säger vilket datum som jämfördes
#   och hur många dagar för sent svaret är.
# related_resources:
#   - ref: https://komin.malmo.se/Forvaltningar/Stadsbyggnadskontoret/Mal--styrning-pa-SBK/Styrdokument/Verksamhets-styrdokument/Rutinbank/Rutinbank---Remiss--motion/Svar-till-eller-via-stadsbyggnadsnamnden.html
#     description: Malmö stad, rutin för remissvar (svarstid och uppskov)
#   - ref: https://lagen.nu/1930:173
#     description: Lag (1930:173) om beräkning av lagstadgad tid
# custom:
#   severity: error
#   title_en: Referral deadline missed
#   description_en: >-
#     The case answers a referral with a deadline, and the decision date –
#     the meeting date, else the document's date – is after it. The message says which date was compared and
#     how many days late the answer is.
package tjlint.rules.referral["deadline-missed"]

import data.tjlint.lib.dates
import data.tjlint.lib.result

_fields := {
	"meeting_date": ["sammanträdesdatumet", "the meeting date"],
	"date": ["handlingens datum", "the document's date"],
}

# A deadline implies a referral object, so the case answers a referral
# (dates.answers_referral) without asking again.
deny contains result.fail([field], msg, msg_en) if {
	deadline := dates.deadline
	[field, d] := dates.decision_date
	d > deadline # ISO dates order as strings: no parsing unless late
	n := dates.days_from(deadline, d)
	[what, what_en] := _fields[field]
	msg := sprintf("Remisstiden har inte hållits: %s %s är %d %s efter remissens sista svarsdag %s. Begär uppskov hos den som remitterat ärendet, eller behandla ärendet på ett sammanträde före sista svarsdag.", [what, d, n, _days(n), deadline])
	msg_en := sprintf("The referral deadline was missed: %s %s is %d %s after the referral's deadline %s. Ask the sender of the referral for an extension, or handle the matter at a meeting before the deadline.", [what_en, d, n, _days_en(n), deadline])
}

_days(1) := "dag"

_days(n) := "dagar" if n != 1

_days_en(1) := "day"

_days_en(n) := "days" if n != 1
