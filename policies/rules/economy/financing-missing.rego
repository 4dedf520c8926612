# METADATA
# title: Finansiering saknas
# description: >-
#   En beslutspunkt eller sammanfattningen binder pengar (ett belopp i kronor,
#   tkr eller mnkr, eller investeringsmedel), men handlingen har inget avsnitt
#   om ekonomi och säger inget om hur det ska finansieras. Ett belopp i
#   sammanfattningen till ett beslut som bara godkänner en rapport eller
#   noterar information (en uppföljning, en prognos) binder inga pengar. Nämnden behöver
#   veta vad beslutet kostar och var pengarna tas ifrån (kommunallagen 11 kap.
#   1 §: god ekonomisk hushållning). När läsaren såg ett ekonomiavsnitt men
#   inte kunde tolka det ges inget fynd.
# related_resources:
#   - ref: https://lagen.nu/2017:725#K11P1
#     description: Kommunallag (2017:725), 11 kap. 1 § (god ekonomisk hushållning)
# custom:
#   severity: warning
#   title_en: Financing missing
#   description_en: >-
#     A decision point or the summary commits money (an amount in kronor, tkr
#     or mnkr, or investment funds), but the document has no economy section
#     and says nothing of how it is financed. An amount in the summary of a
#     decision that only approves a report or takes note of information (a
#     follow-up, a forecast) commits no money. The committee needs to know what
#     the decision costs and where the money comes from (Local Government Act,
#     chapter 11, section 1: sound financial management). When the reader saw
#     an economy section but could not interpret it, there is no finding.
#   params:
#     # lower-case RE2 fragments, matched as whole words in the decision
#     # points and the summary: money is committed
#     # units after an amount ("250 000 kronor", "1,5 mnkr", "12 miljoner
#     # kronor"), as RE2 fragments
#     units:
#       - kr
#       - kronor
#       - tkr
#       - mnkr
#       - mkr
#       - mdkr
#       - msek
#       - ksek
#       - sek
#       - (?:tusen|miljon|miljoner|miljard|miljarder)\s+kronor
#     # words that commit money without an amount
#     money_words:
#       - investeringsmedel
#       - investeringsbudget\p{L}*
#     # lower-case RE2 fragments, matched as whole words in every heading and
#     # text: the document says how it is financed
#     financing:
#       - finansier\p{L}*
#       - ekonomisk\p{L}*\s+konsekvens\p{L}*
#       - ekonomisk\s+bedömning
#       - (?:kommun|drift|investerings|bidrags|nämnd|års)?budget\p{L}*
#       - finansverksamhet\p{L}*
#       - ryms
#       - bekosta\p{L}*
#       - belasta\p{L}*
#       - täcks
#       - anslag\p{L}*
#       - medel\s+(?:från|ur|inom|avsätts|avsatta)
#       - kommunstyrelsens\s+förfogande
#       - driftram\p{L}*
#       - ram(?:en)?\s+för
#       # money that is already there: "fördelar resterande medel",
#       # "omfördelar ... från"
#       - (?:resterande|befintliga|budgeterade|avsatta|tilldelade|anvisade)\s+medel
#       - (?:avsatt|avsätter|reserverat|reserverade)\s+(?:\p{L}+\s+){0,2}medel
#       - (?:om)?fördelar\s+(?:\p{L}+\s+){0,3}medel
#     # decisions that only take note of information or approve a report:
#     # an amount in their summary reports money, it commits none
#     takes_note:
#       - (?:har\s+)?(?:tagit|tar)\s+del\s+av
#       - noterar
#       - antecknar
#       - lägger\s+(?:\p{L}+\s+){0,3}till\s+handlingarna
#       - (?:godkänner|fastställer|antar|överlämnar)\s+(?:\p{L}+\s+){0,3}(?:uppföljning|prognos|årsredovisning|delårsrapport|delårsbokslut|bokslut|verksamhetsberättelse|redovisning|rapport)\p{L}*
package tjlint.rules.economy["financing-missing"]

import data.tjlint.lib.evidence
import data.tjlint.lib.place
import data.tjlint.lib.proposal
import data.tjlint.lib.result
import data.tjlint.lib.text
import data.tjlint.lib.words

_params := data.tjlint.params["economy/financing-missing"]

# An amount: digits, grouped by spaces or points, a decimal comma, a unit.
_amount_re := sprintf(`[0-9][0-9 \x{a0}.]*(?:,[0-9]+)?\s*(?:%s)`, [concat("|", _params.units)])

_money_re := concat("|", array.concat([_amount_re], _params.money_words))

_financing_re := concat("|", _params.financing)

deny contains result.fail_match_at(path, amount, o, msg, msg_en) if {
	[_, path, o, amount] := _first_commitment
	not _economy_section
	not evidence.unread("sections.economy")
	not _financing_stated
	msg := sprintf("Förslaget binder pengar (”%s” %s), men handlingen säger inget om hur det ska finansieras. Lägg till ett avsnitt ”Ekonomiska konsekvenser” som anger vad beslutet kostar och var pengarna tas ifrån, t.ex. inom nämndens budget eller ur investeringsbudgeten.", [amount, place.where(path)])
	msg_en := sprintf("The proposal commits money (”%s” %s), but the document says nothing of how it is financed. Add a section ”Ekonomiska konsekvenser” stating what the decision costs and where the money comes from, e.g. within the committee's budget or from the investment budget.", [amount, place.where_en(path)])
}

_economy_section if not text.blank(text.section_text("economy"))

_financing_stated if words.has(place.all_text, _financing_re)

_places contains [0 + i, ["decision_proposal", i]] if {
	some i, p in input.decision_proposal
	is_string(p)
}

_places contains [1000, ["sections", "summary", "text"]] if {
	is_string(input.sections.summary.text)
	not proposal.takes_note(concat("|", _params.takes_note))
}

_commitments contains [rank, path, o, amount] if {
	some [rank, path] in _places
	s := object.get(input, path, "")
	_may_commit(s)
	words.has(s, _money_re)
	some [o, amount] in words.matches(s, _money_re)
}

# _first_commitment is the first amount in the decision, else in the
# summary: one finding per document.
_first_commitment := m if {
	some m in _commitments
	every x in _commitments {
		[x[0], x[2]] >= [m[0], m[2]]
	}
}

# _may_commit: an amount has a digit (a cheap regex: the amount's is not),
# a money word is asked for by its own regex.
_may_commit(s) if regex.match(`[0-9]`, s)

_may_commit(s) if words.has(s, concat("|", _params.money_words))
