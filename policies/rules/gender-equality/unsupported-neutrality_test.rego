package tjlint.rules["gender-equality"]["unsupported-neutrality_test"]

import data.tjlint.rules["gender-equality"]["unsupported-neutrality"] as neutrality

gea(t) := {"sections": {"gender_equality": {"heading": "Jämställdhetsanalys", "text": t}}}

msg(claim) := sprintf("Jämställdhetsanalysen konstaterar bara att förslaget är neutralt eller saknar konsekvenser (”%s”) utan underlag. Redovisa vilka kvinnor och män, flickor och pojkar som berörs, med könsuppdelad statistik, och hur förslaget förhåller sig till jämställdhetsmålen.", [claim])

test_fails_seed_text if {
	neutrality.deny == {{
		"path": ["sections", "gender_equality", "text"],
		"match": "könsneutral",
		"message": msg("könsneutral"),
		"message_en": "The gender equality analysis only states that the proposal is neutral or has no consequences (”könsneutral”) without support. Describe which women and men, girls and boys are affected, with sex-disaggregated statistics, and how the proposal relates to the gender equality goals.",
	}} with input as gea("Förslaget gällande myndighetsgemensamma aktionsgrupper är \nkönsneutralt och skulle påverka kvinnor och män på ungefär samma \nsätt. ")
}

# [bare claim, the phrase the message must quote]
bare := [
	["Förslaget gällande kvällsöppna fritidsgårdar är könsneutralt och skulle påverka kvinnor och män på ungefär samma sätt.", "könsneutral"],
	["Ärendet bedöms vara könsneutralt och påverkar inte kvinnor och män olika.", "könsneutral"],
	["Förslaget påverkar kvinnor och män på samma sätt.", "kvinnor och män på samma sätt"],
	["Ärendet har inga konsekvenser för jämställdheten mellan kvinnor och män.", "inga konsekvenser för jämställdhet"],
	["Könsneutralt.", "Könsneutral"],
	["Förslaget påverkar flickor och pojkar\nlika.", "flickor och pojkar lika"],
	["Beslutet bedöms inte ha någon påverkan på jämställdheten.", "inte ha någon påverkan på jämställdhet"],
	["Förslaget berör kvinnor och män lika och bedöms inte påverka jämställdheten.", "berör kvinnor och män lika"],
	["Ärendet är jämställdhetsneutralt.", "jämställdhetsneutral"],
	["Förslaget bedöms inte påverka kvinnor och män olika.", "inte påverka kvinnor och män olika"],
	["Beslutet berör inte flickor och pojkar olika.", "inte flickor och pojkar olika"],
]

test_fails_every_bare_claim if {
	wrong := [[t, c] |
		some [t, c] in bare
		got := {[f.path, f.message] | some f in neutrality.deny} with input as gea(t)
		got != {[["sections", "gender_equality", "text"], msg(c)]}
	]
	print("gender-equality/unsupported-neutrality wrong findings:", wrong)
	wrong == []
}

# The generator's GEA_GOOD texts (figures filled in) and other real analyses.
supported := [
	"Förvaltningens statistik visar att 58 procent av dem som tar del av verksamheten är kvinnor eller flickor och 42 procent män eller pojkar. Förslaget kan därför påverka kvinnor och män olika. Förvaltningen följer upp utfallet könsuppdelat i verksamhetsberättelsen för 2021.",
	"Förslaget har analyserats utifrån stadens jämställdhetsmål. I stadens trygghetsmätning 2022 uppgav 41 procent av flickorna och 27 procent av pojkarna i årskurs 9 att de känner sig otrygga utomhus på kvällen, medan pojkar och unga män oftare utsätts för våld. Insatserna behöver därför utformas så att de når både flickor och pojkar.",
	"Förslaget är i sin utformning könsneutralt. Samtidigt visar stadens trygghetsundersökning att 38 procent av kvinnorna men 22 procent av männen avstår från att vistas ute efter mörkrets inbrott, varför förvaltningen kommer att följa upp effekterna könsuppdelat.",
	"Kvinnor utgör 61 procent av de äldre som bor ensamma i stadsdelsområdet, medan män i högre grad saknar ett socialt nätverk. Förvaltningen bedömer att äldreombud behöver nå båda grupperna och bidra till det jämställdhetspolitiska målet om jämställd hälsa. Deltagandet redovisas uppdelat på kön.",
	"Förslaget kan uppfattas som könsneutralt, men av de 120 personer som får stödet är 80 kvinnor.",
	"Förslaget påverkar kvinnor och män på samma sätt enligt den könsuppdelade statistiken från brukarundersökningen.",
	# no claim at all: not this rule's business
	"Av dem som använder verksamheten är 62 procent kvinnor.",
	"Insatsen riktar sig främst till unga män, som är överrepresenterade bland de som utsätts för våld.",
]

# The match is the claim as written, line breaks and all, so that it can
# be found in the text and located.
test_match_is_the_claim_as_written if {
	some f in neutrality.deny with input as gea("Förslaget påverkar flickor och pojkar\nlika.")
	f.match == "flickor och pojkar\nlika"
}

test_passes_supported_analyses if {
	flagged := [t | some t in supported; count(neutrality.deny) > 0 with input as gea(t)]
	print("gender-equality/unsupported-neutrality flagged supported analyses:", flagged)
	flagged == []
}

test_passes_without_analysis if {
	# a missing or empty analysis is gender-equality/missing's finding
	count(neutrality.deny) == 0 with input as {"sections": {}}
	count(neutrality.deny) == 0 with input as gea("")
	count(neutrality.deny) == 0 with input as gea(3)
	count(neutrality.deny) == 0 with input as {"sections": "x"}
}
