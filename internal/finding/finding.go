// Package finding defines what every stage of tjlint produces and every
// output format consumes: a rule, a severity, a message and a position.
package finding

import (
	"cmp"
	"slices"

	"github.com/tjlint/tjlint/internal/i18n"
)

// Finding is one problem found in one file.
type Finding struct {
	Rule     string    // "signatories/unnamed"; derived from the Rego package path
	Severity Severity  // Info < Warning < Error
	Message  i18n.Text // user-facing, in Swedish and English; shown in the language of --lang
	File     string    // as given on the command line (slash-separated)
	Pointer  string    // RFC 6901 JSON pointer into the case model, "" for the whole case
	Line     int       // 1-based; 0 when unknown
	Column   int       // 1-based, in Unicode code points; 0 when unknown
	// EndLine and EndColumn are where the words the finding is about end
	// (the position after the last character, as SARIF's endColumn); 0
	// when the finding is about a whole value.
	EndLine   int
	EndColumn int
	// Match is the words the finding is about, "" for a whole value.
	Match string
	// Replacement is a safe rewrite of Match (or of the whole value), set
	// when HasReplacement.
	Replacement    string
	HasReplacement bool
	// Sensitive findings (a personnummer) are located, but no output
	// shows Match, Replacement or a snippet of the source.
	Sensitive bool
	// Location says where the finding is as the document's reader sees
	// it (the heading, paragraph and first words in a Word document, the
	// page of text from a PDF); zero when the line is all there is.
	Location i18n.Text
	// Suppression is set on a finding that an ignore entry, a config
	// override or a baseline suppressed; zero otherwise.
	Suppression Suppression
}

// Suppression says why a finding is not counted.
type Suppression struct {
	// Kind is "inSource" (in the case itself) or "external" (.tjlint.yaml or
	// a baseline), as in SARIF.
	Kind string
	// Reason is the justification given with the suppression.
	Reason string
}

// Compare orders findings by file, line, column, rule and message.
func Compare(a, b Finding) int {
	return cmp.Or(
		cmp.Compare(a.File, b.File),
		cmp.Compare(a.Line, b.Line),
		cmp.Compare(a.Column, b.Column),
		cmp.Compare(a.Rule, b.Rule),
		cmp.Compare(a.Pointer, b.Pointer),
		cmp.Compare(a.Message.SV, b.Message.SV),
	)
}

// Sort sorts findings in place and removes exact duplicates.
func Sort(fs []Finding) []Finding {
	slices.SortFunc(fs, Compare)
	return slices.CompactFunc(fs, func(a, b Finding) bool { return a == b })
}

// Counts tallies findings by severity.
type Counts struct {
	Error, Warning, Info int
}

// Add counts one finding.
func (c *Counts) Add(s Severity) {
	switch s {
	case Error:
		c.Error++
	case Warning:
		c.Warning++
	default:
		c.Info++
	}
}

// Total is the number of findings counted.
func (c Counts) Total() int { return c.Error + c.Warning + c.Info }
