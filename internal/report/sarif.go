package report

import (
	"encoding/json"
	"fmt"
	"io"
	"net/url"
	"path"
	"slices"
	"strings"
	"unicode"

	"github.com/tjlint/tjlint/internal/finding"
)

// InformationURI is tjlint's home page, named by formats that describe the
// tool.
const InformationURI = "https://github.com/tjlint/tjlint"

// FingerprintKey is the partialFingerprints key of tjlint's position-free
// fingerprint (see finding.Fingerprint).
const FingerprintKey = "tjlint/v1"

// SARIFSchema is the SARIF 2.1.0 schema URI written in $schema.
const SARIFSchema = "https://json.schemastore.org/sarif-2.1.0.json"

// SARIF is SARIF 2.1.0 as GitHub code scanning reads it: one run (also when
// there are no results) with a rules[] entry per catalogue rule, one result
// per finding (suppressed ones carry a suppressions[] entry with the
// justification), relative URIs, regions clamped to 1:1 and fingerprints
// that survive lines moving.
//
// The document is built from the small set of structs below rather than
// with github.com/owenrumney/go-sarif/v3: that library writes -1 sentinels
// for unset indices (flagged by the SARIF Multitool's SARIF2004), a fixed
// "en-US" language, panics when a partial fingerprint is added to a new
// result, and adds 2.6 MB to the binary. .ci/run validates the golden file
// with Microsoft's SARIF Multitool (schema, SARIF and GitHub rules).
type SARIF struct{}

type sarifLog struct {
	Schema  string     `json:"$schema"`
	Version string     `json:"version"`
	Runs    []sarifRun `json:"runs"`
}

type sarifRun struct {
	Tool       sarifTool     `json:"tool"`
	Language   string        `json:"language,omitempty"`
	ColumnKind string        `json:"columnKind"`
	Results    []sarifResult `json:"results"`
}

type sarifTool struct {
	Driver sarifDriver `json:"driver"`
}

type sarifDriver struct {
	Name            string      `json:"name"`
	Version         string      `json:"version"`
	SemanticVersion string      `json:"semanticVersion,omitempty"`
	InformationURI  string      `json:"informationUri"`
	Rules           []sarifRule `json:"rules"`
}

type sarifMessage struct {
	Text     string `json:"text"`
	Markdown string `json:"markdown,omitempty"`
}

type sarifRule struct {
	ID                   string              `json:"id"`
	Name                 string              `json:"name"`
	ShortDescription     sarifMessage        `json:"shortDescription"`
	FullDescription      sarifMessage        `json:"fullDescription"`
	HelpURI              string              `json:"helpUri,omitempty"`
	Help                 sarifMessage        `json:"help"`
	DefaultConfiguration sarifConfig         `json:"defaultConfiguration"`
	Properties           map[string][]string `json:"properties,omitempty"`
}

type sarifConfig struct {
	Level string `json:"level"`
}

type sarifResult struct {
	RuleID              string             `json:"ruleId"`
	RuleIndex           int                `json:"ruleIndex"`
	Level               string             `json:"level"`
	Message             sarifMessage       `json:"message"`
	Locations           []sarifLocation    `json:"locations"`
	PartialFingerprints map[string]string  `json:"partialFingerprints"`
	Suppressions        []sarifSuppression `json:"suppressions,omitempty"`
	Fixes               []sarifFix         `json:"fixes,omitempty"`
	Properties          map[string]string  `json:"properties,omitempty"`
}

type sarifLocation struct {
	PhysicalLocation sarifPhysical `json:"physicalLocation"`
}

type sarifPhysical struct {
	ArtifactLocation sarifArtifact `json:"artifactLocation"`
	Region           sarifRegion   `json:"region"`
}

type sarifArtifact struct {
	URI string `json:"uri"`
}

type sarifRegion struct {
	StartLine   int           `json:"startLine"`
	StartColumn int           `json:"startColumn"`
	EndLine     int           `json:"endLine,omitempty"`
	EndColumn   int           `json:"endColumn,omitempty"`
	Snippet     *sarifSnippet `json:"snippet,omitempty"`
}

// sarifFix is a suggested rewrite: replace the finding's words
// (deletedRegion) by the rule's replacement (insertedContent).
type sarifFix struct {
	Description     sarifMessage          `json:"description"`
	ArtifactChanges []sarifArtifactChange `json:"artifactChanges"`
}

type sarifArtifactChange struct {
	ArtifactLocation sarifArtifact      `json:"artifactLocation"`
	Replacements     []sarifReplacement `json:"replacements"`
}

type sarifReplacement struct {
	DeletedRegion   sarifRegion  `json:"deletedRegion"`
	InsertedContent sarifSnippet `json:"insertedContent"`
}

type sarifSnippet struct {
	Text string `json:"text"`
}

type sarifSuppression struct {
	Kind          string `json:"kind"`
	Status        string `json:"status"`
	Justification string `json:"justification"`
}

// Report implements Reporter.
func (SARIF) Report(w io.Writer, r Result) error {
	version := strings.TrimPrefix(r.Version, "v")
	if version == "" {
		version = "dev"
	}
	run := sarifRun{ColumnKind: "unicodeCodePoints", Language: r.tr("sv-SE", "en-US"), Results: []sarifResult{},
		Tool: sarifTool{Driver: sarifDriver{Name: "tjlint", Version: version, InformationURI: InformationURI, Rules: []sarifRule{}}}}
	if isSemver(version) {
		run.Tool.Driver.SemanticVersion = version
	}
	index := map[string]int{}
	addRule := func(ru finding.Rule) {
		index[ru.ID] = len(run.Tool.Driver.Rules)
		run.Tool.Driver.Rules = append(run.Tool.Driver.Rules, newSARIFRule(r, ru))
	}
	for _, ru := range r.Rules {
		if _, dup := index[ru.ID]; !dup {
			addRule(ru)
		}
	}
	all := append(slices.Clone(r.Findings), r.Suppressed...)
	slices.SortFunc(all, finding.Compare)
	for _, f := range all {
		if _, ok := index[f.Rule]; !ok {
			addRule(r.rule(f.Rule))
		}
		line, col := position(f)
		reg := sarifRegion{StartLine: line, StartColumn: col}
		if f.EndLine >= line && f.EndColumn > 0 && (f.EndLine > line || f.EndColumn > col) {
			reg.EndLine, reg.EndColumn = f.EndLine, f.EndColumn
			if f.Match != "" && !f.Sensitive {
				reg.Snippet = &sarifSnippet{Text: f.Match}
			}
		}
		res := sarifResult{RuleID: f.Rule, RuleIndex: index[f.Rule], Level: sarifLevel(f.Severity),
			Message:             sarifMessage{Text: sentence(f.Message.In(r.Lang))},
			Locations:           []sarifLocation{{PhysicalLocation: sarifPhysical{ArtifactLocation: sarifArtifact{URI: fileURI(f.File)}, Region: reg}}},
			PartialFingerprints: map[string]string{FingerprintKey: finding.Fingerprint(f)}}
		if f.Pointer != "" {
			res.Properties = map[string]string{"pointer": f.Pointer}
		}
		// A fix needs the exact words it replaces; a sensitive finding
		// never carries its replacement anywhere.
		if f.HasReplacement && !f.Sensitive && reg.EndLine > 0 {
			res.Fixes = []sarifFix{{
				Description: sarifMessage{Text: r.tr("Ersätt med ”"+f.Replacement+"”.", "Replace with “"+f.Replacement+"”.")},
				ArtifactChanges: []sarifArtifactChange{{ArtifactLocation: sarifArtifact{URI: fileURI(f.File)},
					Replacements: []sarifReplacement{{DeletedRegion: sarifRegion{StartLine: reg.StartLine, StartColumn: reg.StartColumn, EndLine: reg.EndLine, EndColumn: reg.EndColumn},
						InsertedContent: sarifSnippet{Text: f.Replacement}}}}},
			}}
		}
		if f.Suppression.Kind != "" {
			res.Suppressions = []sarifSuppression{{Kind: f.Suppression.Kind, Status: "accepted", Justification: f.Suppression.Reason}}
		}
		run.Results = append(run.Results, res)
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(sarifLog{Schema: SARIFSchema, Version: "2.1.0", Runs: []sarifRun{run}})
}

func newSARIFRule(r Result, ru finding.Rule) sarifRule {
	title, desc := ru.Localized(r.Lang)
	if title == "" {
		title = ru.ID
	}
	if desc == "" {
		desc = title
	}
	md := "**" + title + "**\n\n" + desc
	if len(ru.Related) > 0 {
		md += "\n"
	}
	for _, res := range ru.Related {
		label := res.Description
		if label == "" {
			label = res.Ref
		}
		md += "\n- [" + label + "](" + res.Ref + ")"
	}
	return sarifRule{
		ID: ru.ID, Name: ruleName(ru.ID),
		ShortDescription:     sarifMessage{Text: sentence(title)},
		FullDescription:      sarifMessage{Text: sentence(desc)},
		HelpURI:              ru.HelpURI(),
		Help:                 sarifMessage{Text: sentence(title) + " " + sentence(desc), Markdown: md},
		DefaultConfiguration: sarifConfig{Level: sarifLevel(ru.Severity)},
		Properties:           map[string][]string{"tags": {strings.SplitN(ru.ID, "/", 2)[0]}},
	}
}

func sarifLevel(s finding.Severity) string {
	switch s {
	case finding.Error:
		return "error"
	case finding.Warning:
		return "warning"
	}
	return "note"
}

// sentence ends a message with a full stop, as the SARIF rule SARIF2001
// (terminate messages with a period) asks.
func sentence(s string) string {
	s = strings.TrimSpace(s)
	if s == "" || strings.HasSuffix(s, ".") || strings.HasSuffix(s, "?") || strings.HasSuffix(s, "!") {
		return s
	}
	return s + "."
}

// ruleName turns a rule ID into the PascalCase name SARIF recommends
// (SARIF2012), e.g. gender-equality/missing -> GenderEqualityMissing.
func ruleName(id string) string {
	var b strings.Builder
	up := true
	for _, c := range id {
		if !unicode.IsLetter(c) && !unicode.IsDigit(c) {
			up = true
			continue
		}
		if up {
			c = unicode.ToUpper(c)
			up = false
		}
		b.WriteRune(c)
	}
	return b.String()
}

// fileURI turns a file name as given into a relative URI reference (or a
// file: URI for an absolute path), escaping what a URI cannot hold.
func fileURI(name string) string {
	name = strings.ReplaceAll(name, "\\", "/")
	for strings.HasPrefix(name, "./") {
		name = name[2:]
	}
	abs := strings.HasPrefix(name, "/")
	parts := strings.Split(strings.TrimPrefix(name, "/"), "/")
	for i, p := range parts {
		parts[i] = url.PathEscape(p)
	}
	u := path.Clean(strings.Join(parts, "/"))
	if abs {
		return "file:///" + u
	}
	return u
}

func isSemver(s string) bool {
	var a, b, c int
	n, _ := fmt.Sscanf(s, "%d.%d.%d", &a, &b, &c)
	return n == 3
}
