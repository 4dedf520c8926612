package tjlint.rules["gender-equality"].missing_test

import data.tjlint.rules["gender-equality"].missing

gea(t) := {"sections": {"gender_equality": {"heading": "Jämställdhetsanalys", "text": t}}}

people := {"title": "Svar på motion om kvällsöppna fritidsgårdar för unga", "sections": {"summary": {"heading": "Sammanfattning", "text": "x"}}}

test_fails_when_section_absent if {
	missing.deny == {{
		"path": ["sections", "gender_equality"],
		"message": "Jämställdhetsanalys saknas. Lägg till ett avsnitt ”Jämställdhetsanalys” som beskriver hur förslaget påverkar kvinnor och män, flickor och pojkar.",
		"message_en": "The gender equality analysis is missing. Add a ”Jämställdhetsanalys” section describing how the proposal affects women and men, girls and boys.",
	}} with input as people
	count(missing.deny) == 1 with input as {"kind": "yttrande"}
}

test_passes_absent_section_the_reader_could_not_read if {
	count(missing.deny) == 0 with input as object.union(people, {"unread": [{"field": "sections.gender_equality", "excerpt": "Jämställdhets-"}]})
	count(missing.deny) == 0 with input as object.union(gea("Ej relevant."), {"unread": [{"field": "sections"}]})
}

test_fails_when_text_blank if {
	missing.deny == {{
		"path": ["sections", "gender_equality", "text"],
		"message": "Avsnittet ”Jämställdhetsanalys” finns men är tomt och säger inget om kvinnor och män. Beskriv hur förslaget påverkar kvinnor och män, flickor och pojkar, eller varför det inte berör dem.",
		"message_en": "The section ”Jämställdhetsanalys” is there but empty and says nothing of women and men. Describe how the proposal affects women and men, girls and boys, or why it does not concern them.",
	}} with input as gea(" \n ")
}

test_fails_when_text_absent if {
	paths := {f.path | some f in missing.deny} with input as {"sections": {"gender_equality": {"heading": "Jämställdhetsperspektiv"}}}
	paths == {["sections", "gender_equality", "text"]}
}

# texts that are no analysis
empty := [
	"Ej relevant.",
	"Inte relevant",
	"Inte aktuellt",
	"Ej tillämpligt.",
	"Se bilaga.",
	"Se bilaga 3.",
	"Se bifogad checklista.",
	"Enligt bilaga.",
	"-",
	"–",
	"Saknas.",
	"Någon jämställdhetsanalys har inte gjorts.",
	"Jämställdhetsanalys har ej genomförts.",
	"Bedöms inte vara relevant för ärendet.",
	"Ärendet är av administrativ karaktär.",
]

test_fails_every_text_that_is_no_analysis if {
	missed := [t |
		some t in empty
		got := {[f.path, f.message] | some f in missing.deny} with input as gea(t)
		got != {[
			["sections", "gender_equality", "text"],
			sprintf("Avsnittet ”Jämställdhetsanalys” finns men säger inget om kvinnor och män: ”%s” är ingen analys. Beskriv hur förslaget påverkar kvinnor och män, flickor och pojkar, eller varför det inte berör dem.", [t]),
		]}
	]
	print("gender-equality/missing missed empty analyses:", missed)
	missed == []
}

test_quotes_the_text_on_one_line_with_its_heading if {
	[f] := [f | some f in missing.deny] with input as {"sections": {"gender_equality": {"heading": "Jämställdhetsperspektiv", "text": "Ej\nrelevant."}}}
	f.message == "Avsnittet ”Jämställdhetsperspektiv” finns men säger inget om kvinnor och män: ”Ej relevant.” är ingen analys. Beskriv hur förslaget påverkar kvinnor och män, flickor och pojkar, eller varför det inte berör dem."
}

# analyses, also short ones and bare claims (those are
# gender-equality/unsupported-neutrality's), and a reasoned refusal
analyses := [
	"Av dem som använder verksamheten är 62 procent kvinnor.",
	"Förslaget påverkar kvinnor och män på samma sätt.",
	"Könsneutralt.",
	"Ärendet bedöms inte ha någon påverkan på jämställdheten.",
	"Insatsen riktar sig främst till unga män, som är överrepresenterade bland dem som utsätts för våld.",
	"Någon jämställdhetsanalys har inte gjorts eftersom ärendet gäller arkivering av handlingar och inte berör några enskilda personer eller grupper av invånare.",
	"Se bilaga 2, där utfallet redovisas för kvinnor och män i varje åldersgrupp och förslagets effekter på flickors och pojkars fritid beskrivs.",
]

test_passes_with_analysis if {
	flagged := [t | some t in analyses; count(missing.deny) > 0 with input as gea(t)]
	print("gender-equality/missing flagged analyses:", flagged)
	flagged == []
}
