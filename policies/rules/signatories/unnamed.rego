# METADATA
# title: Undertecknare utan namn
# description: >-
#   Handlingen ska undertecknas av namngivna personer. Ärendet saknar
#   undertecknare, eller en undertecknare saknar namn, har bara ett ord som
#   namn eller en kvarglömd platshållare («XX», «NN», «[Namn]», «Förnamn
#   Efternamn», ««Namn»»).
# related_resources:
#   - ref: https://5dok.org/article/vad-ska-jag-skriva-under-de-olika-rubrikerna.zwvrxm1g
#     description: Kommunal handbok om tjänsteskrivelsens delar, undertecknare och ansvar
#   - ref: https://www.nacka.se/medarbetare/tjansteskrivelser-arendehantering/mall-for-tjansteskrivelse/
#     description: Nacka kommun, mall för tjänsteskrivelse
# custom:
#   severity: error
#   title_en: Signatory without a name
#   description_en: >-
#     The document must be signed by named people. The case has no signatory,
#     or a signatory has no name, a single word as name, or a leftover
#     template placeholder ("XX", "NN", "[Namn]", "Förnamn Efternamn",
#     "«Namn»").
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

deny contains result.fail(
	["signatories"],
	"Ärendet saknar undertecknare. Ange minst en undertecknare med för- och efternamn och titel, t.ex. «Anna Andersson, Förvaltningschef».",
	"The case has no signatory. Give at least one signatory with first and last name and title, e.g. «Anna Andersson, Förvaltningschef».",
) if {
	not _has_signatories
}

# _has_signatories is true when the case has a signatories key whose value is
# not the empty list (a value of another type is the schema's to report).
_has_signatories if input.signatories != []

deny contains result.fail(path, msg, msg_en) if {
	is_array(input.signatories)
	some i, s in input.signatories
	is_object(s)
	[path, why, why_en] := signatories.problem(i, s)
	msg := sprintf("Undertecknare %d: %s. Ange för- och efternamn, t.ex. «Anna Andersson».", [i + 1, why])
	msg_en := sprintf("Signatory %d: %s. Give first and last name, e.g. «Anna Andersson».", [i + 1, why_en])
}
