package tjlint.rules["gender-equality"].missing_test

import data.tjlint.rules["gender-equality"].missing

test_fails_when_section_absent if {
	missing.deny == {{
		"path": ["sections", "gender_equality"],
		"message": "Jämställdhetsanalys saknas. Lägg till ett avsnitt \"Jämställdhetsanalys\" som beskriver hur förslaget påverkar kvinnor och män, flickor och pojkar.",
		"message_en": "The gender equality analysis is missing. Add a \"Jämställdhetsanalys\" section describing how the proposal affects women and men, girls and boys.",
	}} with input as {"sections": {"summary": {"heading": "Sammanfattning", "text": "x"}}}
}

test_fails_when_no_sections_at_all if {
	count(missing.deny) == 1 with input as {"kind": "yttrande"}
}

test_fails_when_text_blank if {
	missing.deny == {{
		"path": ["sections", "gender_equality", "text"],
		"message": "Jämställdhetsanalysen är tom. Beskriv hur förslaget påverkar kvinnor och män, flickor och pojkar.",
		"message_en": "The gender equality analysis is empty. Describe how the proposal affects women and men, girls and boys.",
	}} with input as {"sections": {"gender_equality": {"heading": "Jämställdhetsanalys", "text": " \n "}}}
}

test_fails_when_text_absent if {
	paths := {f.path | some f in missing.deny} with input as {"sections": {"gender_equality": {"heading": "Jämställdhetsanalys"}}}
	paths == {["sections", "gender_equality", "text"]}
}

test_passes_with_analysis if {
	count(missing.deny) == 0 with input as {"sections": {"gender_equality": {
		"heading": "Jämställdhetsanalys",
		"text": "Av dem som använder verksamheten är 62 procent kvinnor.",
	}}}
}
