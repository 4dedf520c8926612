package config

import (
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

func TestParse(t *testing.T) {
	src := `rules:
  decision/hedging:
    level: info
  decision/phrasing:
    params:
      accept_passive: false
policies: [rules]
exclude: ["drafts/**", "*.tmp.json"]
overrides:
  - files: ["legacy/*.json"]
    rules: {gender-equality/missing: off}
    reason: Äldre ärenden före jämställdhetskravet
`
	c, err := Parse("/repo/.tjlint.yaml", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	if c.Rules["decision/hedging"].Level != "info" {
		t.Errorf("level: %+v", c.Rules)
	}
	if got := c.Params(); !reflect.DeepEqual(got, map[string]map[string]any{"decision/phrasing": {"accept_passive": false}}) {
		t.Errorf("params: %#v", got)
	}
	if got := c.PolicyDirs(); !reflect.DeepEqual(got, []string{filepath.Join("/repo", "rules")}) { //nolint:gocritic // filepathJoin: "/repo" is the absolute root the test sets
		t.Errorf("policy dirs: %v", got)
	}
	if c.Line("decision/phrasing") != 4 {
		t.Errorf("line of decision/phrasing: %d", c.Line("decision/phrasing"))
	}
	if len(c.Overrides) != 1 || c.Overrides[0].Rules["gender-equality/missing"] != "off" {
		t.Errorf("overrides: %+v", c.Overrides)
	}
}

func TestParseErrors(t *testing.T) {
	tests := []struct {
		name, src string
		line      int
		contains  string
	}{
		{"unknown top-level key", "rules: {}\npolicy: [x]\n", 2, `okänd nyckel "policy"`},
		{"unknown rule key", "rules:\n  decision/phrasing:\n    levle: off\n", 3, `okänd nyckel "levle"`}, //nolint:misspell // the misspelt key is the test
		{"bad level", "rules:\n  decision/phrasing:\n    level: fatal\n", 2, `okänd nivå "fatal"`},
		{"wrong type", "exclude: 5\n", 1, "fel typ"},
		{"syntax", "rules: [\n", 1, "ogiltig konfiguration"},
		{"override without files", "overrides:\n  - rules: {a/b: off}\n    reason: x\n", 0, "files saknas"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := Parse("c.yaml", []byte(tc.src))
			var ce *Error
			if !errors.As(err, &ce) {
				t.Fatalf("got %v, want a config Error", err)
			}
			if ce.Line != tc.line {
				t.Errorf("line: got %d, want %d (%v)", ce.Line, tc.line, err)
			}
			if !strings.Contains(ce.Message.SV, tc.contains) {
				t.Errorf("message %q does not contain %q", ce.Message.SV, tc.contains)
			}
		})
	}
}

func TestCheckRuleIDs(t *testing.T) {
	c, err := Parse("c.yaml", []byte("rules:\n  decision/phrasing: {level: off}\n  decision/nosuch: {level: off}\n"))
	if err != nil {
		t.Fatal(err)
	}
	err = c.CheckRuleIDs(func(id string) bool { return id == "decision/phrasing" })
	if err == nil || !strings.Contains(err.Error(), "c.yaml:3:") || !strings.Contains(err.Error(), "decision/nosuch") {
		t.Fatalf("got %v", err)
	}
}

func TestFind(t *testing.T) {
	root := t.TempDir()
	sub := filepath.Join(root, "a", "b")
	if err := os.MkdirAll(sub, 0o755); err != nil {
		t.Fatal(err)
	}
	if got, err := Find(sub); err != nil || got != "" {
		t.Fatalf("no config: got %q, %v", got, err)
	}
	want := filepath.Join(root, "a", ".tjlint.yaml")
	if err := os.WriteFile(want, []byte("rules: {}\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if got, err := Find(sub); err != nil || got != want {
		t.Fatalf("got %q, %v; want %q", got, err, want)
	}
}
