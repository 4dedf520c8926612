# METADATA
# title: Beslutspunkten kan inte antas som den står
# description: >-
#   Varje beslutspunkt ska kunna flyttas direkt till protokollet: ett
#   beslutande organ (Nämnden, Kommunstyrelsen, Kommunfullmäktige,
#   <X>nämnden, Nämnden för <X>, <X>s arbetsutskott, ärendets beslutande
#   organ) följt av ett verb i presens (”godkänner”, ”representerar”,
#   ”godkänns”), eller en mening i passiv form (”Motionen anses besvarad.”)
#   eller en bestämmelse (”Taxan gäller från och med …”). Verbet känns igen på
#   sin form, inte från en lista. Det som inte går att anta flaggas:
#   förvaltningen, ”vi” eller ”man” som subjekt, modala verb och hjälpverb
#   (”bör”, ”ska”, ”kommer att”, ”har godkänt”), verb i förfluten tid
#   (”godkände”, ”beslöt”), rubriker i stället för meningar (”Godkännande av
#   …”) och felstavade verb (”förslår”).
# related_resources:
#   - ref: https://www.nacka.se/medarbetare/tjansteskrivelser-arendehantering/mall-for-tjansteskrivelse/
#     description: >-
#       Nacka kommun, mall för tjänsteskrivelse: beslutsmeningar i självständiga
#       meningar som kan flyttas till protokollet
#   - ref: https://www4.skatteverket.se/rattsligvagledning/edition/2015.3/326233.html
#     description: Skatteverket, utformning och disposition av beslut
# custom:
#   severity: error
#   title_en: Decision point not adoptable as written
#   description_en: >-
#     Every decision point must be adoptable as written: a deciding body
#     (Nämnden, Kommunstyrelsen, Kommunfullmäktige, <X>nämnden, Nämnden för
#     <X>, <X>'s arbetsutskott, the case's authority) followed by a verb in
#     the present tense, a passive sentence ("Motionen anses besvarad.") or a
#     provision ("Taxan gäller från och med ..."). The verb is recognised by
#     its form, not from a list. Flagged: the administration, "vi" or "man" as
#     subject, modal and auxiliary verbs, past tense, headings instead of
#     sentences ("Godkännande av ...") and misspelt verbs ("förslår").
#   params:
#     # nouns that end the name of a deciding body (case-insensitive, matched
#     # at the end of a word: "Valnämnden", "Kommunstyrelsen")
#     body_nouns:
#       - nämnden
#       - styrelsen
#       - fullmäktige
#       - utskottet
#       - beredningen
#       - direktionen
#       - presidiet
#     # units named after a body in the genitive ("Kommunstyrelsens
#     # arbetsutskott", "Nämnden för Tekniks arbetsutskott")
#     unit_nouns:
#       - utskott
#       - presidium
#       - beredning
#     # deciding bodies as plain text (matched as a prefix, like the case's
#     # authority), for names the nouns above do not cover
#     body_names: []
#     # subjects that never decide (RE2, case-insensitive)
#     non_subjects:
#       - '[\p{L}-]*förvaltning(?:en)?'
#       - '[\p{L}-]*kontoret'
#       - 'vi'
#       - 'man'
#       - 'jag'
#       - 'ni'
#     # modal and auxiliary verbs: refused after a body. Without a body, "ska",
#     # "skall" and "får" make a provision ("Taxan ska gälla från …").
#     modals:
#       - kommer
#       - ska
#       - skall
#       - bör
#       - borde
#       - kan
#       - kunde
#       - skulle
#       - vill
#       - ville
#       - måste
#       - torde
#       - behöver
#       - avser
#       - planerar
#       - tänker
#       - får
#     # the copula: a statement, no decision
#     copulas:
#       - är
#       - var
#       - blir
#       - blev
#     # strong preterites (weak ones end in -de/-te and are recognised by form)
#     preterites:
#       - beslöt
#       - antog
#       - avslog
#       - gav
#       - avgav
#       - medgav
#       - tog
#       - fann
#       - lät
#       - drog
#       - uppdrog
#       - biföll
#       - föreslog
#       - förslog
#       - sa
#       - såg
#       - ansåg
#       - utsåg
#       - höll
#       - kom
#       - gick
#       - fick
#       - stod
#       - skrev
#       - avskrev
#     # misspelt decision verbs and their right spelling
#     misspellings:
#       förslår: föreslår
#       godkäner: godkänner
#       beslutr: beslutar
#     # present tense of the base verbs of the decision lexicon (domain.md
#     # (d)), used only to suggest a rewrite from an infinitive ("bör
#     # godkänna" → "godkänner"); compounds use their last part
#     # ("återlämna" → "återlämnar"). -era verbs and verbs ending in a vowel
#     # other than a are derived without the table.
#     present_forms:
#       godkänna: godkänner
#       känna: känner
#       besluta: beslutar
#       anta: antar
#       ta: tar
#       lämna: lämnar
#       sända: sänder
#       åberopa: åberopar
#       bifalla: bifaller
#       falla: faller
#       fastställa: fastställer
#       ställa: ställer
#       fördela: fördelar
#       dela: delar
#       bevilja: beviljar
#       uppdra: uppdrar
#       dra: drar
#       välja: väljer
#       upphäva: upphäver
#       förklara: förklarar
#       anteckna: antecknar
#       besvara: besvarar
#       svara: svarar
#       yttra: yttrar
#       uppmana: uppmanar
#       skriva: skriver
#       kalla: kallar
#       förlänga: förlänger
#       lägga: lägger
#       styrka: styrker
#       anvisa: anvisar
#       hänvisa: hänvisar
#       avsätta: avsätter
#       sätta: sätter
#       tillsätta: tillsätter
#       komma: kommer
#       göra: gör
#       utreda: utreder
#       bereda: bereder
#     accept_passive: true
#     # "att framföra till kommunfullmäktige ..." as a point under a heading
#     # that names the body (Malmö's att-list style)
#     accept_att_list: true
package tjlint.rules.decision.phrasing

import data.tjlint.lib.decision
import data.tjlint.lib.result

deny contains f if {
	some [i, t] in decision.points
	v := decision.verdicts[i]
	v.ok == false
	f := _finding(i, t, v)
}

_finding(i, t, v) := result.with_rewrite(
	result.fail_match(["decision_proposal", i], v.span, msg, msg_en),
	v.rewrite,
) if {
	v.span
	[msg, msg_en] := _message(i, t, v)
} else := result.with_rewrite(
	result.fail_match(["decision_proposal", i], v.word, msg, msg_en),
	v.correct,
) if {
	v.correct
	[msg, msg_en] := _message(i, t, v)
} else := result.with_rewrite(
	result.fail_match(["decision_proposal", i], v.word, msg, msg_en),
	v.rewrite,
) if {
	v.rewrite
	[msg, msg_en] := _message(i, t, v)
} else := result.fail_match(["decision_proposal", i], v.word, msg, msg_en) if {
	v.word
	[msg, msg_en] := _message(i, t, v)
} else := result.fail(["decision_proposal", i], msg, msg_en) if {
	[msg, msg_en] := _message(i, t, v)
}

# _body is the deciding body the example uses: the point's own, else the
# case's authority, else "Nämnden".
_body(v) := _cap(v.body) if {
	v.body
} else := _cap(trim_space(input.authority)) if {
	is_string(input.authority)
	trim_space(input.authority) != ""
} else := "Nämnden"

_cap(s) := concat("", [upper(substring(s, 0, 1)), substring(s, 1, -1)])

# the example: the rewrite when there is one, else the body with a verb
_example(t, v) := [
	sprintf(" Skriv i stället: ”%s”", [rw]),
	sprintf(" Write instead: ”%s”", [rw]),
] if {
	rw := _rewritten(t, v)
} else := ["", ""] if {
	# the correction is the whole advice
	v.why == "misspelt"
} else := [
	sprintf(" Skriv t.ex. ”%s godkänner …”%s.", [_body(v), _passive_hint[0]]),
	sprintf(" Write e.g. ”%s godkänner …”%s.", [_body(v), _passive_hint[1]]),
]

# the whole point with the rewrite applied, when the span starts it
_rewritten(t, v) := concat("", [v.rewrite, substring(t, count(v.span), -1)]) if {
	v.span
	startswith(t, v.span)
} else := concat("", [substring(t, 0, k), v.rewrite, substring(t, k + count(v.span), -1)]) if {
	v.span
	k := indexof(t, v.span)
	k >= 0
}

# the passive example only for a case that answers a motion: never a
# formula the document has no use for
_passive_hint := [" eller ”Motionen anses besvarad.”", " or ”Motionen anses besvarad.”"] if {
	is_object(input.motion)
	data.tjlint.params["decision/phrasing"].accept_passive == true
} else := ["", ""]

_message(i, t, v) := [
	sprintf("Beslutspunkt %d kan inte antas som den står: %s.%s", [i + 1, what[0], ex[0]]),
	sprintf("Decision point %d cannot be adopted as written: %s.%s", [i + 1, what[1], ex[1]]),
] if {
	what := _what(v)
	ex := _example(t, v)
}

_what(v) := [
	sprintf("”%s föreslår” är ett förslag, inget beslut; ett beslutande organ föreslår bara ett annat organ något (”… föreslår kommunfullmäktige att …”)", [v.body]),
	sprintf("”%s föreslår” is a proposal, not a decision; a deciding body only proposes something to another body (”… föreslår kommunfullmäktige att …”)", [v.body]),
] if {
	v.why == "proposal"
} else := [
	sprintf("”%s” är felstavat, det ska vara ”%s”", [v.word, v.correct]),
	sprintf("”%s” is misspelt, it should be ”%s”", [v.word, v.correct]),
] if {
	v.why == "misspelt"
} else := [
	sprintf("”%s” gör beslutet villkorat eller framtida; ett beslut står i presens", [v.word]),
	sprintf("”%s” makes the decision conditional or future; a decision is in the present tense", [v.word]),
] if {
	v.why == "modal"
} else := [
	sprintf("”%s” säger vad som redan har gjorts, inte vad som beslutas", [v.word]),
	sprintf("”%s” says what has already been done, not what is decided", [v.word]),
] if {
	v.why == "perfect"
} else := [
	sprintf("”%s” står i förfluten tid; ett beslut står i presens", [v.word]),
	sprintf("”%s” is in the past tense; a decision is in the present tense", [v.word]),
] if {
	v.why == "past"
} else := [
	sprintf("”%s” beskriver ett förhållande men beslutar inget", [v.word]),
	sprintf("”%s” describes a state of affairs but decides nothing", [v.word]),
] if {
	v.why == "copula"
} else := [
	sprintf("efter ”%s” följer ”%s”, som inte är ett verb i presens", [v.body, v.word]),
	sprintf("”%s” is followed by ”%s”, which is not a verb in the present tense", [v.body, v.word]),
] if {
	v.why == "not_finite"
} else := [
	sprintf("”%s” är inget beslutande organ; det är nämnden som beslutar, förvaltningen föreslår", [v.word]),
	sprintf("”%s” is not a deciding body; the committee decides, the administration proposes", [v.word]),
] if {
	v.why == "subject"
} else := [
	"beslutspunkten är en rubrik, ingen mening med ett beslutande organ och ett verb i presens",
	"the point is a heading, not a sentence with a deciding body and a verb in the present tense",
] if {
	v.why == "noun_phrase"
} else := [
	"passiv form godtas inte enligt inställningarna; beslutspunkten ska inledas med det beslutande organet",
	"the passive form is not accepted by the configuration; the point must start with the deciding body",
] if {
	v.why == "passive"
} else := [
	"beslutspunkten är tom",
	"the point is empty",
]
