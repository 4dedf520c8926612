package policies

import (
	"io/fs"
	"path"
	"strings"
	"testing"

	"github.com/open-policy-agent/opa/v1/ast"

	"github.com/tjlint/tjlint/internal/finding"
)

// TestConventions enforces the layout and METADATA conventions of the
// built-in policies, the checks a Rego linter (regal) would make that opa
// check --strict does not. regal is not served by the module proxy CI uses,
// so these are written here instead (see .ci/run).
//
//   - every file is lib/<name>.rego or rules/<category>/<name>.rego, or the
//     _test.rego of one of them;
//   - the package follows the path: tjlint.lib.<name>,
//     tjlint.rules.<category>.<name>, and <package>_test for a test;
//   - every rule has a package METADATA block with title, description,
//     custom.severity (error|warning|info), custom.title_en and
//     custom.description_en, and a _test.rego beside it;
//   - every lib file has a package METADATA block with title and description;
//   - a test file has at least one test_ rule and no package METADATA;
//   - no file imports future.keywords or rego.v1 (OPA v1 leftovers).
func TestConventions(t *testing.T) {
	files := map[string]bool{}
	err := fs.WalkDir(FS, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if !d.IsDir() {
			files[p] = true
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	rules := 0
	for p := range files {
		t.Run(p, func(t *testing.T) {
			if path.Ext(p) != ".rego" {
				t.Fatalf("not a .rego file")
			}
			want, ok := wantPackage(p)
			if !ok {
				t.Fatalf("not in lib/ or rules/<category>/")
			}
			src, err := fs.ReadFile(FS, p)
			if err != nil {
				t.Fatal(err)
			}
			m, err := ast.ParseModuleWithOpts(p, string(src), ast.ParserOptions{ProcessAnnotation: true, RegoVersion: ast.RegoV1})
			if err != nil {
				t.Fatal(err)
			}
			if got := m.Package.Path.String(); got != want.String() {
				t.Errorf("package %s, want %s (the package follows the path)", got, want)
			}
			for _, imp := range m.Imports {
				if ref, isRef := imp.Path.Value.(ast.Ref); isRef && (ref[0].Equal(ast.VarTerm("future")) || ref[0].Equal(ast.VarTerm("rego"))) {
					t.Errorf("import %s: not needed in OPA v1", imp.Path)
				}
			}
			a := packageAnnotations(m)
			test := strings.HasSuffix(p, "_test.rego")
			switch {
			case test:
				if a != nil {
					t.Errorf("a test file has no package METADATA")
				}
				if !hasTestRule(m) {
					t.Errorf("no test_ rule")
				}
			case strings.HasPrefix(p, "rules/"):
				rules++
				checkRuleMetadata(t, a)
				if !files[strings.TrimSuffix(p, ".rego")+"_test.rego"] {
					t.Errorf("no %s_test.rego beside the rule", strings.TrimSuffix(path.Base(p), ".rego"))
				}
			default:
				if a == nil || a.Title == "" || a.Description == "" {
					t.Errorf("a lib file needs a package METADATA block with title and description")
				}
			}
		})
	}
	if rules == 0 {
		t.Fatal("no rules found")
	}
}

// wantPackage is the package path the file at p must declare.
func wantPackage(p string) (ast.Ref, bool) {
	parts := strings.Split(strings.TrimSuffix(p, ".rego"), "/")
	var terms []string
	switch {
	case len(parts) == 2 && parts[0] == "lib":
		terms = []string{"tjlint", "lib", parts[1]}
	case len(parts) == 3 && parts[0] == "rules":
		terms = []string{"tjlint", "rules", parts[1], parts[2]}
	default:
		return nil, false
	}
	ref := ast.Ref{ast.DefaultRootDocument}
	for _, s := range terms {
		ref = append(ref, ast.StringTerm(s))
	}
	return ref, true
}

func packageAnnotations(m *ast.Module) *ast.Annotations {
	for _, a := range m.Annotations {
		if a.Scope == "package" {
			return a
		}
	}
	return nil
}

func hasTestRule(m *ast.Module) bool {
	for _, r := range m.Rules {
		if strings.HasPrefix(r.Head.Name.String(), "test_") || strings.HasPrefix(r.Head.Ref().String(), "test_") {
			return true
		}
	}
	return false
}

func checkRuleMetadata(t *testing.T, a *ast.Annotations) {
	t.Helper()
	if a == nil {
		t.Errorf("no package METADATA block")
		return
	}
	if a.Title == "" || a.Description == "" {
		t.Errorf("METADATA needs title and description")
	}
	sev, _ := a.Custom["severity"].(string)
	if _, err := finding.ParseSeverity(sev); err != nil {
		t.Errorf("custom.severity: %v", err)
	}
	for _, k := range []string{"title_en", "description_en"} {
		if s, _ := a.Custom[k].(string); strings.TrimSpace(s) == "" {
			t.Errorf("custom.%s is missing (the English text of --lang en)", k)
		}
	}
}
