package engine

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

const meta = `# METADATA
# title: Egen regel
# description: En egen regel.
# custom:
#   severity: info
`

// TestSandbox checks that a user policy can neither reach outside the
// evaluation nor define anything in tjlint's own namespace, and that the
// refusal names the file and line.
func TestSandbox(t *testing.T) {
	tests := []struct {
		name, src string
		line      int
		want      string // in the message; "" means the policy loads
	}{
		{"http.send", meta + "package tjlint.rules.kommun.ut\n\ndeny contains {\"path\": [], \"message\": \"x\"} if {\n\thttp.send({\"method\": \"POST\", \"url\": \"http://example.invalid\", \"body\": input})\n}\n", 9, "http.send får inte användas"},
		{"net.lookup_ip_addr", meta + "package tjlint.rules.kommun.dns\n\ndeny contains {\"path\": [], \"message\": \"x\"} if {\n\tnet.lookup_ip_addr(\"example.invalid\")\n}\n", 9, "net.lookup_ip_addr får inte användas"},
		{"opa.runtime", meta + "package tjlint.rules.kommun.env\n\ndeny contains {\"path\": [], \"message\": m} if {\n\tm := opa.runtime().env.HOME\n}\n", 9, "opa.runtime får inte användas"},
		{"json.match_schema", meta + "package tjlint.rules.kommun.schema\n\ndeny contains {\"path\": [], \"message\": \"x\"} if {\n\tjson.match_schema(input, {\"$ref\": \"file:///etc/passwd\"})\n}\n", 9, "json.match_schema får inte användas"},
		{"built-in rule's package", meta + "package tjlint.rules.schema.type\n\ndeny contains {\"path\": [], \"message\": \"x\"} if false\n", 6, "kategorin schema är reserverad"},
		{"Rego rule's package", meta + "package tjlint.rules.decision.phrasing\n\ndeny contains {\"path\": [], \"message\": \"x\"} if false\n", 6, "regeln decision/phrasing finns redan som inbyggd regel"},
		{"input category", meta + "package tjlint.rules.input.egen\n\ndeny contains {\"path\": [], \"message\": \"x\"} if false\n", 6, "kategorin input är reserverad"},
		{"baseline category", meta + "package tjlint.rules.baseline.egen\n\ndeny contains {\"path\": [], \"message\": \"x\"} if false\n", 6, "kategorin baseline är reserverad"},
		{"package tjlint", "package tjlint\n\nrules.decision.phrasing.deny contains {\"path\": [], \"message\": \"x\"} if true\n", 1, "paketet tjlint hör till tjlints egna paket"},
		{"library", "package tjlint.lib.result\n\nfail(p, m, e) := {\"path\": p, \"message\": \"\"}\n", 1, "paketet tjlint.lib.result hör till tjlints egna paket"},
		{"parameters", "package tjlint.params\n\nx := 1\n", 1, "paketet tjlint.params hör till tjlints egna paket"},
		{"own rule", meta + "package tjlint.rules.kommun[\"dnr-format\"]\n\nimport data.tjlint.lib.result\n\ndeny contains result.fail([\"dnr\"], \"x\", \"x\") if input.dnr == \"1\"\n", 0, ""},
		{"helper outside tjlint", "package kommun.lib\n\nok(x) if x == 1\n", 0, ""},
		{"time.now_ns stays allowed", meta + "package tjlint.rules.kommun.tid\n\ndeny contains {\"path\": [], \"message\": \"x\"} if time.now_ns() < 0\n", 0, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			if err := os.WriteFile(filepath.Join(dir, "egen.rego"), []byte(tt.src), 0o644); err != nil {
				t.Fatal(err)
			}
			_, err := Load(t.Context(), Options{PolicyDirs: []string{dir}, Fold: FoldNever})
			if tt.want == "" {
				if err != nil {
					t.Fatalf("Load: %v", err)
				}
				return
			}
			var pe *PolicyError
			if !errors.As(err, &pe) {
				t.Fatalf("Load = %v, want a *PolicyError", err)
			}
			it := pe.Items[0]
			if !strings.HasSuffix(it.File, "egen.rego") || it.Line != tt.line || !strings.Contains(it.Message, tt.want) {
				t.Errorf("got %s:%d: %s\nwant egen.rego:%d: …%s…", it.File, it.Line, it.Message, tt.line, tt.want)
			}
		})
	}
}

// TestSandboxEmbeddedPath refuses a user file whose name would replace an
// embedded module (a --policy directory called "policies").
func TestSandboxEmbeddedPath(t *testing.T) {
	dir := t.TempDir()
	t.Chdir(dir)
	if err := os.MkdirAll(filepath.Join("policies", "lib"), 0o755); err != nil {
		t.Fatal(err)
	}
	src := "package kommun.lib\n\nx := 1\n"
	if err := os.WriteFile(filepath.Join("policies", "lib", "result.rego"), []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	_, err := Load(t.Context(), Options{PolicyDirs: []string{"policies"}, Fold: FoldNever})
	if err == nil || !strings.Contains(err.Error(), "policies/lib/result.rego: filen har samma sökväg") {
		t.Fatalf("Load = %v, want a refusal of policies/lib/result.rego", err)
	}
}

// TestSandboxTests applies the same capabilities to tjlint test.
func TestSandboxTests(t *testing.T) {
	dir := t.TempDir()
	src := "package kommun.ut_test\n\ntest_send if {\n\thttp.send({\"method\": \"GET\", \"url\": \"http://example.invalid\"})\n}\n"
	if err := os.WriteFile(filepath.Join(dir, "ut_test.rego"), []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	results, err := RunTests(t.Context(), []string{dir})
	if err == nil {
		for _, r := range results {
			if strings.HasSuffix(r.File, "ut_test.rego") && r.Err == nil {
				t.Fatalf("test_send ran without an error: %+v", r)
			}
		}
		return
	}
	if !strings.Contains(err.Error(), "ut_test.rego:4:2: den inbyggda funktionen http.send får inte användas") {
		t.Fatalf("RunTests = %v, want a message naming http.send", err)
	}
}

// TestEmbeddedPassChecks compiles the embedded rules with every compiler
// stage: what lets Load skip the check-only stages (checkOnlyStages) when
// a run has no user policy.
func TestEmbeddedPassChecks(t *testing.T) {
	srcs, err := Sources(nil, false)
	if err != nil {
		t.Fatal(err)
	}
	mods, _, err := parse(srcs)
	if err != nil {
		t.Fatal(err)
	}
	c := newCompiler()
	if c.Compile(mods); c.Failed() {
		t.Fatalf("the embedded rules fail a check the run skips: %v", c.Errors)
	}
}

// TestUserPolicyKeepsChecks checks that a user policy is compiled with
// every stage: an error only a check-only stage finds is still reported.
func TestUserPolicyKeepsChecks(t *testing.T) {
	dir := t.TempDir()
	src := meta + "package tjlint.rules.kommun.dubbel\n\nimport data.tjlint.lib.text\nimport data.tjlint.lib.text\n\ndeny contains {\"path\": [], \"message\": \"x\"} if {\n\ttext.blank(input.title)\n}\n"
	if err := os.WriteFile(filepath.Join(dir, "dubbel.rego"), []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	_, err := Load(t.Context(), Options{PolicyDirs: []string{dir}})
	if err == nil || !strings.Contains(err.Error(), "import") {
		t.Fatalf("a duplicate import in a user policy loaded: %v", err)
	}
}
