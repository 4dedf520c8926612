package cli

import (
	"bytes"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/tjlint/tjlint/internal/regocheck"
	"github.com/tjlint/tjlint/policies"
)

// TestNewRulePassesOPAChecks: the rule and test that tjlint new rule writes
// are as opa fmt writes them and pass opa check --strict with the library
// they import, for a plain and a hyphenated rule ID.
func TestNewRulePassesOPAChecks(t *testing.T) {
	for _, id := range []string{"x/y", "min-kommun/dnr-format"} {
		t.Run(id, func(t *testing.T) {
			dir := t.TempDir()
			var out bytes.Buffer
			if err := writeNewRule(Env{Stdout: &out, Stderr: &out}, dir, id); err != nil {
				t.Fatal(err)
			}
			files := map[string][]byte{}
			written, err := filepath.Glob(filepath.Join(dir, "rules", "*", "*.rego"))
			if err != nil || len(written) != 2 {
				t.Fatalf("wrote %v (%v), want a rule and its test", written, err)
			}
			for _, p := range written {
				if files[p], err = os.ReadFile(p); err != nil {
					t.Fatal(err)
				}
			}
			bad, err := regocheck.Unformatted(files)
			if err != nil {
				t.Fatal(err)
			}
			if len(bad) > 0 {
				t.Errorf("not formatted as opa fmt writes it: %v", bad)
			}
			err = fs.WalkDir(policies.FS, "lib", func(p string, d fs.DirEntry, err error) error {
				if err != nil || d.IsDir() || strings.HasSuffix(p, "_test.rego") {
					return err
				}
				files["policies/"+p], err = fs.ReadFile(policies.FS, p)
				return err
			})
			if err != nil {
				t.Fatal(err)
			}
			if err := regocheck.CheckStrict(files); err != nil {
				t.Fatal(err)
			}
		})
	}
}
