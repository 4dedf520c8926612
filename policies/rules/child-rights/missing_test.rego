package tjlint.rules["child-rights"].missing_test

import data.tjlint.rules["child-rights"].missing

test_fails_title_mentions_children if {
	missing.deny == {{
		"path": ["title"],
		"match": "förskolor",
		"offset": 23,
		"message": "Ärendet rör barn (”förskolor” i ärendemeningen), men handlingen säger inget om barnets bästa. Barnkonventionen är svensk lag (lag 2018:1197), och enligt artikel 3 ska barnets bästa komma i främsta rummet vid alla åtgärder som rör barn. Lägg till ett avsnitt ”Barnrättsperspektiv” som beskriver hur förslaget påverkar barnen och hur deras bästa har vägts in, eller skriv varför förslaget inte berör barn.",
		"message_en": "The matter concerns children (”förskolor” in the title), but the document says nothing of the best interests of the child. The Convention on the Rights of the Child is Swedish law (Act 2018:1197), and under article 3 the best interests of the child shall be a primary consideration in all actions concerning children. Add a section ”Barnrättsperspektiv” describing how the proposal affects children and how their best interests were weighed, or say why the proposal does not concern children.",
	}} with input as {
		"title": "Nya öppettider för två förskolor",
		"sections": {"summary": {"heading": "Sammanfattning", "text": "Barnen på förskolorna får kortare dagar."}},
		"decision_proposal": ["Nämnden godkänner nya öppettider för elever."],
	}
}

test_fails_summary_then_decision if {
	some f in missing.deny with input as {
		"title": "Ändrade öppettider",
		"sections": {"summary": {"heading": "Sammanfattning", "text": "Fritidsgården öppnar senare för ungdomar."}},
	}
	[f.path, f.match] == [["sections", "summary", "text"], "ungdomar"]
	some g in missing.deny with input as {
		"title": "Ändrade öppettider",
		"decision_proposal": ["Nämnden godkänner de nya öppettiderna.", "Vårdnadshavare informeras."],
	}
	[g.path, g.match] == [["decision_proposal", 1], "Vårdnadshavare"]
}

test_passes_assessment_stated if {
	case := {"title": "Skolskjuts för elever i grundskolan", "sections": {}}
	count(missing.deny) == 0 with input as object.union(case, {"sections": {"child_rights": {"heading": "Barnkonventionen", "text": "Förslaget ger eleverna kortare restid."}}})
	count(missing.deny) == 0 with input as object.union(case, {"sections": {"other": [{"heading": "Konsekvenser ur barnrätts- och barnperspektiv", "text": "Inga."}]}})
	count(missing.deny) == 0 with input as object.union(case, {"sections": {"assessment": {"heading": "Bedömning", "text": "En prövning av barnets bästa har gjorts: eleverna får kortare restid."}}})
}

test_fails_blank_section_is_no_assessment if {
	count(missing.deny) == 1 with input as {"title": "Skolskjuts", "sections": {"child_rights": {"heading": "Barnperspektiv", "text": " "}}}
}

test_passes_not_about_children if {
	count(missing.deny) == 0 with input as {
		"title": "Avgifter för högskolan och folkhögskola",
		"sections": {"summary": {"heading": "Sammanfattning", "text": "Insatser för unga vuxna och Skolverkets statistik."}},
		"decision_proposal": ["Nämnden godkänner taxan för bygglov."],
	}
}

test_passes_children_elsewhere_only if {
	# the background alone does not make the matter one about children
	count(missing.deny) == 0 with input as {
		"title": "Ny taxa för bygglov",
		"sections": {"background": {"heading": "Bakgrund", "text": "Taxan gäller även för förskolor."}},
	}
}

test_passes_unread_is_not_missing if {
	count(missing.deny) == 0 with input as {
		"title": "Skolskjuts",
		"unread": [{"field": "sections.child_rights", "excerpt": "Barn-", "reason": "rubriken kunde inte tolkas"}],
	}
}

test_passes_names_lists_and_places_are_no_mention if {
	count(missing.deny) == 0 with input as {
		"title": "Underlag till kommunbudget 2026",
		"sections": {"summary": {"heading": "Sammanfattning", "text": "Förvaltningen för Förskola & Grundskola och enheten Barn & Unga har lämnat underlag. Med släktskap avses make/maka/barn/syskon. Laddplatser finns vid skolor och förskolor."}},
		"decision_proposal": ["Nämnden för Förskola & Grundskola godkänner underlaget."],
	}
}

test_fails_sentence_start_is_no_name if {
	some f in missing.deny with input as {"sections": {"summary": {"heading": "Sammanfattning", "text": "Planen gäller. Elever i årskurs 9 får gratis busskort."}}}
	f.match == "Elever"
}

test_passes_taking_note_is_no_action if {
	count(missing.deny) == 0 with input as {"title": "Förskolornas lokaler", "decision_proposal": ["Nämnden har tagit del av informationen."]}
	count(missing.deny) == 0 with input as {"title": "Uppföljning", "sections": {"summary": {"heading": "Sammanfattning", "text": "Antalet elever minskar."}}, "decision_proposal": ["Nämnden godkänner uppföljning per april och prognos 2025."]}
}

test_passes_the_ground_is_not_the_decision if {
	count(missing.deny) == 0 with input as {"decision_proposal": ["Kommunfullmäktige avslår motionen med hänvisning till att gymnasieskolorna redan samverkar med högskolor."]}
	count(missing.deny) == 1 with input as {"decision_proposal": ["Nämnden inför skolskjuts med hänvisning till trafiksäkerheten."]}
}
