# METADATA
# title: Könsneutralitet påstås utan underlag
# description: >-
#   Jämställdhetsanalysen konstaterar bara att förslaget är könsneutralt eller
#   saknar konsekvenser (”könsneutral”, ”påverkar kvinnor och män på (ungefär)
#   samma sätt”, ”inga konsekvenser för jämställdheten” …) utan underlag:
#   inga siffror eller könsuppdelad statistik, ingen beskrivning av vilka
#   kvinnor och män som berörs och ingen koppling till jämställdhetsmålen.
#   Könsneutral politik kan bevara befintlig ojämställdhet (”könsblind”).
# related_resources:
#   - ref: https://skr.se/demokratiledningstyrning/manskligarattigheterjamlikhet/jamstalldhet/jamstalldhetsintegreringvagledning/checklista/7ibeslutsunderlagfinnsenbeskrivningavkonsekvenserforkvinnorochmanflickorochpojkar.15840.html
#     description: SKR, checklista 7 – i beslutsunderlag finns en beskrivning av konsekvenser för kvinnor och män, flickor och pojkar
#   - ref: https://eige.europa.eu/publications-resources/thesaurus/terms/1071?lang=cs&language_content_entity=sv
#     description: EIGE, könsneutral politik (”könsblind”)
#   - ref: https://rapporter.skr.se/handledning-i-jamstalldhetsanalys.html
#     description: SKR, handledning i jämställdhetsanalys
# custom:
#   severity: warning
#   title_en: Gender neutrality claimed without support
#   description_en: >-
#     The gender equality analysis only states that the proposal is
#     gender-neutral or has no consequences, with no support: no figures or
#     sex-disaggregated statistics, no description of which women and men are
#     affected, no link to the gender equality goals. Gender-neutral policy can
#     preserve existing inequality ("gender-blind").
#   params:
#     # phrases that claim neutrality or no impact (RE2, case-insensitive)
#     claims:
#       - 'köns(?:neutral|blind)'
#       - 'jämställdhetsneutral'
#       - '(?:kvinnor\s+och\s+män|män\s+och\s+kvinnor|flickor\s+och\s+pojkar|pojkar\s+och\s+flickor)\s+(?:på\s+)?(?:ungefär\s+)?(?:samma\s+sätt|lika)'
#       - '(?:inte|ej)\s+(?:(?:påverka|påverkar|beröra|berör|drabba|gynna|missgynna)\s+)?(?:kvinnor\s+och\s+män|män\s+och\s+kvinnor|flickor\s+och\s+pojkar|pojkar\s+och\s+flickor)\s+olika'
#       - '(?:inga|ingen|(?:inte|ej)\s+(?:ha\s+|få\s+|medföra\s+|innebära\s+)?(?:några|någon))\s+(?:särskilda\s+|särskild\s+)?(?:konsekvenser|effekter|påverkan|betydelse)\s+(?:för|på|ur)\s+(?:ett\s+)?jämställdhet'
#       - '(?:inte|ej)\s+(?:\p{L}+\s+){0,2}(?:påverka|beröra)\s+jämställdhet'
#       - 'berör\s+(?:kvinnor\s+och\s+män|män\s+och\s+kvinnor|båda\s+könen)\s+lika'
#     # what counts as support for the claim (RE2, case-insensitive): figures,
#     # sex-disaggregated data, the groups affected, the goals
#     support:
#       - '\d[\d\s,.]*\s*(?:%|procent)'
#       - '\d+\s+(?:av\s+\d+\s+)?(?:kvinnor|män|flickor|pojkar|personer|deltagare|brukare|elever|invånare|barn|äldre|anställda|medarbetare)'
#       - 'könsuppdel'
#       - 'uppdelat?\s+(?:på|efter)\s+kön'
#       - '(?:efter|per)\s+kön'
#       - 'statistik'
#       - 'jämställdhetsmål'
#       - 'jämställdhetspolitisk'
#       - '(?:andel(?:en)?|majoritet(?:en)?|merparten|flertalet)\s+(?:av\s+)?'
#       - '(?:över|under)representerade'
#       - '(?:fler|färre)\s+(?:kvinnor|män|flickor|pojkar)'
#       - '(?:kvinnor|män|flickor|pojkar)[^.!?]{0,80}(?:i\s+högre\s+grad|i\s+lägre\s+grad|oftare|mer\s+sällan|i\s+större\s+utsträckning|i\s+mindre\s+utsträckning|mer\s+än|mindre\s+än|fler\s+än|färre\s+än)'
package tjlint.rules["gender-equality"]["unsupported-neutrality"]

import data.tjlint.lib.result
import data.tjlint.lib.text

_p := data.tjlint.params["gender-equality/unsupported-neutrality"]

# Two regexes built from the parameters (folded into constants at load).
_claim_re := sprintf(`(?i)(?:%s)`, [concat("|", _p.claims)])

_support_re := sprintf(`(?i)(?:%s)`, [concat("|", _p.support)])

# The finding points at the claim itself inside the analysis's text.
deny contains result.fail_match(["sections", "gender_equality", "text"], claim, msg, msg_en) if {
	t := text.section_text("gender_equality")

	# Support first: most analyses have figures early in the text, which
	# ends the search quickly, while looking for a claim scans all of it.
	not regex.match(_support_re, t)
	[claim] := regex.find_n(_claim_re, t, 1)
	c := _squash(claim)
	msg := sprintf("Jämställdhetsanalysen konstaterar bara att förslaget är neutralt eller saknar konsekvenser (”%s”) utan underlag. Redovisa vilka kvinnor och män, flickor och pojkar som berörs, med könsuppdelad statistik, och hur förslaget förhåller sig till jämställdhetsmålen.", [c])
	msg_en := sprintf("The gender equality analysis only states that the proposal is neutral or has no consequences (”%s”) without support. Describe which women and men, girls and boys are affected, with sex-disaggregated statistics, and how the proposal relates to the gender equality goals.", [c])
}

# _squash shows a matched phrase on one line.
_squash(s) := concat(" ", [w | some w in split(replace(replace(s, "\n", " "), "\t", " "), " "); w != ""])
