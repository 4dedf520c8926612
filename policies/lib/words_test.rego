package tjlint.lib.words_test

import data.tjlint.lib.words

test_matches_whole_words_with_offsets if {
	words.matches("Barnen i förskolan, barn.", `barn\p{L}*|förskol\p{L}*`) == {[0, "Barnen"], [9, "förskolan"], [20, "barn"]}
	words.matches("Skolverket och högskolan", `skol(?:a|an)`) == set()
	words.matches("enligt nedan, enligt\nnedan", `enligt\s+nedan`) == {[0, "enligt nedan"], [14, "enligt\nnedan"]}
}

test_has if {
	words.has("Det gäller barnen.", `barn\p{L}*`)
	not words.has("Kansas", `kan`)
	not words.has("Barnarp", `barn`)
}
