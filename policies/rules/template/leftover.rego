# METADATA
# title: Text kvar från mallen
# description: >-
#   Handlingen innehåller text som står kvar från mallen: ett kopplingsfält
#   (”«Diarienr»”), en instruktion eller ett fältnamn inom hakparentes eller
#   vinkelparentes (”[Namn]”, ”[Beskriv ärendet här]”, ”<ange datum>”), Words
#   platshållartext (”Klicka eller tryck här för att ange text.”), ”XX” i
#   stället för ett namn eller ett nummer, ”ÅÅÅÅ-MM-DD” eller ”Lorem ipsum”.
#   En platshållare i stället för en undertecknares namn rapporteras av
#   signatories/unnamed. Text som bara innehåller hakparenteser, som en lagrumshänvisning
#   (”[2017:725]”) eller ett citat, räknas inte.
# related_resources:
#   - ref: https://www.nacka.se/medarbetare/tjansteskrivelser-arendehantering/mall-for-tjansteskrivelse/
#     description: Nacka kommun, mall för tjänsteskrivelse
# custom:
#   severity: error
#   title_en: Text left from the template
#   description_en: >-
#     The document contains text left from the template: a merge field
#     (”«Diarienr»”), an instruction or a field name in square or angle brackets
#     (”[Namn]”, ”[Beskriv ärendet här]”, ”<ange datum>”), Word's placeholder
#     text (”Klicka eller tryck här för att ange text.”), ”XX” instead of a name
#     or a number, ”ÅÅÅÅ-MM-DD” or ”Lorem ipsum”. A placeholder instead of a
#     signatory's name is reported by signatories/unnamed. Text that merely contains
#     brackets, such as a reference to a statute (”[2017:725]”) or a quotation,
#     does not count.
#   params:
#     # lower-case literal strings, one of which occurs in every placeholder
#     # below: a document none of whose texts contains one is skipped without
#     # running the patterns (add one when you add a pattern)
#     hints:
#       - «
#       - '['
#       - <
#       - klicka
#       - välj ett objekt
#       - xx
#       - ååå
#       - ååmmdd
#       - lorem ipsum
#     # RE2 patterns, matched against the text as written (add (?i) for
#     # case-insensitive). When a pattern has a capturing group, the finding
#     # points at the group; otherwise at the whole match.
#     placeholders:
#       # a merge field that was never merged: «Diarienr», «AnvEnhet»
#       - '«[\p{L}\p{N}_.:-]{1,40}»'
#       # an instruction or a field name in brackets: [Namn], [Beskriv
#       # ärendet här], <ange datum>; no digits, so [2017:725] and [1] are not
#       - '[\[<](?i:ange|skriv|beskriv|fyll|infoga|lägg|välj|klicka|namn|titel|befattning|datum|dnr|diarienummer|rubrik|text|nämnd|förvaltning|enhet|ort|belopp|handläggare)(?:[ ,.:…-][^\[\]<>\n0-9]{0,80})?[\]>]'
#       # Word's placeholder texts of content controls
#       - '(?i)klicka (?:eller tryck )?här för att (?:ange|skriva in|skriva) (?:text|ett datum|datum)\.?'
#       - '(?i)välj ett objekt\.'
#       # XX or xx standing for a name or a number: "Nämnden för xx", "dnr
#       # XX"; not after § ("Valnämnden 2026-05-11 § XX" in an attachment:
#       # the paragraph number is only known once the meeting has decided)
#       - '(?:^|^\s+|[^\p{L}\p{N}§\s]|[^§\s]\s+)([Xx]{2,})(?:[^\p{L}\p{N}]|$)'
#       # a date or year not filled in: 20xx-xx-xx, ÅÅÅÅ-MM-DD, ÅÅMMDD
#       - '(?:19|20)?[xX]{2}-[xX]{2}-[xX]{2}'
#       - 'ÅÅÅÅ(?:-MM(?:-DD)?)?'
#       - 'ÅÅMMDD'
#       - '(?i)lorem ipsum'
package tjlint.rules.template.leftover

import data.tjlint.lib.place
import data.tjlint.lib.result

_patterns := data.tjlint.params["template/leftover"].placeholders

_hints := data.tjlint.params["template/leftover"].hints

# _may_have_placeholders: one of the hints occurs somewhere (strings.Contains
# is fast; a regex without a literal prefix costs a pass per pattern).
_may_have_placeholders if {
	low := lower(place.all_text)
	some h in _hints
	contains(low, h)
}

deny contains result.fail_match_at(path, text, o, msg, msg_en) if {
	some [path, o, text] in _found
	not _inside_another(path, o, text)
	msg := sprintf("Det står kvar text från mallen %s: ”%s”. Skriv in rätt uppgift i stället eller ta bort texten.", [place.where(path), text])
	msg_en := sprintf("Text from the template is left %s: ”%s”. Replace it with the right information or remove it.", [place.where_en(path), text])
}

# _found holds [path, offset, text] for every match of every pattern.
_found contains [path, o, text] if {
	_may_have_placeholders
	some [path, s] in place.texts
	not _signatory_name(path)
	some p in _patterns
	some m in regex.find_all_string_submatch_n(p, s, -1)
	text := _text(m)
	some o in _offsets(s, m)
}

# A placeholder for a signatory's name ("XX", "[Namn]") is
# signatories/unnamed's finding: one problem, one finding.
_signatory_name(path) if {
	path[0] == "signatories"
	path[2] == "name"
}

# One placeholder, one finding: the "xx" of "20xx-xx-xx" is part of the
# date placeholder, not a second one.
_inside_another(path, o, text) if {
	some [p2, o2, t2] in _found
	p2 == path
	[o2, t2] != [o, text]
	o2 <= o
	o2 + count(t2) >= o + count(text)
}

# _text is the capturing group when the pattern has one, else the match.
_text(m) := m[1] if {
	count(m) > 1
	m[1] != ""
} else := m[0]

# _offsets are the offsets of the text of match m in s: every occurrence of
# the whole match, moved to where its group starts.
_offsets(s, m) := {x |
	d := indexof(m[0], _text(m))
	some o in indexof_n(s, m[0])
	x := o + d
}
