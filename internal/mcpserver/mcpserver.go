// Package mcpserver serves tjlint over the Model Context Protocol, so that
// an AI drafting assistant can check a tjänsteskrivelse while it writes it.
// Its tools are check_document, explain_rule, list_rules and case_schema.
// Every check goes through check.Run like the CLI and the HTTP server.
package mcpserver

import (
	"context"
	"encoding/base64"
	"encoding/json"
	"fmt"
	"path"
	"slices"
	"strings"

	"github.com/modelcontextprotocol/go-sdk/mcp"

	"github.com/tjlint/tjlint/internal/check"
	"github.com/tjlint/tjlint/internal/finding"
	"github.com/tjlint/tjlint/internal/reader"
	"github.com/tjlint/tjlint/internal/report"
	"github.com/tjlint/tjlint/internal/server"
	"github.com/tjlint/tjlint/schemas"
)

// Profile is a named configuration (see tjlint serve --config).
type Profile = server.Profile

// New returns the MCP server. The first profile is the default one.
func New(profiles []Profile, version string) *mcp.Server {
	s := mcp.NewServer(&mcp.Implementation{Name: "tjlint", Title: "tjlint – granskning av tjänsteskrivelser", Version: version},
		&mcp.ServerOptions{Instructions: instructions})
	t := tools{profiles: profiles, version: version}
	mcp.AddTool(s, &mcp.Tool{Name: "check_document", Description: checkDescription}, t.checkDocument)
	mcp.AddTool(s, &mcp.Tool{Name: "explain_rule", Description: "Explain one tjlint rule: what it checks, why (with the law or guidance behind it), how to fix a finding, its default level and parameters. Give the rule ID exactly as check_document or list_rules returned it, e.g. \"gender-equality/missing\"."}, t.explainRule)
	mcp.AddTool(s, &mcp.Tool{Name: "list_rules", Description: "List every rule tjlint checks (built-in and the municipality's own) with its ID, level and title. Use it to see what a draft is checked against, or to find a rule ID for explain_rule."}, t.listRules)
	mcp.AddTool(s, &mcp.Tool{Name: "case_schema", Description: "Return tjlint's case model as a JSON Schema: the fields of a structured case (kind, title, dnr, date, meeting_date, decision_proposal, sections, signatories, referral). Use it to write a case as JSON or YAML that check_document reads exactly; a Markdown or plain-text draft with the usual headings needs no schema."}, t.caseSchema)
	return s
}

const instructions = `tjlint checks Swedish municipal case reports (tjänsteutlåtanden, tjänsteskrivelser, yttranden) against the formal requirements before they reach the politicians of a nämnd: a decision proposal the nämnd can adopt word for word, a gender-equality analysis, named signatories with titles, a referral answered in time, and the municipality's own rules. Call check_document on each draft; fix every finding of severity "error" (use the suggested rewrite when there is one) and review the warnings; explain_rule tells why a rule exists. Messages are in Swedish unless language is "en".`

const checkDescription = `Check one draft case report (tjänsteskrivelse, tjänsteutlåtande or yttrande) and return the findings, each with its rule ID, severity (error, warning, info), message, position (line and column, 1-based, in the text as given; end_line/end_column when the finding is about certain words) and, when tjlint can propose one, a suggested rewrite ("replacement") for the words in "match". The verdict says in one line whether the case can be sent. Pass the draft either as "text" (Markdown, plain text, YAML or JSON) or as "content_base64" (a .docx file's bytes); "file_name" chooses the reader by its extension (.md, .txt, .yaml, .json, .docx) and is shown in the findings. A draft that is not a case report at all gives the finding input/not-a-case.`

type tools struct {
	profiles []Profile
	version  string
}

// CheckInput is check_document's input.
type CheckInput struct {
	FileName      string `json:"file_name" jsonschema:"the draft's file name; its extension (.md, .txt, .yaml, .yml, .json, .docx) chooses the reader, e.g. utkast.md"`
	Text          string `json:"text,omitempty" jsonschema:"the draft as text (Markdown, plain text, YAML or JSON); give this or content_base64"`
	ContentBase64 string `json:"content_base64,omitempty" jsonschema:"the file's bytes in standard base64, for a .docx; give this or text"`
	Language      string `json:"language,omitempty" jsonschema:"language of the messages and the verdict: sv (Swedish, the default) or en"`
	Profile       string `json:"profile,omitempty" jsonschema:"the configuration profile to check against (the municipality's levels and own rules); leave out for the default"`
}

// Finding is one finding of check_document.
type Finding struct {
	report.JSONFinding
	Title string `json:"title" jsonschema:"the rule's title"`
}

// CheckOutput is check_document's result.
type CheckOutput struct {
	Verdict string `json:"verdict" jsonschema:"one line: whether the case can be sent, and what to fix"`
	// CanBeSent is true when there is no error and the document could be read.
	CanBeSent bool           `json:"can_be_sent" jsonschema:"true when the draft has no error-level finding and could be read"`
	Summary   map[string]int `json:"summary" jsonschema:"number of findings by severity"`
	Findings  []Finding      `json:"findings" jsonschema:"the findings, sorted by position"`
	Profile   string         `json:"profile" jsonschema:"the profile used"`
	Language  string         `json:"language" jsonschema:"the language of the messages"`
}

func (t tools) profile(name string) (Profile, error) {
	if name == "" {
		return t.profiles[0], nil
	}
	for _, p := range t.profiles {
		if p.Name == name {
			return p, nil
		}
	}
	names := make([]string, len(t.profiles))
	for i, p := range t.profiles {
		names[i] = p.Name
	}
	return Profile{}, fmt.Errorf("unknown profile %q: this tjlint has the profiles %s (leave profile out for the default, %s)",
		name, strings.Join(names, ", "), names[0])
}

func lang(l string) (string, error) {
	switch strings.ToLower(l) {
	case "", "sv":
		return "sv", nil
	case "en":
		return "en", nil
	}
	return "", fmt.Errorf("unknown language %q: use sv or en", l)
}

func (t tools) checkDocument(ctx context.Context, _ *mcp.CallToolRequest, in CheckInput) (*mcp.CallToolResult, CheckOutput, error) {
	lg, err := lang(in.Language)
	if err != nil {
		return nil, CheckOutput{}, err
	}
	p, err := t.profile(in.Profile)
	if err != nil {
		return nil, CheckOutput{}, err
	}
	name := path.Base(strings.ReplaceAll(strings.TrimSpace(in.FileName), `\`, "/"))
	if name == "" || name == "." || name == "/" {
		return nil, CheckOutput{}, fmt.Errorf("file_name is required, e.g. \"utkast.md\": its extension (%s) chooses the reader", strings.Join(reader.Extensions(), ", "))
	}
	var data []byte
	switch {
	case in.Text != "" && in.ContentBase64 != "":
		return nil, CheckOutput{}, fmt.Errorf("give either text or content_base64, not both")
	case in.ContentBase64 != "":
		if data, err = base64.StdEncoding.DecodeString(strings.TrimSpace(in.ContentBase64)); err != nil {
			return nil, CheckOutput{}, fmt.Errorf("content_base64 is not valid standard base64: %w", err)
		}
	case in.Text != "":
		data = []byte(in.Text)
	default:
		return nil, CheckOutput{}, fmt.Errorf("the draft is missing: give its text in text, or a .docx file's bytes in content_base64")
	}
	if _, err := reader.Detect(name, data); err != nil {
		return nil, CheckOutput{}, fmt.Errorf("tjlint cannot read %q: use a file name ending in %s", name, strings.Join(reader.Extensions(), ", "))
	}
	res := p.Checker.Run(ctx, slices.Values([]check.Input{{Name: name, Data: data}}), check.RunOptions{Jobs: 1})
	rep := res.Report(lg, p.Checker.Rules(), t.version)
	jr := report.JSON{}.Build(rep)
	out := CheckOutput{Summary: jr.Summary, Findings: []Finding{}, Profile: p.Name, Language: lg}
	for _, jf := range jr.Findings {
		f := Finding{JSONFinding: jf}
		if r, ok := p.Checker.Rule(jf.Rule); ok {
			f.Title, _ = r.Localized(lg)
		}
		out.Findings = append(out.Findings, f)
	}
	counts := rep.Counts()
	out.Verdict = server.Verdict(counts, res.InputError, lg)
	out.CanBeSent = !res.InputError && counts.Error == 0
	return nil, out, nil
}

// RuleInput names one rule.
type RuleInput struct {
	Rule     string `json:"rule" jsonschema:"the rule ID, e.g. gender-equality/missing"`
	Language string `json:"language,omitempty" jsonschema:"sv (the default) or en"`
	Profile  string `json:"profile,omitempty" jsonschema:"the configuration profile whose level and own rules apply; leave out for the default"`
}

// Rule describes one rule.
type Rule struct {
	ID          string         `json:"id"`
	Level       string         `json:"level" jsonschema:"error, warning or info: the rule's default level"`
	Title       string         `json:"title"`
	Description string         `json:"description,omitempty" jsonschema:"what the rule checks, why and how to fix a finding"`
	References  []string       `json:"references,omitempty" jsonschema:"the law or guidance behind the rule"`
	Params      map[string]any `json:"params,omitempty" jsonschema:"the rule's parameters and their values"`
	Builtin     bool           `json:"builtin" jsonschema:"false for the municipality's own rules"`
}

func describe(r finding.Rule, lg string, full bool) Rule {
	title, desc := r.Localized(lg)
	out := Rule{ID: r.ID, Level: r.Severity.String(), Title: title, Builtin: r.Builtin}
	if full {
		out.Description, out.Params = desc, r.Params
		for _, rel := range r.Related {
			out.References = append(out.References, strings.TrimSpace(rel.Description+" "+rel.Ref))
		}
	}
	return out
}

func (t tools) explainRule(_ context.Context, _ *mcp.CallToolRequest, in RuleInput) (*mcp.CallToolResult, Rule, error) {
	lg, err := lang(in.Language)
	if err != nil {
		return nil, Rule{}, err
	}
	p, err := t.profile(in.Profile)
	if err != nil {
		return nil, Rule{}, err
	}
	r, ok := p.Checker.Rule(strings.TrimSpace(in.Rule))
	if !ok {
		return nil, Rule{}, fmt.Errorf("no rule %q: list_rules gives every rule ID", in.Rule)
	}
	return nil, describe(r, lg, true), nil
}

// ListInput is list_rules's input.
type ListInput struct {
	Language string `json:"language,omitempty" jsonschema:"sv (the default) or en"`
	Profile  string `json:"profile,omitempty" jsonschema:"the configuration profile; leave out for the default"`
}

// RuleList is list_rules's result.
type RuleList struct {
	Rules []Rule `json:"rules"`
}

func (t tools) listRules(_ context.Context, _ *mcp.CallToolRequest, in ListInput) (*mcp.CallToolResult, RuleList, error) {
	lg, err := lang(in.Language)
	if err != nil {
		return nil, RuleList{}, err
	}
	p, err := t.profile(in.Profile)
	if err != nil {
		return nil, RuleList{}, err
	}
	out := RuleList{Rules: []Rule{}}
	for _, r := range p.Checker.Rules() {
		out.Rules = append(out.Rules, describe(r, lg, false))
	}
	return nil, out, nil
}

// SchemaInput is case_schema's (empty) input.
type SchemaInput struct{}

// Schema is case_schema's result.
type Schema struct {
	Schema map[string]any `json:"schema" jsonschema:"the case model's JSON Schema (draft 2020-12)"`
}

func (t tools) caseSchema(context.Context, *mcp.CallToolRequest, SchemaInput) (*mcp.CallToolResult, Schema, error) {
	var s map[string]any
	if err := json.Unmarshal(schemas.Case, &s); err != nil {
		return nil, Schema{}, err
	}
	return nil, Schema{Schema: s}, nil
}
