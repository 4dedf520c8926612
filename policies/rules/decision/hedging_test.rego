package tjlint.rules.decision.hedging_test

import data.tjlint.rules.decision.hedging

msg(i, words) := sprintf("Beslutspunkt %d innehåller %s, ett modalt, villkorat eller vagt uttryck. Skriv vad som beslutas, t.ex. «Nämnden godkänner …», och flytta villkor och avsikter till tjänsteutlåtandet.", [i, words])

# [decision point, the hedges the message must name]
hedged := [
	["Nämnden godkänner eventuellt förvaltningens förslag om kvällsöppna fritidsgårdar.", "«eventuellt»"],
	["Nämnden överlämnar tjänsteutlåtandet till kommunstyrelsen, som bör beakta synpunkterna i det fortsatta arbetet.", "«bör»"],
	["Socialnämnden godkänner förvaltningens tjänsteutlåtande och kommer att återkomma i frågan om äldreombud.", "«kommer att»"],
	["Nämnden godkänner förvaltningens tjänsteutlåtande, som kan ligga till grund för det fortsatta arbetet.", "«kan»"],
	["Nämnden beslutar i enlighet med föreliggande förslag.", "«i enlighet med föreliggande förslag»"],
	["Kan nämnden godkänna rapporten?", "«kan»"],
	["Nämnden avser att  återkomma och skulle kanske kunna godkänna planen.", "«avser att», «skulle» och «kanske»"],
	["Nämnden godkänner planen; den kan, om möjligt, kompletteras. Den kan även ändras.", "«kan» och «om möjligt»"],
	["Nämnden godkänner ev. rapporten.", "«ev»"],
	["Kommunstyrelsen torde anta yttrandet.", "«torde»"],
]

# words that contain a hedge but are not one: å, ä and ö are letters
clean := [
	"Nämnden godkänner att kanalen rustas upp.",
	"Nämnden godkänner att skanningen av arkivet genomförs.",
	"Nämnden godkänner Kanslienhetens förslag om böter för sen återlämning.",
	"Nämnden godkänner att Börje Kanås utses till ombud.",
	"Nämnden beviljar bidrag till Kansas-föreningen.",
	"Nämnden godkänner årsredovisning 2023.",
	"Kommunstyrelsen antar yttrande, daterat 2023-12-13, och översänder det som sitt svar till kommunrevisionen.",
	"Kommunstyrelsen beslutar att avge yttrande till Miljödepartementet i enlighet med upprättat förslag från stadskontoret.",
	"2. Kommuncentralt ska minst 0,5 procent av nämndernas kommunbidrag, eller i de fall detta ej är tillämpbart omsättning, reserveras som totalt utrymme för nämndernas egna kapital.",
	"Nämnden för Individ & Familjeomsorg godkänner utförd prövning av barnets bästa avseende digital tillsyn och beslutar att digital tillsyn fortsatt används men med en ny, säkrare teknisk lösning än den som nyttjas idag.",
	"Nämnden förklarar beslutet omedelbart justerat.",
]

test_fails_every_hedged_point_naming_the_words if {
	wrong := [[t, words] |
		some [t, words] in hedged
		got := {[f.path, f.message] | some f in hedging.deny} with input as {"decision_proposal": [t]}
		got != {[["decision_proposal", 0], msg(1, words)]}
	]
	print("decision/hedging wrong findings:", wrong)
	wrong == []
}

test_fails_with_whole_finding if {
	hedging.deny == {{
		"path": ["decision_proposal", 1],
		"message": msg(2, "«bör»"),
		"message_en": "Decision point 2 contains «bör», modal, conditional or vague wording. Say what is decided, e.g. «Nämnden godkänner …», and move conditions and intentions to the report.",
	}} with input as {"decision_proposal": ["Nämnden godkänner rapporten.", "2. Nämnden bör godkänna planen."]}
}

test_fails_with_configured_hedge if {
	count(hedging.deny) == 1 with input as {"decision_proposal": ["Nämnden godkänner preliminärt rapporten."]}
		with data.tjlint.params["decision/hedging"].hedges as ["preliminärt"]
}

test_fails_with_hedge_that_is_a_regex_construct if {
	# the first word is not a plain word: no prefilter, every point is searched
	count(hedging.deny) == 1 with input as {"decision_proposal": ["Nämnden godkänner preliminärt rapporten."]}
		with data.tjlint.params["decision/hedging"].hedges as [`prelimin(?:ärt|ära)`]
	count(hedging.deny) == 0 with input as {"decision_proposal": ["Nämnden godkänner rapporten."]}
		with data.tjlint.params["decision/hedging"].hedges as [`prelimin(?:ärt|ära)`]
}

test_passes_clean_points if {
	flagged := [t | some t in clean; count(hedging.deny) > 0 with input as {"decision_proposal": [t]}]
	print("decision/hedging flagged clean points:", flagged)
	flagged == []
}

test_passes_on_schema_invalid_input if {
	count(hedging.deny) == 0 with input as {"decision_proposal": "Nämnden bör godkänna."}
	count(hedging.deny) == 0 with input as {"decision_proposal": [1, null]}
}
