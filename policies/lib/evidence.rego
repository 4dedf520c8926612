# METADATA
# title: Det som inte kunde läsas
# description: >-
#   Hjälpfunktioner för ärendemodellens lista unread: det som läsaren såg men
#   inte kunde tolka. En regel som säger att något saknas ska inte säga det
#   när läsaren har sett något på platsen som den inte kunde tolka.
package tjlint.lib.evidence

# unread is true when a reader recorded that it saw but could not interpret
# field (a top-level key such as "decision_proposal", or "sections.<name>").
unread(field) if {
	some u in input.unread
	u.field == field
}

# end_unseen is true when the reader did not see the end of the document:
# the text stops mid-sentence (cause "cut-off") or before its last page
# ("missing-pages"), or has lost the line breaks
# a closing is read by (cause "no-layout"). Whatever stands late in a
# document (the signatures, a decision proposal at the end) may then be
# there without the reader having seen it.
end_unseen if {
	some u in input.unread
	u.cause in {"cut-off", "missing-pages", "no-layout"}
}
