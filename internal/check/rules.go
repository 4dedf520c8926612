package check

import (
	"maps"
	"slices"

	"github.com/tjlint/tjlint/internal/config"
	"github.com/tjlint/tjlint/internal/finding"
	"github.com/tjlint/tjlint/internal/i18n"
	"github.com/tjlint/tjlint/internal/suppress"
)

// Rule IDs produced in Go rather than Rego.
const (
	RuleInvalid    = "input/invalid"
	RuleUnreadable = "input/unreadable"
	RuleTooLarge   = "input/too-large"
	RuleNotACase   = "input/not-a-case"
	RuleTooComplex = "input/too-complex"
	RulePolicy     = "policy/error"
	// RuleBaselineStale is reported by the CLI for a baseline entry that no
	// longer matches a finding.
	RuleBaselineStale = "baseline/stale"
)

// fixedLevel are the rules whose level cannot be configured: they say why
// a file could not be read or a rule could not be evaluated, and such a run
// always ends with exit code 2, so hiding or softening the finding would
// only hide the reason. A level or override for them is a config error.
var fixedLevel = map[string]bool{RuleInvalid: true, RuleUnreadable: true, RuleTooLarge: true, RulePolicy: true, RuleTooComplex: true}

// IsRunError reports whether rule says that a file could not be read or a
// rule could not be evaluated (exit code 2); its level cannot be configured.
func IsRunError(rule string) bool { return fixedLevel[rule] }

// checkFixedLevels rejects a level or override for a fixedLevel rule, with
// its line.
func checkFixedLevels(cfg *config.Config) error {
	for _, id := range slices.Sorted(maps.Keys(cfg.Rules)) {
		if fixedLevel[id] && cfg.Rules[id].Level != "" {
			return &config.Error{Path: cfg.Path, Line: cfg.Line(id),
				Message: i18n.Sprintf("regeln %s kan inte få en annan nivå: ett fel i indata eller i en regel ger alltid slutkod 2 och visas alltid",
					"rule %s cannot have another level: an error in the input or in a rule always gives exit code 2 and is always shown", id)}
		}
	}
	for i, o := range cfg.Overrides {
		for _, id := range slices.Sorted(maps.Keys(o.Rules)) {
			if fixedLevel[id] {
				return &config.Error{Path: cfg.Path,
					Message: i18n.Sprintf("overrides[%d]: regeln %s kan inte stängas av eller få en annan nivå: ett fel i indata eller i en regel ger alltid slutkod 2 och visas alltid",
						"overrides[%d]: rule %s cannot be turned off or have another level: an error in the input or in a rule always gives exit code 2 and is always shown", i, id)}
			}
		}
	}
	return nil
}

// goRules are the checks that are not Rego rules: reading the input and the
// JSON Schema. They are listed in the catalogue like the others.
var goRules = []finding.Rule{
	{ID: RuleInvalid, Severity: finding.Error, Builtin: true,
		Title: "Filen kan inte läsas som ett ärende", TitleEN: "The file cannot be read as a case",
		Description:   "Filen har ett syntaxfel, är inte giltig UTF-8 eller är en skadad DOCX. Felet anges med rad och kolumn; övriga filer kontrolleras ändå.",
		DescriptionEN: "The file has a syntax error, is not valid UTF-8 or is a corrupt DOCX. The error is reported at its line and column; other files are still checked."},
	{ID: RuleUnreadable, Severity: finding.Error, Builtin: true,
		Title: "Filen kan inte öppnas", TitleEN: "The file cannot be opened",
		Description: "Filen finns inte, saknar läsbehörighet eller är en katalogloop.", DescriptionEN: "The file does not exist, cannot be read, or is a directory loop."},
	{ID: RuleTooLarge, Severity: finding.Error, Builtin: true,
		Title: "Filen är för stor", TitleEN: "The file is too large",
		Description: "Filen är större än gränsen (--max-file-size) och kontrolleras inte.", DescriptionEN: "The file is larger than the limit (--max-file-size) and is not checked."},
	{ID: RuleTooComplex, Severity: finding.Error, Builtin: true,
		Title: "Filen är för komplex att granska", TitleEN: "The file is too complex to check",
		Description:   "Granskningen av filen tog längre tid än tidsgränsen per fil och avbröts, t.ex. för ett dokument med en onormal struktur eller en egen regel som inte blir klar. Övriga filer granskas ändå; slutkoden blir 2.",
		DescriptionEN: "Checking the file took longer than the per-file deadline and was stopped, e.g. for a document of abnormal structure or an own rule that does not finish. The other files are still checked; the exit code is 2."},
	{ID: RuleNotACase, Severity: finding.Error, Builtin: true,
		Title: "Dokumentet är inget tjänsteutlåtande", TitleEN: "The document is not a case report",
		Description:   "Dokumentet har varken kända rubriker eller förslag till beslut, så det kontrolleras inte mot reglerna.",
		DescriptionEN: "The document has neither known headings nor a decision proposal, so the rules are not run on it."},
	{ID: suppress.RuleMissingReason, Severity: finding.Error, Builtin: true,
		Title: "Undantag utan motivering", TitleEN: "Suppression without a reason",
		Description:   "Ett undantag (tjlint.ignore, tjlint-disable eller overrides i .tjlint.yaml) saknar reason och gäller därför inte.",
		DescriptionEN: "A suppression (tjlint.ignore, tjlint-disable or overrides in .tjlint.yaml) has no reason and therefore does not apply."},
	{ID: suppress.RuleExpired, Severity: finding.Warning, Builtin: true,
		Title: "Undantaget har gått ut", TitleEN: "Suppression expired",
		Description:   "Undantagets until-datum har passerats; fynden det undantog visas igen.",
		DescriptionEN: "The suppression's until date has passed; the findings it suppressed are shown again."},
	{ID: suppress.RuleUnused, Severity: finding.Info, Builtin: true,
		Title: "Oanvänt undantag", TitleEN: "Unused suppression",
		Description:   "Ett undantag i ärendet matchar inget fynd och kan tas bort.",
		DescriptionEN: "A suppression in the case matches no finding and can be removed."},
	{ID: suppress.RuleInvalid, Severity: finding.Error, Builtin: true,
		Title: "Ogiltigt undantag", TitleEN: "Invalid suppression",
		Description:   "Ett undantag saknar regel, har fel form eller ett until-datum som inte är ÅÅÅÅ-MM-DD.",
		DescriptionEN: "A suppression has no rule, the wrong shape or an until date that is not YYYY-MM-DD."},
	{ID: RuleBaselineStale, Severity: finding.Info, Builtin: true,
		Title: "Inaktuell post i baslinjen", TitleEN: "Stale baseline entry",
		Description:   "Ett fynd i baslinjen (--baseline) finns inte längre; skriv om baslinjen med --write-baseline så krymper den.",
		DescriptionEN: "A finding recorded in the baseline (--baseline) is gone; rewrite the baseline with --write-baseline so that it shrinks."},
	{ID: RulePolicy, Severity: finding.Error, Builtin: true,
		Title: "En regel kunde inte utvärderas", TitleEN: "A rule could not be evaluated",
		Description:   "Utvärderingen av reglerna avbröts för filen, t.ex. för att en egen regel anropade en inbyggd funktion med fel typ. Felet gäller regeln, inte ärendet; slutkoden blir 2.",
		DescriptionEN: "Evaluating the rules failed for the file, e.g. because an own rule called a built-in function with a wrong type. The error is in the rule, not the case; the exit code is 2."},
	schemaRule("type", "Fel typ", "Wrong type", "Värdet har fel typ, t.ex. en text där schemat kräver en lista.", "The value has the wrong type, e.g. a string where the schema wants an array."),
	schemaRule("enum", "Otillåtet värde", "Value not allowed", "Värdet är inte ett av de tillåtna, t.ex. kind.", "The value is not one of the allowed ones, e.g. kind."),
	schemaRule("const", "Fel version", "Wrong constant", "Värdet måste vara exakt det schemat anger, t.ex. schema_version 1.", "The value must be exactly what the schema says, e.g. schema_version 1."),
	schemaRule("format", "Ogiltigt datum", "Invalid format", "Ett datum är inte ett verkligt datum på formen ÅÅÅÅ-MM-DD.", "A date is not a real date of the form YYYY-MM-DD."),
	schemaRule("additionalProperties", "Okänt fält", "Unknown field", "Fältet finns inte i ärendemodellen (stavfel?).", "The field is not part of the case model (a typo?)."),
	schemaRule("required", "Obligatoriskt fält saknas", "Required field missing", "Ett fält som schemat kräver saknas.", "A field the schema requires is missing."),
}

func schemaRule(kw, title, titleEN, desc, descEN string) finding.Rule {
	return finding.Rule{ID: "schema/" + kw, Severity: finding.Error, Builtin: true, Title: title, TitleEN: titleEN,
		Description: desc, DescriptionEN: descEN,
		Related: []finding.Resource{{Ref: "https://json-schema.org/draft/2020-12/json-schema-validation", Description: "JSON Schema 2020-12"}}}
}
