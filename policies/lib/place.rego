# METADATA
# title: Platser i handlingen
# description: >-
#   Hjälpfunktioner som säger var i handlingen ett värde står, i ord som
#   handläggaren känner igen (rubriken, beslutspunkten), och som går igenom
#   alla texter i ärendet.
package tjlint.lib.place

# texts yields [path, text] for every string in the case that a reader took
# from the document: the title and the other top-level texts, the decision
# points, the sections' headings and texts, the signatories, the referral and
# the motion. The model's own bookkeeping (suppressions, what could not be
# read, the version and the kind) is not text of the document. The paths are
# listed rather than walked: walk visits every node of the case, and this
# runs for every case.
texts := [t | some part in [_top_texts, _points, _sections, _other, _signatories, _referral, _motion]; some t in part]

# Arrays, not sets: a set hashes every element, and the elements carry the
# whole text of a section.
_top_texts := [[[k], v] | some k in _top; v := input[k]; is_string(v)]

_points := [[["decision_proposal", i], v] | some i, v in input.decision_proposal; is_string(v)]

_sections := [[["sections", k, f], v] |
	some k, sec in input.sections
	k != "other"
	some f in _section_fields
	v := sec[f]
	is_string(v)
]

_other := [[["sections", "other", i, f], v] |
	some i, sec in input.sections.other
	some f in _section_fields
	v := sec[f]
	is_string(v)
]

_signatories := [[["signatories", i, f], v] |
	some i, sig in input.signatories
	some f in ["name", "title"]
	v := sig[f]
	is_string(v)
]

_referral := [[["referral", f], v] | some f, v in input.referral; is_string(v)]

_motion := array.concat(
	[[["motion", "title"], v] | v := input.motion.title; is_string(v)],
	[[["motion", "authors", i], v] | some i, v in input.motion.authors; is_string(v)],
)

_top := ["title", "dnr", "authority", "recipient"]

_section_fields := ["heading", "text"]

# all_text is every text of the case in one string, one per line: a rule
# asks one regex of it first, and looks at the texts one by one only when
# it matches (most cases are clean).
all_text := concat("\n", [s | some [_, s] in texts])

# where is the Swedish phrase for the place of path in the document, to be
# used after the finding's subject: "i beslutspunkt 2", "under rubriken
# ”Bakgrund”", "i ärendemeningen".
where(path) := sprintf("i beslutspunkt %d", [path[1] + 1]) if {
	path[0] == "decision_proposal"
	is_number(path[1])
} else := sprintf("i rubriken ”%s”", [h]) if {
	path[0] == "sections"
	path[count(path) - 1] == "heading"
	h := _heading(path)
} else := sprintf("under rubriken ”%s”", [h]) if {
	path[0] == "sections"
	h := _heading(path)
} else := s if {
	s := _fields[path[0]][0]
} else := "i handlingen"

# where_en is where in English.
where_en(path) := sprintf("in decision point %d", [path[1] + 1]) if {
	path[0] == "decision_proposal"
	is_number(path[1])
} else := sprintf("in the heading ”%s”", [h]) if {
	path[0] == "sections"
	path[count(path) - 1] == "heading"
	h := _heading(path)
} else := sprintf("under the heading ”%s”", [h]) if {
	path[0] == "sections"
	h := _heading(path)
} else := s if {
	s := _fields[path[0]][1]
} else := "in the document"

_fields := {
	"title": ["i ärendemeningen", "in the title"],
	"dnr": ["i diarienumret", "in the case number"],
	"authority": ["i namnet på det beslutande organet", "in the name of the deciding body"],
	"recipient": ["i mottagaren", "in the recipient"],
	"date": ["i handlingens datum", "in the document's date"],
	"meeting_date": ["i sammanträdesdatumet", "in the meeting date"],
	"referral": ["i uppgifterna om remissen", "in the referral's details"],
	"motion": ["i uppgifterna om motionen", "in the motion's details"],
	"decision_proposal": ["i förslaget till beslut", "in the decision proposal"],
	"signatories": ["hos undertecknarna", "in the signatures"],
}

# _heading is the heading, as written, of the section that path is in.
_heading(path) := h if {
	path[1] != "other"
	h := input.sections[path[1]].heading
	is_string(h)
	trim_space(h) != ""
} else := h if {
	path[1] == "other"
	h := input.sections.other[path[2]].heading
	is_string(h)
	trim_space(h) != ""
}
