package config

import (
	"errors"
	"fmt"
	"io/fs"
	"path/filepath"
	"slices"
	"sort"
	"strings"

	"go.yaml.in/yaml/v3"

	"github.com/tjlint/tjlint/internal/i18n"
	"github.com/tjlint/tjlint/profiles"
)

// stringList is a YAML value that is one string or a list of strings.
type stringList []string

func (l *stringList) UnmarshalYAML(n *yaml.Node) error {
	if n.Kind == yaml.ScalarNode {
		*l = []string{n.Value}
		return nil
	}
	var list []string
	if err := n.Decode(&list); err != nil {
		return err
	}
	*l = list
	return nil
}

// Profiles returns the names of the built-in profiles, sorted.
func Profiles() []string {
	entries, _ := fs.ReadDir(profiles.FS, ".")
	var out []string
	for _, e := range entries {
		if n, ok := strings.CutSuffix(e.Name(), ".yaml"); ok {
			out = append(out, n)
		}
	}
	sort.Strings(out)
	return out
}

// IsProfile reports whether name is a built-in profile.
func IsProfile(name string) bool { return slices.Contains(Profiles(), name) }

// builtin parses the built-in profile name.
func builtin(name string) (*Config, error) {
	src, err := fs.ReadFile(profiles.FS, name+".yaml")
	if err != nil {
		return nil, err
	}
	c, err := Parse(name, src)
	if err != nil {
		return nil, err
	}
	if len(c.Policies) > 0 || len(c.Exclude) > 0 {
		return nil, fmt.Errorf("profiles/%s.yaml: a built-in profile sets rules only", name)
	}
	return c, nil
}

// isPathRef says whether an extends entry names a file rather than a
// built-in profile.
func isPathRef(ref string) bool {
	return strings.ContainsAny(ref, `/\`) || strings.HasSuffix(ref, ".yaml") || strings.HasSuffix(ref, ".yml")
}

func load(path string, profileNames []string) (*Config, error) {
	out := &Config{lines: map[string]int{}, origins: map[string]string{}, ruleFile: map[string]string{}, layered: true}
	if path != "" {
		out.Path, out.Dir = path, filepath.Dir(path)
	}
	var seen []string
	var top *Config
	if path != "" {
		var err error
		if top, err = readFile(path); err != nil {
			return nil, err
		}
		seen = append(seen, absPath(path))
		if err := out.extend(top, seen); err != nil {
			return nil, err
		}
	}
	for _, name := range profileNames {
		if !IsProfile(name) {
			return nil, &Error{Path: "--profile", Message: unknownProfile(name)}
		}
		p, _ := builtin(name)
		out.merge(p, name)
		out.addProfile(name)
	}
	if top != nil {
		out.merge(top, path)
	}
	return out, nil
}

// extend merges what c extends (recursively), not c itself.
func (out *Config) extend(c *Config, seen []string) error {
	for i, ref := range c.Extends {
		line := 0
		if i < len(c.extendsLines) {
			line = c.extendsLines[i]
		}
		if !isPathRef(ref) {
			if !IsProfile(ref) {
				return &Error{Path: c.Path, Line: line, Message: unknownProfile(ref)}
			}
			p, err := builtin(ref)
			if err != nil {
				return err
			}
			out.merge(p, ref)
			out.addProfile(ref)
			continue
		}
		p := ref
		if !filepath.IsAbs(p) {
			p = filepath.Join(c.Dir, p)
		}
		if slices.Contains(seen, absPath(p)) {
			return &Error{Path: c.Path, Line: line, Message: i18n.Sprintf("extends: %s utökar sig själv i en slinga", "extends: %s extends itself in a loop", ref)}
		}
		sub, err := readFile(p)
		if err != nil {
			var ce *Error
			if errors.As(err, &ce) && ce.Line == 0 && ce.Path == p {
				return &Error{Path: c.Path, Line: line, Message: i18n.Sprintf("extends: %s: %s", "extends: %s: %s", ref, ce.Message)}
			}
			return err
		}
		if err := out.extend(sub, append(seen, absPath(p))); err != nil {
			return err
		}
		out.merge(sub, p)
	}
	return nil
}

func (out *Config) addProfile(name string) {
	if !slices.Contains(out.profiles, name) {
		out.profiles = append(out.profiles, name)
	}
}

// Profiles returns the built-in profiles in effect, from extends: (also in
// extended files) and --profile, in the order they were applied and each
// once; nil for a nil config or one that names none. The summary line and
// the JSON report name them.
func (c *Config) Profiles() []string {
	if c == nil {
		return nil
	}
	return slices.Clone(c.profiles)
}

func absPath(p string) string {
	if a, err := filepath.Abs(p); err == nil {
		return a
	}
	return p
}

func unknownProfile(name string) i18n.Text {
	return i18n.Sprintf("okänd profil %q (inbyggda: %s; en egen profil anges som sökväg, t.ex. ./profil.yaml)",
		"unknown profile %q (built in: %s; a profile of your own is given as a path, e.g. ./profile.yaml)", name, strings.Join(Profiles(), ", "))
}

// merge lays c over out: a rule's level and each of its parameters replace
// what came before; policies, exclude and overrides are appended.
func (out *Config) merge(c *Config, origin string) {
	out.Layers = append(out.Layers, origin)
	for id, rc := range c.Rules {
		if out.Rules == nil {
			out.Rules = map[string]RuleConfig{}
		}
		cur := out.Rules[id]
		if rc.Level != "" {
			cur.Level = rc.Level
			out.origins["rules."+id+".level"] = origin
		}
		for k, v := range rc.Params {
			if cur.Params == nil {
				cur.Params = map[string]any{}
			}
			cur.Params[k] = v
			out.origins["rules."+id+".params."+k] = origin
		}
		out.Rules[id] = cur
		if c.Path != "" && !IsProfile(c.Path) {
			out.ruleFile[id] = c.Path
			out.lines[id] = c.lines[id]
		}
	}
	for _, p := range c.Policies {
		if !filepath.IsAbs(p) {
			p = filepath.Join(c.Dir, p)
		}
		out.origins[fmt.Sprintf("policies.%d", len(out.Policies))] = origin
		out.Policies = append(out.Policies, p)
	}
	for _, e := range c.Exclude {
		out.origins[fmt.Sprintf("exclude.%d", len(out.Exclude))] = origin
		out.Exclude = append(out.Exclude, e)
	}
	for _, o := range c.Overrides {
		out.origins[fmt.Sprintf("overrides.%d", len(out.Overrides))] = origin
		out.Overrides = append(out.Overrides, o)
	}
}

// Origin says which layer (a profile name or a file path) set a value: key is
// "rules.ID.level", "rules.ID.params.NAME", "policies.N", "exclude.N" or
// "overrides.N". It returns "" for a value no layer set.
func (c *Config) Origin(key string) string { return c.origins[key] }
