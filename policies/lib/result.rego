# METADATA
# title: Fynd
# description: Hjälpfunktioner som alla regler använder för att bygga ett fynd.
package tjlint.lib.result

# fail builds a finding: path is a path into the case (keys and indices, e.g.
# ["signatories", 1, "name"]); message is Swedish, message_en English. The
# rule ID and severity come from the rule's package and METADATA.
fail(path, message, message_en) := {"path": path, "message": message, "message_en": message_en}

# fail_match builds a finding about the words match inside the string at
# path (as vale's Alert.Match): tjlint locates the first occurrence of match
# in that string and reports its start and end, not the start of the value.
fail_match(path, match, message, message_en) := {
	"path": path,
	"match": match,
	"message": message,
	"message_en": message_en,
}

# fail_match_at is fail_match for the occurrence of match that starts at
# offset (in characters, as indexof counts) within the string at path.
fail_match_at(path, match, offset, message, message_en) := {
	"path": path,
	"match": match,
	"offset": offset,
	"message": message,
	"message_en": message_en,
}

# with_rewrite adds a suggested replacement to a finding: the text that
# should stand instead of the match (or, without a match, instead of the
# whole value at path). Only for rewrites that are safe and use the
# document's own words.
with_rewrite(f, replacement) := object.union(f, {"replacement": replacement})

# sensitive marks a finding whose matched text must never be shown (a
# personnummer, say): outputs locate it but print neither the match nor a
# snippet of it.
sensitive(f) := object.union(f, {"sensitive": true})
