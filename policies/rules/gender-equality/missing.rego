# METADATA
# title: Jämställdhetsanalys saknas
# description: >-
#   Ärendet ska ha en jämställdhetsanalys som beskriver hur förslaget påverkar
#   kvinnor och män, flickor och pojkar. Avsnittet saknas eller är tomt.
# related_resources:
#   - ref: https://skr.se/demokratiledningstyrning/manskligarattigheterjamlikhet/jamstalldhet/jamstalldhetsintegreringvagledning/checklista/7ibeslutsunderlagfinnsenbeskrivningavkonsekvenserforkvinnorochmanflickorochpojkar.15840.html
#     description: SKR, checklista 7 – i beslutsunderlag finns en beskrivning av konsekvenser för kvinnor och män, flickor och pojkar
# custom:
#   severity: error
#   title_en: Gender equality analysis missing
#   description_en: >-
#     The case must have a gender equality analysis describing how the proposal
#     affects women and men, girls and boys. The section is missing or empty.
package tjlint.rules["gender-equality"].missing

import data.tjlint.lib.result
import data.tjlint.lib.text

deny contains result.fail(
	["sections", "gender_equality"],
	"Jämställdhetsanalys saknas. Lägg till ett avsnitt \"Jämställdhetsanalys\" som beskriver hur förslaget påverkar kvinnor och män, flickor och pojkar.",
	"The gender equality analysis is missing. Add a \"Jämställdhetsanalys\" section describing how the proposal affects women and men, girls and boys.",
) if {
	not text.has_section("gender_equality")
}

deny contains result.fail(
	["sections", "gender_equality", "text"],
	"Jämställdhetsanalysen är tom. Beskriv hur förslaget påverkar kvinnor och män, flickor och pojkar.",
	"The gender equality analysis is empty. Describe how the proposal affects women and men, girls and boys.",
) if {
	text.has_section("gender_equality")
	text.blank(object.get(input.sections.gender_equality, "text", null))
}
