package tjlint.lib.place_test

import data.tjlint.lib.place

test_texts if {
	{t | some t in place.texts} == {[["title"], "a"], [["sections", "summary", "heading"], "S"], [["sections", "summary", "text"], "t"], [["decision_proposal", 0], "d"], [["sections", "other", 0, "text"], "o"], [["signatories", 0, "name"], "N"], [["referral", "from"], "KS"], [["motion", "authors", 0], "M"]} with input as {"title": "a", "kind": "yttrande", "date": "2024-01-01", "decision_proposal": ["d"], "sections": {"summary": {"heading": "S", "text": "t"}, "other": [{"text": "o"}]}, "signatories": [{"name": "N"}], "referral": {"from": "KS"}, "motion": {"authors": ["M"]}, "unread": [{"field": "x", "excerpt": "e"}]}
}

test_all_text if {
	place.all_text == "a\nt" with input as {"title": "a", "sections": {"summary": {"text": "t"}}}
}

test_where if {
	place.where(["sections", "other", 0, "text"]) == "under rubriken ”Barn”" with input as {"sections": {"other": [{"heading": "Barn", "text": "x"}]}}
	place.where(["sections", "summary", "heading"]) == "i rubriken ”Sammanfattning”" with input as {"sections": {"summary": {"heading": "Sammanfattning"}}}
	place.where(["decision_proposal", 1]) == "i beslutspunkt 2"
	place.where(["title"]) == "i ärendemeningen"
	place.where(["signatories", 0, "title"]) == "hos undertecknarna"
	place.where(["sections", "matter", "text"]) == "i handlingen"
	place.where_en(["decision_proposal", 0]) == "in decision point 1"
}
