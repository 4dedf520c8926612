package tjlint.rules.economy["financing-missing_test"]

import data.tjlint.rules.economy["financing-missing"] as rule

test_fails_amount_in_decision if {
	rule.deny == {{
		"path": ["decision_proposal", 0],
		"match": "250 000 kronor",
		"offset": 38,
		"message": "Förslaget binder pengar (”250 000 kronor” i beslutspunkt 1), men handlingen säger inget om hur det ska finansieras. Lägg till ett avsnitt ”Ekonomiska konsekvenser” som anger vad beslutet kostar och var pengarna tas ifrån, t.ex. inom nämndens budget eller ur investeringsbudgeten.",
		"message_en": "The proposal commits money (”250 000 kronor” in decision point 1), but the document says nothing of how it is financed. Add a section ”Ekonomiska konsekvenser” stating what the decision costs and where the money comes from, e.g. within the committee's budget or from the investment budget.",
	}} with input as {
		"decision_proposal": ["Nämnden beviljar föreningen bidrag om 250 000 kronor."],
		"sections": {"summary": {"heading": "Sammanfattning", "text": "Föreningen har sökt bidrag om 3 mnkr."}},
	}
}

test_fails_amount_forms if {
	got := {f.match |
		some p in [
			"Nämnden anvisar 1,5 mnkr till projektet.",
			"Kommunstyrelsen beviljar 450 tkr.",
			"Kommunfullmäktige anvisar 12 miljoner kronor i investeringsmedel.",
			"Nämnden godkänner 2 500 kr i ersättning.",
		]
		some f in rule.deny with input as {"decision_proposal": [p]}
	}
	got == {"1,5 mnkr", "450 tkr", "12 miljoner kronor", "2 500 kr"}
}

test_fails_summary_when_the_decision_has_no_amount if {
	some f in rule.deny with input as {
		"decision_proposal": ["Nämnden godkänner projektet."],
		"sections": {"summary": {"heading": "Sammanfattning", "text": "Projektet behöver investeringsmedel."}},
	}
	[f.path, f.match] == [["sections", "summary", "text"], "investeringsmedel"]
}

test_passes_financing_stated if {
	case := {"decision_proposal": ["Nämnden beviljar bidrag om 250 000 kronor."]}
	count(rule.deny) == 0 with input as object.union(case, {"sections": {"economy": {"heading": "Ekonomiska konsekvenser", "text": "Kostnaden ryms inom nämndens ram."}}})
	count(rule.deny) == 0 with input as object.union(case, {"sections": {"assessment": {"heading": "Bedömning", "text": "Bidraget finansieras ur nämndens bidragsbudget."}}})
	count(rule.deny) == 0 with input as object.union(case, {"sections": {"other": [{"heading": "Ekonomisk bedömning", "text": "Se ovan."}]}})
}

test_passes_no_money if {
	count(rule.deny) == 0 with input as {
		"decision_proposal": ["Nämnden godkänner årsredovisningen 2023.", "Nämnden antar planen för 2024-2026 och kap. 3 punkt 12."],
		"sections": {"summary": {"heading": "Sammanfattning", "text": "Planen gäller för 3 år och 12 skolor."}},
	}
}

test_passes_unread_is_not_missing if {
	count(rule.deny) == 0 with input as {
		"decision_proposal": ["Nämnden beviljar bidrag om 250 000 kronor."],
		"unread": [{"field": "sections.economy", "excerpt": "Ekonomi-", "reason": "rubriken kunde inte tolkas"}],
	}
}

test_passes_existing_funds if {
	count(rule.deny) == 0 with input as {"decision_proposal": ["Nämnden fördelar resterande medel 2024 års föreningsbidrag till föreningen X, med 137 500 kr."]}
}

test_passes_a_report_commits_nothing if {
	count(rule.deny) == 0 with input as {
		"decision_proposal": ["Nämnden godkänner uppföljning per april och prognos 2025."],
		"sections": {"summary": {"heading": "Sammanfattning", "text": "Nämnden prognostiserar ett överskott på 2,7 mkr."}},
	}
}

test_passes_funds_set_aside_in_the_municipal_budget if {
	count(rule.deny) == 0 with input as {
		"decision_proposal": ["Kommunstyrelsen bifaller begäran och omfördelar 500 000 kronor från centrala finansverksamheten för 2025 till nämnden för Vård & Omsorg."],
		"sections": {"summary": {"heading": "Sammanfattning", "text": "Kommunfullmäktige har avsatt särskilda medel i Kommunbudget 2025."}},
	}
	count(rule.deny) == 0 with input as {"decision_proposal": ["Kommunstyrelsen omfördelar 500 000 kronor från centrala finansverksamheten."]}
	count(rule.deny) == 0 with input as {"decision_proposal": ["Nämnden beviljar 500 000 kronor."], "sections": {"summary": {"heading": "Sammanfattning", "text": "Fullmäktige har avsatt särskilda medel för detta."}}}
}
