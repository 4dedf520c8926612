# METADATA
# title: Sida utan text
# description: >-
#   En sida i PDF-filen har ingen text alls, oftast en inskannad sida. Den kan
#   inte läsas av en skärmläsare, inte sökas och inte förstoras som text.
#   Publicera originalet som PDF, eller kör teckentolkning (OCR) och kontrollera
#   resultatet.
# related_resources:
#   - ref: https://www.riksdagen.se/sv/dokument-och-lagar/dokument/svensk-forfattningssamling/lag-20181937-om-tillganglighet-till-digital_sfs-2018-1937/
#     description: Lag (2018:1937) om tillgänglighet till digital offentlig service
#   - ref: https://www.digg.se/kunskap-och-stod/regler-och-rekommendationer/regler-och-rekommendationer/dokument-ska-vara-tillgangliga
#     description: DIGG, dokument ska vara tillgängliga
#   - ref: https://www.digg.se/webbriktlinjer/appar-dokument-och-pdf/skapa-tillgangliga-pdf-dokument
#     description: DIGG, skapa tillgängliga PDF-dokument
#   - ref: https://www.etsi.org/deliver/etsi_en/301500_301599/301549/03.02.01_60/en_301549v030201p.pdf
#     description: EN 301 549 V3.2.1, kapitel 10 (dokument som inte är webbsidor), 10.1.1.1 Icke-textuellt innehåll
# custom:
#   severity: warning
#   title_en: Page without text
#   description_en: >-
#     A page of the PDF has no text at all, usually a scanned page: it cannot
#     be read by a screen reader, searched or reflowed. Publish the original, or
#     run OCR and check the result.
package tjlint.rules.accessibility["image-only"]

import data.tjlint.lib.result

deny contains result.fail(["file", "pages_without_text", i], msg, msg_en) if {
	some i, page in input.file.pages_without_text
	msg := sprintf("Sida %d har ingen text, troligen en inskannad bild av en sida; en skärmläsare kan inte läsa den. Publicera originaldokumentet som PDF i stället, eller kör teckentolkning (OCR) och kontrollera texten.", [page])
	msg_en := sprintf("Page %d has no text, probably a scanned image of a page; a screen reader cannot read it. Publish the original document as PDF instead, or run OCR and check the text.", [page])
}
