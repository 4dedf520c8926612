package tjlint.rules.signatories.unnamed_test

import data.tjlint.rules.signatories.unnamed

none_msg := "Handlingen har inga undertecknare. Lägg till minst en undertecknare med för- och efternamn och titel, t.ex. ”Anna Andersson, Förvaltningschef”."

msg(i, why) := sprintf("Undertecknare %d: %s. Skriv undertecknarens för- och efternamn, t.ex. ”Anna Andersson”.", [i, why])

test_fails_without_signatories_key if {
	{[f.path, f.message] | some f in unnamed.deny} == {[["signatories"], none_msg]} with input as {"kind": "yttrande"}
}

test_fails_with_empty_list if {
	unnamed.deny == {{
		"path": ["signatories"],
		"message": none_msg,
		"message_en": "The document has no signatory. Add at least one signatory with first and last name and title, e.g. ”Anna Andersson, Förvaltningschef”.",
	}} with input as {"signatories": []}
}

test_fails_name_key_absent_at_signatory if {
	unnamed.deny == {{
		"path": ["signatories", 1],
		"message": msg(2, "namn saknas"),
		"message_en": "Signatory 2: the name is missing. Write the signatory's first and last name, e.g. ”Anna Andersson”.",
	}} with input as {"signatories": [{"name": "Anna Toll", "title": "Avdelningschef"}, {"title": "Stadsdelsdirektör"}]}
}

# [name, the reason the message must give, the words the finding points at]
bad_names := [
	["", "namnet är tomt", ""],
	["  \t", "namnet är tomt", ""],
	["XX", "”XX” är en platshållare, inget namn", "XX"],
	["X X", "”X X” är en platshållare, inget namn", "X X"],
	["XXX", "”XXX” är en platshållare, inget namn", "XXX"],
	["NN", "”NN” är en platshållare, inget namn", "NN"],
	["N.N.", "”N.N.” är en platshållare, inget namn", "N.N."],
	["[Namn]", "”[Namn]” är en platshållare, inget namn", "[Namn]"],
	["[Namn Efternamn]", "”[Namn Efternamn]” är en platshållare, inget namn", "[Namn Efternamn]"],
	["[Förnamn Efternamn]", "”[Förnamn Efternamn]” är en platshållare, inget namn", "[Förnamn Efternamn]"],
	["<namn>", "”<namn>” är en platshållare, inget namn", "<namn>"],
	["«Namn»", "”«Namn»” är en platshållare, inget namn", "«Namn»"],
	["{{namn}}", "”{{namn}}” är en platshållare, inget namn", "{{namn}}"],
	["Förnamn Efternamn", "”Förnamn Efternamn” är en platshållare, inget namn", "Förnamn Efternamn"],
	["förnamn efternamn", "”förnamn efternamn” är en platshållare, inget namn", "förnamn efternamn"],
	["Namn Namnsson", "”Namn Namnsson” är en platshållare, inget namn", "Namn Namnsson"],
	["Anna XX", "”XX” är en platshållare, inget namn", "XX"],
	["NN Toll", "”NN” är en platshållare, inget namn", "NN"],
	["Toll", "”Toll” är bara ett ord", "Toll"],
	["Anna", "”Anna” är bara ett ord", "Anna"],
	["Anna-Karin", "”Anna-Karin” är bara ett ord", "Anna-Karin"],
	[" Åhnberg ", "”Åhnberg” är bara ett ord", "Åhnberg"],
]

test_fails_every_bad_name_at_the_placeholder if {
	wrong := [[n, why, got] |
		some [n, why, match] in bad_names
		got := {[f.path, f.message, object.get(f, "match", "")] | some f in unnamed.deny} with input as {"signatories": [{"name": "Anna Toll", "title": "Avdelningschef"}, {"name": n, "title": "Enhetschef"}]}
		got != {[["signatories", 1, "name"], msg(2, why), match]}
	]
	print("signatories/unnamed wrong findings:", wrong)
	wrong == []
}

test_passes_no_signatories_the_reader_could_not_read if {
	count(unnamed.deny) == 0 with input as {"unread": [{"field": "signatories", "excerpt": "Anna Andersson Per Lind"}]}
	count(unnamed.deny) == 0 with input as {"signatories": [], "unread": [{"field": "signatories"}]}

	# an unread date says nothing about the signatories
	count(unnamed.deny) == 1 with input as {"unread": [{"field": "date"}]}
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
