# METADATA
# title: Undertecknare
# description: >-
#   Hjälpfunktioner för undertecknarna, delade av signatories/unnamed och
#   signatories/untitled så att en undertecknare utan namn inte också flaggas
#   för att titeln saknas.
package tjlint.lib.signatories

_p := data.tjlint.params["signatories/unnamed"]

# One regex, built once per evaluation from the parameters: a whole-name
# placeholder ("XX", "Förnamn Efternamn"), a template mark ("[", "«", "<"),
# or a placeholder word inside a name ("Anna XX").
_placeholder_re := sprintf(`(?i)^\s*(?:%s)\s*$|[%s]|(?:^|\s)(?:%s)(?:\s|$)`, [
	concat("|", _p.placeholder_names),
	_p.placeholder_marks,
	concat("|", _p.placeholder_words),
])

# entries yields [index, signatory] for every signatory that is an object;
# other shapes are the schema's to report.
entries contains [i, s] if {
	is_array(input.signatories)
	some i, s in input.signatories
	is_object(s)
}

# _suspect_re matches every name that has a problem: a placeholder, or a
# name that is blank or a single word once trimmed (only white space around
# a run of characters other than " ", "\t", "\n" and "\u00a0"; the class
# [\t-\r\x{85}\p{Z}] is the white space trim_space removes). A real name
# costs this one regex; problem finds out which reason applies.
_suspect_re := concat("|", [
	_placeholder_re,
	`^[\t-\r\x{85}\p{Z}]*[^ \t\n\x{a0}]*[\t-\r\x{85}\p{Z}]*$`,
])

# problem is [path, Swedish reason, English reason, match] when signatory s
# at index i has no usable name, undefined when the name is fine (or not a
# string, which the schema reports). match is the words the finding is about
# (the placeholder, the single word), "" when there are none.
problem(i, s) := [["signatories", i], "namn saknas", "the name is missing", ""] if {
	not "name" in object.keys(s)
} else := _name_problem(i, s.name) if {
	is_string(s.name)
	regex.match(_suspect_re, s.name)
}

_name_problem(i, name) := [["signatories", i, "name"], "namnet är tomt", "the name is empty", ""] if {
	trim_space(name) == ""
} else := [
	["signatories", i, "name"],
	sprintf("”%s” är en platshållare, inget namn", [m]),
	sprintf("”%s” is a placeholder, not a name", [m]),
	m,
] if {
	regex.match(_placeholder_re, name)
	m := _placeholder(name)
} else := [
	["signatories", i, "name"],
	sprintf("”%s” är bara ett ord", [trim_space(name)]),
	sprintf("”%s” is a single word", [trim_space(name)]),
	trim_space(name),
] if {
	_one_word(trim_space(name))
}

# _placeholder is the placeholder in a name: the word ("XX" in "Anna XX")
# when the rest is a name, else the whole name ("[Namn]", "Förnamn
# Efternamn").
_placeholder(name) := m if {
	not regex.match(sprintf(`(?i)^\s*(?:%s)\s*$|[%s]`, [concat("|", _p.placeholder_names), _p.placeholder_marks]), name)
	[[_, m]] := regex.find_all_string_submatch_n(sprintf(`(?i)(?:^|\s)(%s)(?:\s|$)`, [concat("|", _p.placeholder_words)]), name, 1)
} else := trim_space(name)

_one_word(n) if {
	not contains(n, " ")
	not contains(n, "\t")
	not contains(n, "\n")
	not contains(n, "\u00a0")
}

# named is true for a signatory whose name is a real name.
named(i, s) if {
	is_string(s.name)
	not problem(i, s)
}
