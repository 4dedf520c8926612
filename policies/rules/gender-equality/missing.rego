# METADATA
# title: Jämställdhetsanalys saknas
# description: >-
#   Ärendet ska ha en jämställdhetsanalys som beskriver hur förslaget påverkar
#   kvinnor och män, flickor och pojkar. Regeln säger till när avsnittet
#   saknas, och när avsnittet finns men inte innehåller någon analys: det är tomt, bara en
#   rubrik, ett streck, en hänvisning (”Se bilaga.”) eller ett avböjande
#   (”Ej relevant.”, ”Inte aktuellt”, ”Någon jämställdhetsanalys har inte
#   gjorts.”). Nivån är varning: många kommuners mallar (t.ex. Kungsbackas)
#   har ingen sådan rubrik, så ett fel på varje sådan handling vore ett falskt
#   fel. En kommun vars mall kräver avsnittet (Stockholms stadsdelsnämnder,
#   Malmö) sätter nivån till error i sin konfiguration eller profil, en kommun
#   utan krav stänger av regeln. När läsaren såg ett avsnitt men inte kunde
#   tolka det säger reading/unread det i stället.
# related_resources:
#   - ref: https://skr.se/demokratiledningstyrning/manskligarattigheterjamlikhet/jamstalldhet/jamstalldhetsintegreringvagledning/checklista/7ibeslutsunderlagfinnsenbeskrivningavkonsekvenserforkvinnorochmanflickorochpojkar.15840.html
#     description: SKR, checklista 7 – i beslutsunderlag finns en beskrivning av konsekvenser för kvinnor och män, flickor och pojkar
#   - ref: https://rapporter.skr.se/handledning-i-jamstalldhetsanalys.html
#     description: SKR, handledning i jämställdhetsanalys
# custom:
#   # domain.md G01: "E under profiles whose template requires it, W by
#   # default when the matter concerns people". The default is therefore a
#   # warning. Nearly every matter a nämnd decides concerns people (who uses
#   # a fritidsgård, who walks a lit path), and word lists for "concerns
#   # people" missed such matters, so the absence is reported whatever the
#   # topic; the level is the municipality's to raise or switch off.
#   severity: warning
#   title_en: Gender equality analysis missing
#   description_en: >-
#     The case must have a gender equality analysis describing how the
#     proposal affects women and men, girls and boys. The rule reports an
#     absent section, and a section that is there but holds no analysis: empty, a bare heading, a
#     dash, a pointer ("Se bilaga.") or a refusal ("Ej relevant.", "Inte
#     aktuellt", "Någon jämställdhetsanalys har inte gjorts."). The level is
#     warning: many municipalities' templates (Kungsbacka's, say) have no such
#     heading, so an error on every such document would be a false error. A
#     municipality whose template requires the section sets the level to
#     error in its configuration or profile; one without the requirement
#     switches the rule off. When the reader saw a section it could not
#     interpret, reading/unread says so instead.
#   params:
#     # what an analysis at least speaks of: women and men, girls and boys,
#     # sex or gender equality (RE2, case-insensitive)
#     subjects:
#       - 'kvinn'
#       - '\bmän\b'
#       - 'manlig'
#       - 'kvinnlig'
#       - 'flick'
#       - 'pojk'
#       - 'kön'
#       - 'jämställd'
#       - 'jämlik'
#     # a text of at most this many words that speaks of none of the
#     # subjects is no analysis ("Ej relevant.", "Inte aktuellt", "-")
#     max_empty_words: 8
#     # a text that is only a pointer or a refusal, at any length (RE2,
#     # case-insensitive, the whole text)
#     refusals:
#       - '(?:se|enligt)\s+(?:bifogad\s+|separat\s+)?(?:bilaga|bilagor|bilagan|underlag|checklista)(?:\s+[\p{L}\d:,.-]+){0,4}'
#       - '(?:ej|inte)\s+(?:relevant|aktuell|aktuellt|tillämpligt?)'
#       - '(?:någon\s+)?jämställdhetsanalys\s+(?:har\s+)?(?:inte|ej)\s+(?:gjorts|genomförts|utförts)'
#       - 'saknas'
#       - '[-–—.\s]*'
package tjlint.rules["gender-equality"].missing

import data.tjlint.lib.result
import data.tjlint.lib.text

_p := data.tjlint.params["gender-equality/missing"]

_subjects_re := sprintf(`(?i)(?:%s)`, [concat("|", _p.subjects)])

_refusal_re := sprintf(`(?is)^\s*(?:%s)\s*[.!]?\s*$`, [concat("|", _p.refusals)])

deny contains result.fail(
	["sections", "gender_equality"],
	"Jämställdhetsanalys saknas. Lägg till ett avsnitt ”Jämställdhetsanalys” som beskriver hur förslaget påverkar kvinnor och män, flickor och pojkar.",
	"The gender equality analysis is missing. Add a ”Jämställdhetsanalys” section describing how the proposal affects women and men, girls and boys.",
) if {
	not text.has_section("gender_equality")
	not text.unread("sections.gender_equality")
}

deny contains result.fail(
	["sections", "gender_equality", "text"],
	sprintf("Avsnittet ”%s” finns men är tomt och säger inget om kvinnor och män. Beskriv hur förslaget påverkar kvinnor och män, flickor och pojkar, eller varför det inte berör dem.", [_heading]),
	sprintf("The section ”%s” is there but empty and says nothing of women and men. Describe how the proposal affects women and men, girls and boys, or why it does not concern them.", [_heading]),
) if {
	text.has_section("gender_equality")
	not text.unread("sections.gender_equality")
	text.blank(object.get(input.sections.gender_equality, "text", null))
}

deny contains result.fail(
	["sections", "gender_equality", "text"],
	sprintf("Avsnittet ”%s” finns men säger inget om kvinnor och män: ”%s” är ingen analys. Beskriv hur förslaget påverkar kvinnor och män, flickor och pojkar, eller varför det inte berör dem.", [_heading, _quote(t)]),
	sprintf("The section ”%s” is there but says nothing of women and men: ”%s” is no analysis. Describe how the proposal affects women and men, girls and boys, or why it does not concern them.", [_heading, _quote(t)]),
) if {
	text.has_section("gender_equality")
	not text.unread("sections.gender_equality")
	t := input.sections.gender_equality.text
	is_string(t)
	not text.blank(t)
	_no_analysis(trim_space(t))
}

# _no_analysis: the whole text is a pointer or a refusal, or it is short and
# speaks neither of women and men nor of gender equality. An analysis of a
# few lines is longer than any of these, and skips the regexes.
_no_analysis(t) if {
	count(t) <= 200
	regex.match(_refusal_re, t)
}

_no_analysis(t) if {
	count(t) <= 200
	count(regex.split(`\s+`, t)) <= _p.max_empty_words
	not regex.match(_subjects_re, t)
}

_heading := h if {
	is_string(input.sections.gender_equality.heading)
	h := trim_space(input.sections.gender_equality.heading)
	h != ""
} else := "Jämställdhetsanalys"

_quote(t) := concat(" ", [w | some w in regex.split(`\s+`, trim_space(t)); w != ""])
