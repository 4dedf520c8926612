package tjlint.rules.reading.unread_test

import data.tjlint.rules.reading.unread

test_fails_signature_block_in_the_users_words if {
	unread.deny == {{
		"path": ["unread", 0, "excerpt"],
		"message": "Underskriftsblocket kunde inte läsas: ”Anna Andersson Per Lind Förvaltningschef” (namn och titlar går inte att para ihop). Kontrollera att varje undertecknare står med namn och titel.",
		"message_en": "The signature block could not be read: ”Anna Andersson Per Lind Förvaltningschef”. Check that every signatory is given with name and title.",
	}} with input as {"unread": [{
		"field": "signatories",
		"excerpt": "Anna Andersson    Per Lind\nFörvaltningschef",
		"reason": "namn och titlar går inte att para ihop.",
	}]}
}

test_fails_once_per_entry if {
	{f.path | some f in unread.deny} == {["unread", 0, "excerpt"], ["unread", 1]} with input as {"unread": [
		{"field": "decision_proposal", "excerpt": "Nämnden för Service beslutar | 1 | 2"},
		{"field": "sections.gender_equality"},
	]}
}

test_fails_naming_the_section_by_its_heading if {
	[f] := [f | some f in unread.deny] with input as {"unread": [{"field": "sections.gender_equality", "excerpt": "Jämställdhet –"}]}
	f.message == "Avsnittet ”Jämställdhetsanalys” kunde inte läsas: ”Jämställdhet –”. Kontrollera att avsnittet har en egen rubrik och text under den."
}

test_fails_unknown_field_with_long_excerpt if {
	long := concat("", ["a", concat("", [" ord" | some _ in numbers.range(1, 40)])])
	[f] := [f | some f in unread.deny] with input as {"unread": [{"field": "kallelse", "excerpt": long}]}
	startswith(f.message, "En del av handlingen kunde inte läsas: ”a ord ord")
	contains(f.message, "…”. Kontrollera texten på det stället.")
	not contains(f.message, "kallelse")
}

test_passes_without_unread if {
	count(unread.deny) == 0 with input as {}
	count(unread.deny) == 0 with input as {"unread": []}

	# shapes the schema reports
	count(unread.deny) == 0 with input as {"unread": [{"excerpt": "x"}, "signatories", {"field": 3}]}
}

test_fails_part_of_a_field if {
	[f] := [f | some f in unread.deny] with input as {"unread": [{"field": "referral.deadline", "excerpt": "senast den trettionde"}]}
	f.message == "Remissen kunde inte läsas: ”senast den trettionde”. Kontrollera att det framgår vem som remitterat ärendet och vilken sista svarsdag som gäller."
}

test_fails_cut_off_text_saying_what_to_do_with_the_file if {
	[f] := [f | some f in unread.deny] with input as {"unread": [{
		"field": "signatories",
		"excerpt": "…bedömer att Statens Fastighetsv",
		"reason": "texten slutar mitt i en mening",
		"cause": "cut-off",
	}]}
	f.message == "Underskriftsblocket kunde inte läsas: texten slutar mitt i en mening, så slutet av handlingen saknas i filen: ”…bedömer att Statens Fastighetsv”. Granska hela handlingen, till och med underskrifterna."
	f.message_en == "The signature block could not be read: the text stops in the middle of a sentence, so the end of the document is not in the file: ”…bedömer att Statens Fastighetsv”. Check the whole document, up to and including the signatures."
}

test_fails_text_without_line_breaks_once if {
	[f] := [f | some f in unread.deny] with input as {"unread": [{"field": "signatories", "excerpt": "…den 24 mars 2010, 24.", "cause": "no-layout"}]}
	contains(f.message, "texten saknar radbrytningar")
	endswith(f.message, "Spara handlingen med ett stycke per rad, eller som Word-fil, och granska den igen.")
}

test_fails_missing_pages_naming_the_page if {
	[f] := [f | some f in unread.deny] with input as {"unread": [{"field": "signatories", "excerpt": "2 (3)", "cause": "missing-pages"}]}
	f.message == "Underskriftsblocket kunde inte läsas: texten slutar på sida ”2 (3)”, så de sista sidorna saknas i filen. Granska hela handlingen, till och med underskrifterna."
}
