# METADATA
# title: Dokumentspråket saknas eller är fel
# description: >-
#   Filen anger inget språk för texten (PDF: /Lang i katalogen; Word: språk i
#   formatmallarna eller inställningarna), eller ett annat språk än det texten är
#   skriven på, t.ex. en svensk text märkt en-US när ordbehandlaren var inställd
#   på engelska. En skärmläsare läser då svenska med engelskt uttal. Textens
#   språk bedöms av läsaren ur vanliga ord och jämförs bara när det är tydligt.
# related_resources:
#   - ref: https://www.riksdagen.se/sv/dokument-och-lagar/dokument/svensk-forfattningssamling/lag-20181937-om-tillganglighet-till-digital_sfs-2018-1937/
#     description: Lag (2018:1937) om tillgänglighet till digital offentlig service
#   - ref: https://www.digg.se/kunskap-och-stod/regler-och-rekommendationer/regler-och-rekommendationer/dokument-ska-vara-tillgangliga
#     description: DIGG, dokument ska vara tillgängliga
#   - ref: https://www.digg.se/webbriktlinjer/appar-dokument-och-pdf/skapa-tillgangliga-pdf-dokument
#     description: DIGG, skapa tillgängliga PDF-dokument
#   - ref: https://www.etsi.org/deliver/etsi_en/301500_301599/301549/03.02.01_60/en_301549v030201p.pdf
#     description: EN 301 549 V3.2.1, kapitel 10 (dokument som inte är webbsidor), 10.3.1.1 Sidans språk
# custom:
#   severity: warning
#   title_en: Document language missing or wrong
#   description_en: >-
#     The file declares no language for its text (PDF catalog /Lang; Word:
#     styles or settings), or a language other than the text's (a Swedish text
#     marked en-US): a screen reader then reads Swedish with English
#     pronunciation.
package tjlint.rules.accessibility.language

import data.tjlint.lib.result

deny contains result.fail(["file", "language"], msg, msg_en) if {
	is_string(input.file.format)
	trim_space(object.get(input.file, "language", "")) == ""
	msg := sprintf("Filen anger inget dokumentspråk, så en skärmläsare vet inte vilket språk texten är skriven på. Ange textens språk, för en svensk text svenska (%s) och spara eller exportera på nytt.", [_how[input.file.format]])
	msg_en := "The file declares no document language, so a screen reader does not know which language the text is in. Set the text's language (Swedish for a Swedish text) and save or export again."
}

deny contains result.fail(["file", "language"], msg, msg_en) if {
	lang := trim_space(input.file.language)
	lang != ""
	text := object.get(input.file, "text_language", "")
	text != ""
	primary := lower(split(lang, "-")[0])
	primary != text
	msg := sprintf("Filen anger språket ”%s” men texten är skriven på %s; en skärmläsare läser då texten med fel uttal. Ändra dokumentspråket till %s (%s).", [lang, _names[text], _codes[text], _how[input.file.format]])
	msg_en := sprintf("The file declares the language %q but the text is in %s; a screen reader will pronounce it wrongly. Change the document language to %s.", [lang, _names_en[text], _codes[text]])
}

_how := {
	"pdf": "i Word: Granska > Språk > Ange språk för korrekturläsning, välj svenska för hela texten och exportera till PDF igen",
	"docx": "i Word: markera all text, Granska > Språk > Ange språk för korrekturläsning > Svenska, och ändra språket i formatmallen Normal",
}

_names := {"sv": "svenska", "en": "engelska"}

_names_en := {"sv": "Swedish", "en": "English"}

_codes := {"sv": "sv-SE", "en": "en-GB"}
