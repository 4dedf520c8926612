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

# problem is [path, Swedish reason, English reason] when signatory s at index
# i has no usable name, undefined when the name is fine (or not a string,
# which the schema reports).
problem(i, s) := [["signatories", i], "namn saknas", "the name is missing"] if {
	not "name" in object.keys(s)
} else := [["signatories", i, "name"], "namnet är tomt", "the name is empty"] if {
	is_string(s.name)
	trim_space(s.name) == ""
} else := [
	["signatories", i, "name"],
	sprintf("«%s» är en platshållare, inget namn", [trim_space(s.name)]),
	sprintf("«%s» is a placeholder, not a name", [trim_space(s.name)]),
] if {
	is_string(s.name)
	regex.match(_placeholder_re, s.name)
} else := [
	["signatories", i, "name"],
	sprintf("«%s» är bara ett ord", [trim_space(s.name)]),
	sprintf("«%s» is a single word", [trim_space(s.name)]),
] if {
	is_string(s.name)
	_one_word(trim_space(s.name))
}

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
