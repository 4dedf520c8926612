package main

import (
	"bufio"
	"os"
	"regexp"
	"slices"
	"strings"
	"testing"

	"go.yaml.in/yaml/v3"
)

// goreleaserConfig is the part of .goreleaser.yaml that the snapshot build
// in .ci/run repeats with go build.
type goreleaserConfig struct {
	Version     int    `yaml:"version"`
	ProjectName string `yaml:"project_name"`
	Changelog   any    `yaml:"changelog"`
	Builds      []struct {
		ID      string   `yaml:"id"`
		Main    string   `yaml:"main"`
		Binary  string   `yaml:"binary"`
		Env     []string `yaml:"env"`
		Flags   []string `yaml:"flags"`
		Ldflags []string `yaml:"ldflags"`
		Goos    []string `yaml:"goos"`
		Goarch  []string `yaml:"goarch"`
		Goarm   []string `yaml:"goarm"`
		Ignore  []any    `yaml:"ignore"`
		Targets []string `yaml:"targets"`
	} `yaml:"builds"`
	Archives []struct {
		ID              string   `yaml:"id"`
		Formats         []string `yaml:"formats"`
		FormatOverrides []struct {
			Goos    string   `yaml:"goos"`
			Formats []string `yaml:"formats"`
		} `yaml:"format_overrides"`
		NameTemplate    string `yaml:"name_template"`
		WrapInDirectory any    `yaml:"wrap_in_directory"`
		Files           []any  `yaml:"files"`
	} `yaml:"archives"`
	Checksum struct {
		NameTemplate string `yaml:"name_template"`
		Algorithm    string `yaml:"algorithm"`
	} `yaml:"checksum"`
	Snapshot struct {
		VersionTemplate string `yaml:"version_template"`
	} `yaml:"snapshot"`
}

func readGoreleaser(t *testing.T) goreleaserConfig {
	t.Helper()
	data, err := os.ReadFile("../../.goreleaser.yaml")
	if err != nil {
		t.Fatal(err)
	}
	var c goreleaserConfig
	dec := yaml.NewDecoder(strings.NewReader(string(data)))
	dec.KnownFields(true) // a key this test does not know may change the build
	if err := dec.Decode(&c); err != nil {
		t.Fatalf(".goreleaser.yaml: %v", err)
	}
	return c
}

var (
	ciArray  = regexp.MustCompile(`^(release_[a-z_]+)=\((.*)\)$`)
	ciString = regexp.MustCompile(`^(release_[a-z_]+)='?([^']*)'?$`)
)

// readCIRelease returns the release_* variables of .ci/run (arrays as
// their space-separated words).
func readCIRelease(t *testing.T) map[string][]string {
	t.Helper()
	f, err := os.Open("../../.ci/run")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	vars := map[string][]string{}
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		if m := ciArray.FindStringSubmatch(line); m != nil {
			vars[m[1]] = strings.Fields(m[2])
		} else if m := ciString.FindStringSubmatch(line); m != nil {
			vars[m[1]] = []string{m[2]}
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return vars
}

// TestReleaseConfig keeps .goreleaser.yaml and the snapshot build in .ci/run
// (go build per target, since goreleaser itself is not installed in CI) in
// step: a target, flag or archive format changed in one and not the other
// fails here.
func TestReleaseConfig(t *testing.T) {
	c := readGoreleaser(t)
	ci := readCIRelease(t)
	for _, name := range []string{"release_main", "release_targets", "release_flags", "release_ldflags"} {
		if len(ci[name]) == 0 {
			t.Fatalf(".ci/run has no %s line (the snapshot build)", name)
		}
	}

	if c.Version != 2 {
		t.Errorf("version: %d, want 2 (goreleaser v2)", c.Version)
	}
	if c.ProjectName != "tjlint" {
		t.Errorf("project_name %q, want tjlint (the archive names start with it)", c.ProjectName)
	}
	if len(c.Builds) != 1 {
		t.Fatalf("%d builds, want 1 (the snapshot build in .ci/run builds one binary)", len(c.Builds))
	}
	b := c.Builds[0]
	if b.Main != ci["release_main"][0] {
		t.Errorf("main: %q, .ci/run builds %q", b.Main, ci["release_main"][0])
	}
	if b.Binary != "tjlint" {
		t.Errorf("binary: %q, want tjlint (the action and the README name it)", b.Binary)
	}
	if !slices.Contains(b.Env, "CGO_ENABLED=0") {
		t.Errorf("env %q lacks CGO_ENABLED=0: cross-built binaries must not need a C library", b.Env)
	}
	if len(b.Ignore) > 0 || len(b.Targets) > 0 || len(b.Goarm) > 0 {
		t.Errorf("ignore, targets or goarm are set: .ci/run builds every goos × goarch; change both")
	}
	var targets []string
	for _, goos := range b.Goos {
		for _, goarch := range b.Goarch {
			targets = append(targets, goos+"/"+goarch)
		}
	}
	wantTargets := slices.Clone(ci["release_targets"])
	slices.Sort(targets)
	slices.Sort(wantTargets)
	if !slices.Equal(targets, wantTargets) {
		t.Errorf("targets: .goreleaser.yaml %q, .ci/run %q", targets, wantTargets)
	}
	for _, ct := range ci["release_ci_targets"] {
		if !slices.Contains(targets, ct) {
			t.Errorf(".ci/run builds %s, which .goreleaser.yaml does not release", ct)
		}
	}
	for _, goos := range []string{"linux", "windows", "darwin"} {
		if !slices.ContainsFunc(ci["release_ci_targets"], func(t string) bool { return strings.HasPrefix(t, goos+"/") }) {
			t.Errorf(".ci/run builds no %s target", goos)
		}
	}
	for _, need := range []string{"linux/amd64", "windows/amd64", "darwin/arm64"} {
		if !slices.Contains(targets, need) {
			t.Errorf("no %s build", need)
		}
	}
	if !slices.Equal(b.Flags, ci["release_flags"]) {
		t.Errorf("flags: .goreleaser.yaml %q, .ci/run %q", b.Flags, ci["release_flags"])
	}
	if !slices.Contains(b.Flags, "-trimpath") {
		t.Errorf("flags %q lack -trimpath: a release must not carry the build machine's paths", b.Flags)
	}
	if got := strings.Join(b.Ldflags, " "); got != ci["release_ldflags"][0] {
		t.Errorf("ldflags: .goreleaser.yaml %q, .ci/run %q", got, ci["release_ldflags"][0])
	}
	if !strings.Contains(ci["release_ldflags"][0], "-X github.com/tjlint/tjlint/internal/cli.version={{ .Version }}") {
		t.Errorf("ldflags %q do not stamp the version into internal/cli.version", ci["release_ldflags"][0])
	}

	if len(c.Archives) != 1 {
		t.Fatalf("%d archives, want 1", len(c.Archives))
	}
	a := c.Archives[0]
	if !slices.Equal(a.Formats, []string{"tar.gz"}) {
		t.Errorf("archive formats %q, want [tar.gz] (.ci/run and the action's download)", a.Formats)
	}
	if len(a.FormatOverrides) != 1 || a.FormatOverrides[0].Goos != "windows" || !slices.Equal(a.FormatOverrides[0].Formats, []string{"zip"}) {
		t.Errorf("format overrides %+v, want windows → [zip] (clerks open a zip)", a.FormatOverrides)
	}
	// .ci/run and the action's download step spell the archive name out.
	if a.NameTemplate != "tjlint_{{ .Version }}_{{ .Os }}_{{ .Arch }}" {
		t.Errorf("archive name template %q: change .ci/run and action.yml with it", a.NameTemplate)
	}
	if a.WrapInDirectory != nil {
		t.Errorf("wrap_in_directory is set: .ci/run and the action expect the binary at the archive's top")
	}
	if len(a.Files) != 1 || a.Files[0] != "README.md" {
		t.Errorf("archive files %v, want [README.md] (what .ci/run packs)", a.Files)
	}
	if c.Checksum.NameTemplate != "checksums.txt" || c.Checksum.Algorithm != "sha256" {
		t.Errorf("checksum %+v, want checksums.txt with sha256 (.ci/run and the action check it)", c.Checksum)
	}
	if c.Snapshot.VersionTemplate != "{{ incpatch .Version }}-next" {
		t.Errorf("snapshot version template %q: .ci/run computes {{ incpatch .Version }}-next", c.Snapshot.VersionTemplate)
	}
}
