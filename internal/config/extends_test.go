package config

import (
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

// writeFiles writes name → content under a new temporary directory.
func writeFiles(t *testing.T, files map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	for name, src := range files {
		p := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(src), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

func TestLoadExtends(t *testing.T) {
	tests := []struct {
		name     string
		files    map[string]string
		profiles []string
		// want is rule → level; origin is rule → the layer that set it
		// ("FILE" for .tjlint.yaml, "kommun" for kommun.yaml).
		want   map[string]string
		origin map[string]string
		layers []string
		// inEffect is what Profiles returns.
		inEffect []string
	}{
		{
			name:     "one profile, file wins",
			files:    map[string]string{".tjlint.yaml": "extends: publicering\nrules:\n  accessibility/title: {level: warning}\n"},
			want:     map[string]string{"accessibility/title": "warning", "accessibility/image-alt": "error", "template/leftover": "error"},
			origin:   map[string]string{"accessibility/title": "FILE", "accessibility/image-alt": "publicering"},
			layers:   []string{"publicering", "FILE"},
			inEffect: []string{"publicering"},
		},
		{
			name:     "list in order: the later profile wins",
			files:    map[string]string{".tjlint.yaml": "extends: [publicering, utkast]\n"},
			want:     map[string]string{"template/leftover": "warning", "accessibility/untagged": "error", "style/date-ordinal": "off"},
			origin:   map[string]string{"template/leftover": "utkast"},
			layers:   []string{"publicering", "utkast", "FILE"},
			inEffect: []string{"publicering", "utkast"},
		},
		{
			name: "a path, which extends a profile itself",
			files: map[string]string{
				".tjlint.yaml":       "extends: [./kommun/kommun.yaml]\n",
				"kommun/kommun.yaml": "extends: jamstalldhet\nrules:\n  child-rights/missing: {level: error}\npolicies: [regler]\n",
			},
			want:     map[string]string{"child-rights/missing": "error", "gender-equality/missing": "error"},
			origin:   map[string]string{"child-rights/missing": "kommun", "gender-equality/missing": "jamstalldhet"},
			layers:   []string{"jamstalldhet", "kommun", "FILE"},
			inEffect: []string{"jamstalldhet"},
		},
		{
			name:     "--profile between the file's extends and the file",
			files:    map[string]string{".tjlint.yaml": "extends: jamstalldhet\nrules:\n  decision/missing: {level: error}\n"},
			profiles: []string{"utkast"},
			want:     map[string]string{"gender-equality/missing": "warning", "decision/missing": "error", "signatories/unnamed": "warning"},
			origin:   map[string]string{"gender-equality/missing": "utkast", "decision/missing": "FILE"},
			layers:   []string{"jamstalldhet", "utkast", "FILE"},
			inEffect: []string{"jamstalldhet", "utkast"},
		},
		{
			name:     "a profile named twice counts once",
			files:    map[string]string{".tjlint.yaml": "extends: utkast\n"},
			profiles: []string{"utkast"},
			want:     map[string]string{"template/leftover": "warning"},
			layers:   []string{"utkast", "utkast", "FILE"},
			inEffect: []string{"utkast"},
		},
		{
			name:   "no profile",
			files:  map[string]string{".tjlint.yaml": "rules:\n  decision/missing: {level: warning}\n"},
			want:   map[string]string{"decision/missing": "warning"},
			layers: []string{"FILE"},
		},
		{
			name:     "standard sets nothing",
			files:    map[string]string{".tjlint.yaml": "extends: standard\n"},
			want:     map[string]string{},
			layers:   []string{"standard", "FILE"},
			inEffect: []string{"standard"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := writeFiles(t, tt.files)
			file := filepath.Join(dir, ".tjlint.yaml")
			name := func(s string) string {
				switch s {
				case file:
					return "FILE"
				case filepath.Join(dir, "kommun", "kommun.yaml"):
					return "kommun"
				}
				return s
			}
			c, err := Load(file, tt.profiles...)
			if err != nil {
				t.Fatal(err)
			}
			got := map[string]string{}
			for id, rc := range c.Rules {
				if rc.Level != "" {
					got[id] = rc.Level
				}
			}
			for id, lvl := range tt.want {
				if got[id] != lvl {
					t.Errorf("%s: level %q, want %q", id, got[id], lvl)
				}
			}
			if len(tt.want) == 0 && len(got) != 0 {
				t.Errorf("levels %v, want none", got)
			}
			for id, o := range tt.origin {
				if g := name(c.Origin("rules." + id + ".level")); g != o {
					t.Errorf("%s: origin %q, want %q", id, g, o)
				}
			}
			var layers []string
			for _, l := range c.Layers {
				layers = append(layers, name(l))
			}
			if !reflect.DeepEqual(layers, tt.layers) {
				t.Errorf("layers %v, want %v", layers, tt.layers)
			}
			if got := c.Profiles(); !reflect.DeepEqual(got, tt.inEffect) {
				t.Errorf("Profiles() = %v, want %v", got, tt.inEffect)
			}
		})
	}
}

func TestProfilesNil(t *testing.T) {
	var c *Config
	if got := c.Profiles(); got != nil {
		t.Errorf("nil config: Profiles() = %v, want nil", got)
	}
}

func TestLoadExtendsPolicyDirs(t *testing.T) {
	dir := writeFiles(t, map[string]string{
		".tjlint.yaml":       "extends: kommun/kommun.yaml\npolicies: [egna]\n",
		"kommun/kommun.yaml": "policies: [regler]\n",
	})
	c, err := Load(filepath.Join(dir, ".tjlint.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	want := []string{filepath.Join(dir, "kommun", "regler"), filepath.Join(dir, "egna")}
	if got := c.PolicyDirs(); !reflect.DeepEqual(got, want) {
		t.Errorf("PolicyDirs() = %v, want %v (each relative to the file that names it)", got, want)
	}
}

func TestLoadExtendsErrors(t *testing.T) {
	tests := []struct {
		name     string
		files    map[string]string
		profiles []string
		file     string // the file the error names, "" for --profile
		line     int
		msg      string
	}{
		{"unknown profile in a list", map[string]string{".tjlint.yaml": "rules: {}\nextends:\n  - standard\n  - publicer\n"}, nil, ".tjlint.yaml", 4, `okänd profil "publicer"`},
		{"unknown profile as a scalar", map[string]string{".tjlint.yaml": "extends: strikt\n"}, nil, ".tjlint.yaml", 1, `okänd profil "strikt"`},
		{"missing file", map[string]string{".tjlint.yaml": "extends: ./saknas.yaml\n"}, nil, ".tjlint.yaml", 1, "extends: ./saknas.yaml: konfigurationen kan inte läsas"},
		{"a loop", map[string]string{".tjlint.yaml": "extends: a.yaml\n", "a.yaml": "extends: .tjlint.yaml\n"}, nil, "a.yaml", 1, "slinga"},
		{"unknown key in an extended file", map[string]string{".tjlint.yaml": "extends: a.yaml\n", "a.yaml": "rules: {}\nextend: utkast\n"}, nil, "a.yaml", 2, `okänd nyckel "extend"`},
		{"unknown --profile", map[string]string{".tjlint.yaml": ""}, []string{"publicerng"}, "", 0, `okänd profil "publicerng"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := writeFiles(t, tt.files)
			_, err := Load(filepath.Join(dir, ".tjlint.yaml"), tt.profiles...)
			var ce *Error
			if !errors.As(err, &ce) {
				t.Fatalf("Load() error = %v, want a config error", err)
			}
			wantPath := "--profile"
			if tt.file != "" {
				wantPath = filepath.Join(dir, tt.file)
			}
			if ce.Path != wantPath || ce.Line != tt.line || !strings.Contains(ce.Message.SV, tt.msg) {
				t.Errorf("error %s:%d: %s, want %s:%d: …%s…", ce.Path, ce.Line, ce.Message.SV, wantPath, tt.line, tt.msg)
			}
		})
	}
}

// TestBuiltinProfiles parses every embedded profile: a typo in one is caught
// here rather than in a user's run.
func TestBuiltinProfiles(t *testing.T) {
	names := Profiles()
	for _, want := range []string{"jamstalldhet", "publicering", "standard", "utkast"} {
		if !IsProfile(want) {
			t.Errorf("profile %s missing from %v", want, names)
		}
	}
	for _, n := range names {
		if _, err := builtin(n); err != nil {
			t.Errorf("%s: %v", n, err)
		}
	}
}
