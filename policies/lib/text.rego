# METADATA
# title: Texthjälp
# description: Hjälpfunktioner för text i ärendemodellen.
package tjlint.lib.text

# blank is true for a missing value, a non-string or whitespace-only text.
blank(s) if not is_string(s)

blank(s) if trim_space(s) == ""

# section_text is the text of section key, or "" when it is missing.
section_text(key) := t if {
	t := input.sections[key].text
	is_string(t)
} else := ""

# has_section is true when the case has section key as an object.
has_section(key) if is_object(input.sections[key])

# unread is true when a reader recorded (in the case's unread list) that it
# saw field, a part of it or the whole it belongs to ("sections" for
# "sections.gender_equality") but could not interpret it. A rule that would
# say field is missing stays silent then: reading/unread says what could not
# be read, and where.
unread(field) if {
	is_array(input.unread)
	some u in input.unread
	is_string(u.field)
	_covers(u.field, field)
}

_covers(f, field) if f == field

_covers(f, field) if startswith(f, concat("", [field, "."]))

_covers(f, field) if startswith(field, concat("", [f, "."]))
