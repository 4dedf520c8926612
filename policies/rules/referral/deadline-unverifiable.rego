# METADATA
# title: Remisstiden kan inte kontrolleras
# description: >-
#   Ärendet besvarar en remiss (ett yttrande eller ett ärende med
#   referral-objekt), men sista svarsdag saknas, eller både sammanträdesdatum
#   och datum saknas, så det kan inte kontrolleras att remisstiden hålls.
#   Regeln ger aldrig ett tyst godkännande.
# related_resources:
#   - ref: https://komin.malmo.se/Forvaltningar/Stadsbyggnadskontoret/Mal--styrning-pa-SBK/Styrdokument/Verksamhets-styrdokument/Rutinbank/Rutinbank---Remiss--motion/Svar-till-eller-via-stadsbyggnadsnamnden.html
#     description: Malmö stad, rutin för remissvar (svarstid och uppskov)
#   - ref: https://5dok.org/article/vad-ska-jag-skriva-under-de-olika-rubrikerna.zwvrxm1g
#     description: Kommunal handbok om tjänsteskrivelsens delar (ärendets beredning och remisskedja)
# custom:
#   severity: warning
#   title_en: Referral deadline cannot be checked
#   description_en: >-
#     The case answers a referral (an yttrande, or a case with a referral
#     object), but the deadline is missing, or both the meeting date and the
#     date are missing, so whether the deadline is met cannot be checked.
#     The rule never passes silently.
package tjlint.rules.referral["deadline-unverifiable"]

import data.tjlint.lib.dates
import data.tjlint.lib.result

# Paths: with no referral object the finding points at ["referral"] (so at the
# case, since the key is missing); with no deadline at ["referral",
# "deadline"] (the referral object when the key is missing, the bad value
# otherwise); with a deadline but no decision date at the deadline itself, the
# value that cannot be checked, since a missing meeting_date or date has no
# position of its own.

deny contains result.fail(
	["referral"],
	"Remisstiden kan inte kontrolleras: ärendet är ett yttrande men anger ingen remiss (referral) med sista svarsdag (deadline).",
	"The referral deadline cannot be checked: the case is an yttrande but names no referral (referral) with a deadline (deadline).",
) if {
	# answers_referral without a referral object: only an yttrande can be that
	input.kind == "yttrande"
	not "referral" in object.keys(input)
}

deny contains result.fail(
	["referral", "deadline"],
	"Remisstiden kan inte kontrolleras: remissens sista svarsdag (referral.deadline) saknas eller är inget datum ÅÅÅÅ-MM-DD.",
	"The referral deadline cannot be checked: the referral's deadline (referral.deadline) is missing or not a YYYY-MM-DD date.",
) if {
	is_object(input.referral)
	not dates.deadline
}

# A deadline implies a referral object, so the case answers a referral
# (dates.answers_referral) without asking again.
deny contains result.fail(["referral", "deadline"], msg, msg_en) if {
	deadline := dates.deadline
	not dates.decision_date
	msg := sprintf("Remisstiden kan inte kontrolleras: sista svarsdag är %s, men varken sammanträdesdatum (meeting_date) eller datum (date) finns.", [deadline])
	msg_en := sprintf("The referral deadline cannot be checked: the deadline is %s, but there is neither a meeting date (meeting_date) nor a date (date).", [deadline])
}
