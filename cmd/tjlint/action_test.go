package main

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"go.yaml.in/yaml/v3"
)

// action is the part of action.yml these tests read.
type action struct {
	Inputs map[string]struct {
		Description string `yaml:"description"`
		Default     string `yaml:"default"`
		Required    bool   `yaml:"required"`
	} `yaml:"inputs"`
	Runs struct {
		Using string       `yaml:"using"`
		Steps []actionStep `yaml:"steps"`
	} `yaml:"runs"`
	runsNode yaml.Node
}

type actionStep struct {
	Name  string            `yaml:"name"`
	ID    string            `yaml:"id"`
	Shell string            `yaml:"shell"`
	Run   string            `yaml:"run"`
	Uses  string            `yaml:"uses"`
	Env   map[string]string `yaml:"env"`
}

func readAction(t *testing.T) action {
	t.Helper()
	data, err := os.ReadFile("../../action.yml")
	if err != nil {
		t.Fatal(err)
	}
	var a action
	if err := yaml.Unmarshal(data, &a); err != nil {
		t.Fatalf("action.yml: %v", err)
	}
	var raw struct {
		Runs yaml.Node `yaml:"runs"`
	}
	if err := yaml.Unmarshal(data, &raw); err != nil {
		t.Fatalf("action.yml: %v", err)
	}
	a.runsNode = raw.Runs
	if a.Runs.Using != "composite" || len(a.Runs.Steps) == 0 {
		t.Fatalf("action.yml: runs.using %q with %d steps, want a composite action", a.Runs.Using, len(a.Runs.Steps))
	}
	return a
}

// scalars returns every scalar value below n.
func scalars(n *yaml.Node) []string {
	if n.Kind == yaml.ScalarNode {
		return []string{n.Value}
	}
	var out []string
	for _, c := range n.Content {
		out = append(out, scalars(c)...)
	}
	return out
}

var inputRef = regexp.MustCompile(`\binputs\.([A-Za-z0-9_-]+)`)

// TestActionInputs checks that every input the action's steps use is
// declared, every declared input is used and described, docs/ci.md names
// each one, and the workflow actionlint checks in .ci/run gives every one.
func TestActionInputs(t *testing.T) {
	a := readAction(t)
	used := map[string]bool{}
	for _, s := range scalars(&a.runsNode) {
		for _, m := range inputRef.FindAllStringSubmatch(s, -1) {
			used[m[1]] = true
		}
	}
	for name := range used {
		if _, ok := a.Inputs[name]; !ok {
			t.Errorf("action.yml uses inputs.%s, which it does not declare", name)
		}
	}

	doc, err := os.ReadFile("../../docs/ci.md")
	if err != nil {
		t.Fatal(err)
	}
	section := string(doc)
	if i := strings.Index(section, "\n## GitHub Actions\n"); i >= 0 {
		section = section[i+1:]
		if j := strings.Index(section[3:], "\n## "); j >= 0 {
			section = section[:j+3]
		}
	} else {
		t.Fatal("docs/ci.md has no \"## GitHub Actions\" section")
	}

	var declared []string
	for name, in := range a.Inputs {
		declared = append(declared, name)
		if !used[name] {
			t.Errorf("action.yml declares input %q but no step uses it", name)
		}
		if strings.TrimSpace(in.Description) == "" {
			t.Errorf("input %q has no description", name)
		}
		if !strings.Contains(section, "`"+name+"`") {
			t.Errorf("docs/ci.md (GitHub Actions) does not name the input `%s`", name)
		}
	}
	slices.Sort(declared)

	// The workflow that actionlint checks against action.yml in .ci/run.
	data, err := os.ReadFile("../../testdata/actionlint/uses-action.yml")
	if err != nil {
		t.Fatal(err)
	}
	var wf struct {
		Jobs map[string]struct {
			Steps []struct {
				Uses string         `yaml:"uses"`
				With map[string]any `yaml:"with"`
			} `yaml:"steps"`
		} `yaml:"jobs"`
	}
	if err := yaml.Unmarshal(data, &wf); err != nil {
		t.Fatalf("uses-action.yml: %v", err)
	}
	found := false
	for _, job := range wf.Jobs {
		for _, step := range job.Steps {
			if step.Uses != "./" {
				continue
			}
			found = true
			var given []string
			for k := range step.With {
				given = append(given, k)
			}
			slices.Sort(given)
			if !slices.Equal(given, declared) {
				t.Errorf("testdata/actionlint/uses-action.yml gives %q, action.yml declares %q: give every input so actionlint checks it", given, declared)
			}
		}
	}
	if !found {
		t.Error("testdata/actionlint/uses-action.yml has no step with uses: ./")
	}
}

var ghExpr = regexp.MustCompile(`\$\{\{.*?\}\}`)

// actionScript returns a step's run: script as a bash file that GitHub
// would run (shell: bash is bash --noprofile --norc -eo pipefail {0}), with
// every ${{ }} expression replaced by a plain word.
func actionScript(s actionStep) string {
	return "#!/usr/bin/env bash\n# action.yml, step " + s.Name + "\nset -eo pipefail\n" + ghExpr.ReplaceAllString(s.Run, "GITHUB_EXPRESSION")
}

// TestActionScriptsShellcheck runs shellcheck on each run: script of the
// action (CI installs shellcheck from Debian; there this test fails rather
// than skips without it).
func TestActionScriptsShellcheck(t *testing.T) {
	sc, err := exec.LookPath("shellcheck")
	if err != nil {
		if os.Getenv("CI") != "" {
			t.Fatal("shellcheck is not installed (CI installs it with apt-get)")
		}
		t.Skip("shellcheck is not installed")
	}
	a := readAction(t)
	dir := t.TempDir()
	n := 0
	for i, s := range a.Runs.Steps {
		if s.Run == "" {
			continue
		}
		if s.Shell != "bash" {
			t.Errorf("step %q: shell %q, want bash (the scripts are bash, also on Windows runners)", s.Name, s.Shell)
		}
		n++
		file := filepath.Join(dir, "step"+string(rune('0'+i))+".sh")
		if err := os.WriteFile(file, []byte(actionScript(s)), 0o644); err != nil {
			t.Fatal(err)
		}
		out, err := exec.Command(sc, "--shell=bash", "--severity=style", file).CombinedOutput()
		if err != nil {
			t.Errorf("shellcheck on action.yml step %q: %v\n%s", s.Name, err, out)
		}
	}
	if n == 0 {
		t.Fatal("action.yml has no run: script")
	}
}

// TestActionDownload runs the action's download step (inputs.version) on the
// archives of the snapshot build that .ci/run makes (TJLINT_RELEASE_DIST,
// TJLINT_RELEASE_VERSION), with a stand-in for gh that serves them: it must
// take the runner's archive when its checksum matches, and otherwise warn and
// leave the binary to the Go build.
func TestActionDownload(t *testing.T) {
	dist, version := os.Getenv("TJLINT_RELEASE_DIST"), os.Getenv("TJLINT_RELEASE_VERSION")
	if dist == "" || version == "" {
		t.Skip("TJLINT_RELEASE_DIST and TJLINT_RELEASE_VERSION are set by .ci/run after the snapshot build")
	}
	bash, err := exec.LookPath("bash")
	if err != nil {
		t.Skip("no bash")
	}
	a := readAction(t)
	var step actionStep
	for _, s := range a.Runs.Steps {
		if s.ID == "download" {
			step = s
		}
	}
	if step.Run == "" {
		t.Fatal("action.yml has no step with id download")
	}
	checksums, err := os.ReadFile(filepath.Join(dist, "checksums.txt"))
	if err != nil {
		t.Fatal(err)
	}
	// A stand-in for "gh release download TAG --repo R --pattern P...
	// --clobber" that copies the named files from $FAKE_DIST.
	const fakeGH = `#!/bin/sh
[ "$1 $2" = "release download" ] || { echo "fake gh: $*" >&2; exit 2; }
[ "$3" = "v$FAKE_VERSION" ] || { echo "release not found" >&2; exit 1; }
shift 3
while [ $# -gt 0 ]; do
	case "$1" in
	--pattern) cp "$FAKE_DIST/$2" . || exit 1; shift 2 ;;
	--repo) shift 2 ;;
	*) shift ;;
	esac
done
`
	tests := []struct {
		name, os, arch, version string
		tamper                  bool   // checksums.txt does not match the archive
		want                    string // the binary's name in the archive, "" for a fallback
	}{
		{"linux amd64", "Linux", "X64", "v" + version, false, "tjlint"},
		{"version without v", "Linux", "X64", version, false, "tjlint"},
		{"macOS arm64", "macOS", "ARM64", "v" + version, false, "tjlint"},
		{"windows zip", "Windows", "X64", "v" + version, false, "tjlint.exe"},
		{"checksum mismatch", "Linux", "X64", "v" + version, true, ""},
		{"no such release", "Linux", "X64", "v0.0.0-none", false, ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			tmp := t.TempDir()
			served := filepath.Join(tmp, "served")
			bin := filepath.Join(tmp, "bin")
			runnerTemp := filepath.Join(tmp, "runner")
			for _, d := range []string{served, bin, runnerTemp} {
				if err := os.Mkdir(d, 0o755); err != nil {
					t.Fatal(err)
				}
			}
			entries, err := os.ReadDir(dist)
			if err != nil {
				t.Fatal(err)
			}
			for _, e := range entries {
				if err := os.Symlink(filepath.Join(dist, e.Name()), filepath.Join(served, e.Name())); err != nil {
					t.Fatal(err)
				}
			}
			if tc.tamper {
				sums := regexp.MustCompile(`(?m)^[0-9a-f]{64}`).ReplaceAll(checksums, []byte(strings.Repeat("0", 64)))
				os.Remove(filepath.Join(served, "checksums.txt"))
				if err := os.WriteFile(filepath.Join(served, "checksums.txt"), sums, 0o644); err != nil {
					t.Fatal(err)
				}
			}
			if err := os.WriteFile(filepath.Join(bin, "gh"), []byte(fakeGH), 0o755); err != nil {
				t.Fatal(err)
			}
			script := filepath.Join(tmp, "download.sh")
			if err := os.WriteFile(script, []byte(actionScript(step)), 0o644); err != nil {
				t.Fatal(err)
			}
			output := filepath.Join(tmp, "github_output")
			cmd := exec.Command(bash, "--noprofile", "--norc", "-eo", "pipefail", script)
			cmd.Dir = tmp
			cmd.Env = append(os.Environ(),
				"PATH="+bin+string(os.PathListSeparator)+os.Getenv("PATH"),
				"RUNNER_OS="+tc.os, "RUNNER_ARCH="+tc.arch, "RUNNER_TEMP="+runnerTemp,
				"GITHUB_OUTPUT="+output, "TJLINT_VERSION="+tc.version, "TJLINT_REPO=tjlint/tjlint",
				"GH_TOKEN=test", "FAKE_DIST="+served, "FAKE_VERSION="+version)
			var stdout bytes.Buffer
			cmd.Stdout, cmd.Stderr = &stdout, &stdout
			if err := cmd.Run(); err != nil {
				t.Fatalf("download step failed (it must fall back, not fail): %v\n%s", err, stdout.String())
			}
			out, _ := os.ReadFile(output)
			downloaded := strings.Contains(string(out), "downloaded=true")
			exe := filepath.Join(runnerTemp, "tjlint")
			if tc.want == "" {
				if downloaded {
					t.Fatalf("downloaded=true, want the fallback to Go\n%s", stdout.String())
				}
				if !strings.Contains(stdout.String(), "::warning::") {
					t.Errorf("no ::warning:: for the fallback:\n%s", stdout.String())
				}
				if _, err := os.Stat(exe); err == nil {
					t.Errorf("%s exists after a failed download", exe)
				}
				return
			}
			if !downloaded {
				t.Fatalf("no downloaded=true in GITHUB_OUTPUT\n%s", stdout.String())
			}
			if tc.os == "Linux" && tc.arch == "X64" {
				got, err := exec.Command(exe, "version").Output()
				if err != nil {
					t.Fatalf("%s version: %v", exe, err)
				}
				if first, _, _ := strings.Cut(string(got), "\n"); first != "tjlint "+version {
					t.Errorf("tjlint version: %q, want %q", first, "tjlint "+version)
				}
			} else {
				head := make([]byte, 4)
				f, err := os.Open(exe)
				if err != nil {
					t.Fatal(err)
				}
				defer f.Close()
				if _, err := f.Read(head); err != nil {
					t.Fatal(err)
				}
				magic := map[string]string{"Windows": "MZ", "macOS": "\xcf\xfa\xed\xfe"}[tc.os]
				if !bytes.HasPrefix(head, []byte(magic)) {
					t.Errorf("%s starts with % x, want a %s binary", exe, head, tc.os)
				}
			}
		})
	}
}
