# METADATA
# title: Rubrik gjord med fet text
# description: >-
#   En rubrik i Word-dokumentet är gjord med fet text i stället för en
#   rubrikformatmall (Rubrik 1, Rubrik 2 …). Den ser ut som en rubrik men är
#   vanlig text för en skärmläsare, syns inte i navigeringsfönstret och blir
#   ingen rubrik i en taggad PDF.
# related_resources:
#   - ref: https://www.riksdagen.se/sv/dokument-och-lagar/dokument/svensk-forfattningssamling/lag-20181937-om-tillganglighet-till-digital_sfs-2018-1937/
#     description: Lag (2018:1937) om tillgänglighet till digital offentlig service
#   - ref: https://www.digg.se/kunskap-och-stod/regler-och-rekommendationer/regler-och-rekommendationer/dokument-ska-vara-tillgangliga
#     description: DIGG, dokument ska vara tillgängliga
#   - ref: https://www.digg.se/webbriktlinjer/appar-dokument-och-pdf/skapa-tillgangliga-pdf-dokument
#     description: DIGG, skapa tillgängliga PDF-dokument
#   - ref: https://www.etsi.org/deliver/etsi_en/301500_301599/301549/03.02.01_60/en_301549v030201p.pdf
#     description: EN 301 549 V3.2.1, kapitel 10 (dokument som inte är webbsidor), 10.1.3.1 Information och relationer
# custom:
#   severity: warning
#   title_en: Heading made with bold text
#   description_en: >-
#     A heading in the Word document is bold text instead of a heading style
#     (Heading 1, Heading 2 …): it looks like a heading but is plain text to a
#     screen reader and in a tagged PDF.
package tjlint.rules.accessibility["fake-heading"]

import data.tjlint.lib.result

deny contains result.fail(["file", "fake_headings", i], msg, msg_en) if {
	some i, heading in input.file.fake_headings
	msg := sprintf("Rubriken ”%s” är gjord med fet text, inte med en rubrikformatmall; för en skärmläsare är den vanlig text. Markera raden och välj formatmallen Rubrik 2 (eller den nivå rubriken har) under Start > Formatmallar.", [heading])
	msg_en := sprintf("The heading %q is bold text, not a heading style; to a screen reader it is plain text. Select the line and apply the Heading 2 style (or the heading's level).", [heading])
}
