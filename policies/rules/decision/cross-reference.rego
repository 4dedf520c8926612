# METADATA
# title: Beslutspunkten hänvisar till text som inte följer med
# description: >-
#   Förslaget till beslut och sammanfattningen förs över ordagrant till
#   kallelsen och protokollet; resten av tjänsteutlåtandet följer inte med. En
#   beslutspunkt som hänvisar till texten runt omkring (”enligt nedan”, ”se
#   ovan”, ”enligt ovanstående”, ”nedanstående”) går då inte att förstå i
#   protokollet. En hänvisning till en namngiven handling (”Nämnden godkänner
#   förvaltningens tjänsteutlåtande”) räknas inte.
# related_resources:
#   - ref: https://goteborg.se/wps/portal/enhetssida/politikerhandboken/sammantradesteknik/handlingar-till-sammantradet
#     description: Göteborgs Stad, politikerhandboken – handlingar till sammanträdet
#   - ref: https://www.nacka.se/medarbetare/tjansteskrivelser-arendehantering/mall-for-tjansteskrivelse/
#     description: Nacka kommun, mall för tjänsteskrivelse (beslutsförslaget i självständiga meningar)
# custom:
#   severity: warning
#   title_en: Decision point refers to text that does not go with it
#   description_en: >-
#     The decision proposal and the summary are copied word for word into the
#     notice of the meeting and the minutes; the rest of the report is not. A
#     decision point that refers to the text around it (”enligt nedan”, ”se
#     ovan”, ”enligt ovanstående”, ”nedanstående”) cannot then be understood in
#     the minutes. A reference to a named document (”Nämnden godkänner
#     förvaltningens tjänsteutlåtande”) does not count.
#   params:
#     # lower-case RE2 fragments, matched as whole words; \s+ between words
#     references:
#       - enligt\s+(?:ovan|nedan)(?:stående)?
#       - se\s+(?:ovan|nedan)
#       - som\s+(?:ovan|nedan)
#       - ovanstående
#       - nedanstående
#       - ovan\s*(?:nämnd|angiv|beskriv|redovisa)\p{L}*
#       - nedan\s*(?:nämnd|angiv|beskriv|redovisa)\p{L}*
#       - texten\s+(?:ovan|nedan)
#       - avsnittet\s+(?:ovan|nedan)
package tjlint.rules.decision["cross-reference"]

import data.tjlint.lib.result
import data.tjlint.lib.words

_re := concat("|", data.tjlint.params["decision/cross-reference"].references)

deny contains result.fail_match_at(["decision_proposal", i], text, o, msg, msg_en) if {
	some i, item in input.decision_proposal
	is_string(item)
	words.has(item, _re)
	some [o, text] in words.matches(item, _re)
	msg := sprintf("Beslutspunkt %d hänvisar till annan text i handlingen (”%s”). Förslaget till beslut förs över ordagrant till kallelsen och protokollet, men texten runt omkring följer inte med. Skriv ut i beslutspunkten vad som beslutas, eller hänvisa till en namngiven och daterad handling.", [i + 1, text])
	msg_en := sprintf("Decision point %d refers to other text in the document (”%s”). The decision proposal is copied word for word into the notice and the minutes, but the text around it is not. Say in the decision point what is decided, or refer to a named and dated document.", [i + 1, text])
}
