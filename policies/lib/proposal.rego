# METADATA
# title: Vad förslaget till beslut gör
# description: >-
#   Hjälpfunktioner som säger vad för slags beslut förslaget är, t.ex. att
#   nämnden bara tar del av information eller godkänner en rapport.
package tjlint.lib.proposal

import data.tjlint.lib.words

# takes_note is true when a decision point matches re, a lower-case RE2
# alternation for decisions that only take note of information or approve a
# report ("noterar informationen", "godkänner uppföljningen"): such a
# decision is no action that commits money or affects anyone by itself.
takes_note(re) if {
	some p in input.decision_proposal
	is_string(p)
	words.has(p, re)
}
