package tjlint.rules.decision.phrasing_test

import data.tjlint.lib.decision
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

# Decision points that are not adoptable as written, with what is wrong.
bad := [
	# doc 07: the förvaltning as subject, no decision of the nämnd
	["Förvaltningen för Förskola & Grundskola lämnar motionen utan ställningstagande.", "subject"],
	# doc 08: typo "förslår"
	["Kommunfullmäktige förslår i stället att barnfamiljers hyreskontrakt förlängs till innevarande läsårsslut om hyreskontraktet går ut mitt i terminen.", "misspelt"],
	# the Malmö protocol record, past tense
	["Kommunstyrelsen beslutade: att avge yttrande till Miljödepartementet i enlighet med upprättat förslag från stadskontoret", "past"],
	# D01: "Förvaltningen ...", "Vi ...", "Man ..."
	["Förvaltningen föreslår att nämnden godkänner tjänsteutlåtandet som svar på motionen.", "subject"],
	["Förvaltningen anser att motionen är besvarad.", "subject"],
	["Vi överlämnar tjänsteutlåtandet till kommunstyrelsen som svar på motionen.", "subject"],
	["Man godkänner förvaltningens förslag om kvällsöppna fritidsgårdar.", "subject"],
	["Stadsdelsförvaltningen anser att motionen anses besvarad.", "subject"],
	["Stadsbyggnadskontoret föreslår att planen antas.", "subject"],
	# past tense by form, strong preterites, past passive
	["Socialnämnden godkände förvaltningens tjänsteutlåtande och överlämnade det till kommunstyrelsen.", "past"],
	["Kommunstyrelsen beslöt att anta yttrandet.", "past"],
	["Byggnadsnämnden antog detaljplanen.", "past"],
	["Nämnden för Service lämnade yttrandet till kommunstyrelsen.", "past"],
	["Motionen besvarades av kommunstyrelsen.", "past"],
	["Planen antogs av nämnden.", "past"],
	# noun phrases
	["Godkännande av förvaltningens tjänsteutlåtande som svar på motionen.", "noun_phrase"],
	["Revidering av riktlinjer för föreningsbidrag.", "noun_phrase"],
	["Fastställande av sammanträdesdagar 2026.", "noun_phrase"],
	# a proposal verb with no body named, here or in another point
	["Nämnden föreslår att förvaltningen utreder frågan.", "proposal"],
	# modal and auxiliary verbs
	["Nämnden bör godkänna rapporten.", "modal"],
	["Nämnden kommer att godkänna rapporten.", "modal"],
	["Kommunstyrelsen ska anta yttrandet.", "modal"],
	["Kommunfullmäktige kan bifalla motionen.", "modal"],
	["Nämnden skulle kunna godkänna planen.", "modal"],
	["Valnämnden vill fastställa sammanträdesdagarna.", "modal"],
	["Nämnden måste anta taxan.", "modal"],
	["Byggnadsnämnden avser att godkänna årsredovisningen.", "modal"],
	# the perfect: what has been done, not what is decided
	["Nämnden för Gymnasium & Arbetsmarknad har bifallit initiativet och genomfört en utredning.", "perfect"],
	["Kommunstyrelsen har godkänt rapporten.", "perfect"],
	["Nämnden hade beslutat att anta planen.", "perfect"],
	["Motionen har besvarats.", "perfect"],
	# the copula
	["Det är önskvärt att planen antas.", "copula"],
	["Kommunstyrelsen är positiv till förslaget.", "copula"],
	# no finite verb after the body
	["Nämnden godkänna rapporten.", "not_finite"],
	["Kommunstyrelsen – yttrande över remissen.", "not_finite"],
	# a passive verb inside a subclause does not make a decision
	["Förvaltningen menar att motionen anses besvarad.", "subject"],
	["", "empty"],
]

# Present-tense verbs that are in no list: the form decides.
unlisted := [
	"Nämnden representerar kommunen i samrådsgruppen.",
	"Nämnden undantar föreningen från kravet på redovisning.",
	"Nämnden sammanträder den 12 mars 2026.",
	"Nämnden tilldelar föreningen 40 000 kronor.",
	"Kommunstyrelsen bordlägger ärendet.",
	"Nämnden för Teknik återför 33,658 Mkr till resultatfonden.",
	"Kommunstyrelsen meddelar startbesked för projektet.",
	"Nämnden för Individ & Familjeomsorg uppmärksammar kommunstyrelsen på prognosen.",
	"Kommunstyrelsens arbetsutskott beslutar att ärendet överlämnas till kommunstyrelsen.",
	"Socialnämndens individutskott beviljar ansökan.",
	"Regionstyrelsen tillsätter en arbetsgrupp.",
	"Direktionen fastställer budgeten.",
	"Överförmyndarnämnden entledigar ställföreträdaren.",
	"Kommunstyrelsen (KS) godkänner rapporten.",
	"Byggnadsnämnden och nämnden för Miljö & Hälsoskydd antar strategin.",
	"Bildningsnämnden ersätts av utbildningsnämnden från och med 2027.",
	"Beslutet gäller från och med 1 januari 2026.",
	"Taxan träder i kraft den 1 juli 2026.",
	"Avgiften höjs till 1 391 kronor per timme.",
	"Bidraget betalas ut i två delar.",
	"Riktlinjerna ersätts av den nya policyn.",
	"Paragrafen justeras omedelbart.",
	"Ärendet återremitteras till förvaltningen.",
	"Motionen avslås.",
	"Yttrandet översänds till Finansdepartementet.",
	"Delegationsordningen revideras enligt bilaga 1.",
	"Den totala låneskulden får inte överstiga 1 750 miljoner kronor.",
	"Med hänvisning till yttrandet avslår kommunfullmäktige motionen.",
	"Nämnden för Förskola och Grundskola har tagit del av informationen.",
	"Kommunstyrelsen har inget att erinra mot förslaget.",
]

# Sentences without a deciding body that may be part of the reasoning: a
# modal verb is decision/hedging's warning, the copula after a noun no
# error.
not_errors := [
	"Planen kan antas.",
	"Motionen bör anses besvarad.",
	"Motionen är besvarad.",
	"En strukturerad och långsiktig skolorganisering är avgörande för att säkerställa ändamålsenliga utbildningslokaler.",
	"Alternativ behöver tas fram för föreningarna.",
	"Valnämndens sammanträden hålls på måndagar klockan 17.00 förutom den 16 september.",
]

test_passes_sentences_that_may_be_reasoning if {
	flagged := [t | some t in not_errors; count(phrasing.deny) > 0 with input as {"authority": "valnämnden", "decision_proposal": [t]}]
	print("decision/phrasing flagged possible reasoning:", flagged)
	flagged == []
}

test_passes_unlisted_present_tense if {
	flagged := [t | some t in unlisted; count(phrasing.deny) > 0 with input as {"decision_proposal": [t]}]
	print("decision/phrasing flagged unlisted present tense:", flagged)
	flagged == []
}

test_passes_every_good_quote if {
	flagged := [t | some t in good; count(phrasing.deny) > 0 with input as {"decision_proposal": [t]}]
	print("decision/phrasing flagged good quotes:", flagged)
	flagged == []
}

test_fails_every_bad_quote_for_its_reason if {
	missed := [[t, why, got] |
		some [t, why] in bad
		count(phrasing.deny) != 1 with input as {"decision_proposal": [t]}
		got := decision.analyse(t) with input as {"decision_proposal": [t]}
	]
	print("decision/phrasing missed bad quotes:", missed)
	missed == []
	wrong := [[t, why, got] |
		some [t, why] in bad
		got := decision.analyse(t).why
		got != why
	]
	print("decision/phrasing bad quotes with another reason:", wrong)
	wrong == []
}

msg(i, what, example) := sprintf("Beslutspunkt %d kan inte antas som den står: %s.%s", [i, what, example])

test_fails_doc07_with_subject_message if {
	phrasing.deny == {{
		"path": ["decision_proposal", 0],
		"match": "Förvaltningen",
		"message": msg(1, "”Förvaltningen” är inget beslutande organ; det är nämnden som beslutar, förvaltningen föreslår", " Skriv t.ex. ”Nämnden för Förskola & Grundskola godkänner …”."),
		"message_en": "Decision point 1 cannot be adopted as written: ”Förvaltningen” is not a deciding body; the committee decides, the administration proposes. Write e.g. ”Nämnden för Förskola & Grundskola godkänner …”.",
	}} with input as {
		"authority": "Nämnden för Förskola & Grundskola",
		"decision_proposal": ["Förvaltningen för Förskola & Grundskola lämnar motionen utan ställningstagande."],
	}
}

test_fails_recommendation_with_rewrite if {
	[f] := [f | some f in phrasing.deny] with input as {"decision_proposal": ["1. Förvaltningen föreslår att nämnden godkänner tjänsteutlåtandet som svar på motionen."]}
	f.match == "Förvaltningen föreslår att nämnden"
	f.replacement == "Nämnden"
	f.message == msg(1, "”Förvaltningen” är inget beslutande organ; det är nämnden som beslutar, förvaltningen föreslår", " Skriv i stället: ”Nämnden godkänner tjänsteutlåtandet som svar på motionen.”")
}

test_fails_modal_with_rewrite if {
	[f] := [f | some f in phrasing.deny] with input as {"decision_proposal": ["Nämnden bör eventuellt godkänna rapporten."]}
	f.match == "bör eventuellt godkänna"
	f.replacement == "godkänner"
	f.message == msg(1, "”bör” gör beslutet villkorat eller framtida; ett beslut står i presens", " Skriv i stället: ”Nämnden godkänner rapporten.”")
}

# [point, the words replaced, the replacement]
rewrites := [
	["Kommunstyrelsen kommer att anta yttrandet.", "kommer att anta", "antar"],
	["Byggnadsnämnden ska fastställa taxan.", "ska fastställa", "fastställer"],
	["Nämnden bör avslå motionen.", "bör avslå", "avslår"],
	["Nämnden kan notera informationen.", "kan notera", "noterar"],
	["Nämnden avser att återlämna ärendet.", "avser att återlämna", "återlämnar"],
	["Nämnden bör ge förvaltningen i uppdrag att utreda frågan.", "bör ge", "ger"],
	["Kultur- och fritidsnämnden kommer att återkomma i frågan efter sommaren.", "kommer att återkomma", "återkommer"],
]

test_rewrites_modal_from_infinitive if {
	wrong := [[t, got] |
		some [t, span, pres] in rewrites
		got := [[f.match, f.replacement] | some f in phrasing.deny] with input as {"decision_proposal": [t]}
		got != [[span, pres]]
	]
	print("decision/phrasing wrong rewrites:", wrong)
	wrong == []
}

test_no_rewrite_when_unsafe if {
	# a negation would be lost; the present tense of "verka" (1st or 2nd
	# conjugation?) is not derived; the perfect has no safe present
	every t in ["Nämnden kan inte godkänna rapporten.", "Nämnden ska verka för en lösning.", "Nämnden har godkänt rapporten.", "Nämnden godkände rapporten."] {
		[f] := [f | some f in phrasing.deny] with input as {"decision_proposal": [t]}
		not f.replacement
	}
}

test_fails_misspelt_verb_with_correction if {
	[f] := [f | some f in phrasing.deny] with input as {"decision_proposal": ["Kommunfullmäktige förslår i stället att hyreskontrakten förlängs."]}
	f.match == "förslår"
	f.replacement == "föreslår"
	f.message == msg(1, "”förslår” är felstavat, det ska vara ”föreslår”", "")
}

test_fails_past_at_the_verb if {
	[f] := [f | some f in phrasing.deny] with input as {"decision_proposal": ["Socialnämnden godkände förvaltningens tjänsteutlåtande."]}
	f.match == "godkände"
	f.message == msg(1, "”godkände” står i förfluten tid; ett beslut står i presens", " Skriv t.ex. ”Socialnämnden godkänner …”.")
}

test_fails_noun_phrase_message if {
	[f] := [f | some f in phrasing.deny] with input as {"decision_proposal": ["Godkännande av förvaltningens tjänsteutlåtande som svar på motionen."]}
	f.path == ["decision_proposal", 0]
	not f.match
	f.message == msg(1, "beslutspunkten är en rubrik, ingen mening med ett beslutande organ och ett verb i presens", " Skriv t.ex. ”Nämnden godkänner …”.")
}

test_passive_hint_only_for_a_motion if {
	[f] := [f | some f in phrasing.deny] with input as {
		"motion": {"title": "Motion om kvällsöppna fritidsgårdar"},
		"decision_proposal": ["Godkännande av förvaltningens tjänsteutlåtande."],
	}
	endswith(f.message, "Skriv t.ex. ”Nämnden godkänner …” eller ”Motionen anses besvarad.”.")
}

test_fails_proposal_verb_without_other_body if {
	[f] := [f | some f in phrasing.deny] with input as {"decision_proposal": ["Nämnden föreslår att förvaltningen utreder frågan."]}
	f.match == "föreslår"
	f.message == msg(1, "”Nämnden föreslår” är ett förslag, inget beslut; ett beslutande organ föreslår bara ett annat organ något (”… föreslår kommunfullmäktige att …”)", " Skriv t.ex. ”Nämnden godkänner …”.")
}

test_passes_further_proposal_to_the_body_already_named if {
	count(phrasing.deny) == 0 with input as {"decision_proposal": [
		"Nämnden för Teknik föreslår kommunfullmäktige att bifalla motionen.",
		"Nämnden för Teknik föreslår att särskilda områden ska ha ett generellt krav på polistillstånd.",
	]}
}

test_fails_authority_with_past_tense if {
	[f] := [f | some f in phrasing.deny] with input as {
		"authority": "Kulturförvaltningens styrgrupp",
		"decision_proposal": ["Kulturförvaltningens styrgrupp godkände rapporten."],
	}
	f.message == msg(1, "”godkände” står i förfluten tid; ett beslut står i presens", " Skriv t.ex. ”Kulturförvaltningens styrgrupp godkänner …”.")
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
