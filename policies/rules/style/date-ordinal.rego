# METADATA
# title: Datum med ordningstalsändelse
# description: >-
#   Ett datum skrivs med grundtal utan ändelse: ”den 1 oktober 2020”, inte
#   ”den 1:a oktober 2020”. Så skriver Språkrådet och Myndigheternas
#   skrivregler datum i löpande text.
# related_resources:
#   - ref: https://frageladan.isof.se/visasvar.py?svar=45215
#     description: >-
#       Språkrådet (Isof), Frågelådan: i datum där månadens namn finns med
#       skriver man siffran utan kolon och ändelse, t.ex. (den) 8 juli
# custom:
#   severity: info
#   title_en: Date with an ordinal suffix
#   description_en: >-
#     A date is written with a cardinal number and no suffix: ”den 1 oktober
#     2020”, not ”den 1:a oktober 2020”. This is how Språkrådet and
#     Myndigheternas skrivregler write dates in running text.
#   params:
#     # month names and abbreviations, lower case, as RE2 fragments
#     months:
#       - januari
#       - februari
#       - mars
#       - april
#       - maj
#       - juni
#       - juli
#       - augusti
#       - september
#       - oktober
#       - november
#       - december
#       - jan\.?
#       - febr?\.?
#       - apr\.?
#       - aug\.?
#       - sept?\.?
#       - okt\.?
#       - nov\.?
#       - dec\.?
package tjlint.rules.style["date-ordinal"]

import data.tjlint.lib.place
import data.tjlint.lib.result
import data.tjlint.lib.words

# "den 1:a oktober 2020", "2:a maj", "3:e juni": a day of 1 to 31 with the
# suffix :a or :e (also with the word "den" and the year, which then go into
# the match and its rewrite unchanged).
_re := sprintf(`(?:den\s+)?(?:[12][0-9]|3[01]|0?[1-9]):[ae]\s+(?:%s)(?:\s+[0-9]{4})?`, [concat("|", data.tjlint.params["style/date-ordinal"].months)])

deny contains result.with_rewrite(result.fail_match_at(path, text, o, msg, msg_en), fixed) if {
	regex.match(`:[aeAE]\s`, place.all_text) # a literal first: Go's regexp skips ahead
	some [path, s] in place.texts
	regex.match(`:[aeAE]\s`, s)
	some [o, text] in words.matches(s, _re)
	fixed := _rewrite(text)
	msg := sprintf("Datumet ”%s” %s skrivs utan ordningstalsändelse: ”%s”.", [_one_line(text), place.where(path), fixed])
	msg_en := sprintf("The date ”%s” %s is written without an ordinal suffix: ”%s”.", [_one_line(text), place.where_en(path), fixed])
}

# _rewrite drops the suffix and writes the date on one line.
_rewrite(text) := _one_line(regex.replace(text, `:[aeAE](\s)`, "$1"))

_one_line(text) := concat(" ", regex.split(`\s+`, trim_space(text)))
