# METADATA
# title: Bild utan alternativtext
# description: >-
#   En bild i Word-dokumentet eller en figur i en taggad PDF saknar
#   alternativtext. En skärmläsare säger då bara "bild" eller läser filnamnet.
#   Skriv vad bilden visar eller, för en ren utsmyckning, markera den som
#   dekorativ.
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
#   title_en: Image without alternative text
#   description_en: >-
#     An image in the Word document or a figure in a tagged PDF has no
#     alternative text; a screen reader says only "image". Describe what it
#     shows, or mark a decoration as decorative.
package tjlint.rules.accessibility["image-alt"]

import data.tjlint.lib.result

deny contains result.fail(["file", "images_without_alt", i], msg, msg_en) if {
	some i, image in input.file.images_without_alt
	msg := sprintf("Bilden ”%s” saknar alternativtext; en skärmläsare säger bara ”bild”. Högerklicka på bilden, välj Visa alternativtext och skriv vad bilden visar, eller markera den som dekorativ om den bara är utsmyckning.", [image])
	msg_en := sprintf("The image %q has no alternative text; a screen reader says only \"image\". Right-click it, choose View Alt Text and describe what it shows, or mark it as decorative.", [image])
}
