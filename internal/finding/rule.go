package finding

import "github.com/tjlint/tjlint/internal/i18n"

// Rule is a rule's catalogue entry, read from its METADATA.
type Rule struct {
	ID            string
	Title         string // Swedish
	Description   string // Swedish
	TitleEN       string
	DescriptionEN string
	Severity      Severity
	Related       []Resource
	Params        map[string]any // defaults from custom.params
	File          string         // where the rule is defined
	Line          int
	Builtin       bool // embedded in the binary rather than from --policy
}

// Resource is a guideline, law or document behind a rule.
type Resource struct {
	Ref         string `json:"ref"`
	Description string `json:"description,omitempty"`
}

// HelpURI is the first related resource, if any.
func (r Rule) HelpURI() string {
	if len(r.Related) == 0 {
		return ""
	}
	return r.Related[0].Ref
}

// Localized returns the title and description in lang.
func (r Rule) Localized(lang string) (title, description string) {
	return r.TitleText().In(lang), r.DescriptionText().In(lang)
}

// TitleText is the rule's title in both languages.
func (r Rule) TitleText() i18n.Text { return i18n.T(r.Title, r.TitleEN) }

// DescriptionText is the rule's description in both languages.
func (r Rule) DescriptionText() i18n.Text { return i18n.T(r.Description, r.DescriptionEN) }
