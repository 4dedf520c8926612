# METADATA
# title: Prövning av barnets bästa saknas
# description: >-
#   Ärendet rör barn – ärendemeningen, sammanfattningen eller förslaget till
#   beslut talar om barn, elever, förskola, skola, unga eller vårdnadshavare –
#   men handlingen har inget avsnitt om barnets rättigheter och säger inget om
#   barnets bästa. Barnkonventionen är svensk lag (lag 2018:1197), och enligt
#   artikel 3 ska barnets bästa komma i främsta rummet vid alla åtgärder som
#   rör barn.
# related_resources:
#   - ref: https://www.riksdagen.se/sv/dokument-och-lagar/dokument/svensk-forfattningssamling/lag-20181197-om-forenta-nationernas-konvention_sfs-2018-1197/
#     description: Lag (2018:1197) om Förenta nationernas konvention om barnets rättigheter, artikel 3
#   - ref: https://www.barnombudsmannen.se/barnombudsmannen/barnkonventionen/
#     description: Barnombudsmannen om barnkonventionen och prövning av barnets bästa
# custom:
#   severity: warning
#   title_en: Best-interests-of-the-child assessment missing
#   description_en: >-
#     The matter concerns children – the title, the summary or the decision
#     proposal speaks of children, pupils, preschool, school, young people or
#     guardians – but the document has no section on children's rights and
#     says nothing of the best interests of the child. The Convention on the
#     Rights of the Child is Swedish law (Act 2018:1197), and under article 3
#     the best interests of the child shall be a primary consideration in all
#     actions concerning children.
#   params:
#     # lower-case RE2 fragments, matched as whole words in the title, the
#     # summary and the decision points: the matter concerns children
#     children:
#       - barn\p{L}*
#       - elev\p{L}*
#       - förskol\p{L}*
#       - grundskol\p{L}*
#       - gymnasieskol\p{L}*
#       - (?:grund)?särskol\p{L}*
#       - skol(?:a|an|ans|or|orna|ornas)
#       - skol(?:barn|elev|gång|mat|måltid|skjuts|gård|hälso|lokal|verksamhet|klass|år)\p{L}*
#       - fritidshem\p{L}*
#       - fritidsgård\p{L}*
#       - unga
#       - ungdom\p{L}*
#       - vårdnadshavar\p{L}*
#       - minderårig\p{L}*
#       - familjehem\p{L}*
#       - lvu
#     # phrases that start like a word above but are not about children
#     not_children:
#       - unga\s+vuxna
#     # lower-case RE2 fragments, matched as whole words in every heading
#     # and text: the document states an assessment
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
import data.tjlint.lib.result
import data.tjlint.lib.text
import data.tjlint.lib.words

_params := data.tjlint.params["child-rights/missing"]

_children_re := concat("|", _params.children)

_not_children_re := concat("|", _params.not_children)

_assessment_re := concat("|", _params.assessment)

deny contains result.fail_match_at(path, word, o, msg, msg_en) if {
	not _assessed
	not evidence.unread("sections.child_rights")
	[_, path, o, word] := _first_mention
	msg := sprintf("Ärendet rör barn (”%s” %s), men handlingen säger inget om barnets bästa. Barnkonventionen är svensk lag (lag 2018:1197), och enligt artikel 3 ska barnets bästa komma i främsta rummet vid alla åtgärder som rör barn. Lägg till ett avsnitt ”Barnrättsperspektiv” som beskriver hur förslaget påverkar barnen och hur deras bästa har vägts in, eller skriv varför förslaget inte berör barn.", [word, place.where(path)])
	msg_en := sprintf("The matter concerns children (”%s” %s), but the document says nothing of the best interests of the child. The Convention on the Rights of the Child is Swedish law (Act 2018:1197), and under article 3 the best interests of the child shall be a primary consideration in all actions concerning children. Add a section ”Barnrättsperspektiv” describing how the proposal affects children and how their best interests were weighed, or say why the proposal does not concern children.", [word, place.where_en(path)])
}

# _assessed: a child-rights section with text, or any heading or text that
# speaks of the child's best interests or the convention.
_assessed if not text.blank(text.section_text("child_rights"))

_assessed if {
	some [path, s] in place.texts
	not _empty_heading(path)
	words.any(s, _assessment_re)
}

# A heading with nothing under it ("Barnperspektiv" and no text) states no
# assessment.
_empty_heading(path) if {
	path[count(path) - 1] == "heading"
	text.blank(object.get(input, array.concat(array.slice(path, 0, count(path) - 1), ["text"]), null))
}

# The places that say what the matter is about, in the order they are
# searched: [rank, path].
_places contains [0, ["title"]] if is_string(input.title)

_places contains [1, ["sections", "summary", "text"]] if is_string(input.sections.summary.text)

_places contains [2 + i, ["decision_proposal", i]] if {
	some i, p in input.decision_proposal
	is_string(p)
}

_mentions contains [rank, path, o, word] if {
	some [rank, path] in _places
	s := object.get(input, path, "")
	words.any(s, _children_re)
	some [o, word] in words.matches(s, _children_re)
	not _not_children(s, o)
}

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
