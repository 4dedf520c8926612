package tjlint.rules.signatories.unnamed_test

import data.tjlint.rules.signatories.unnamed

none_msg := "Ärendet saknar undertecknare. Ange minst en undertecknare med för- och efternamn och titel, t.ex. «Anna Andersson, Förvaltningschef»."

msg(i, why) := sprintf("Undertecknare %d: %s. Ange för- och efternamn, t.ex. «Anna Andersson».", [i, why])

test_fails_without_signatories_key if {
	{[f.path, f.message] | some f in unnamed.deny} == {[["signatories"], none_msg]} with input as {"kind": "yttrande"}
}

test_fails_with_empty_list if {
	unnamed.deny == {{
		"path": ["signatories"],
		"message": none_msg,
		"message_en": "The case has no signatory. Give at least one signatory with first and last name and title, e.g. «Anna Andersson, Förvaltningschef».",
	}} with input as {"signatories": []}
}

test_fails_name_key_absent_at_signatory if {
	unnamed.deny == {{
		"path": ["signatories", 1],
		"message": msg(2, "namn saknas"),
		"message_en": "Signatory 2: the name is missing. Give first and last name, e.g. «Anna Andersson».",
	}} with input as {"signatories": [{"name": "Anna Toll", "title": "Avdelningschef"}, {"title": "Stadsdelsdirektör"}]}
}

# [name, the reason the message must give]
bad_names := [
	["", "namnet är tomt"],
	["  \t", "namnet är tomt"],
	["XX", "«XX» är en platshållare, inget namn"],
	["X X", "«X X» är en platshållare, inget namn"],
	["XXX", "«XXX» är en platshållare, inget namn"],
	["NN", "«NN» är en platshållare, inget namn"],
	["N.N.", "«N.N.» är en platshållare, inget namn"],
	["[Namn]", "«[Namn]» är en platshållare, inget namn"],
	["[Namn Efternamn]", "«[Namn Efternamn]» är en platshållare, inget namn"],
	["[Förnamn Efternamn]", "«[Förnamn Efternamn]» är en platshållare, inget namn"],
	["<namn>", "«<namn>» är en platshållare, inget namn"],
	["«Namn»", "««Namn»» är en platshållare, inget namn"],
	["{{namn}}", "«{{namn}}» är en platshållare, inget namn"],
	["Förnamn Efternamn", "«Förnamn Efternamn» är en platshållare, inget namn"],
	["förnamn efternamn", "«förnamn efternamn» är en platshållare, inget namn"],
	["Namn Namnsson", "«Namn Namnsson» är en platshållare, inget namn"],
	["Anna XX", "«Anna XX» är en platshållare, inget namn"],
	["Toll", "«Toll» är bara ett ord"],
	["Anna", "«Anna» är bara ett ord"],
	["Anna-Karin", "«Anna-Karin» är bara ett ord"],
	[" Åhnberg ", "«Åhnberg» är bara ett ord"],
]

test_fails_every_bad_name if {
	wrong := [[n, why] |
		some [n, why] in bad_names
		got := {[f.path, f.message] | some f in unnamed.deny} with input as {"signatories": [{"name": "Anna Toll", "title": "Avdelningschef"}, {"name": n, "title": "Enhetschef"}]}
		got != {[["signatories", 1, "name"], msg(2, why)]}
	]
	print("signatories/unnamed wrong findings:", wrong)
	wrong == []
}

good_names := [
	"Anna Toll",
	"Patrik Åhnberg",
	"Anna-Karin Öberg",
	"Per-Olof Lindén",
	"Linnéa Åkesson",
	"Örjan Hägglund",
	"Ann Nilsson",
	"Xenia Nnamdi",
	"Maj-Britt Rane Andersson",
	"Fatima Hassan",
	"Nils Åström",
]

test_passes_real_names if {
	flagged := [n | some n in good_names; count(unnamed.deny) > 0 with input as {"signatories": [{"name": n, "title": "Enhetschef"}]}]
	print("signatories/unnamed flagged real names:", flagged)
	flagged == []
}

test_passes_with_configured_placeholders if {
	# with an empty placeholder list "XX Nilsson" is a two-word name
	count(unnamed.deny) == 0 with input as {"signatories": [{"name": "XX Nilsson"}]}
		with data.tjlint.params["signatories/unnamed"].placeholder_words as ["zz"]
}

test_passes_on_schema_invalid_input if {
	# shapes the schema reports are not reported again
	count(unnamed.deny) == 0 with input as {"signatories": ["Anna"]}
	count(unnamed.deny) == 0 with input as {"signatories": [{"name": 3}]}
	count(unnamed.deny) == 0 with input as {"signatories": "Anna Toll"}
}
