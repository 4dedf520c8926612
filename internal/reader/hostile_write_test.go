package reader

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/tjlint/tjlint/internal/casegen"
)

// TestWriteHostile writes every hostile shape at full scale into the
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
	}
}
