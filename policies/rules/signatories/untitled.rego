# METADATA
# title: Undertecknare utan titel
# description: >-
#   Varje namngiven undertecknare ska ha en titel (befattning), så att det
#   framgår i vilken roll hen undertecknar, t.ex. Förvaltningschef eller
#   Avdelningschef. En undertecknare utan namn flaggas av signatories/unnamed
#   och inte här.
# related_resources:
#   - ref: https://www.nacka.se/medarbetare/tjansteskrivelser-arendehantering/mall-for-tjansteskrivelse/
#     description: Nacka kommun, mall för tjänsteskrivelse
# custom:
#   severity: warning
#   title_en: Signatory without a title
#   description_en: >-
#     Every named signatory must have a title (position), so that it is clear
#     in which role they sign, e.g. Förvaltningschef or Avdelningschef. A
#     signatory without a name is reported by signatories/unnamed, not here.
package tjlint.rules.signatories.untitled

import data.tjlint.lib.result
import data.tjlint.lib.signatories

# The title is missing (the finding points at the signatory) or empty or
# white space (the finding points at the title).
deny contains result.fail(path, msg, msg_en) if {
	is_array(input.signatories)
	some i, s in input.signatories
	is_object(s)
	path := _untitled(i, s)
	signatories.named(i, s)
	[msg, msg_en] := _message(i, s)
}

# _untitled is the path of the finding for signatory s at index i without a
# title, undefined when s has a title (or one of another type, which the
# schema reports).
_untitled(i, s) := ["signatories", i, "title"] if {
	is_string(s.title)
	trim_space(s.title) == ""
} else := ["signatories", i] if {
	not "title" in object.keys(s)
}

_message(i, s) := [
	sprintf("Undertecknare %d (”%s”) saknar titel. Skriv befattningen under namnet, t.ex. ”Förvaltningschef”.", [i + 1, trim_space(s.name)]),
	sprintf("Signatory %d (”%s”) has no title. Write the position under the name, e.g. ”Förvaltningschef”.", [i + 1, trim_space(s.name)]),
]
