package cli

import (
	"os"
	"strings"
	"testing"

	"github.com/tjlint/tjlint/internal/check"
	"github.com/tjlint/tjlint/internal/golden"
)

// TestReadmeRuleTable keeps the README's rule table in step with the rules'
// METADATA; -update rewrites it.
func TestReadmeRuleTable(t *testing.T) {
	c, err := check.New(t.Context(), check.Options{})
	if err != nil {
		t.Fatal(err)
	}
	const path = "../../README.md"
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	readme := string(b)
	const start, end = "<!-- rules:start -->\n", "<!-- rules:end -->"
	i, j := strings.Index(readme, start), strings.Index(readme, end)
	if i < 0 || j < i {
		t.Fatalf("README.md lacks the %q ... %q markers", start, end)
	}
	want := RuleTable(c.Rules(), "sv")
	got := readme[i+len(start) : j]
	if got == want {
		return
	}
	if *golden.Update {
		if err := os.WriteFile(path, []byte(readme[:i+len(start)]+want+readme[j:]), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	t.Errorf("the rule table in README.md is stale; run go test ./internal/cli -run TestReadmeRuleTable -update\nwant:\n%s", want)
}
