package cli

import (
	"bytes"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"strings"

	"github.com/go-git/go-git/v5/plumbing/format/gitignore"
)

// The default exclusions of a directory walk (off with --no-default-excludes).
// A case repository also holds files that are not cases: its README and
// licence, CI workflows, tool configuration and tjlint's own reports. The
// walk skips them and counts the skipped files in the summary; a file named
// on the command line is always checked.
//
//   - files called README, CHANGELOG, LICENSE/LICENCE, CONTRIBUTING or
//     CODE_OF_CONDUCT, with any extension (README.md, LICENSE.txt,
//     README.sv.md);
//   - hidden files and folders (.git, .github, .tjlint.yaml,
//     .pre-commit-config.yaml, .tjlint-baseline.json) and node_modules;
//   - tjlint's own files: names beginning with "tjlint" (tjlint-report.json,
//     tjlint-baseline.json) and JSON files that are a tjlint report or
//     baseline by their content;
//   - what .gitignore files ignore, from the repository's top (the nearest
//     folder above with a .git) down to each walked folder.

// repoFileNames are base names (before the first dot, any case) of a
// repository's own documents.
var repoFileNames = map[string]bool{
	"README": true, "CHANGELOG": true, "LICENSE": true, "LICENCE": true,
	"CONTRIBUTING": true, "CODE_OF_CONDUCT": true,
}

// skipDirByName reports whether the walk skips the folder called name.
func skipDirByName(name string) bool {
	return strings.HasPrefix(name, ".") || name == "node_modules"
}

// skipFileByName reports whether the walk skips the file called name
// whatever its content.
func skipFileByName(name string) bool {
	if strings.HasPrefix(name, ".") {
		return true
	}
	stem, _, _ := strings.Cut(name, ".")
	if repoFileNames[strings.ToUpper(stem)] {
		return true
	}
	return strings.HasPrefix(strings.ToLower(name), "tjlint")
}

// ownJSON matches the start of a tjlint JSON report ({"version": 1,
// "files": 3, ...}) or baseline ({"version": 1, "tool": "tjlint", ...}).
var ownJSON = regexp.MustCompile(`^\s*\{\s*"version"\s*:\s*\d+\s*,\s*("files"\s*:\s*\d+|"tool"\s*:\s*"tjlint")`)

// isOwnReport reports whether the file at path is a tjlint JSON report or
// baseline, from its first bytes.
func isOwnReport(path string) bool {
	if !strings.EqualFold(filepath.Ext(path), ".json") {
		return false
	}
	f, err := os.Open(path)
	if err != nil {
		return false
	}
	defer f.Close()
	head := make([]byte, 256)
	n, _ := io.ReadFull(f, head)
	head = bytes.TrimPrefix(head[:n], []byte("\xef\xbb\xbf"))
	return ownJSON.Match(head)
}

// ignores holds the .gitignore patterns that apply in one walked folder:
// those of the repository's folders above it and its own.
type ignores struct {
	root     string // the repository's top (or the walked argument)
	patterns []gitignore.Pattern
}

// newIgnores starts the patterns for a walk of dir: the repository top is
// the nearest folder at or above dir that holds .git; the .gitignore files
// from there down to dir's parent are read (dir's own is read by enter).
func newIgnores(dir string) *ignores {
	abs, err := filepath.Abs(dir)
	if err != nil {
		return &ignores{root: dir}
	}
	root := abs
	for d := abs; ; {
		if _, err := os.Stat(filepath.Join(d, ".git")); err == nil {
			root = d
			break
		}
		up := filepath.Dir(d)
		if up == d {
			break
		}
		d = up
	}
	ig := &ignores{root: root}
	rel, err := filepath.Rel(root, abs)
	if err != nil || rel == "." {
		return ig
	}
	d := root
	ig = ig.enter(d)
	parts := strings.Split(rel, string(filepath.Separator))
	for _, p := range parts[:len(parts)-1] {
		d = filepath.Join(d, p)
		ig = ig.enter(d)
	}
	return ig
}

// enter returns the patterns in force inside dir: ig's and those of
// dir/.gitignore. ig itself is not changed (sibling folders share it).
func (ig *ignores) enter(dir string) *ignores {
	// Only a regular file of sensible size is read: a named pipe called
	// .gitignore would block the walk.
	name := filepath.Join(dir, ".gitignore")
	if info, err := os.Stat(name); err != nil || !info.Mode().IsRegular() || info.Size() > 1<<20 {
		return ig
	}
	data, err := os.ReadFile(name)
	if err != nil {
		return ig
	}
	domain := ig.parts(dir)
	out := &ignores{root: ig.root, patterns: append(ig.patterns[:len(ig.patterns):len(ig.patterns)], nil...)}
	for _, line := range strings.Split(strings.ReplaceAll(string(data), "\r\n", "\n"), "\n") {
		if strings.HasPrefix(line, "#") || strings.TrimSpace(line) == "" {
			continue
		}
		out.patterns = append(out.patterns, gitignore.ParsePattern(line, domain))
	}
	return out
}

// parts is p's path below the repository top, split into names.
func (ig *ignores) parts(p string) []string {
	abs, err := filepath.Abs(p)
	if err != nil {
		return nil
	}
	rel, err := filepath.Rel(ig.root, abs)
	if err != nil || rel == "." || strings.HasPrefix(rel, "..") {
		return nil
	}
	return strings.Split(filepath.ToSlash(rel), "/")
}

// ignored reports whether a .gitignore ignores p.
func (ig *ignores) ignored(p string, isDir bool) bool {
	if len(ig.patterns) == 0 {
		return false
	}
	parts := ig.parts(p)
	if parts == nil {
		return false
	}
	return gitignore.NewMatcher(ig.patterns).Match(parts, isDir)
}
