package cli

import (
	"os"
	"runtime/debug"
	"testing"

	"github.com/tjlint/tjlint/internal/config"
)

func TestVersionOf(t *testing.T) {
	vcs := []debug.BuildSetting{{Key: "vcs", Value: "git"}, {Key: "vcs.revision", Value: "0123456789abcdef0123"},
		{Key: "vcs.time", Value: "2026-12-01T10:00:00Z"}, {Key: "vcs.modified", Value: "true"}}
	for _, tc := range []struct {
		name, ldflags string
		bi            *debug.BuildInfo
		want          string
	}{
		{"release build", "v1.2.0", &debug.BuildInfo{Main: debug.Module{Version: "(devel)"}, Settings: vcs}, "v1.2.0"},
		{"go install @v1.2.0", "", &debug.BuildInfo{Main: debug.Module{Version: "v1.2.0"}}, "v1.2.0"},
		{"go build in a clone (pseudo-version)", "", &debug.BuildInfo{Main: debug.Module{Version: "v0.0.0-20261201100000-0123456789ab+dirty"}, Settings: vcs}, "v0.0.0-20261201100000-0123456789ab+dirty"},
		{"checkout without a module version", "", &debug.BuildInfo{Main: debug.Module{Version: "(devel)"}, Settings: vcs}, "devel+0123456789ab-dirty"},
		{"no information", "", &debug.BuildInfo{Main: debug.Module{Version: "(devel)"}}, "dev"},
		{"no build info", "", nil, "dev"},
	} {
		if got := versionOf(tc.ldflags, tc.bi).Version; got != tc.want {
			t.Errorf("%s: %q, want %q", tc.name, got, tc.want)
		}
	}
	got := versionOf("", &debug.BuildInfo{GoVersion: "go1.26.8", Main: debug.Module{Version: "(devel)"}, Settings: vcs}).text()
	want := "tjlint devel+0123456789ab-dirty\nrevision: 0123456789abcdef0123 (med ändringar som inte är incheckade)\ndatum:    2026-12-01T10:00:00Z\ngo:       go1.26.8\n"
	if got != want {
		t.Errorf("text:\n%s\nwant:\n%s", got, want)
	}
}

// TestInitTemplateLoads: the file tjlint init writes is a valid config.
func TestInitTemplateLoads(t *testing.T) {
	p := t.TempDir() + "/.tjlint.yaml"
	if err := os.WriteFile(p, initTemplate, 0o644); err != nil {
		t.Fatal(err)
	}
	cfg, err := config.Load(p)
	if err != nil {
		t.Fatal(err)
	}
	if cfg.Rules["decision/hedging"].Level != "warning" || len(cfg.Exclude) != 1 {
		t.Errorf("unexpected config: %+v", cfg)
	}
}
