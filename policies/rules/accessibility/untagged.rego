# METADATA
# title: PDF-filen är inte taggad
# description: >-
#   Filen är en PDF utan strukturträd (inte taggad). En skärmläsare kan då inte
#   skilja rubriker från brödtext, läsordningen är gissad och tabeller och listor
#   går förlorade. Dokument som publiceras på webben ska vara tillgängliga.
#   Exportera från Word eller LibreOffice med "taggad PDF" (Word: Spara som >
#   PDF > Alternativ > Dokumentstruktureringstaggar för hjälpmedel).
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
#   title_en: The PDF is not tagged
#   description_en: >-
#     The file is a PDF without a structure tree (not tagged): a screen reader
#     cannot tell headings from body text and the reading order is guessed.
#     Export with "tagged PDF" switched on.
package tjlint.rules.accessibility.untagged

import data.tjlint.lib.result

deny contains result.fail(["file", "tagged"], msg, msg_en) if {
	input.file.format == "pdf"
	input.file.tagged == false
	msg := "PDF-filen är inte taggad: en skärmläsare kan inte hitta rubriker, listor och tabeller eller läsa i rätt ordning. Exportera dokumentet på nytt med taggad PDF (Word: Spara som > PDF > Alternativ > ”Dokumentstruktureringstaggar för hjälpmedel”; LibreOffice: Exportera som PDF > ”Taggad PDF”)."
	msg_en := "The PDF is not tagged: a screen reader cannot find headings, lists and tables or read in the right order. Export the document again with tagged PDF switched on."
}
