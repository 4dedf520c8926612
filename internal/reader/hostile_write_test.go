package reader

import (
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"testing"

	"github.com/tjlint/tjlint/internal/casegen"
)

// TestWriteHostile writes every hostile shape at full scale (and, named
// *-within, just inside its limits) into the
// folder named by TJLINT_HOSTILE_DIR, for measuring the CLI on them
// (docs/limits.md). It is skipped otherwise.
func TestWriteHostile(t *testing.T) {
	dir := os.Getenv("TJLINT_HOSTILE_DIR")
	if dir == "" {
		t.Skip("TJLINT_HOSTILE_DIR not set")
	}
	for _, s := range casegen.Hostile() {
		if err := os.WriteFile(filepath.Join(dir, s.Name+s.Ext), s.Gen(s.Full), 0o644); err != nil {
			t.Fatal(err)
		}
		if n, ok := withinLimits[s.Name]; ok {
			if err := os.WriteFile(filepath.Join(dir, s.Name+"-within"+s.Ext), s.Gen(n), 0o644); err != nil {
				t.Fatal(err)
			}
		}
	}
}

// TestWriteCases writes TJLINT_CASES_N generated cases (default 50,000)
// into the folder named by TJLINT_CASES_DIR, for measuring the CLI's peak
// memory over a large folder (docs/limits.md). It is skipped otherwise.
func TestWriteCases(t *testing.T) {
	dir := os.Getenv("TJLINT_CASES_DIR")
	if dir == "" {
		t.Skip("TJLINT_CASES_DIR not set")
	}
	n := 50_000
	if s := os.Getenv("TJLINT_CASES_N"); s != "" {
		var err error
		if n, err = strconv.Atoi(s); err != nil {
			t.Fatal(err)
		}
	}
	for i := range n {
		if err := os.WriteFile(filepath.Join(dir, fmt.Sprintf("case%05d.json", i)), casegen.Generate(1, i).JSON(), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}
