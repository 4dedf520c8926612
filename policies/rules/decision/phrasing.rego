# METADATA
# title: Beslutspunkten kan inte antas som den står
# description: >-
#   Varje beslutspunkt ska kunna flyttas direkt till protokollet: ett beslutande
#   organ som subjekt (Nämnden, Kommunstyrelsen, Kommunfullmäktige,
#   <X>nämnden, Nämnden för <X>, ärendets beslutande organ) och ett beslutsverb
#   i presens (godkänner, beslutar att, antar, överlämnar, avslår, bifaller,
#   anser … besvarad, föreslår kommunfullmäktige att …). Passiv form
#   («Motionen anses besvarad.») godtas om accept_passive är sant. Förvaltningen,
#   «Vi» eller «Man» som subjekt, verb i preteritum («godkände»), substantivfraser
#   («Godkännande av …») och felstavade verb («förslår») flaggas.
# related_resources:
#   - ref: https://5dok.org/article/vad-ska-jag-skriva-under-de-olika-rubrikerna.zwvrxm1g
#     description: >-
#       Kommunal handbok: förslaget till beslut ska vara utformat som om nämnden
#       redan hade tagit beslutet, så att texten kan flyttas direkt till protokollet
#   - ref: https://www.nacka.se/medarbetare/tjansteskrivelser-arendehantering/mall-for-tjansteskrivelse/
#     description: Nacka kommun, mall för tjänsteskrivelse (beslutsmeningar i självständiga meningar)
#   - ref: https://www4.skatteverket.se/rattsligvagledning/edition/2015.3/326233.html
#     description: Skatteverket, utformning och disposition av beslut
# custom:
#   severity: error
#   title_en: Decision point not adoptable as written
#   description_en: >-
#     Every decision point must be adoptable as written: a deciding body as
#     subject (Nämnden, Kommunstyrelsen, Kommunfullmäktige, <X>nämnden,
#     Nämnden för <X>, the case's authority) followed by a present-tense
#     decision verb. The passive form ("Motionen anses besvarad.") passes when
#     accept_passive is true. The administration, "Vi" or "Man" as subject,
#     past tense, noun phrases and misspelt verbs are flagged.
#   params:
#     # RE2 fragments for a deciding body at the start of a point; joined
#     # with "|". Case-sensitive (a point starts with a capital letter).
#     bodies:
#       - 'Nämnden(?:\s+för\s+[\p{L}-]+(?:\s+(?:och|&)\s+[\p{L}-]+)?)?'
#       - '\p{Lu}[\p{L}-]*(?:\s+och\s+\p{L}[\p{L}-]*)?(?:nämnden|styrelsen|fullmäktige|utskottet|beredningen)(?:\s+(?:och|samt)\s+\p{L}[\p{L}-]*(?:nämnden|styrelsen|fullmäktige|utskottet|beredningen))*'
#       - 'Styrelsen'
#       - 'Fullmäktige'
#       - 'Direktionen'
#     # deciding bodies as plain text (matched as a prefix, like the case's
#     # authority), for names the patterns above do not cover
#     body_names: []
#     # present-tense decision verbs (RE2 fragments), from domain.md (d)
#     verbs:
#       - godkänner
#       - antar
#       - beslutar
#       - överlämnar
#       - översänder
#       - avger
#       - åberopar
#       - avslår
#       - bifaller
#       - anser
#       - tillstyrker
#       - avstyrker
#       - noterar
#       - lägger
#       - fastställer
#       - fördelar
#       - omfördelar
#       - beviljar
#       - ger
#       - uppdrar
#       - utser
#       - väljer
#       - entledigar
#       - upphäver
#       - återremitterar
#       - remitterar
#       - förklarar
#       - antecknar
#       - besvarar
#       - yttrar
#       - delegerar
#       - uppmanar
#       - avskriver
#       - återkallar
#       - förlänger
#       - medger
#       - tar\s+del\s+av
#     # verbs that only decide when another body is named next:
#     # "Kommunstyrelsen föreslår (att) kommunfullmäktige besluta(r) ..."
#     proposal_verbs:
#       - föreslår
#     accept_passive: true
#     # passive forms accepted when accept_passive is true (domain.md (d) 4)
#     passive_forms:
#       - godkänns
#       - antas
#       - anses
#       - noteras
#       - fastställs
#       - avslås
#       - bifalls
#       - översänds
#       - överlämnas
#       - revideras
#       - antecknas
#       - läggs
#       - hänvisas
#       - upphävs
#       - beviljas
#       - fördelas
#       - justeras
#       - förklaras
#       - utses
#       - väljs
#       - entledigas
#       - återremitteras
#       - remitteras
#       - avskrivs
#       - reserveras
#     # "<X> får i uppdrag att ...": accepted with any subject
#     assignment_forms:
#       - 'får\s+i\s+uppdrag\s+att'
#       - 'ges\s+i\s+uppdrag\s+att'
#     # subjects that never decide (RE2 fragments, case-insensitive)
#     non_subjects:
#       - '[\p{L}-]*förvaltningen'
#       - '[\p{L}-]*kontoret'
#       - 'vi'
#       - 'man'
#       - 'jag'
#       - 'ni'
#     # "att framföra till kommunfullmäktige ..." as a point under a heading
#     # that names the body (Malmö's att-list style)
#     accept_att_list: true
package tjlint.rules.decision.phrasing

import data.tjlint.lib.decision
import data.tjlint.lib.result

_p := data.tjlint.params["decision/phrasing"]

# The regexes are built once per evaluation from the parameters; OPA caches
# the compiled form by pattern text, so each is compiled once per process.
_bodies := concat("|", _p.bodies)

_verbs := sprintf(`%s|(?:%s)\s+(?:att\s+)?(?i:%s)`, [concat("|", _p.verbs), concat("|", _p.proposal_verbs), _bodies])

_active_re := sprintf(`^(?:%s)\s+(?:%s)(?:[^\p{L}]|$)`, [_bodies, _verbs])

_verb_re := sprintf(`^\s+(?:%s)(?:[^\p{L}]|$)`, [_verbs])

_passive_re := sprintf(`^([\p{Lu}\d].*?)[^\p{L}](?:%s)(?:[^\p{L}]|$)`, [concat("|", _p.passive_forms)])

_assign_re := sprintf(`^(\S.*?)\s(?:%s)(?:[^\p{L}]|$)`, [concat("|", _p.assignment_forms)])

_non_subject_re := sprintf(`(?i)^(?:%s)(?:[^\p{L}]|$)`, [concat("|", _p.non_subjects)])

_non_subject_word_re := sprintf(`(?i)^(%s)(?:[^\p{L}]|$)`, [concat("|", _p.non_subjects)])

# a subordinating word before the passive verb means the verb belongs to a
# subclause ("... föreslår att kontrakten förlängs"), not to the point. "om"
# and "som" are left out: "Motion om …" and "som svar på" are common in the
# subject of a passive point.
_subclause_re := `[^\p{L}](?:att|när|eftersom|vilket|vilka|där|innan)(?:[^\p{L}]|$)`

_body_word_re := sprintf(`^(%s)\s+([^\s,.;:]+)`, [_bodies])

deny contains result.fail(["decision_proposal", i], msg, msg_en) if {
	some [i, t] in decision.points
	not _adoptable(t)
	[msg, msg_en] := _message(i, t)
}

# _adoptable is one else-chain, cheapest and most common form first, so that
# an active point costs one anchored regex and nothing else is evaluated.
_adoptable(t) if {
	regex.match(_active_re, t)
} else if {
	some name in _names
	startswith(t, name)
	regex.match(_verb_re, substring(t, count(name), -1))
} else if {
	_p.accept_passive == true
	[[_, before]] := regex.find_all_string_submatch_n(_passive_re, t, 1)
	not regex.match(_subclause_re, before)
	not regex.match(_non_subject_re, before)
} else if {
	[[_, before]] := regex.find_all_string_submatch_n(_assign_re, t, 1)
	not regex.match(_subclause_re, before)
} else if {
	_p.accept_att_list == true
	startswith(t, "att ")
}

# the case's authority and the configured body names, as literal prefixes
_names contains name if {
	is_string(input.authority)
	a := trim_space(input.authority)
	some name in {a, concat("", [upper(substring(a, 0, 1)), substring(a, 1, -1)])}
	name != ""
}

_names contains a if {
	some a in _p.body_names
	is_string(a)
	a != ""
}

# _example is the accepted form shown in the message.
_example := sprintf("«%s godkänner …»", [trim_space(input.authority)]) if {
	is_string(input.authority)
	trim_space(input.authority) != ""
} else := "«Nämnden godkänner …»"

_passive_hint := [" eller passiv form som «Motionen anses besvarad.»", " or a passive form such as «Motionen anses besvarad.»"] if {
	_p.accept_passive == true
} else := ["", ""]

_start(t) := s if {
	words := split(t, " ")
	s := trim_right(concat(" ", array.slice(words, 0, 3)), ",.;:")
}

# _what says what is wrong with a point, in Swedish and English.
# The deciding body is there, but the word after it is a proposal verb with no
# other body named next.
_what(t) := [
	sprintf("«%s %s» är ett förslag, inget beslut; ett beslutande organ föreslår bara ett annat organ något («föreslår kommunfullmäktige att …»)", [m[1], m[2]]),
	sprintf("«%s %s» is a proposal, not a decision; a deciding body only proposes something to another body («föreslår kommunfullmäktige att …»)", [m[1], m[2]]),
] if {
	[m] := regex.find_all_string_submatch_n(_body_word_re, t, 1)
	lower(m[2]) in {lower(v) | some v in _p.proposal_verbs}
} else := [
	sprintf("efter det beslutande organet «%s» följer «%s», som inte är ett beslutsverb i presens", [m[1], m[2]]),
	sprintf("the deciding body «%s» is followed by «%s», which is not a present-tense decision verb", [m[1], m[2]]),
] if {
	[m] := regex.find_all_string_submatch_n(_body_word_re, t, 1)
} else := [
	sprintf("efter det beslutande organet «%s» saknas ett beslutsverb i presens", [name]),
	sprintf("the deciding body «%s» is not followed by a present-tense decision verb", [name]),
] if {
	some name in _names
	startswith(t, name)
} else := [
	sprintf("subjektet «%s» är inget beslutande organ", [m[1]]),
	sprintf("the subject «%s» is not a deciding body", [m[1]]),
] if {
	[m] := regex.find_all_string_submatch_n(_non_subject_word_re, t, 1)
} else := [
	sprintf("beslutspunkten inleds inte med ett beslutande organ («%s …») och saknar ett beslutsverb i presens", [_start(t)]),
	sprintf("the point does not start with a deciding body («%s …») and has no present-tense decision verb", [_start(t)]),
]

_message(i, t) := [
	sprintf("Beslutspunkt %d kan inte antas som den står: %s. Skriv t.ex. %s%s.", [i + 1, what[0], _example, _passive_hint[0]]),
	sprintf("Decision point %d cannot be adopted as written: %s. Write e.g. %s%s.", [i + 1, what[1], _example, _passive_hint[1]]),
] if {
	what := _what(t)
}
