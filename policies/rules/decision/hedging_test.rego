package tjlint.rules.decision.hedging_test

import data.tjlint.rules.decision.hedging

msg(i, words) := sprintf("Beslutspunkt %d innehåller %s, ett modalt, villkorat eller vagt uttryck. Skriv vad som beslutas, t.ex. ”Nämnden godkänner …”, och flytta villkor och avsikter till handlingens övriga text.", [i, words])

# [decision point, the hedges the message must name]
hedged := [
	["Nämnden godkänner eventuellt förvaltningens förslag om kvällsöppna fritidsgårdar.", "”eventuellt”"],
	["Nämnden överlämnar tjänsteutlåtandet till kommunstyrelsen, som bör beakta synpunkterna i det fortsatta arbetet.", "”bör”"],
	["Socialnämnden godkänner förvaltningens tjänsteutlåtande och kommer att återkomma i frågan om äldreombud.", "”kommer att”"],
	["Nämnden godkänner förvaltningens tjänsteutlåtande, som kan ligga till grund för det fortsatta arbetet.", "”kan”"],
	["Nämnden beslutar i enlighet med föreliggande förslag.", "”i enlighet med föreliggande förslag”"],
	["Kan nämnden godkänna rapporten?", "”kan”"],
	# "avser att" is decision/phrasing's finding (the verb after the body)
	["Nämnden avser att  återkomma och skulle kanske kunna godkänna planen.", "”skulle” och ”kanske”"],
	["Nämnden godkänner planen; den kan, om möjligt, kompletteras. Den kan även ändras.", "”kan” och ”om möjligt”"],
	["Nämnden godkänner ev. rapporten.", "”ev”"],
	["Nämnden godkänner rapporten, som torde bli klar i maj.", "”torde”"],
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

test_fails_with_whole_finding_at_the_word if {
	hedging.deny == {{
		"path": ["decision_proposal", 1],
		"match": "eventuellt",
		"offset": 21,
		"message": msg(2, "”eventuellt”"),
		"message_en": "Decision point 2 contains ”eventuellt”, modal, conditional or vague wording. Say what is decided, e.g. ”Nämnden godkänner …”, and move conditions and intentions to the report.",
	}} with input as {"decision_proposal": ["Nämnden godkänner rapporten.", "2. Nämnden godkänner eventuellt planen."]}
}

test_match_keeps_the_points_letters if {
	[f] := [f | some f in hedging.deny] with input as {"decision_proposal": ["Kan nämnden godkänna rapporten?"]}
	f.match == "Kan"
	f.offset == 0
}

test_example_uses_the_authority if {
	[f] := [f | some f in hedging.deny] with input as {"authority": "socialnämnden", "decision_proposal": ["Kan nämnden godkänna rapporten?"]}
	contains(f.message, "t.ex. ”Socialnämnden godkänner …”")
}

# One problem, one finding: when the modal verb makes the point not
# adoptable, decision/phrasing reports it (with a rewrite) and this rule
# stays silent about it.
test_passes_modal_that_phrasing_reports if {
	every t in [
		"Nämnden bör godkänna planen.",
		"2. Nämnden bör godkänna planen.",
		"Nämnden bör eventuellt godkänna rapporten.",
		"Kommunstyrelsen torde anta yttrandet.",
		"Nämnden kommer att godkänna rapporten.",
	] {
		count(hedging.deny) == 0 with input as {"decision_proposal": [t]}
	}
}

# Words in the stated ground of the decision are not hedges.
grounds := [
	"Kommunfullmäktige avslår motionen med hänvisning till dels att högre utbildning redan har bedrivits i kommunen, dels att den samverkan som gymnasieskolorna i dag bedriver med universitet och högskolor bör vara så omfattande som det finns förutsättningar för i kommunen.",
	"Nämnden godkänner rapporten eftersom den kan ligga till grund för det fortsatta arbetet.",
	"Kommunfullmäktige avslår motionen, då frågan kan komma att utredas inom ramen för budgetarbetet.",
	"Nämnden för Service anser motionen besvarad med anledning av att arbetet redan pågår och kommer att redovisas under 2026.",
	"Kommunfullmäktige anser motionen besvarad mot bakgrund av att nämnden kan erbjuda stödet redan i dag.",
	# what "beslutar att" decides: a permission, not a reservation
	"Valnämnden beslutar att ambulerande röstmottagare kan beställas per telefon fram till klockan 15.00 på valdagen.",
	# what an assignment asks for
	"Att nämnden ger förvaltningen i uppdrag att utreda hur en långsiktig skolorganisation kan utformas utifrån minskat behov av utbildningsplatser.",
]

test_passes_hedges_in_the_stated_ground if {
	flagged := [t | some t in grounds; count(hedging.deny) > 0 with input as {"decision_proposal": [t]}]
	print("decision/hedging flagged grounds:", flagged)
	flagged == []
}

test_fails_hedge_before_the_ground if {
	[f] := [f | some f in hedging.deny] with input as {"decision_proposal": ["Nämnden godkänner eventuellt rapporten eftersom den kan ligga till grund för arbetet."]}
	f.message == msg(1, "”eventuellt”")
}

test_enligt_ovan_is_not_a_hedge if {
	# decision/cross-reference takes cross-references
	count(hedging.deny) == 0 with input as {"decision_proposal": ["Nämnden godkänner förslaget enligt ovan."]}
}

test_names_the_document_kind if {
	[f] := [f | some f in hedging.deny] with input as {"kind": "tjansteskrivelse", "decision_proposal": ["Kan nämnden godkänna rapporten?"]}
	endswith(f.message, "flytta villkor och avsikter till tjänsteskrivelsen.")
}

test_fails_modal_without_a_body if {
	# no error from decision/phrasing here, so this is the one finding
	[f] := [f | some f in hedging.deny] with input as {"decision_proposal": ["Planen kan antas."]}
	f.match == "kan"
}
