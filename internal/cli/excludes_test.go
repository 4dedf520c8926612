package cli

import (
	"os"
	"path"
	"regexp"
	"strings"
	"testing"

	"go.yaml.in/yaml/v3"
)

// TestPreCommitExclude: the pre-commit hook names files on the command
// line, where tjlint checks whatever it is given, so the hook's exclude
// pattern must leave out what a directory walk skips by name.
func TestPreCommitExclude(t *testing.T) {
	data, err := os.ReadFile("../../.pre-commit-hooks.yaml")
	if err != nil {
		t.Fatal(err)
	}
	var hooks []struct {
		Exclude string `yaml:"exclude"`
	}
	if err := yaml.Unmarshal(data, &hooks); err != nil || len(hooks) != 1 {
		t.Fatalf("hooks: %v %d", err, len(hooks))
	}
	re := regexp.MustCompile(hooks[0].Exclude)
	for _, p := range []string{
		"README.md", "docs/readme.sv.md", "LICENSE.txt", "Licence.md", "CHANGELOG.md", "CONTRIBUTING.md", "CODE_OF_CONDUCT.md",
		".github/workflows/tjlint.yml", ".tjlint.yaml", ".pre-commit-config.yaml", "node_modules/pkg/package.json",
		"tjlint-report.json", "reports/tjlint-baseline.json",
		"cases/2026-01-a.yaml", "cases/licensavtal.md", "cases/readmission.md", "cases/ärende.txt", "x.tjlint.md",
	} {
		walk := walkSkipsByName(p)
		if hook := re.MatchString(p); hook != walk {
			t.Errorf("%s: the hook excludes it: %v, the walk skips it: %v", p, hook, walk)
		}
	}
}

// walkSkipsByName is whether the walk skips p (slash-separated, relative)
// by the names of its folders or its own.
func walkSkipsByName(p string) bool {
	dirs := strings.Split(path.Dir(p), "/")
	for _, d := range dirs {
		if d != "." && skipDirByName(d) {
			return true
		}
	}
	return skipFileByName(path.Base(p))
}

func TestIgnores(t *testing.T) {
	root := t.TempDir()
	for name, content := range map[string]string{
		".git/HEAD":            "ref: refs/heads/main\n",
		".gitignore":           "# comment\n\n*.tmp.md\n/top-only.md\ndrafts/\n!keep.tmp.md\n",
		"cases/.gitignore":     "local.yaml\r\n",
		"cases/sub/placeholde": "",
	} {
		p := root + "/" + name
		if err := os.MkdirAll(path.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	// A walk starting in cases/sub reads the .gitignore files from the
	// repository's top down.
	ig := newIgnores(root + "/cases/sub").enter(root + "/cases/sub")
	for _, tc := range []struct {
		path  string
		isDir bool
		want  bool
	}{
		{"cases/sub/x.tmp.md", false, true},
		{"cases/sub/keep.tmp.md", false, false},
		{"cases/sub/local.yaml", false, true},
		{"cases/sub/drafts", true, true},
		{"cases/sub/drafts", false, false},
		{"cases/sub/top-only.md", false, false},
		{"cases/sub/a.yaml", false, false},
	} {
		if got := ig.ignored(root+"/"+tc.path, tc.isDir); got != tc.want {
			t.Errorf("%s (dir %v): ignored %v, want %v", tc.path, tc.isDir, got, tc.want)
		}
	}
	top := newIgnores(root).enter(root)
	if !top.ignored(root+"/top-only.md", false) {
		t.Error("/top-only.md is not ignored at the top")
	}
	if top.ignored(root+"/cases/local.yaml", false) {
		t.Error("cases/.gitignore applies outside cases")
	}
}
