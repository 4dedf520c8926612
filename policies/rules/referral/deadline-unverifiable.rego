# METADATA
# title: Remisstiden kan inte kontrolleras
# description: >-
#   Ärendet besvarar en remiss (ett yttrande eller ett ärende som anger en
#   remiss), men sista svarsdag saknas, eller både sammanträdesdatum och
#   handlingens datum saknas, så det kan inte kontrolleras att remisstiden
#   hålls. Regeln ger aldrig ett tyst godkännande. När läsaren såg remissen
#   eller datumet men inte kunde tolka det säger reading/unread det i stället.
# related_resources:
#   - ref: https://komin.malmo.se/Forvaltningar/Stadsbyggnadskontoret/Mal--styrning-pa-SBK/Styrdokument/Verksamhets-styrdokument/Rutinbank/Rutinbank---Remiss--motion/Svar-till-eller-via-stadsbyggnadsnamnden.html
#     description: Malmö stad, rutin för remissvar (svarstid och uppskov)
# custom:
#   severity: warning
#   title_en: Referral deadline cannot be checked
#   description_en: >-
#     The case answers a referral (an yttrande, or a case with a referral
#     object), but the deadline is missing, or both the meeting date and the
#     date are missing, so whether the deadline is met cannot be checked.
#     The rule never passes silently. When the reader saw the referral or the
#     date but could not interpret it, reading/unread says so instead.
package tjlint.rules.referral["deadline-unverifiable"]

import data.tjlint.lib.dates
import data.tjlint.lib.result
import data.tjlint.lib.text

# Paths: with no referral object the finding points at ["referral"] (so at the
# case, since the key is missing); with no deadline at ["referral",
# "deadline"] (the referral object when the key is missing, the bad value
# otherwise); with a deadline but no decision date at the deadline itself, the
# value that cannot be checked, since a missing meeting_date or date has no
# position of its own.

deny contains result.fail(
	["referral"],
	"Remisstiden kan inte kontrolleras: handlingen är ett yttrande, men det framgår inte vem som remitterat ärendet eller vilken sista svarsdag som gäller. Skriv det i ärendets beredning, t.ex. ”Kommunstyrelsen har remitterat ärendet till nämnden för yttrande senast 2026-10-01.”",
	"The referral deadline cannot be checked: the document is an yttrande, but it does not say who sent the referral or by when it must be answered. Say so under the preparation of the matter, e.g. ”Kommunstyrelsen har remitterat ärendet till nämnden för yttrande senast 2026-10-01.”",
) if {
	# answers_referral without a referral object: only an yttrande can be that
	input.kind == "yttrande"
	not "referral" in object.keys(input)
	not text.unread("referral")
}

deny contains result.fail(
	["referral", "deadline"],
	"Remisstiden kan inte kontrolleras: remissens sista svarsdag står inte i handlingen, eller inte som ett datum. Skriv sista svarsdag, t.ex. ”för yttrande senast 2026-10-01”.",
	"The referral deadline cannot be checked: the referral's deadline is not in the document, or not as a date. Give the deadline, e.g. ”för yttrande senast 2026-10-01”.",
) if {
	is_object(input.referral)
	not dates.deadline
	not text.unread("referral")
}

# A deadline implies a referral object, so the case answers a referral
# (dates.answers_referral) without asking again.
deny contains result.fail(["referral", "deadline"], msg, msg_en) if {
	deadline := dates.deadline
	not dates.decision_date
	not text.unread("date")
	not text.unread("meeting_date")
	msg := sprintf("Remisstiden kan inte kontrolleras: sista svarsdag är %s, men handlingen har varken datum eller sammanträdesdatum. Skriv handlingens datum i sidhuvudet, t.ex. ”Datum 2026-09-15”.", [deadline])
	msg_en := sprintf("The referral deadline cannot be checked: the deadline is %s, but the document has neither a date nor a meeting date. Give the document's date in the header, e.g. ”Datum 2026-09-15”.", [deadline])
}
