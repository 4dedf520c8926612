package tjlint.rules.decision.missing_test

import data.tjlint.rules.decision.missing

_signed := [{"name": "Anna Andersson", "title": "Förvaltningschef"}]

_sections := {"summary": {"heading": "Sammanfattning", "text": "Nämnden får information om arbetet."}}

test_fails_no_proposal if {
	missing.deny == {{
		"path": ["decision_proposal"],
		"message": "Handlingen saknar förslag till beslut. Lägg till rubriken ”Förslag till beslut” och skriv under den vad som ska beslutas, så att det kan föras över ordagrant till protokollet, t.ex. ”Byggnadsnämnden godkänner …”.",
		"message_en": "The document has no decision proposal. Add the heading ”Förslag till beslut” and write under it what is to be decided, so that it can go into the minutes word for word, e.g. ”Byggnadsnämnden godkänner …”.",
	}} with input as {"kind": "tjansteskrivelse", "authority": "Byggnadsnämnden", "sections": _sections, "signatories": _signed}
	count(missing.deny) == 1 with input as {"kind": "tjansteskrivelse", "sections": object.union(_sections, {"distribution": {"heading": "Beslutet skickas till", "text": "Kommunstyrelsen"}})}
	count(missing.deny) == 1 with input as {"kind": "tjansteskrivelse", "sections": _sections, "unread": [{"field": "signatories", "excerpt": "A B C", "reason": "namnen kunde inte paras med titlar"}]}
}

test_passes_an_excerpt_is_no_evidence if {
	# no signatures and no distribution list: the proposal may be in the part
	# that is not there
	count(missing.deny) == 0 with input as {"kind": "tjansteskrivelse", "sections": _sections}
}

test_fails_empty_heading if {
	missing.deny == {{
		"path": ["decision_proposal"],
		"message": "Rubriken för förslaget till beslut finns, men inget beslutsförslag står under den. Skriv vad som ska beslutas, t.ex. ”Nämnden godkänner …”.",
		"message_en": "The heading of the decision proposal is there, but no proposal stands under it. Write what is to be decided, e.g. ”Nämnden godkänner …”.",
	}} with input as {"kind": "tjansteskrivelse", "decision_proposal": [], "sections": _sections}
	count(missing.deny) == 1 with input as {"kind": "yttrande", "decision_proposal": ["  ", ""]}
}

test_passes_proposal_present if {
	count(missing.deny) == 0 with input as {"kind": "tjansteskrivelse", "decision_proposal": ["Nämnden godkänner rapporten."], "sections": _sections}
}

test_passes_an_yttrande_has_none_of_its_own if {
	count(missing.deny) == 0 with input as {"kind": "yttrande", "sections": _sections, "signatories": _signed}
}

test_passes_no_known_heading_is_no_evidence if {
	count(missing.deny) == 0 with input as {"kind": "tjansteskrivelse"}
	count(missing.deny) == 0 with input as {"kind": "tjansteskrivelse", "sections": {"other": [{"heading": "Inledning", "text": "x"}]}}
}

test_passes_unread_is_not_missing if {
	count(missing.deny) == 0 with input as {
		"kind": "tjansteskrivelse", "sections": _sections, "signatories": _signed,
		"unread": [{"field": "decision_proposal", "excerpt": "1) se tabell", "reason": "kunde inte delas i beslutspunkter"}],
	}
	count(missing.deny) == 0 with input as {
		"kind": "tjansteskrivelse", "decision_proposal": [], "sections": _sections,
		"unread": [{"field": "decision_proposal", "excerpt": "1) se tabell", "reason": "kunde inte delas i beslutspunkter"}],
	}
}

test_passes_the_end_of_the_text_was_not_seen if {
	# a text cut off, or one that lost its line breaks: the proposal may
	# stand after the place where the reading stopped
	count(missing.deny) == 0 with input as {"kind": "tjansteskrivelse", "sections": _sections, "unread": [{"field": "signatories", "excerpt": "…nämnden bedömer att", "cause": "cut-off"}]}
	count(missing.deny) == 0 with input as {"kind": "tjansteskrivelse", "sections": _sections, "unread": [{"field": "signatories", "excerpt": "…den 24 mars 2010, 24.", "cause": "no-layout"}]}
}
