# METADATA
# title: Prövning av barnets bästa saknas
# description: >-
#   Ärendet rör barn – ärendemeningen, sammanfattningen eller förslaget till
#   beslut talar om barn, elever, ungdomar eller vårdnadshavare, eller
#   ärendemeningen eller förslaget om förskola eller skola – men handlingen
#   har inget avsnitt om barnets rättigheter och säger inget om barnets bästa.
#   Ett beslut som bara noterar information eller godkänner en rapport räknas
#   inte, och inte heller ord i ett namn (”nämnden för Förskola &
#   Grundskola”). Barnkonventionen är svensk lag (lag 2018:1197), och enligt
#   artikel 3 ska barnets bästa komma i främsta rummet vid alla åtgärder som
#   rör barn.
# related_resources:
#   - ref: https://lagen.nu/2018:1197
#     description: Lag (2018:1197) om Förenta nationernas konvention om barnets rättigheter, artikel 3
#   - ref: https://provningbarnetsbasta.barnombudsmannen.se/
#     description: Barnombudsmannen, prövning av barnets bästa inför åtgärder som berör barn
# custom:
#   severity: warning
#   title_en: Best-interests-of-the-child assessment missing
#   description_en: >-
#     The matter concerns children – the title, the summary or the decision
#     proposal speaks of children, pupils, young people or guardians, or the
#     title or the proposal of preschool or school – but the document has no
#     section on children's rights and says nothing of the best interests of
#     the child. A decision that only takes note of information or approves a
#     report does not count, nor do words in a name (”nämnden för Förskola &
#     Grundskola”). The Convention on the
#     Rights of the Child is Swedish law (Act 2018:1197), and under article 3
#     the best interests of the child shall be a primary consideration in all
#     actions concerning children.
#   params:
#     # lower-case RE2 fragments, matched as whole words: people who are
#     # children, counted in the title, the summary and the decision points
#     people:
#       - barn\p{L}*
#       - elev\p{L}*
#       - ungdom\p{L}*
#       - vårdnadshavar\p{L}*
#       - minderårig\p{L}*
#       - familjehem\p{L}*
#       - lvu
#     # places for children, counted only in the title and the decision
#     # points (a summary may name a school as a workplace or an address)
#     places:
#       - förskol\p{L}*
#       - grundskol\p{L}*
#       - gymnasieskol\p{L}*
#       - särskol\p{L}*
#       - grundsärskol\p{L}*
#       - skol(?:a|an|ans|or|orna|ornas)
#       - skol(?:barn|gång|mat|måltid|skjuts|gård|hälso|klass)\p{L}*
#       - fritidshem\p{L}*
#       - fritidsgård\p{L}*
#     # lower-case RE2 fragments that start the stated ground of a decision
#     # point: words after them give the reason, not what is decided
#     grounds:
#       - med\s+hänvisning\s+till
#       - med\s+anledning\s+av
#       - mot\s+bakgrund\s+av
#       - eftersom
#     # words that start like one above but are not about children
#     not_children:
#       - barnbarn\p{L}*
#     # decisions that only take note of information or approve a report
#     # are no action concerning children by themselves
#     takes_note:
#       - (?:har\s+)?(?:tagit|tar)\s+del\s+av
#       - noterar
#       - antecknar
#       - lägger\s+(?:\p{L}+\s+){0,3}till\s+handlingarna
#       - (?:godkänner|fastställer|antar|överlämnar)\s+(?:\p{L}+\s+){0,3}(?:uppföljning|prognos|årsredovisning|delårsrapport|delårsbokslut|bokslut|verksamhetsberättelse|patientsäkerhetsberättelse|redovisning|rapport)\p{L}*
#     # lower-case RE2 fragments, matched as whole words in every heading
#     # (with text under it) and text: the document states an assessment
#     assessment:
#       - barnets\s+bästa
#       - barnens\s+bästa
#       - barnkonvention\p{L}*
#       - konventionen\s+om\s+barnets\s+rättigheter
#       - barnrätt\p{L}*
#       - barnperspektiv\p{L}*
#       - barnkonsekvens\p{L}*
#       - barnchecklist\p{L}*
#       - 2018:1197
package tjlint.rules["child-rights"].missing

import data.tjlint.lib.evidence
import data.tjlint.lib.place
import data.tjlint.lib.proposal
import data.tjlint.lib.result
import data.tjlint.lib.text
import data.tjlint.lib.words

_params := data.tjlint.params["child-rights/missing"]

_people_re := concat("|", _params.people)

_children_re := concat("|", array.concat(_params.people, _params.places))

_not_children_re := concat("|", _params.not_children)

_assessment_re := concat("|", _params.assessment)

deny contains result.fail_match_at(path, word, o, msg, msg_en) if {
	[_, path, o, word] := _first_mention
	not _assessed
	not evidence.unread("sections.child_rights")
	not proposal.takes_note(concat("|", _params.takes_note))
	msg := sprintf("Ärendet rör barn (”%s” %s), men handlingen säger inget om barnets bästa. Barnkonventionen är svensk lag (lag 2018:1197), och enligt artikel 3 ska barnets bästa komma i främsta rummet vid alla åtgärder som rör barn. Lägg till ett avsnitt ”Barnrättsperspektiv” som beskriver hur förslaget påverkar barnen och hur deras bästa har vägts in, eller skriv varför förslaget inte berör barn.", [word, place.where(path)])
	msg_en := sprintf("The matter concerns children (”%s” %s), but the document says nothing of the best interests of the child. The Convention on the Rights of the Child is Swedish law (Act 2018:1197), and under article 3 the best interests of the child shall be a primary consideration in all actions concerning children. Add a section ”Barnrättsperspektiv” describing how the proposal affects children and how their best interests were weighed, or say why the proposal does not concern children.", [word, place.where_en(path)])
}

# _assessed: a child-rights section with text, or any heading or text that
# speaks of the child's best interests or the convention.
_assessed if not text.blank(text.section_text("child_rights"))

_assessed if {
	some [path, s] in place.texts
	not _empty_heading(path)
	words.has(s, _assessment_re)
}

# A heading with nothing under it ("Barnperspektiv" and no text) states no
# assessment.
_empty_heading(path) if {
	path[count(path) - 1] == "heading"
	text.blank(object.get(input, array.concat(array.slice(path, 0, count(path) - 1), ["text"]), null))
}

# The places that say what the matter is about, in the order they are
# searched, with the words that count there: [rank, path, regex].
_places contains [0, ["title"], _children_re] if is_string(input.title)

_places contains [1, ["sections", "summary", "text"], _people_re] if is_string(input.sections.summary.text)

_places contains [2 + i, ["decision_proposal", i], _children_re] if {
	some i, p in input.decision_proposal
	is_string(p)
}

_grounds_re := concat("|", _params.grounds)

_mentions contains [rank, path, o, word] if {
	some [rank, path, re] in _places
	s := object.get(input, path, "")
	words.has(s, re)
	some [o, word] in words.matches(s, re)
	not _not_children(s, o)
	not _proper_name(s, o, word)
	not _in_slash_list(s, o, word)
	not _in_ground(path, s, o)
}

# In a decision point, a word in the stated ground ("avslår motionen med
# hänvisning till att gymnasieskolorna redan …") is the reason, not what is
# decided.
_in_ground(path, s, o) if {
	path[0] == "decision_proposal"
	some [g, _] in words.matches(s, _grounds_re)
	g < o
}

# A capitalised word inside a sentence is part of a name: "nämnden för
# Förskola & Grundskola", "enheten Barn & Unga".
_proper_name(s, o, word) if {
	first := substring(word, 0, 1)
	first != lower(first)
	not _sentence_start(s, o)
}

_sentence_start(s, o) if {
	before := trim_right(substring(s, 0, o), " \t\u00a0")
	before == ""
}

_sentence_start(s, o) if {
	before := trim_right(substring(s, 0, o), " \t\u00a0")
	regex.match(`[.!?:\n•–-]$`, before)
}

# A word in a list of alternatives joined by slashes is a category, not the
# subject of the matter: "make/maka/barn/syskon".
_in_slash_list(s, o, _) if {
	o > 0
	substring(s, o - 1, 1) == "/"
}

_in_slash_list(s, o, word) if substring(s, o + count(word), 1) == "/"

_not_children(s, o) if {
	some [o2, _] in words.matches(s, _not_children_re)
	o2 == o
}

# _first_mention is the earliest mention: one finding per document.
_first_mention := m if {
	some m in _mentions
	every x in _mentions {
		[x[0], x[2]] >= [m[0], m[2]]
	}
}
