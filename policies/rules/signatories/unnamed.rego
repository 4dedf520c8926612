# METADATA
# title: Undertecknare utan namn
# description: >-
#   Handlingen ska undertecknas av namngivna personer. Ärendet saknar
#   undertecknare, eller en undertecknare saknar namn, har bara ett ord som
#   namn eller en kvarglömd platshållare (”XX”, ”NN”, ”[Namn]”, ”Förnamn
#   Efternamn”, ”«Namn»”). När läsaren såg ett underskriftsblock men inte
#   kunde tolka det säger reading/unread det, och den här regeln påstår inte
#   att undertecknare saknas.
# related_resources:
#   - ref: https://www.nacka.se/medarbetare/tjansteskrivelser-arendehantering/mall-for-tjansteskrivelse/
#     description: Nacka kommun, mall för tjänsteskrivelse
# custom:
#   severity: error
#   title_en: Signatory without a name
#   description_en: >-
#     The document must be signed by named people. The case has no signatory,
#     or a signatory has no name, a single word as name, or a leftover
#     template placeholder ("XX", "NN", "[Namn]", "Förnamn Efternamn",
#     "”Namn”"). When the reader saw a signature block it could not
#     interpret, reading/unread says so and this rule does not claim that
#     signatories are missing.
#   params:
#     # whole names that are placeholders (RE2, case-insensitive)
#     placeholder_names:
#       - 'x+(?:\s+x+)*'
#       - 'n\.?\s*n\.?'
#       - 'namn'
#       - 'förnamn'
#       - 'efternamn'
#       - 'förnamn\s+efternamn'
#       - 'fornamn\s+efternamn'
#       - 'namn\s+(?:efternamn|namnsson|namnesson)'
#       - 'test(?:\s+testsson)?'
#       - 'undertecknare'
#       - 'ej\s+angivet?'
#       - 'okänd'
#       - 'saknas'
#       - '\?+'
#       - '-+'
#       - '\.+'
#     # characters that only template fields use (an RE2 character class body)
#     placeholder_marks: '\[\]<>«»{}_|#%$'
#     # placeholder words inside a name, e.g. "Anna XX" (RE2, case-insensitive)
#     placeholder_words:
#       - 'x{2,}'
#       - 'nn'
#       - 'n\.n\.?'
package tjlint.rules.signatories.unnamed

import data.tjlint.lib.result
import data.tjlint.lib.signatories
import data.tjlint.lib.text

deny contains result.fail(
	["signatories"],
	"Handlingen har inga undertecknare. Lägg till minst en undertecknare med för- och efternamn och titel, t.ex. ”Anna Andersson, Förvaltningschef”.",
	"The document has no signatory. Add at least one signatory with first and last name and title, e.g. ”Anna Andersson, Förvaltningschef”.",
) if {
	not _has_signatories
	not text.unread("signatories")
}

# _has_signatories is true when the case has a signatories key whose value is
# not the empty list (a value of another type is the schema's to report).
_has_signatories if input.signatories != []

deny contains f if {
	is_array(input.signatories)
	some i, s in input.signatories
	is_object(s)
	[path, why, why_en, match] := signatories.problem(i, s)
	f := _finding(path, match, i, why, why_en)
}

_finding(path, "", i, why, why_en) := result.fail(path, _msg(i, why), _msg_en(i, why_en))

_finding(path, match, i, why, why_en) := result.fail_match(path, match, _msg(i, why), _msg_en(i, why_en)) if match != ""

_msg(i, why) := sprintf("Undertecknare %d: %s. Skriv undertecknarens för- och efternamn, t.ex. ”Anna Andersson”.", [i + 1, why])

_msg_en(i, why) := sprintf("Signatory %d: %s. Write the signatory's first and last name, e.g. ”Anna Andersson”.", [i + 1, why])
