# METADATA
# title: Motionen besvaras senare än ett år efter att den väcktes
# description: >-
#   En motion bör beredas så att fullmäktige kan besluta inom ett år från att
#   den väcktes; annars ska det och vad som har kommit fram i beredningen
#   anmälas till fullmäktige inom samma tid (kommunallagen 5 kap. 35 §).
#   Svaret på motionen beslutas eller dateras mer än ett år efter motionens
#   datum. När motionens datum inte är känt ges inget fynd.
# related_resources:
#   - ref: https://lagen.nu/2017:725#K5P35
#     description: Kommunallag (2017:725), 5 kap. 35 §
# custom:
#   severity: warning
#   title_en: Motion answered more than a year after it was made
#   description_en: >-
#     A motion should be prepared so that the council can decide within a year
#     of it being made; otherwise that, and what the preparation has found, is
#     reported to the council within the same time (Local Government Act,
#     chapter 5, section 35). The answer to the motion is decided or dated more
#     than a year after the motion's date. When the motion's date is not known
#     there is no finding.
package tjlint.rules.motion.overdue

import data.tjlint.lib.dates
import data.tjlint.lib.result

_what := {
	"meeting_date": ["sammanträdet är", "the meeting is on"],
	"date": ["handlingen är daterad", "the document is dated"],
}

deny contains result.fail(["motion", "date"], msg, msg_en) if {
	made := input.motion.date
	dates.iso(made)
	[field, d] := dates.decision_date
	d > made
	limit := _one_year_after(made)
	d > limit
	[what, what_en] := _what[field]
	msg := sprintf("Motionen väcktes %s och %s %s, mer än ett år senare. Enligt kommunallagen 5 kap. 35 § ska fullmäktige kunna besluta inom ett år (senast %s); annars ska det anmälas till fullmäktige. Kontrollera att förseningen har anmälts och nämn det i handlingen.", [made, what, d, limit])
	msg_en := sprintf("The motion was made on %s and %s %s, more than a year later. Under the Local Government Act, chapter 5, section 35, the council should be able to decide within a year (by %s); otherwise this must be reported to the council. Check that the delay has been reported and say so in the document.", [made, what_en, d, limit])
}

# _one_year_after is the same day one year later (29 February: 1 March).
_one_year_after(d) := time.format([time.add_date(time.parse_ns("2006-01-02", d), 1, 0, 0), "UTC", "2006-01-02"])
