# METADATA
# title: Fynd
# description: Hjälpfunktioner som alla regler använder för att bygga ett fynd.
package tjlint.lib.result

# fail builds a finding: path is a path into the case (keys and indices, e.g.
# ["signatories", 1, "name"]); message is Swedish, message_en English. The
# rule ID and severity come from the rule's package and METADATA.
fail(path, message, message_en) := {"path": path, "message": message, "message_en": message_en}
