package tjlint.rules.decision["cross-reference_test"]

import data.tjlint.rules.decision["cross-reference"] as rule

found(points) := x if {
	x := {[f.path[1], f.match, f.offset] | some f in rule.deny} with input as {"decision_proposal": points}
}

test_fails_message if {
	rule.deny == {{
		"path": ["decision_proposal", 0],
		"match": "enligt nedan",
		"offset": 33,
		"message": "Beslutspunkt 1 hänvisar till annan text i handlingen (”enligt nedan”). Förslaget till beslut förs över ordagrant till kallelsen och protokollet, men texten runt omkring följer inte med. Skriv ut i beslutspunkten vad som beslutas, eller hänvisa till en namngiven och daterad handling.",
		"message_en": "Decision point 1 refers to other text in the document (”enligt nedan”). The decision proposal is copied word for word into the notice and the minutes, but the text around it is not. Say in the decision point what is decided, or refer to a named and dated document.",
	}} with input as {"decision_proposal": ["Nämnden fördelar föreningsbidrag enligt nedan."]}
}

test_fails_references if {
	found([
		"Nämnden godkänner ändringarna, se ovan.",
		"Nämnden antar riktlinjerna enligt ovanstående.",
		"Nämnden godkänner nedanstående prioriteringar.",
		"Kommunstyrelsen beslutar att de ovan nämnda åtgärderna genomförs.",
		"Nämnden godkänner Förslaget Enligt Ovan.",
	]) == {
		[0, "se ovan", 31],
		[1, "enligt ovanstående", 27],
		[2, "nedanstående", 18],
		[3, "ovan nämnda", 32],
		[4, "Enligt Ovan", 28],
	}
}

test_passes_named_documents_and_words_that_contain_ovan if {
	found([
		"Nämnden godkänner förvaltningens tjänsteutlåtande.",
		"Kommunstyrelsen antar yttrande, daterat 2023-12-13, och översänder det som sitt svar.",
		"Nämnden godkänner att Ovanåkers kommun och Nedansjö by ingår i samarbetet.",
		"Nämnden godkänner budgeten enligt bilaga 1.",
	]) == set()
}
