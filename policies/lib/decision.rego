# METADATA
# title: Beslutspunkter
# description: >-
#   Hjälpfunktioner för beslutspunkterna i förslaget till beslut: numrering,
#   och en grammatisk analys av varje punkt (beslutande organ, finit verb i
#   presens, passiv form) som decision/phrasing och decision/hedging delar.
package tjlint.lib.decision

# _prefix_re matches a numbering or bullet before a decision point: "1. ",
# "2) ", "a) ", "– ", "- ", "* ", "• ".
_prefix_re := `^(?:\s*(?:\d{1,2}[.)]|[a-zåäö][.)]|[–—*•·-]))+\s*`

# points yields [index, text] for every decision point that is a string, with
# its numbering or bullet stripped and surrounding space trimmed. Points of
# another type are skipped: the schema reports them.
points contains [i, point_text(item)] if {
	is_array(input.decision_proposal)
	some i, item in input.decision_proposal
	is_string(item)
}

# _prefix_starts holds every character a match of _prefix_re can start with:
# RE2's \s ([\t\n\f\r ]), \d ([0-9]), [a-zåäö] and the bullets.
_prefix_starts := {c | some c in split("\t\n\f\r 0123456789abcdefghijklmnopqrstuvwxyzåäö–—*•·-", "")}

# point_text strips a numbering or bullet prefix and surrounding space. The
# regex is anchored, so it only looks at the start of the point; a point that
# starts with none of _prefix_starts (most start with a capital letter)
# cannot match it and skips the regex.
point_text(item) := trim_space(regex.replace(item, _prefix_re, "")) if {
	strings.any_prefix_match(item, _prefix_starts)
} else := trim_space(item)

# offset is where point i's text (numbering stripped) starts in the string
# at ["decision_proposal", i], in characters as indexof counts.
offset(i, t) := indexof(input.decision_proposal[i], t)

# ---------------------------------------------------------------------------
# Grammar of a decision point
#
# A point is adoptable as written when
#   1. it starts with a deciding body (a noun ending in -nämnden, -styrelsen,
#      -fullmäktige, -utskottet …, "Nämnden för X & Y", "X:s arbetsutskott",
#      bodies joined with "och", the case's authority) and the next word is a
#      finite verb in the present tense: active -r ("representerar",
#      "undantar"), passive or deponent -s ("godkänns"); or
#   2. it does not start with a body and is a passive sentence or a
#      provision ("Motionen anses besvarad.", "Taxan gäller från …").
# Only what must be refused is listed (parameters of decision/phrasing):
# modal and auxiliary verbs, the perfect (har/hade + supine), the copula,
# strong preterites, known misspellings, subjects that never decide. Past
# tense (-de/-te, passive -des/-tes) and noun phrases ("Godkännande av …")
# are recognised by their shape.
# ---------------------------------------------------------------------------

_p := data.tjlint.params["decision/phrasing"]

_nouns := concat("|", _p.body_nouns)

_gen_nouns := concat("|", [concat("", [n, "s"]) | some n in _p.body_nouns])

# one body: an optional "X- och " prefix, a noun ending in a body noun, an
# optional "för <Name>" ("Nämnden för Individ & Familjeomsorg", "Nämnden för
# Förskola och Grundskola"), an optional unit after a genitive ("Nämnden för
# Tekniks arbetsutskott"); or a genitive body and its unit
# ("Kommunstyrelsens arbetsutskott").
_one_body := sprintf(
	`(?:(?:[\p{L}-]+-\s+(?:och|eller)\s+)?[\p{L}-]*(?i:%s)(?:\s+för\s+\p{Lu}[\p{L}-]*(?:\s+&\s+\p{L}[\p{L}-]*|\s+och\s+\p{Lu}[\p{L}-]*)?)?(?:\s+\p{Ll}[\p{L}-]*(?:%s))?|[\p{L}-]*(?i:%s)\s+\p{Ll}*[\p{L}-]*(?:%s))`,
	[_nouns, concat("|", _p.unit_nouns), _gen_nouns, concat("|", _p.unit_nouns)],
)

_body := sprintf(`%s(?:\s+(?:och|samt)\s+%s)*`, [_one_body, _one_body])

# the body, an optional abbreviation in brackets or parenthesis between
# commas, and the next three words
_body_re := sprintf(`^(%s)(\s*\([^)]{0,40}\)|\s*,[^,]{1,80},)?\s+([^\s,.;:!?]+)(?:\s+([^\s,.;:!?]+))?(?:\s+([^\s,.;:!?]+))?`, [_body])

# a body at the start of a text (after "föreslår [att]")
_body_start_re := sprintf(`^(?:%s)(?:[^\p{L}]|$)`, [_body])

_non_subject_re := sprintf(`(?i)^(%s)(?:[^\p{L}]|$)`, [concat("|", _p.non_subjects)])

_modals := {m | some m in _p.modals}

_copulas := {m | some m in _p.copulas}

_preterites := {m | some m in _p.preterites}

# words after "har" that end in t but are no supine
_not_supines := {"inget", "något", "ett", "allt", "det", "detta", "mycket", "litet", "rätt", "samt"}

# words between an auxiliary and its verb
_adverbs := {"inte", "ej", "redan", "även", "också", "därmed", "nu", "då"}

# verdicts[i] is the analysis of point i (computed once per evaluation and
# shared by decision/phrasing and decision/hedging): {"ok": true} or
# {"ok": false, "why": code, ...}.
verdicts[i] := analyse(t) if {
	some [i, t] in points
}

# analyse is one else-chain: a body at the start, the case's authority or a
# configured name at the start, then the sentence without a body.
analyse(t) := {"ok": true} if {
	_fast_ok(t)
} else := v if {
	_mentions_body(t)
	[m] := regex.find_all_string_submatch_n(_body_re, t, 1)
	v := _after_body(m[1], m[3], m[4], m[5], t)
} else := v if {
	some name in _names
	startswith(t, name)

	# the whole name: "Valnämnden" is not the start of "Valnämndens"
	substring(t, count(name), 1) in {" ", ","}
	[w1, w2, w3] := _next_words(substring(t, count(name), -1))
	v := _after_body(name, w1, w2, w3, t)
} else := _no_body(t)

# _fast_ok is the common case with one small regex: a one-word body
# ("Nämnden", "Kommunstyrelsen"), optionally "för <Name> [& <Name>]", and a
# plain present-tense verb.
_fast_re := sprintf(`^[\p{L}-]*(?i:%s)(?:\s+för\s+\p{Lu}[\p{L}-]*(?:\s+(?:&|och)\s+\p{Lu}[\p{L}-]*)?)?\s+(\p{Ll}{2,}r)(?:[\s,.;:]|$)`, [_nouns])

_fast_ok(t) if {
	[[_, w1]] := regex.find_all_string_submatch_n(_fast_re, t, 1)
	_fast_verb(w1, t)
}

_fast_verb(w1, _) if not w1 in _special

# "Kommunstyrelsen föreslår (att) kommunfullmäktige …": a proposal to a
# body named by one word
_fast_verb("föreslår", t) if regex.match(_fast_propose_re, t)

_fast_propose_re := sprintf(`^[\p{L}-]*(?i:%s)(?:\s+för\s+\p{Lu}[\p{L}-]*(?:\s+(?:&|och)\s+\p{Lu}[\p{L}-]*)?)?\s+föreslår\s+(?:att\s+)?[\p{L}-]*(?i:%s)\s`, [_nouns, _nouns])

# _mentions_body: a body noun in the first words, else the body regex
# cannot match and is skipped.
_mentions_body(t) if regex.match(_mentions_re, t)

_mentions_re := sprintf(`(?i)(?:%s)`, [_nouns])

# _special holds the words ending in -r or -s that _after_body judges
# specially.
_special := ((_modals | _copulas) | {w | some w, _ in _p.misspellings}) | {"har", "föreslår", "för", "efter", "under", "över", "och", "samt"}

_next_words(rest) := [_at(ws, 0), _at(ws, 1), _at(ws, 2)] if {
	ws := [w |
		some x in array.slice(regex.split(`\s+`, trim(rest, " ,")), 0, 3)
		w := trim_right(x, ",.;:!?")
	]
}

# _at is ws[j], or "" past the end.
_at(ws, j) := ws[j] if {
	j < count(ws)
} else := ""

# the case's authority and the configured body names, as literal prefixes
_names contains name if {
	is_string(input.authority)
	a := trim_space(input.authority)
	some name in {a, concat("", [upper(substring(a, 0, 1)), substring(a, 1, -1)])}
	name != ""
}

_names contains a if {
	some a in _p.body_names
	is_string(a)
	a != ""
}

# _after_body judges the word w1 that follows the deciding body b.
_after_body(b, w1, w2, w3, t) := {"ok": true} if {
	lower(w1) == "föreslår"
	_proposes_to_body(t, b)
} else := {"ok": true} if {
	# a further proposal to the body an earlier point names ("… föreslår
	# kommunfullmäktige att bifalla motionen." then "Nämnden föreslår att …")
	lower(w1) == "föreslår"
	_proposes_up
} else := {"ok": false, "why": "proposal", "body": b, "word": w1} if {
	lower(w1) == "föreslår"
} else := {"ok": false, "why": "misspelt", "body": b, "word": w1, "correct": _p.misspellings[lower(w1)]} if {
	_p.misspellings[lower(w1)]
} else := {"ok": true} if {
	lower(w1) in {"får", "ges"}
	lower(w2) == "i"
	lower(w3) == "uppdrag"
} else := _auxiliary(b, w1, w2, t) if {
	lower(w1) in _modals
} else := _perfect(b, w1, w2, w3) if {
	lower(w1) in {"har", "hade"}
} else := {"ok": false, "why": "copula", "body": b, "word": w1} if {
	lower(w1) in _copulas
} else := {"ok": false, "why": "past", "body": b, "word": w1} if {
	_past(lower(w1))
} else := {"ok": true} if {
	_present(lower(w1))
} else := {"ok": false, "why": "not_finite", "body": b, "word": w1, "rewrite": _present_of(lower(w1))} if {
	_present_of(lower(w1))
} else := {"ok": false, "why": "not_finite", "body": b, "word": w1}

# "föreslår [att] <another body> …": a proposal to another body decides
# nothing itself, but is the standard way to send a decision up.
_proposes_to_body(t, b) if {
	rest := trim_left(substring(t, count(b), -1), " ,")
	after := trim_left(substring(rest, count("föreslår"), -1), " ")
	regex.match(_body_start_re, _after_att(after))
}

# _proposes_up: some point of the proposal proposes to another body.
_proposes_up if {
	some [_, t] in points
	contains(t, "föreslår ")
	[m] := regex.find_all_string_submatch_n(`\sföreslår\s+(?:att\s+)?(.*)$`, t, 1)
	regex.match(_body_start_re, m[1])
}

_after_att(s) := substring(s, 4, -1) if {
	startswith(s, "att ")
} else := s

# a modal or auxiliary verb: refused. When an infinitive follows (after
# "att" and hedge adverbs) whose present tense can be derived, the rewrite
# replaces the words from the auxiliary to the infinitive ("bör eventuellt
# godkänna") by the present tense ("godkänner").
_auxiliary(b, w1, w2, t) := {"ok": false, "why": "modal", "body": b, "word": _aux_phrase(w1, w2), "span": rw[0], "rewrite": rw[1]} if {
	rw := _aux_rewrite(b, t)
} else := {"ok": false, "why": "modal", "body": b, "word": _aux_phrase(w1, w2)}

_aux_phrase(w1, w2) := concat(" ", [w1, w2]) if {
	lower(w2) == "att"
} else := w1

# _aux_rewrite is [span, present]: the words after the auxiliary are skipped
# while they are "att" or a hedge adverb; the first other word must be an
# infinitive whose present tense can be derived safely, and no negation may
# be dropped.
_aux_rewrite(b, t) := [span, pres] if {
	rest := trim_left(substring(t, count(b), -1), " ")
	ws := split(rest, " ")
	skip := {"att", "eventuellt", "kanske", "möjligen", "möjligtvis", "troligen", "troligtvis", "förhoppningsvis", "även", "också"}
	js := [j | some j, w in ws; j > 0; not lower(w) in skip]
	count(js) > 0
	j := min(js)
	not _has_negation(array.slice(ws, 1, j))
	pres := _present_of(ws[j])
	span := concat(" ", array.slice(ws, 0, j + 1))
}

_has_negation(ws) if {
	some w in ws
	lower(w) in {"inte", "ej", "icke"}
}

_perfect(b, w1, w2, w3) := {"ok": true} if {
	# "har tagit del av": the standard record of an information item
	lower(w2) == "tagit"
	lower(w3) == "del"
} else := {"ok": false, "why": "perfect", "body": b, "word": concat(" ", [w1, _verb_after(w2, w3)])} if {
	_supine(lower(_verb_after(w2, w3)))
} else := {"ok": true}

_verb_after(w2, w3) := w3 if {
	lower(w2) in _adverbs
} else := w2

# _supine: active -t ("godkänt", "beslutat"), passive -ts ("besvarats")
_supine(w) if {
	endswith(w, "t")
	not w in _not_supines
	count(w) > 3
}

_supine(w) if {
	endswith(w, "ts")
	count(w) > 4
}

# _past: a preterite by shape (-de, -te: "godkände", "beslutade"), a listed
# strong preterite ("beslöt", "antog") or a past passive ("godkändes",
# "antogs", "utsågs", "gavs").
_past(w) if endswith(w, "de")

_past(w) if endswith(w, "te")

_past(w) if w in _preterites

_past(w) if _past_passive(w)

_past_passive(w) if strings.any_suffix_match(w, {"des", "tes", "ogs", "ågs", "avs", "anns", "ölls", "öts"})

# _present: a finite verb in the present tense by its ending: active -r,
# passive or deponent -s.
_present(w) if {
	endswith(w, "r")
	count(w) > 2
}

_present(w) if _passive_shape(w)

# _passive_shape: a present passive or deponent ("godkänns", "antas",
# "anses", "fastställs", "läggs", "bereds", "ersätts") and not a genitive
# ("nämndens", "utskottets", "kommuns", "elevers", "nämndernas") or a past
# passive.
_passive_shape(w) if {
	count(w) > 3
	endswith(w, "s")
	not _past_passive(w)
	not _genitive_shape(w)
	_passive_ending(w)
}

_passive_ending(w) if strings.any_suffix_match(w, {"as", "es", "ås", "nns", "lls", "ggs", "gs", "ds", "ks", "ms", "ps", "js", "vs", "örs", "tts"})

_genitive_shape(w) if strings.any_suffix_match(w, {"ens", "ets", "rnas", "iges", "ars", "ers", "ors", "års"})

# ---------------------------------------------------------------------------
# A point without a deciding body at its start
# ---------------------------------------------------------------------------

_no_body(t) := {"ok": false, "why": "empty"} if {
	t == ""
} else := {"ok": true} if {
	# "<X> får i uppdrag att …", whatever X is
	contains(t, " uppdrag att ")
	regex.match(`\s(?:får|ges)\s+i\s+uppdrag\s+att\s`, t)
} else := _subject(t, m[1]) if {
	[m] := regex.find_all_string_submatch_n(_non_subject_re, t, 1)
} else := {"ok": true} if {
	# the common passive point, with one small regex: "Informationen
	# noteras.", "Motionen anses besvarad."
	_p.accept_passive == true
	[[_, w]] := regex.find_all_string_submatch_n(`^\p{Lu}[\p{L}\d-]*\s+(\p{Ll}+s)(?:[\s,.;:]|$)`, t, 1)
	_passive_shape(w)
} else := {"ok": true} if {
	_p.accept_att_list == true
	startswith(lower(t), "att ")
} else := v if {
	v := _clause_verdict(t, _clause_words(t))
}

# _clause_words are the lower-cased words of the main clause: up to the first
# subordinating conjunction ("om" and "som" belong to the subject in "Motion
# om …", "som svar på"), at most 30.
_clause_words(t) := ws if {
	all := array.slice(split(t, " "), 0, 30)
	stops := [j | some j, w in all; j > 0; lower(trim_right(w, ",.;:")) in {"att", "eftersom", "när", "då", "vilket", "vilka", "där", "innan", "därför"}]
	ws := _upto(all, stops)
}

_upto(all, stops) := array.slice(all, 0, min(stops)) if {
	count(stops) > 0
} else := all

# first finite verb by shape in the main clause decides; no verb at all is
# a noun phrase only when the point starts like one ("Godkännande av …").
_clause_verdict(t, ws) := v if {
	hits := [[j, kind] |
		some j, x in ws
		j > 0
		w := trim_right(x, ",.;:!?)")
		kind := _word_kind(lower(w), w)
	]
	count(hits) > 0
	v := _kind_verdict(hits[0][1], ws, hits[0][0], t)
} else := {"ok": false, "why": "noun_phrase"} if {
	_nominal_start(ws)
} else := {"ok": true}

_word_kind(w, orig) := "provision" if {
	w in {"ska", "skall", "får"}
} else := "modal" if {
	w in _modals
} else := "perfect" if {
	w in {"har", "hade"}
} else := "copula" if {
	w in _copulas
} else := "past" if {
	_past_passive(w)
} else := "passive" if {
	# a capitalised word is a name ("Kungsbackas"), not a verb
	lower(substring(orig, 0, 1)) == substring(orig, 0, 1)
	_passive_shape(w)
}

_kind_verdict("passive", _, _, _) := {"ok": true} if {
	_p.accept_passive == true
} else := {"ok": false, "why": "passive"}

_kind_verdict("provision", _, _, _) := {"ok": true}

# A modal verb in a sentence without a deciding body ("Planen kan antas.")
# may as well be a sentence of the reasoning that a reader took for a point:
# decision/hedging warns about it, this is no error.
_kind_verdict("modal", _, _, _) := {"ok": true}

# The copula after "Det"/"Detta" is an evaluation ("Det är önskvärt att
# planen antas."); after another subject it may be a sentence of the
# reasoning, so no error.
_kind_verdict("copula", ws, j, _) := {"ok": false, "why": "copula", "word": trim_right(ws[j], ",.;:")} if {
	j == 1
	lower(ws[0]) in {"det", "detta"}
} else := {"ok": true}

_kind_verdict("past", ws, j, _) := {"ok": false, "why": "past", "word": trim_right(ws[j], ",.;:!?")}

_kind_verdict("perfect", ws, j, _) := {"ok": false, "why": "perfect", "word": concat(" ", [ws[j], trim_right(w, ",.;:")])} if {
	w := _verb_after(_at(ws, j + 1), _at(ws, j + 2))
	_supine(trim_right(w, ",.;:"))
} else := {"ok": true}

# "Godkännande av …", "Revidering av …", "Antagande om …"
_nominal_start(ws) if {
	count(ws) > 1
	strings.any_suffix_match(lower(ws[0]), {"ande", "ende", "ning", "else", "ing"})
	lower(ws[1]) in {"av", "om", "för", "till", "på", "över"}
}

# ---------------------------------------------------------------------------
# Present tense from an infinitive, for rewrites only
# ---------------------------------------------------------------------------

# _present_of is the present tense of infinitive w when it can be derived
# safely: -era → -erar; a final vowel other than a → +r ("avslå", "anse");
# otherwise the base verbs of the domain lexicon (parameter present_forms),
# also at the end of a compound ("återlämna" → "återlämnar"). Undefined
# otherwise: then no rewrite is offered.
_present_of(w) := concat("", [w, "r"]) if {
	endswith(w, "era")
	count(w) > 4
} else := concat("", [w, "r"]) if {
	some v in ["å", "e"]
	endswith(w, v)
	count(w) > 1
	not w in {"de", "inte", "sedan", "ne"}
} else := p if {
	p := _p.present_forms[w]
} else := p if {
	cands := [[count(base), pres] |
		some base, pres in _p.present_forms
		endswith(w, base)
		count(w) > count(base) + 1
	]
	count(cands) > 0
	best := max({n | some [n, _] in cands})
	some [n, pres] in cands
	n == best
	prefix := substring(w, 0, count(w) - n)
	p := concat("", [prefix, pres])
}

# ---------------------------------------------------------------------------
# A subject that never decides
# ---------------------------------------------------------------------------

# "Förvaltningen föreslår att nämnden godkänner X" is a recommendation; when
# what follows "att" is itself an adoptable point ("nämnden godkänner X"),
# the rewrite replaces "Förvaltningen föreslår att nämnden" by "Nämnden".
_subject(t, word) := {"ok": false, "why": "subject", "word": word, "span": span, "rewrite": cap} if {
	[m] := regex.find_all_string_submatch_n(`^(\S+\s+(?:föreslår|anser|bedömer|rekommenderar)\s+att\s+)(.+)$`, t, 1)
	rest := concat("", [upper(substring(m[2], 0, 1)), substring(m[2], 1, -1)])
	[b] := regex.find_all_string_submatch_n(_body_re, rest, 1)
	v := _after_body(b[1], b[3], b[4], b[5], rest)
	v.ok == true
	span := concat("", [m[1], substring(m[2], 0, count(b[1]))])
	cap := b[1]
} else := {"ok": false, "why": "subject", "word": word}
