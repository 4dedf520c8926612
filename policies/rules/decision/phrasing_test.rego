package tjlint.rules.decision.phrasing_test

import data.tjlint.rules.decision.phrasing

# Decision points quoted in domain.md (d) and in the real documents
# (../shared/corpus/real) that are adoptable as written.
good := [
	# (d) 1: independent sentence, active present tense
	"Nämnden godkänner förvaltningens tjänsteutlåtande och överlämnar det till kommunstyrelsen som svar på motionen.",
	"Kommunstyrelsen antar yttrande, daterat 2023-12-13, och översänder det som sitt svar till kommunrevisionen.",
	"Kommunstyrelsen antar yttrande daterat 2023-12-04 och översänder det som sitt svar till Klimat- och näringslivsdepartementet.",
	"Byggnadsnämnden godkänner årsredovisning 2023.",
	"Byggnadsnämnden beslutar att paragrafen justeras omedelbart.",
	"Nämnden för Individ & Familjeomsorg fördelar resterande medel 2024 års föreningsbidrag, inom området socialt arbete, till FK-Länken Kungsbacka, med 137 500 kr.",
	"Nämnden för Individ & Familjeomsorg godkänner utförd prövning av barnets bästa avseende digital tillsyn och beslutar att digital tillsyn fortsatt används men med en ny, säkrare teknisk lösning än den som nyttjas idag.",
	"1. Trafik- och renhållningsnämnden och exploateringsnämnden godkänner och åberopar tjänsteutlåtandet som svar på remissen.",
	"2. Trafik- och renhållningsnämnden och exploateringsnämnden godkänner slutrapporten för projekt Navet.",
	"3. Trafik- och renhållningsnämnden och exploateringsnämnden förklarar beslutet omedelbart justerat.",
	"Kommunfullmäktige avslår motionen med hänvisning till att en jämn fördelning av nyanlända inom kommunen är en förutsättning för god integration.",
	"Kommunfullmäktige anser att motionen är besvarad med hänvisning till dels arbetet inom konsumentrådgivningen.",
	"Kommunstyrelsen bifaller begäran och omfördelar begärt belopp om 500 000 kronor från centrala finansverksamheten för 2024 till nämnden för Kultur & Fritid.",
	"Nämnden för Service anser motionen besvarad med anledning av att arbetet för att tillgodose myndighetskrav avseende laddinfrastruktur redan pågår i kommunen.",
	"Kommunfullmäktige avslår förslagen att den generella tidsbegränsningen av hyreskontrakten inte längre gäller för barnfamiljer samt att tidsbegränsningen för övriga kontrakt förlängs till 5 år.",
	# (d) 2: proposal to a higher body
	"Kommunstyrelsen föreslår att kommunfullmäktige beslutar följande.",
	"Motion (2016:5) av Joakim Larsson (M) om Renovering av obelisken på Slottsbacken anses besvarad med hänvisning till vad som sägs i utlåtandet.",
	"Borgarrådsberedningen föreslår att kommunstyrelsen beslutar följande.",
	"Som svar på remissen Låt fler forma framtiden! (SOU 2016:5) hänvisas till vad som sägs i promemorian.",
	"Kommunstyrelsen tillstyrker yrkande från M, S, V, MP, L och C den 23 augusti 2019 och föreslår att kommunfullmäktige beslutar:",
	"1. 17 i Regler för ekonomisk planering, budget och uppföljning revideras i enlighet med vad som framgår av yrkande från M, S, V, MP, L och C.",
	"2. Kommuncentralt ska minst 0,5 procent av nämndernas kommunbidrag, eller i de fall detta ej är tillämpbart omsättning, reserveras som totalt utrymme för nämndernas egna kapital.",
	"1. Underlaget avseende nytt regelverk för användandet av eget kapital antecknas.",
	"2. Stadsledningskontoret får i uppdrag att revidera de styrdokument som påverkar/påverkas av beslutad förändring.",
	# (d) 3: att-sats form
	"Kommunstyrelsen föreslår kommunfullmäktige besluta att godkänna att Uppsalahem AB förvärvar resterande 49 procent av aktierna i Studentstaden AB.",
	"Nämnden beslutar att godkänna förvaltningens tjänsteutlåtande som svar på motionen.",
	# the Malmö KS record in (d) 3 is a protocol in the past tense
	# ("Kommunstyrelsen beslutade: att avge ..."); as a proposal it reads:
	"Kommunstyrelsen beslutar att avge yttrande till Miljödepartementet i enlighet med upprättat förslag från stadskontoret.",
	"att framföra till kommunfullmäktige vad stadsbyggnadskontoret anfört i bifogat yttrande.",
	# (d) 4: passive / object first
	"– Motionen anses besvarad.",
	"– Informationen noteras.",
	"* Planeringsstrategi 2024-2026 för Tyresö kommuns översiktsplan Tyresö 2035 antas.",
	"Yttrande över remissen Vem äger fastigheten (SOU 2023:55) i enlighet med bilaga 2 till stadsledningskontorets tjänsteutlåtande, översänds till Justitiedepartementet.",
	# other deciding bodies and forms from the lexicon
	"Stadsdelsnämnden överlämnar tjänsteutlåtandet till kommunstyrelsen som svar på remissen.",
	"Miljö- och hälsoskyddsnämnden lägger informationen till handlingarna.",
	"Nämnden för Förskola och Grundskola tillstyrker motionens första att-sats och avstyrker den andra.",
	"• Kommunstyrelsen ger kommundirektören i uppdrag att ta fram en handlingsplan.",
	"Utbildningsnämnden beslutar att jäv inte föreligger.",
	"Socialnämnden föreslår kommunfullmäktige att avslå motionen.",
	"Kommunfullmäktige återremitterar ärendet till kommunstyrelsen.",
	"Nämnden tar del av informationen.",
]

# Decision points that are not adoptable as written.
bad := [
	# doc 07: the förvaltning as subject, no decision of the nämnd
	"Förvaltningen för Förskola & Grundskola lämnar motionen utan ställningstagande.",
	# doc 08: typo "förslår" and a proposal verb with the deciding body as subject
	"Kommunfullmäktige förslår i stället att barnfamiljers hyreskontrakt förlängs till innevarande läsårsslut om hyreskontraktet går ut mitt i terminen.",
	# the Malmö protocol record, past tense
	"Kommunstyrelsen beslutade: att avge yttrande till Miljödepartementet i enlighet med upprättat förslag från stadskontoret",
	# D01: "Förvaltningen ...", "Vi ...", "Man ..."
	"Förvaltningen föreslår att nämnden godkänner tjänsteutlåtandet som svar på motionen.",
	"Förvaltningen anser att motionen är besvarad.",
	"Vi överlämnar tjänsteutlåtandet till kommunstyrelsen som svar på motionen.",
	"Man godkänner förvaltningens förslag om kvällsöppna fritidsgårdar.",
	"Stadsdelsförvaltningen anser att motionen anses besvarad.",
	# past tense, noun phrase
	"Socialnämnden godkände förvaltningens tjänsteutlåtande och överlämnade det till kommunstyrelsen.",
	"Godkännande av förvaltningens tjänsteutlåtande som svar på motionen.",
	# a proposal verb with no other body named
	"Nämnden föreslår att förvaltningen utreder frågan.",
	# a passive verb inside a subclause does not make a decision
	"Förvaltningen menar att motionen anses besvarad.",
	"Det är önskvärt att planen antas.",
	"",
]

test_passes_every_good_quote if {
	flagged := [t | some t in good; count(phrasing.deny) > 0 with input as {"decision_proposal": [t]}]
	print("decision/phrasing flagged good quotes:", flagged)
	flagged == []
}

test_fails_every_bad_quote if {
	missed := [t | some t in bad; count(phrasing.deny) != 1 with input as {"decision_proposal": [t]}]
	print("decision/phrasing missed bad quotes:", missed)
	missed == []
}

test_fails_doc07_with_subject_message if {
	phrasing.deny == {{
		"path": ["decision_proposal", 0],
		"message": "Beslutspunkt 1 kan inte antas som den står: subjektet «Förvaltningen» är inget beslutande organ. Skriv t.ex. «Nämnden för Förskola & Grundskola godkänner …» eller passiv form som «Motionen anses besvarad.».",
		"message_en": "Decision point 1 cannot be adopted as written: the subject «Förvaltningen» is not a deciding body. Write e.g. «Nämnden för Förskola & Grundskola godkänner …» or a passive form such as «Motionen anses besvarad.».",
	}} with input as {
		"authority": "Nämnden för Förskola & Grundskola",
		"decision_proposal": ["Förvaltningen för Förskola & Grundskola lämnar motionen utan ställningstagande."],
	}
}

test_fails_doc08_second_point_with_verb_message if {
	phrasing.deny == {{
		"path": ["decision_proposal", 1],
		"message": "Beslutspunkt 2 kan inte antas som den står: efter det beslutande organet «Kommunfullmäktige» följer «förslår», som inte är ett beslutsverb i presens. Skriv t.ex. «Nämnden godkänner …» eller passiv form som «Motionen anses besvarad.».",
		"message_en": "Decision point 2 cannot be adopted as written: the deciding body «Kommunfullmäktige» is followed by «förslår», which is not a present-tense decision verb. Write e.g. «Nämnden godkänner …» or a passive form such as «Motionen anses besvarad.».",
	}} with input as {"decision_proposal": [
		"Kommunfullmäktige avslår förslagen att den generella tidsbegränsningen av hyreskontrakten inte längre gäller för barnfamiljer samt att tidsbegränsningen för övriga kontrakt förlängs till 5 år.",
		"Kommunfullmäktige förslår i stället att barnfamiljers hyreskontrakt förlängs till innevarande läsårsslut om hyreskontraktet går ut mitt i terminen.",
	]}
}

test_fails_noun_phrase_with_body_and_verb_message if {
	[f] := [f | some f in phrasing.deny] with input as {"decision_proposal": ["Godkännande av förvaltningens tjänsteutlåtande som svar på motionen."]}
	f.message == "Beslutspunkt 1 kan inte antas som den står: beslutspunkten inleds inte med ett beslutande organ («Godkännande av förvaltningens …») och saknar ett beslutsverb i presens. Skriv t.ex. «Nämnden godkänner …» eller passiv form som «Motionen anses besvarad.»."
}

test_fails_proposal_verb_without_other_body if {
	[f] := [f | some f in phrasing.deny] with input as {"decision_proposal": ["Nämnden föreslår att förvaltningen utreder frågan."]}
	f.message == "Beslutspunkt 1 kan inte antas som den står: «Nämnden föreslår» är ett förslag, inget beslut; ett beslutande organ föreslår bara ett annat organ något («föreslår kommunfullmäktige att …»). Skriv t.ex. «Nämnden godkänner …» eller passiv form som «Motionen anses besvarad.»."
}

test_fails_authority_with_past_tense if {
	[f] := [f | some f in phrasing.deny] with input as {
		"authority": "Kulturförvaltningens styrgrupp",
		"decision_proposal": ["Kulturförvaltningens styrgrupp godkände rapporten."],
	}
	f.message == "Beslutspunkt 1 kan inte antas som den står: efter det beslutande organet «Kulturförvaltningens styrgrupp» saknas ett beslutsverb i presens. Skriv t.ex. «Kulturförvaltningens styrgrupp godkänner …» eller passiv form som «Motionen anses besvarad.»."
}

test_passes_with_authority_as_subject if {
	count(phrasing.deny) == 0 with input as {
		"authority": "Kulturförvaltningens styrgrupp",
		"decision_proposal": ["Kulturförvaltningens styrgrupp godkänner rapporten."],
	}
}

test_passes_with_configured_body_name if {
	count(phrasing.deny) == 0 with input as {"decision_proposal": ["Krisledningsgruppen beslutar att anläggningen stängs."]}
		with data.tjlint.params["decision/phrasing"].body_names as ["Krisledningsgruppen"]
}

test_fails_passive_when_not_accepted if {
	paths := {f.path | some f in phrasing.deny} with input as {"decision_proposal": ["Nämnden godkänner rapporten.", "– Motionen anses besvarad."]}
		with data.tjlint.params["decision/phrasing"].accept_passive as false
	paths == {["decision_proposal", 1]}
}

test_fails_only_the_bad_point_of_several if {
	paths := {f.path | some f in phrasing.deny} with input as {"decision_proposal": [
		"1. Nämnden godkänner förvaltningens tjänsteutlåtande.",
		"2. Vi överlämnar det till kommunstyrelsen.",
		"3. Nämnden förklarar beslutet omedelbart justerat.",
	]}
	paths == {["decision_proposal", 1]}
}

test_passes_on_schema_invalid_input if {
	count(phrasing.deny) == 0 with input as {"decision_proposal": "Vi godkänner."}
	count(phrasing.deny) == 0 with input as {"decision_proposal": [3, null, {"x": 1}]}
	count(phrasing.deny) == 0 with input as {}
}
