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
