package mcpserver

import (
	"encoding/base64"
	"encoding/json"
	"os"
	"strings"
	"testing"

	"github.com/modelcontextprotocol/go-sdk/mcp"

	"github.com/tjlint/tjlint/internal/check"
)

// connect starts the server in-process and returns a client session.
func connect(t *testing.T) *mcp.ClientSession {
	t.Helper()
	ctx := t.Context()
	c, err := check.New(ctx, check.Options{})
	if err != nil {
		t.Fatal(err)
	}
	st, ct := mcp.NewInMemoryTransports()
	ss, err := New([]Profile{{Name: "standard", Checker: c}}, "test").Connect(ctx, st, nil)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { ss.Close() })
	cs, err := mcp.NewClient(&mcp.Implementation{Name: "test", Version: "1"}, nil).Connect(ctx, ct, nil)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { cs.Close() })
	return cs
}

func call(t *testing.T, cs *mcp.ClientSession, name string, args map[string]any, out any) *mcp.CallToolResult {
	t.Helper()
	res, err := cs.CallTool(t.Context(), &mcp.CallToolParams{Name: name, Arguments: args})
	if err != nil {
		t.Fatal(err)
	}
	if out != nil && !res.IsError {
		b, _ := json.Marshal(res.StructuredContent)
		if err := json.Unmarshal(b, out); err != nil {
			t.Fatal(err)
		}
	}
	return res
}

func errText(res *mcp.CallToolResult) string {
	if !res.IsError || len(res.Content) == 0 {
		return ""
	}
	if tc, ok := res.Content[0].(*mcp.TextContent); ok {
		return tc.Text
	}
	return ""
}

func TestTools(t *testing.T) {
	cs := connect(t)
	lt, err := cs.ListTools(t.Context(), nil)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, tool := range lt.Tools {
		names = append(names, tool.Name)
		if len(tool.Description) < 80 {
			t.Errorf("%s: a description an assistant can use alone, got %q", tool.Name, tool.Description)
		}
	}
	if got := strings.Join(names, " "); got != "case_schema check_document explain_rule list_rules" {
		t.Errorf("tools: %s", got)
	}
	for _, tool := range lt.Tools {
		if tool.Name != "check_document" {
			continue
		}
		b, _ := json.Marshal(tool.InputSchema)
		for _, prop := range []string{"file_name", "text", "content_base64", "language", "profile"} {
			if !strings.Contains(string(b), `"`+prop+`"`) {
				t.Errorf("check_document's input schema lacks %s: %s", prop, b)
			}
		}
	}
}

func TestCheckDocument(t *testing.T) {
	cs := connect(t)
	draft, err := os.ReadFile("../../examples/tjansteskrivelse-utkast.md")
	if err != nil {
		t.Fatal(err)
	}
	var out CheckOutput
	if res := call(t, cs, "check_document", map[string]any{"file_name": "utkast.md", "text": string(draft)}, &out); res.IsError {
		t.Fatal(errText(res))
	}
	if out.CanBeSent || !strings.HasSuffix(out.Verdict, "åtgärda felen innan ärendet skickas") || out.Summary["error"] != 1 || out.Profile != "standard" {
		t.Errorf("verdict %q, can be sent %v, summary %v, profile %q", out.Verdict, out.CanBeSent, out.Summary, out.Profile)
	}
	var neutral *Finding
	for i, f := range out.Findings {
		if f.File != "utkast.md" || f.Line < 1 || f.Column < 1 || f.Message == "" || f.Title == "" {
			t.Errorf("finding without file, position, message or title: %+v", f)
		}
		if f.Rule == "gender-equality/unsupported-neutrality" {
			neutral = &out.Findings[i]
		}
	}
	if neutral == nil || neutral.Line != 23 || neutral.Column != 18 || neutral.EndColumn != 52 || neutral.Match != "inte påverka kvinnor och män olika" {
		t.Errorf("the neutrality finding should point at the claim: %+v", neutral)
	}

	// English, and a .docx as base64.
	docx, err := os.ReadFile("../reader/docxcase/testdata/libreoffice-utlatande.docx")
	if err != nil {
		t.Fatal(err)
	}
	if res := call(t, cs, "check_document", map[string]any{"file_name": "a.docx", "language": "en",
		"content_base64": encode(docx)}, &out); res.IsError {
		t.Fatal(errText(res))
	}
	if out.Language != "en" || out.Verdict == "" {
		t.Errorf("docx in English: %+v", out)
	}
}

func TestCheckDocumentErrors(t *testing.T) {
	cs := connect(t)
	for _, tc := range []struct {
		args map[string]any
		want string
	}{
		{map[string]any{"file_name": "a.md"}, "the draft is missing"},
		{map[string]any{"file_name": "a.md", "text": "x", "content_base64": "eA=="}, "either text or content_base64"},
		{map[string]any{"file_name": "a.docx", "content_base64": "not base64!"}, "not valid standard base64"},
		{map[string]any{"file_name": "a.pages", "text": "x"}, "use a file name ending in"},
		{map[string]any{"file_name": "a.md", "text": "x", "profile": "strikt"}, `unknown profile "strikt": this tjlint has the profiles standard`},
		{map[string]any{"file_name": "a.md", "text": "x", "language": "de"}, `unknown language "de"`},
	} {
		res := call(t, cs, "check_document", tc.args, nil)
		if got := errText(res); !strings.Contains(got, tc.want) {
			t.Errorf("%v: %q, want %q", tc.args, got, tc.want)
		}
	}
}

func TestRulesAndSchema(t *testing.T) {
	cs := connect(t)
	var r Rule
	if res := call(t, cs, "explain_rule", map[string]any{"rule": "gender-equality/missing", "language": "en"}, &r); res.IsError {
		t.Fatal(errText(res))
	}
	if r.ID != "gender-equality/missing" || r.Level != "warning" || r.Description == "" || !r.Builtin {
		t.Errorf("explain_rule: %+v", r)
	}
	if got := errText(call(t, cs, "explain_rule", map[string]any{"rule": "no/such"}, nil)); !strings.Contains(got, "list_rules gives every rule ID") {
		t.Errorf("unknown rule: %q", got)
	}
	var list RuleList
	call(t, cs, "list_rules", map[string]any{}, &list)
	if len(list.Rules) < 20 {
		t.Errorf("list_rules: %d rules", len(list.Rules))
	}
	var s Schema
	call(t, cs, "case_schema", map[string]any{}, &s)
	if _, ok := s.Schema["properties"].(map[string]any)["decision_proposal"]; !ok {
		t.Errorf("case_schema lacks decision_proposal: %v", s.Schema)
	}
}

func encode(b []byte) string { return base64.StdEncoding.EncodeToString(b) }
