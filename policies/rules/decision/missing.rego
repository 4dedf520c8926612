# METADATA
# title: Förslag till beslut saknas
# description: >-
#   Ett tjänsteutlåtande eller en tjänsteskrivelse ska ha ett förslag till
#   beslut: det som nämnden ska besluta, i meningar som kan föras över
#   ordagrant till protokollet. Handlingen har kända rubriker men inget
#   förslag till beslut, eller rubriken för förslaget till beslut finns men
#   inget står under den. Att förslaget saknas räknas bara när läsaren har
#   sett hur handlingen slutar (undertecknarna eller sändlistan), inte i ett
#   utdrag. Ett yttrande (själva remissvaret) har inget eget
#   förslag till beslut och räknas bara när rubriken finns men är tom. När
#   läsaren såg förslaget men inte kunde tolka det ges inget fynd här.
# related_resources:
#   - ref: https://goteborg.se/wps/portal/enhetssida/politikerhandboken/sammantradesteknik/handlingar-till-sammantradet
#     description: Göteborgs Stad, politikerhandboken – handlingar till sammanträdet
#   - ref: https://www.nacka.se/medarbetare/tjansteskrivelser-arendehantering/mall-for-tjansteskrivelse/
#     description: Nacka kommun, mall för tjänsteskrivelse (förslag till beslut först)
# custom:
#   severity: error
#   title_en: Decision proposal missing
#   description_en: >-
#     A case report must have a decision proposal: what the committee is to
#     decide, in sentences that can go into the minutes word for word. The
#     document has known headings but no decision proposal, or the heading of
#     the decision proposal is there with nothing under it. A missing proposal
#     counts only when the reader saw how the document ends (the signatures or
#     the distribution list), not in an excerpt. An yttrande (the
#     answer to a referral itself) has no decision proposal of its own and
#     counts only when the heading is there but empty. When the reader saw the
#     proposal but could not interpret it, there is no finding here.
package tjlint.rules.decision.missing

import data.tjlint.lib.evidence
import data.tjlint.lib.result
import data.tjlint.lib.text

deny contains result.fail(["decision_proposal"], msg, msg_en) if {
	not "decision_proposal" in object.keys(input)
	_known_headings
	_end_seen
	not input.kind == "yttrande"
	not evidence.unread("decision_proposal")
	msg := sprintf("Handlingen saknar förslag till beslut. Lägg till rubriken ”Förslag till beslut” och skriv under den vad som ska beslutas, så att det kan föras över ordagrant till protokollet, t.ex. ”%s godkänner …”.", [_body])
	msg_en := sprintf("The document has no decision proposal. Add the heading ”Förslag till beslut” and write under it what is to be decided, so that it can go into the minutes word for word, e.g. ”%s godkänner …”.", [_body])
}

deny contains result.fail(["decision_proposal"], msg, msg_en) if {
	is_array(input.decision_proposal)
	every p in input.decision_proposal {
		_blank(p)
	}
	not evidence.unread("decision_proposal")
	msg := sprintf("Rubriken för förslaget till beslut finns, men inget beslutsförslag står under den. Skriv vad som ska beslutas, t.ex. ”%s godkänner …”.", [_body])
	msg_en := sprintf("The heading of the decision proposal is there, but no proposal stands under it. Write what is to be decided, e.g. ”%s godkänner …”.", [_body])
}

# _known_headings: the reader found at least one section it knows (not only
# headings kept under "other"), so the document is laid out as a case.
_known_headings if {
	some k, _ in input.sections
	k != "other"
}

# _end_seen: the reader saw how the document ends (its signatures, or the
# distribution list after the decision), so a proposal is not merely in a
# part of the document that is not there (an excerpt, a first page).
_end_seen if count(input.signatories) > 0

_end_seen if {
	evidence.unread("signatories")
	not evidence.end_unseen
}

_end_seen if text.has_section("distribution")

_blank(p) if not is_string(p)

_blank(p) if trim_space(p) == ""

# _body is the document's own deciding body for the example, else "Nämnden".
_body := b if {
	b := input.authority
	is_string(b)
	trim_space(b) != ""
} else := "Nämnden"
