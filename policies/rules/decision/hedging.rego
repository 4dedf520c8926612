# METADATA
# title: Vag eller villkorad beslutstext
# description: >-
#   En beslutspunkt ska säga vad som beslutas. Modala, villkorade eller vaga
#   uttryck («bör», «skulle», «kan», «eventuellt», «kommer att», «avser att»,
#   «i enlighet med föreliggande förslag» …) gör beslutet oklart eller beroende
#   av en text som inte följer med till protokollet.
# related_resources:
#   - ref: https://5dok.org/article/vad-ska-jag-skriva-under-de-olika-rubrikerna.zwvrxm1g
#     description: >-
#       Kommunal handbok: formuleringar som «nämnden beslutar i enlighet med
#       föreliggande förslag» ska inte användas
#   - ref: http://docplayer.se/1745531-Klarsprakstestet-kommentarer-och-exempel.html
#     description: Klarspråkstestet, «Skriv informativa beslutsmeningar»
# custom:
#   severity: warning
#   title_en: Hedged or vague decision wording
#   description_en: >-
#     A decision point must say what is decided. Modal, conditional or vague
#     wording ("bör", "skulle", "kan", "eventuellt", "kommer att", "avser att",
#     "i enlighet med föreliggande förslag" ...) makes the decision unclear or
#     dependent on a text that does not go into the minutes.
#   params:
#     # lower-case words or RE2 fragments, matched as whole words in the
#     # lower-cased point with punctuation removed (so "ev" is "ev.", and
#     # "\s+" separates the words of a phrase)
#     hedges:
#       - bör
#       - borde
#       - skulle
#       - kan
#       - kunde
#       - kanske
#       - eventuellt
#       - eventuell
#       - eventuella
#       - ev
#       - möjligen
#       - möjligtvis
#       - troligen
#       - troligtvis
#       - förhoppningsvis
#       - torde
#       - i\s+princip
#       - om\s+möjligt
#       - i\s+mån\s+av
#       - kommer\s+att
#       - avser\s+att
#       - planerar\s+att
#       - i\s+enlighet\s+med\s+föreliggande\s+förslag
#       - enligt\s+föreliggande\s+förslag
#       - enligt\s+ovan
package tjlint.rules.decision.hedging

import data.tjlint.lib.decision
import data.tjlint.lib.result

# One regex, built once per evaluation from the parameter. It runs on the
# point lower-cased, with punctuation turned into spaces and every space
# doubled, padded with spaces: a hedge is then a whole word exactly when a
# space comes before and after it (RE2's \b does not count å, ä and ö as
# word characters, and a literal space as first character lets Go's regexp
# skip ahead instead of trying every position).
_hedge_re := sprintf(` (%s) `, [concat("|", _hedges)])

_spaces := {
	" ": "  ", "\t": "  ", "\n": "  ", "\r": "  ", "\u00a0": "  ",
	",": "  ", ".": "  ", ";": "  ", ":": "  ", "!": "  ", "?": "  ",
	"(": "  ", ")": "  ", "\"": "  ", "«": "  ", "»": "  ", "/": "  ",
}

_hedges := data.tjlint.params["decision/hedging"].hedges

# The first word of every hedge. When each hedge starts with a plain word
# (not a regex construct), a point none of whose words is such a first word
# cannot contain a hedge, and the regex is skipped: most points are clean.
_firsts := [f | some h in _hedges; f := regex.split(`\\s\+|\s+`, h)[0]]

_first_words := {f | some f in _firsts}

_prefilter if {
	every f in _firsts {
		regex.match(`^\p{L}+$`, f)
	}
}

# _first_re is the prefilter: a regex for the first words, or one that
# matches every point when a hedge does not start with a plain word. It
# depends only on the parameters, so it is folded into a constant and each
# point costs one regex instead of a function call with two definitions.
_first_re := sprintf(`(?:^|[^\p{L}])(?:%s)(?:[^\p{L}]|$)`, [concat("|", _first_words)]) if {
	_prefilter
} else := ""

deny contains result.fail(["decision_proposal", i], msg, msg_en) if {
	some [i, t] in decision.points
	low := lower(t)
	regex.match(_first_re, low)
	norm := concat("", [" ", strings.replace_n(_spaces, low), " "])
	regex.match(_hedge_re, norm)
	words := _words(regex.find_all_string_submatch_n(_hedge_re, norm, -1))
	msg := sprintf("Beslutspunkt %d innehåller %s, ett modalt, villkorat eller vagt uttryck. Skriv vad som beslutas, t.ex. «Nämnden godkänner …», och flytta villkor och avsikter till tjänsteutlåtandet.", [i + 1, _list(words, "och")])
	msg_en := sprintf("Decision point %d contains %s, modal, conditional or vague wording. Say what is decided, e.g. «Nämnden godkänner …», and move conditions and intentions to the report.", [i + 1, _list(words, "and")])
}

# _words lists the hedges found, in order of appearance, without repeats;
# runs of white space are shown as one space.
_words(matches) := [w |
	some j, m in matches
	w := _norm(m[1])
	not _seen_before(matches, j, w)
]

_seen_before(matches, j, w) if {
	some k, m in matches
	k < j
	_norm(m[1]) == w
}

_norm(s) := concat(" ", [x | some x in split(s, " "); x != ""])

_list(words, and) := sprintf("«%s»", [words[0]]) if {
	count(words) == 1
} else := sprintf("«%s» %s «%s»", [concat("», «", array.slice(words, 0, count(words) - 1)), and, words[count(words) - 1]])
