package check

import "github.com/tjlint/tjlint/internal/finding"

// Rule IDs produced in Go rather than Rego.
const (
	RuleInvalid    = "input/invalid"
	RuleUnreadable = "input/unreadable"
	RuleTooLarge   = "input/too-large"
	RuleNotACase   = "input/not-a-case"
)

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
	{ID: RuleNotACase, Severity: finding.Error, Builtin: true,
		Title: "Dokumentet är inget tjänsteutlåtande", TitleEN: "The document is not a case report",
		Description:   "Dokumentet har varken kända rubriker eller förslag till beslut, så det kontrolleras inte mot reglerna.",
		DescriptionEN: "The document has neither known headings nor a decision proposal, so the rules are not run on it."},
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
