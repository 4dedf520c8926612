package check

import (
	"github.com/tjlint/tjlint/internal/golden"

	"bytes"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/rogpeppe/go-internal/txtar"
)

// casesDir holds the engine golden cases: one txtar per case, with the case
// (case.json, case.yaml or case.yml) and "want", the expected findings, one
// per line as "FILE:LINE:COL: SEVERITY RULE: MESSAGE" (English severity word,
// Swedish message).
const casesDir = "../../testdata/cases"

// TestCases checks every golden case and compares the findings, positions
// included, with its want section. Run with -update to rewrite them.
func TestCases(t *testing.T) {
	c, err := New(t.Context(), Options{})
	if err != nil {
		t.Fatal(err)
	}
	var files []string
	err = filepath.WalkDir(casesDir, func(p string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() && strings.HasSuffix(p, ".txtar") {
			files = append(files, p)
		}
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(files) == 0 {
		t.Fatalf("no golden cases under %s", casesDir)
	}
	for _, file := range files {
		rel, _ := filepath.Rel(casesDir, file)
		t.Run(filepath.ToSlash(strings.TrimSuffix(rel, ".txtar")), func(t *testing.T) {
			ar, err := txtar.ParseFile(file)
			if err != nil {
				t.Fatal(err)
			}
			var input *txtar.File
			want := -1
			for i := range ar.Files {
				switch name := ar.Files[i].Name; {
				case name == "want":
					want = i
				case input == nil && (name == "case.json" || name == "case.yaml" || name == "case.yml"):
					input = &ar.Files[i]
				}
			}
			if input == nil {
				t.Fatalf("%s: no case.json, case.yaml or case.yml section", file)
			}
			res := c.Check(t.Context(), input.Name, input.Data)
			var got bytes.Buffer
			for _, f := range res.Findings {
				fmt.Fprintf(&got, "%s:%d:%d: %s %s: %s\n", f.File, f.Line, f.Column, f.Severity, f.Rule, f.Message.SV)
			}
			if *golden.Update {
				if want < 0 {
					ar.Files = append(ar.Files, txtar.File{Name: "want"})
					want = len(ar.Files) - 1
				}
				ar.Files[want].Data = got.Bytes()
				if err := os.WriteFile(file, txtar.Format(ar), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			if want < 0 {
				t.Fatalf("%s: no want section (run go test ./internal/check -run TestCases -update)", file)
			}
			if g, w := got.String(), string(ar.Files[want].Data); g != w {
				t.Errorf("%s: findings differ (- want, + got; -update rewrites it):\n%s", file, golden.Diff(w, g))
			}
		})
	}
}
