package cli

import (
	"testing"

	"github.com/tjlint/tjlint/internal/check"
	"github.com/tjlint/tjlint/internal/config"
)

// TestBuiltinProfilesKnownRules: every rule a built-in profile names exists
// and accepts the level it is given (a renamed rule fails here, not in a
// user's run).
func TestBuiltinProfilesKnownRules(t *testing.T) {
	for _, name := range config.Profiles() {
		cfg, err := config.Load("", name)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if _, err := check.New(t.Context(), check.Options{Config: cfg}); err != nil {
			t.Errorf("profile %s: %v", name, err)
		}
	}
}
