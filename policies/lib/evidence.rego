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
