# METADATA
# title: Dokumenttitel saknas
# description: >-
#   Filen har ingen titel i sina metadata (PDF: dokumentinformationen eller
#   XMP; Word: dokumentegenskaperna), eller så är en PDF inte inställd på att
#   visa titeln i stället för filnamnet (/DisplayDocTitle). En skärmläsare och
#   webbläsarens flik visar då filnamnet, t.ex. "TU_2024_0042_slutlig.pdf".
# related_resources:
#   - ref: https://www.riksdagen.se/sv/dokument-och-lagar/dokument/svensk-forfattningssamling/lag-20181937-om-tillganglighet-till-digital_sfs-2018-1937/
#     description: Lag (2018:1937) om tillgänglighet till digital offentlig service
#   - ref: https://www.digg.se/kunskap-och-stod/regler-och-rekommendationer/regler-och-rekommendationer/dokument-ska-vara-tillgangliga
#     description: DIGG, dokument ska vara tillgängliga
#   - ref: https://www.digg.se/webbriktlinjer/appar-dokument-och-pdf/skapa-tillgangliga-pdf-dokument
#     description: DIGG, skapa tillgängliga PDF-dokument
#   - ref: https://www.etsi.org/deliver/etsi_en/301500_301599/301549/03.02.01_60/en_301549v030201p.pdf
#     description: EN 301 549 V3.2.1, kapitel 10 (dokument som inte är webbsidor), 10.2.4.2 Sidans titel
# custom:
#   severity: warning
#   title_en: Document title missing
#   description_en: >-
#     The file has no title in its metadata (PDF info or XMP; Word core
#     properties), or a PDF is not set to show its title instead of the file
#     name (/DisplayDocTitle).
package tjlint.rules.accessibility.title

import data.tjlint.lib.result

deny contains result.fail(["file", "title"], msg, msg_en) if {
	is_string(input.file.format)
	trim_space(object.get(input.file, "title", "")) == ""
	msg := sprintf("Filen har ingen dokumenttitel, så skärmläsare och webbläsare visar filnamnet i stället. Skriv ärendets rubrik som titel (%s).", [_how[input.file.format]])
	msg_en := "The file has no document title, so screen readers and browsers show the file name instead. Enter the case's heading as the title (File > Info > Properties > Title) and save or export again."
}

deny contains result.fail(["file", "title_shown"], msg, msg_en) if {
	input.file.format == "pdf"
	trim_space(object.get(input.file, "title", "")) != ""
	input.file.title_shown == false
	msg := sprintf("PDF-filen har titeln ”%s” men är inte inställd på att visa den; läsprogrammet visar filnamnet. Välj att visa dokumenttiteln (Acrobat: Egenskaper > Inledande vy > Visa dokumenttitel; LibreOffice: Exportera som PDF > Användargränssnitt > Visa dokumenttitel).", [trim_space(input.file.title)])
	msg_en := sprintf("The PDF has the title %q but is not set to show it; viewers show the file name. Set the viewer option to show the document title.", [trim_space(input.file.title)])
}

_how := {
	"pdf": "i Word: Arkiv > Info > Egenskaper > Rubrik, och exportera till PDF igen",
	"docx": "i Word: Arkiv > Info > Egenskaper > Rubrik",
}
