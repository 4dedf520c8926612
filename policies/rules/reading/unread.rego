# METADATA
# title: En del av dokumentet kunde inte läsas
# description: >-
#   Läsaren såg att något fanns på ett ställe i dokumentet (ett
#   underskriftsblock, ett förslag till beslut, ett datum, en remiss, ett
#   avsnitt) men kunde inte tolka det. I stället för att påstå att det saknas
#   säger tjlint vad som inte gick att läsa och var, så att den som skrivit
#   handlingen kan kontrollera just det stället. Reglerna som annars skulle
#   säga att något saknas är tysta för den delen.
# custom:
#   severity: warning
#   title_en: Part of the document could not be read
#   description_en: >-
#     The reader saw that something was there (a signature block, a decision
#     proposal, a date, a referral, a section) but could not interpret it.
#     Instead of claiming that it is missing, tjlint says what could not be
#     read and where, so that the author can check exactly that place. The
#     rules that would otherwise say that something is missing stay silent
#     for that part.
package tjlint.rules.reading.unread

import data.tjlint.lib.result

deny contains result.fail(path, msg, msg_en) if {
	is_array(input.unread)
	some i, u in input.unread
	is_object(u)
	is_string(u.field)
	not _in_file(u)
	[what, what_en, fix, fix_en] := _part(u.field)
	excerpt := _excerpt(u)
	path := _path(i, u)
	msg := sprintf("%s kunde inte läsas%s%s. %s", [what, _quoted(excerpt), _reason(u), fix])
	msg_en := sprintf("%s could not be read%s%s. %s", [what_en, _quoted(excerpt), _reason_en(u), fix_en])
}

# When the file, not the wording, is what stops the reader (the text is cut
# off, or has lost its line breaks), the message says so and what to do
# with the file.
deny contains result.fail(path, msg, msg_en) if {
	is_array(input.unread)
	some i, u in input.unread
	is_object(u)
	is_string(u.field)
	[how, how_en, fix, fix_en] := _causes[u.cause]
	[what, what_en, _, _] := _part(u.field)
	path := _path(i, u)
	x := _cause_excerpt(u)
	msg := sprintf("%s kunde inte läsas: %s. %s", [what, sprintf(how, [x]), fix])
	msg_en := sprintf("%s could not be read: %s. %s", [what_en, sprintf(how_en, [x]), fix_en])
}

# a page counter stands in the sentence as it is; other excerpts are quoted
# after it
_cause_excerpt(u) := _excerpt(u) if u.cause == "missing-pages"

else := _quoted(_excerpt(u))

_in_file(u) if _causes[u.cause]

# _causes is, for a cause in the file, [what is wrong, in English (each
# with a %s for the excerpt), what to do, in English].
_causes := {
	"cut-off": [
		"texten slutar mitt i en mening, så slutet av handlingen saknas i filen%s",
		"the text stops in the middle of a sentence, so the end of the document is not in the file%s",
		"Granska hela handlingen, till och med underskrifterna.",
		"Check the whole document, up to and including the signatures.",
	],
	"missing-pages": [
		"texten slutar på sida ”%s”, så de sista sidorna saknas i filen",
		"the text stops on page ”%s”, so the last pages are not in the file",
		"Granska hela handlingen, till och med underskrifterna.",
		"Check the whole document, up to and including the signatures.",
	],
	"no-layout": [
		"texten saknar radbrytningar, så underskrifterna går inte att skilja från den löpande texten%s",
		"the text has lost its line breaks, so the signatures cannot be told from the running text%s",
		"Spara handlingen med ett stycke per rad, eller som Word-fil, och granska den igen.",
		"Save the document with one paragraph per line, or as a Word file, and check it again.",
	],
}

# The finding points at the excerpt, which the reader placed at its line.
_path(i, u) := ["unread", i, "excerpt"] if {
	is_string(u.excerpt)
} else := ["unread", i]

_excerpt(u) := e if {
	is_string(u.excerpt)
	e := _short(_one_line(u.excerpt))
	e != ""
} else := ""

_quoted("") := ""

_quoted(e) := sprintf(": ”%s”", [e]) if e != ""

_one_line(s) := concat(" ", [w | some w in regex.split(`\s+`, trim_space(s)); w != ""])

_short(s) := concat("", [substring(s, 0, 80), "…"]) if {
	count(s) > 81
} else := s

_reason(u) := sprintf(" (%s)", [trim_right(trim_space(u.reason), ".")]) if {
	is_string(u.reason)
	trim_space(u.reason) != ""
} else := ""

# the reason is the reader's, in Swedish; English output names no reason
_reason_en(_) := ""

# _parts is, for a field of the case model, [what, what in English, how to
# check, how to check in English], in the words of the document.
_parts := {
	"signatories": [
		"Underskriftsblocket", "The signature block",
		"Kontrollera att varje undertecknare står med namn och titel.",
		"Check that every signatory is given with name and title.",
	],
	"decision_proposal": [
		"Förslaget till beslut", "The decision proposal",
		"Kontrollera att varje beslutspunkt är en egen mening eller en egen punkt i en lista.",
		"Check that every decision point is a sentence or list item of its own.",
	],
	"date": [
		"Handlingens datum", "The document's date",
		"Skriv datumet som ÅÅÅÅ-MM-DD, t.ex. 2026-03-12.",
		"Write the date as YYYY-MM-DD, e.g. 2026-03-12.",
	],
	"meeting_date": [
		"Sammanträdesdatumet", "The meeting date",
		"Skriv datumet som ÅÅÅÅ-MM-DD, t.ex. 2026-03-12.",
		"Write the date as YYYY-MM-DD, e.g. 2026-03-12.",
	],
	"dnr": [
		"Diarienumret", "The case number",
		"Kontrollera att diarienumret står i sidhuvudet, t.ex. ”KS 2025/123”.",
		"Check that the case number is in the header, e.g. ”KS 2025/123”.",
	],
	"title": [
		"Ärendemeningen", "The title",
		"Kontrollera att ärendemeningen står som rubrik överst i handlingen.",
		"Check that the title is the heading at the top of the document.",
	],
	"referral": [
		"Remissen", "The referral",
		"Kontrollera att det framgår vem som remitterat ärendet och vilken sista svarsdag som gäller.",
		"Check that the document says who sent the referral and by when it must be answered.",
	],
	"motion": [
		"Motionen", "The motion",
		"Kontrollera att motionens rubrik, motionärer och datum står med.",
		"Check that the motion's title, authors and date are given.",
	],
}

# _part: the field itself, the top-level field of a part of it
# ("referral.deadline"), a section by its usual heading, or any other part.
_part(f) := _parts[f] if {
	_parts[f]
} else := _parts[top] if {
	top := split(f, ".")[0]
	_parts[top]
} else := [
	sprintf("Avsnittet ”%s”", [_sections[name]]), sprintf("The section ”%s”", [_sections[name]]),
	"Kontrollera att avsnittet har en egen rubrik och text under den.",
	"Check that the section has a heading of its own and text under it.",
] if {
	startswith(f, "sections.")
	name := split(f, ".")[1]
	_sections[name]
} else := [
	"En del av handlingen", "A part of the document",
	"Kontrollera texten på det stället.",
	"Check the text at that place.",
]

_sections := {
	"summary": "Sammanfattning",
	"background": "Bakgrund",
	"preparation": "Ärendets beredning",
	"matter": "Ärendet",
	"assessment": "Förvaltningens bedömning",
	"gender_equality": "Jämställdhetsanalys",
	"child_rights": "Barnrättsperspektiv",
	"economy": "Ekonomiska konsekvenser",
	"decision_basis": "Beslutsunderlag",
	"distribution": "Beslutet skickas till",
	"other": "Övriga avsnitt",
}
