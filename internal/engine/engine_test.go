package engine

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/tjlint/tjlint/internal/i18n"
)

// TestRegoPolicies runs every *_test.rego of the built-in policies as a Go
// subtest, so go test ./... covers the rules.
func TestRegoPolicies(t *testing.T) {
	results, err := RunTests(t.Context(), nil)
	if err != nil {
		t.Fatal(err)
	}
	if len(results) == 0 {
		t.Fatal("no Rego tests found")
	}
	for _, r := range results {
		t.Run(r.Package+"."+r.Name, func(t *testing.T) {
			if r.Err != nil || r.Fail {
				t.Fatalf("%s:%d: fail=%v err=%v\n%s", r.File, r.Line, r.Fail, r.Err, r.Output)
			}
		})
	}
}

// TestEveryRuleHasTests checks the contract that each rule file has a test
// file beside it with at least one failing and one passing case.
func TestEveryRuleHasTests(t *testing.T) {
	e, err := Load(t.Context(), Options{})
	if err != nil {
		t.Fatal(err)
	}
	results, err := RunTests(t.Context(), nil)
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range e.Rules() {
		testFile := strings.TrimSuffix(r.File, ".rego") + "_test.rego"
		var fails, passes int
		for _, tr := range results {
			if tr.File != testFile {
				continue
			}
			if strings.HasPrefix(tr.Name, "test_fails") {
				fails++
			}
			if strings.HasPrefix(tr.Name, "test_passes") {
				passes++
			}
		}
		if fails == 0 || passes == 0 {
			t.Errorf("%s: %s needs test_fails_* and test_passes_* tests (has %d and %d)", r.ID, testFile, fails, passes)
		}
	}
}

func TestLoadRejectsBrokenUserPolicy(t *testing.T) {
	tests := []struct {
		name, file, src, want string
	}{
		{"syntax", "bad.rego", "package tjlint.rules.custom.bad\n\ndeny contains x if {\n", "bad.rego:4:"},
		{"no metadata", "nometa.rego", "package tjlint.rules.custom.nometa\n\ndeny contains 1 if true\n", "saknar ett # METADATA"},
		{"bad severity", "sev.rego", "# METADATA\n# title: T\n# description: D\n# custom:\n#   severity: fatal\npackage tjlint.rules.custom.sev\n\ndeny contains 1 if true\n", "custom.severity"},
		{"wrong depth", "deep.rego", "# METADATA\n# title: T\n# description: D\n# custom:\n#   severity: info\npackage tjlint.rules.custom.a.b\n\ndeny contains 1 if true\n", "tjlint.rules.<kategori>.<namn>"},
		{"duplicate id", "dup.rego", "# METADATA\n# title: T\n# description: D\n# custom:\n#   severity: info\npackage tjlint.rules[\"gender-equality\"].missing\n\ndeny contains 1 if true\n", "finns redan"},
		{"compile error", "undef.rego", "# METADATA\n# title: T\n# description: D\n# custom:\n#   severity: info\npackage tjlint.rules.custom.undef\n\ndeny contains x if x := nosuchvar\n", "undef.rego:8:"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			dir := t.TempDir()
			if err := os.WriteFile(filepath.Join(dir, tc.file), []byte(tc.src), 0o644); err != nil {
				t.Fatal(err)
			}
			_, err := Load(t.Context(), Options{PolicyDirs: []string{dir}})
			var pe *PolicyError
			if !errors.As(err, &pe) {
				t.Fatalf("got %v, want a PolicyError", err)
			}
			if !strings.Contains(err.Error(), tc.want) {
				t.Fatalf("error %q does not contain %q", err, tc.want)
			}
		})
	}
}

func TestUserRuleIsEvaluated(t *testing.T) {
	dir := t.TempDir()
	src := `# METADATA
# title: Titel saknas
# description: Ärendet ska ha en ärendemening.
# custom:
#   severity: warning
#   params:
#     min: 5
package tjlint.rules.custom["title-short"]

import data.tjlint.lib.result

deny contains result.fail(["title"], "kort", "short") if {
	count(input.title) < data.tjlint.params["custom/title-short"].min
}
`
	if err := os.WriteFile(filepath.Join(dir, "title.rego"), []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		params map[string]map[string]any
		title  string
		want   int
	}{
		{nil, "abc", 1},
		{nil, "abcdef", 0},
		{map[string]map[string]any{"custom/title-short": {"min": 10}}, "abcdef", 1},
	} {
		e, err := Load(t.Context(), Options{PolicyDirs: []string{dir}, Params: tc.params})
		if err != nil {
			t.Fatal(err)
		}
		rs, err := e.Eval(t.Context(), map[string]any{"title": tc.title, "sections": map[string]any{"gender_equality": map[string]any{"text": "x"}}})
		if err != nil {
			t.Fatal(err)
		}
		var got int
		for _, r := range rs {
			if r.Rule == "custom/title-short" {
				got++
				if r.Pointer != "/title" || r.Message != i18n.T("kort", "short") {
					t.Errorf("unexpected result %+v", r)
				}
			}
		}
		if got != tc.want {
			t.Errorf("params %v title %q: got %d findings, want %d", tc.params, tc.title, got, tc.want)
		}
	}
}

func TestUnknownParamIsAnError(t *testing.T) {
	_, err := Load(t.Context(), Options{Params: map[string]map[string]any{"gender-equality/missing": {"nope": 1}}})
	if err == nil || !strings.Contains(err.Error(), "nope") {
		t.Fatalf("got %v", err)
	}
	_, err = Load(t.Context(), Options{Params: map[string]map[string]any{"no/such-rule": {"x": 1}}})
	if err == nil || !strings.Contains(err.Error(), "no/such-rule") {
		t.Fatalf("got %v", err)
	}
}
