# METADATA
# title: Vag eller villkorad beslutstext
# description: >-
#   En beslutspunkt ska säga vad som beslutas. Modala, villkorade eller vaga
#   uttryck (”bör”, ”skulle”, ”kan”, ”eventuellt”, ”kommer att”, ”avser att”,
#   ”i enlighet med föreliggande förslag” …) gör beslutet oklart eller beroende
#   av en text som inte följer med till protokollet. Ord i en bisats som
#   anger skälet (”med hänvisning till att …”, ”eftersom …”, ”då …”) är inga
#   reservationer i beslutet och flaggas inte. Ett modalt verb som gör att
#   punkten inte kan antas alls rapporteras av decision/phrasing, inte här.
# related_resources:
#   - ref: https://www.nacka.se/medarbetare/tjansteskrivelser-arendehantering/mall-for-tjansteskrivelse/
#     description: >-
#       Nacka kommun, mall för tjänsteskrivelse: förslaget till beslut i
#       självständiga meningar som säger vad som beslutas
#   - ref: https://lagen.nu/2009:600#P11
#     description: Språklag (2009:600) 11 §, språket i offentlig verksamhet ska vara vårdat, enkelt och begripligt
# custom:
#   severity: warning
#   title_en: Hedged or vague decision wording
#   description_en: >-
#     A decision point must say what is decided. Modal, conditional or vague
#     wording ("bör", "skulle", "kan", "eventuellt", "kommer att", "avser att",
#     "i enlighet med föreliggande förslag" ...) makes the decision unclear or
#     dependent on a text that does not go into the minutes. Words in a
#     subordinate clause that states the ground ("med hänvisning till att
#     ...", "eftersom ...", "då ...") are not hedges. A modal verb that makes
#     the point not adoptable at all is reported by decision/phrasing, not
#     here.
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
#     # where the stated ground of the decision begins (RE2, as hedges):
#     # hedges after it are part of the reasoning, not of the decision
#     grounds:
#       - med\s+hänvisning\s+till
#       - med\s+anledning\s+av
#       - mot\s+bakgrund\s+av
#       - på\s+grund\s+av
#       - till\s+följd\s+av
#       - eftersom
#       - då
#       - därför\s+att
#       - med\s+motiveringen
#       - utifrån\s+att
#       - i\s+och\s+med\s+att
#       - genom\s+att
#     # modal words that state what is decided, not a reservation, inside
#     # the clause after "beslutar att" or "i uppdrag att" ("… beslutar att
#     # röstmottagare kan beställas per telefon", "… i uppdrag att utreda hur
#     # skolorganisationen kan utformas")
#     permissions:
#       - kan
#       - får
package tjlint.rules.decision.hedging

import data.tjlint.lib.decision
import data.tjlint.lib.result

_params := data.tjlint.params["decision/hedging"]

# One regex, built once per evaluation from the parameter. It runs on the
# point lower-cased, with punctuation turned into spaces and every space
# doubled, padded with spaces: a hedge is then a whole word exactly when a
# space comes before and after it (RE2's \b does not count å, ä and ö as
# word characters, and a literal space as first character lets Go's regexp
# skip ahead instead of trying every position).
_hedge_re := sprintf(` (%s) `, [concat("|", _hedges)])

_ground_re := sprintf(` (?:%s) `, [concat("|", _params.grounds)])

_spaces := {
	" ": "  ", "\t": "  ", "\n": "  ", "\r": "  ", "\u00a0": "  ",
	",": "  ", ".": "  ", ";": "  ", ":": "  ", "!": "  ", "?": "  ",
	"(": "  ", ")": "  ", "\"": "  ", "«": "  ", "»": "  ", "/": "  ",
	"”": "  ", "“": "  ",
}

# the same, one space per character, so that positions stay those of the
# point
_space := {k: " " | some k, _ in _spaces}

_hedges := _params.hedges

_permissions := {p | some p in _params.permissions}

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

deny contains f if {
	some [i, t] in decision.points
	low := lower(t)
	regex.match(_first_re, low)
	norm := concat("", [" ", strings.replace_n(_spaces, low), " "])
	regex.match(_hedge_re, norm)
	words := _words(i, regex.find_all_string_submatch_n(_hedge_re, _decision_part(norm), -1), norm)
	count(words) > 0
	f := _finding(i, t, words)
}

# _decision_part is the point up to where its stated ground begins.
_decision_part(norm) := substring(norm, 0, indexof(norm, g) + 1) if {
	[g] := regex.find_n(_ground_re, norm, 1)
} else := norm

_finding(i, t, words) := result.fail_match_at(["decision_proposal", i], m, decision.offset(i, t) + k, msg, msg_en) if {
	[k, m] := _locate(t, words[0])
	[msg, msg_en] := _message(i, words)
} else := result.fail(["decision_proposal", i], msg, msg_en) if {
	[msg, msg_en] := _message(i, words)
}

# _locate is [offset, text] of hedge w in point t: its first occurrence as a
# whole word, in the point's own letters.
_locate(t, w) := [k, substring(t, k, count(w))] if {
	one := concat("", [" ", strings.replace_n(_space, lower(t)), " "])
	k := indexof(one, concat("", [" ", w, " "]))
	k >= 0
}

_message(i, words) := [
	sprintf("Beslutspunkt %d innehåller %s, ett modalt, villkorat eller vagt uttryck. Skriv vad som beslutas, t.ex. ”%s godkänner …”, och flytta villkor och avsikter till %s.", [i + 1, _list(words, "och"), _body(i), _doc]),
	sprintf("Decision point %d contains %s, modal, conditional or vague wording. Say what is decided, e.g. ”%s godkänner …”, and move conditions and intentions to the report.", [i + 1, _list(words, "and"), _body(i)]),
]

# _doc is where conditions and intentions belong: the document's own text.
_docs := {"tjansteutlatande": "tjänsteutlåtandet", "tjansteskrivelse": "tjänsteskrivelsen", "yttrande": "yttrandet"}

_doc := _docs[input.kind] if {
	is_string(input.kind)
} else := "handlingens övriga text"

# _body is the point's own deciding body, else the case's authority, else
# "Nämnden".
_body(i) := b if {
	b := decision.verdicts[i].body
} else := b if {
	is_string(input.authority)
	a := trim_space(input.authority)
	a != ""
	b := concat("", [upper(substring(a, 0, 1)), substring(a, 1, -1)])
} else := "Nämnden"

# _words lists the hedges found, in order of appearance, without repeats
# and without those decision/phrasing already reports (the modal verb that
# makes the point not adoptable, and the words its rewrite replaces) or
# that state what "beslutar att" decides or an assignment asks for; runs of white space are shown as
# one space.
_words(i, matches, norm) := [w |
	some j, m in matches
	w := _norm(m[1])
	not _seen_before(matches, j, w)
	not _covered(i, w)
	not _permitted(w, norm)
]

_seen_before(matches, j, w) if {
	some k, m in matches
	k < j
	_norm(m[1]) == w
}

_covered(i, w) if {
	v := decision.verdicts[i]
	v.why == "modal"
	lower(v.word) == w
}

_covered(i, w) if {
	v := decision.verdicts[i]
	v.why == "modal"
	some x in split(lower(v.span), " ")
	x == w
}

_permitted(w, norm) if {
	w in _permissions
	regex.match(` (?:beslutar +att|i +uppdrag +att) .* (?:kan|får) `, norm)
}

_norm(s) := concat(" ", [x | some x in split(s, " "); x != ""])

_list(words, and) := sprintf("”%s”", [words[0]]) if {
	count(words) == 1
} else := sprintf("”%s” %s ”%s”", [concat("”, ”", array.slice(words, 0, count(words) - 1)), and, words[count(words) - 1]])
