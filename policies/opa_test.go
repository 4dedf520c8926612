package policies

import (
	"io/fs"
	"strings"
	"testing"

	"github.com/tjlint/tjlint/internal/regocheck"
)

// regoFiles returns every .rego file of FS (tests included) by its path.
func regoFiles(t *testing.T) map[string][]byte {
	t.Helper()
	files := map[string][]byte{}
	err := fs.WalkDir(FS, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(p, ".rego") {
			return err
		}
		files["policies/"+p], err = fs.ReadFile(FS, p)
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return files
}

// TestOPAFormat is `opa fmt --list policies`: it must print nothing.
func TestOPAFormat(t *testing.T) {
	bad, err := regocheck.Unformatted(regoFiles(t))
	if err != nil {
		t.Fatal(err)
	}
	for _, name := range bad {
		t.Errorf("%s is not formatted as opa fmt writes it (opa fmt -w %s)", name, name)
	}
}

// TestOPACheckStrict is `opa check --strict policies`.
func TestOPACheckStrict(t *testing.T) {
	if err := regocheck.CheckStrict(regoFiles(t)); err != nil {
		t.Fatal(err)
	}
}
