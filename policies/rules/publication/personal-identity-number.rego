# METADATA
# title: Personnummer i handlingen
# description: >-
#   Handlingen innehåller ett personnummer eller samordningsnummer (10 eller 12
#   siffror, med eller utan skiljetecken, ett datum som finns – för ett
#   samordningsnummer dagen plus 60 – och en kontrollsiffra som stämmer).
#   Personnummer får behandlas bara när det är klart motiverat
#   (dataskyddslagen 3 kap. 10 §) och kan omfattas av sekretess
#   (offentlighets- och sekretesslagen); handlingar till en nämnd publiceras.
#   Ta bort numret innan handlingen publiceras. Datum, diarienummer,
#   telefonnummer, kontonummer och nummer med fel kontrollsiffra räknas inte.
# related_resources:
#   - ref: https://lagen.nu/2018:218#K3P10
#     description: Lag (2018:218) med kompletterande bestämmelser till EU:s dataskyddsförordning, 3 kap. 10 §
#   - ref: https://lagen.nu/2009:400
#     description: Offentlighets- och sekretesslag (2009:400)
#   - ref: https://www4.skatteverket.se/rattsligvagledning/edition/2020.9/330245.html
#     description: Skatteverket, rättslig vägledning – personnumrets delar och kontrollsiffran
#   - ref: https://www4.skatteverket.se/rattsligvagledning/edition/2022.4/330243.html
#     description: Skatteverket, rättslig vägledning – samordningsnummer (födelsedagen plus 60)
# custom:
#   severity: error
#   title_en: Personal identity number in the document
#   description_en: >-
#     The document contains a personal identity number or coordination number
#     (10 or 12 digits, with or without a separator, a date that exists – for a
#     coordination number the day plus 60 – and a valid check digit). Personal
#     identity numbers may be processed only when clearly justified (the
#     Swedish Data Protection Act, chapter 3, section 10) and may be secret
#     (the Public Access to Information and Secrecy Act); documents for a
#     committee are published. Remove the number before the document is
#     published. Dates, case numbers, phone and account numbers and numbers
#     with a wrong check digit do not count.
#   params:
#     # lower-case RE2 fragments: a number that follows one of these within
#     # the 25 characters before it is a phone or account number
#     not_after:
#       - tel
#       - telefon\p{L}*
#       - mobil\p{L}*
#       - tfn
#       - fax
#       - sms
#       - växel
#       - \+46
#       - konto\p{L}*
#       - clearing\p{L}*
#       - bankgiro\p{L}*
#       - plusgiro\p{L}*
#       - bg
#       - pg
#       - iban
#       - ocr
#       - faktura\p{L}*
#       - order\p{L}*
package tjlint.rules.publication["personal-identity-number"]

import data.tjlint.lib.place
import data.tjlint.lib.result

# 12 digits (century first) or 10, with -, + or nothing before the last
# four; no digit may touch the number on either side.
_re := `(?:^|[^0-9])((?:1[89]|20)?[0-9]{6}[-+]?[0-9]{4})(?:[^0-9]|$)`

_not_after_re := sprintf(`(?:^|[^\p{L}\p{N}])(?:%s)(?:[^\p{L}\p{N}]|$)`, [concat("|", data.tjlint.params["publication/personal-identity-number"].not_after)])

deny contains result.sensitive(result.fail_match_at(path, number, o, msg, msg_en)) if {
	regex.match(`[0-9]{6}[-+]?[0-9]{4}`, place.all_text)
	some [path, s] in place.texts
	regex.match(`[0-9]{6}[-+]?[0-9]{4}`, s)
	some m in regex.find_all_string_submatch_n(_re, s, -1)
	number := m[1]
	some o in _offsets(s, m)
	valid(number)
	not _after_phone_or_account(s, o)
	kind := _kind(number)
	masked := mask(number)
	msg := sprintf("Handlingen innehåller ett %s (”%s”) %s. Ta bort det innan handlingen publiceras: enligt dataskyddslagen (2018:218) 3 kap. 10 § får personnummer bara behandlas när det är klart motiverat, och uppgiften kan omfattas av sekretess enligt offentlighets- och sekretesslagen (2009:400).", [kind[0], masked, place.where(path)])
	msg_en := sprintf("The document contains a %s (”%s”) %s. Remove it before the document is published: under the Data Protection Act (2018:218), chapter 3, section 10, personal identity numbers may only be processed when clearly justified, and the information may be secret under the Public Access to Information and Secrecy Act (2009:400).", [kind[1], masked, place.where_en(path)])
}

_offsets(s, m) := {x |
	d := indexof(m[0], m[1])
	some o in indexof_n(s, m[0])
	x := o + d
}

# valid is true for a number whose date exists (a samordningsnummer's day is
# the day plus 60) and whose last digit is the Luhn check digit of the nine
# before it.
valid(number) if {
	digits := regex.replace(number, `[^0-9]`, "")
	ten := substring(digits, count(digits) - 10, 10)
	_date_exists(digits, ten)
	_luhn(ten)
}

# A 12-digit number names its century; for 10 digits either century will
# do (only 29 February tells them apart).
_date_exists(digits, ten) if {
	count(digits) == 12
	_real_date(substring(digits, 0, 4), substring(ten, 2, 2), substring(ten, 4, 2))
}

_date_exists(digits, ten) if {
	count(digits) == 10
	some century in ["19", "20"]
	_real_date(concat("", [century, substring(ten, 0, 2)]), substring(ten, 2, 2), substring(ten, 4, 2))
}

_real_date(y, m, d) if {
	day := to_number(d)
	dd := _day(day)
	time.parse_ns("2006-01-02", sprintf("%s-%s-%s", [y, m, dd]))
}

_day(day) := sprintf("%02d", [day]) if {
	day >= 1
	day <= 31
}

_day(day) := sprintf("%02d", [day - 60]) if {
	day >= 61
	day <= 91
}

_luhn(ten) if {
	ds := [to_number(c) | some c in split(ten, "")]
	total := sum([_luhn_digit(i, d) | some i, d in ds])
	total % 10 == 0
}

_luhn_digit(i, d) := d if i % 2 == 1

_luhn_digit(i, d) := x if {
	i % 2 == 0
	p := d * 2
	x := ((p - 9) * to_number(p > 9)) + (p * to_number(p <= 9))
}

_kind(number) := ["samordningsnummer", "coordination number"] if {
	digits := regex.replace(number, `[^0-9]`, "")
	to_number(substring(digits, count(digits) - 6, 1)) >= 6
} else := ["personnummer", "personal identity number"]

# mask shows the number as written with its last four digits replaced by
# ****: "19121212-****".
mask(number) := concat("", [substring(number, 0, count(number) - 4), "****"])

_after_phone_or_account(s, o) if {
	start := max([0, o - 25])
	regex.match(_not_after_re, lower(substring(s, start, o - start)))
}
