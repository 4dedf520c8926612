package engine

import (
	"os"
	"sort"
	"testing"

	"github.com/open-policy-agent/opa/v1/ast"
)

// TestPrintFoldedRules lists, per tjlint module, which rules were folded into
// constants and which are evaluated per case. It only prints, and only when
// TJLINT_PRINT_FOLD is set:
//
//	TJLINT_PRINT_FOLD=1 go test ./internal/engine -run PrintFoldedRules -v
func TestPrintFoldedRules(t *testing.T) {
	if os.Getenv("TJLINT_PRINT_FOLD") == "" {
		t.Skip("set TJLINT_PRINT_FOLD=1 to print")
	}
	e, err := Load(t.Context(), Options{})
	if err != nil {
		t.Fatal(err)
	}
	var files []string
	for f := range e.compiler.Modules {
		files = append(files, f)
	}
	sort.Strings(files)
	for _, f := range files {
		m := e.compiler.Modules[f]
		if !m.Package.Path.HasPrefix(ast.MustParseRef("data.tjlint")) {
			continue
		}
		var folded, live []string
		seen := map[string]bool{}
		for _, r := range m.Rules {
			name := r.Head.Ref().String()
			if seen[name] {
				continue
			}
			seen[name] = true
			if len(r.Head.Args) == 0 && r.Body.Equal(ast.NewBody(ast.NewExpr(ast.BooleanTerm(true)))) && r.Head.Value != nil && r.Head.Value.IsGround() {
				folded = append(folded, name)
			} else {
				live = append(live, name)
			}
		}
		t.Logf("%s\n  folded: %v\n  per case: %v", f, folded, live)
	}
}
