// Package config reads .tjlint.yaml: per-rule levels and parameters, extra
// policy directories, excluded paths and per-file overrides. Unknown keys are
// errors with their line, so a typo never silently disables a check.
package config

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strconv"

	"go.yaml.in/yaml/v3"

	"github.com/tjlint/tjlint/internal/i18n"
)

// FileNames are the names looked for in the working directory and its
// parents.
var FileNames = []string{".tjlint.yaml", ".tjlint.yml"}

// Config is the content of a .tjlint.yaml.
type Config struct {
	// Extends names built-in profiles (see package profiles) or paths of
	// other config files (relative to this one), applied in order before
	// this file's own values.
	Extends stringList `yaml:"extends"`
	// Rules configure rules by ID.
	Rules map[string]RuleConfig `yaml:"rules"`
	// Policies are extra directories of Rego rules, relative to the config
	// file.
	Policies []string `yaml:"policies"`
	// Exclude are glob patterns (relative to the config file, or base names)
	// of files and directories that are not checked.
	Exclude []string `yaml:"exclude"`
	// Overrides switch rules off or change their level for some files.
	Overrides []Override `yaml:"overrides"`

	// Path is the config file ("" when none was found).
	Path string `yaml:"-"`
	// Dir is the directory that relative paths are resolved against.
	Dir string `yaml:"-"`
	// lines records the line of each rule ID key, for error messages.
	lines map[string]int
	// extendsLines records the line of each extends entry.
	extendsLines []int
	// layered is set on a config built by Load: Policies are then already
	// resolved against the directory of the file that named them.
	layered bool
	// Layers are the sources merged into this config, in order (profile
	// names and file paths).
	Layers []string `yaml:"-"`
	// profiles are the built-in profiles among Layers; see Profiles.
	profiles []string
	// Origins says which layer set each value; see Origin.
	origins map[string]string
	// ruleFile records, in a layered config, the file that last configured
	// each rule ID (for error messages about an extended file).
	ruleFile map[string]string
}

// RuleConfig configures one rule.
type RuleConfig struct {
	// Level is error, warning, info or off; empty keeps the rule's severity.
	Level string `yaml:"level"`
	// Params override the rule's parameters (see tjlint rules explain ID).
	Params map[string]any `yaml:"params"`
}

// Override applies rule levels to files matching any of Files.
type Override struct {
	Files  []string          `yaml:"files"`
	Rules  map[string]string `yaml:"rules"`
	Reason string            `yaml:"reason"`
}

// Error is a problem in a config file, with its line.
type Error struct {
	Path    string
	Line    int
	Message i18n.Text
}

func (e *Error) Error() string { return e.Text().SV }

// Text is the error in both languages, with the file and line.
func (e *Error) Text() i18n.Text {
	if e.Line > 0 {
		return i18n.Sprintf("%s:%d: %s", "%s:%d: %s", e.Path, e.Line, e.Message)
	}
	return i18n.Sprintf("%s: %s", "%s: %s", e.Path, e.Message)
}

var yamlLine = regexp.MustCompile(`line (\d+): `)

// Load reads the config file at path and the profiles and files it extends,
// merged in order: the named profiles (the --profile values) apply after the
// file's own extends and before its own values. path may be "" (no file):
// the result is then the profiles alone.
func Load(path string, profileNames ...string) (*Config, error) {
	return load(path, profileNames)
}

func readFile(path string) (*Config, error) {
	src, err := os.ReadFile(path)
	if err != nil {
		return nil, &Error{Path: path, Message: i18n.Sprintf("konfigurationen kan inte läsas: %s", "the configuration cannot be read: %s", i18n.OSError(err))}
	}
	return Parse(path, src)
}

// Parse decodes a config file's content.
func Parse(path string, src []byte) (*Config, error) {
	c := &Config{Path: path, Dir: filepath.Dir(path), lines: map[string]int{}}
	if len(bytes.TrimSpace(src)) == 0 {
		return c, nil
	}
	dec := yaml.NewDecoder(bytes.NewReader(src))
	dec.KnownFields(true)
	if err := dec.Decode(c); err != nil {
		line := 0
		msg := err.Error()
		if m := yamlLine.FindStringSubmatch(msg); m != nil {
			line, _ = strconv.Atoi(m[1])
			msg = msg[yamlLine.FindStringIndex(msg)[1]:]
		}
		return nil, &Error{Path: path, Line: line, Message: i18n.T("ogiltig konfiguration: "+translate(msg), "invalid configuration: "+msg)}
	}
	var root yaml.Node
	if err := yaml.Unmarshal(src, &root); err == nil && len(root.Content) > 0 {
		c.recordLines(root.Content[0])
	}
	for id, rc := range c.Rules {
		switch rc.Level {
		case "", "error", "warning", "info", "off":
		default:
			return nil, &Error{Path: path, Line: c.lines[id], Message: i18n.Sprintf("regeln %s: okänd nivå %q (error, warning, info, off)", "rule %s: unknown level %q (error, warning, info, off)", id, rc.Level)}
		}
	}
	for i, o := range c.Overrides {
		if len(o.Files) == 0 {
			return nil, &Error{Path: path, Message: i18n.Sprintf("overrides[%d]: files saknas", "overrides[%d]: files is missing", i)}
		}
		for id, lvl := range o.Rules {
			switch lvl {
			case "error", "warning", "info", "off":
			default:
				return nil, &Error{Path: path, Message: i18n.Sprintf("overrides[%d]: regeln %s: okänd nivå %q (error, warning, info, off)", "overrides[%d]: rule %s: unknown level %q (error, warning, info, off)", i, id, lvl)}
			}
		}
	}
	return c, nil
}

func (c *Config) recordLines(n *yaml.Node) {
	if n.Kind != yaml.MappingNode {
		return
	}
	for i := 0; i+1 < len(n.Content); i += 2 {
		if n.Content[i].Value == "extends" {
			v := n.Content[i+1]
			if v.Kind == yaml.SequenceNode {
				for _, e := range v.Content {
					c.extendsLines = append(c.extendsLines, e.Line)
				}
			} else {
				c.extendsLines = append(c.extendsLines, v.Line)
			}
			continue
		}
		if n.Content[i].Value != "rules" || n.Content[i+1].Kind != yaml.MappingNode {
			continue
		}
		rules := n.Content[i+1]
		for j := 0; j+1 < len(rules.Content); j += 2 {
			c.lines[rules.Content[j].Value] = rules.Content[j].Line
		}
	}
}

// CheckRuleIDs returns an error naming the line of the first configured rule
// that is not in known.
func (c *Config) CheckRuleIDs(known func(id string) bool) error {
	for id := range c.Rules {
		if !known(id) {
			if f, ok := c.ruleFile[id]; ok {
				return &Error{Path: f, Line: c.lines[id], Message: i18n.Sprintf("okänd regel %q (se tjlint rules)", "unknown rule %q (see tjlint rules)", id)}
			}
			return &Error{Path: c.Path, Line: c.lines[id], Message: i18n.Sprintf("okänd regel %q (se tjlint rules)", "unknown rule %q (see tjlint rules)", id)}
		}
	}
	for i, o := range c.Overrides {
		for id := range o.Rules {
			if !known(id) {
				return &Error{Path: c.Path, Message: i18n.Sprintf("overrides[%d]: okänd regel %q (se tjlint rules)", "overrides[%d]: unknown rule %q (see tjlint rules)", i, id)}
			}
		}
	}
	return nil
}

// Line returns the line where rule id is configured, or 0.
func (c *Config) Line(id string) int { return c.lines[id] }

// PolicyDirs returns the configured policy directories resolved against the
// config file's directory.
func (c *Config) PolicyDirs() []string {
	if c.layered {
		return c.Policies
	}
	var out []string
	for _, p := range c.Policies {
		if !filepath.IsAbs(p) {
			p = filepath.Join(c.Dir, p)
		}
		out = append(out, p)
	}
	return out
}

// Params returns the configured rule parameters by rule ID.
func (c *Config) Params() map[string]map[string]any {
	out := map[string]map[string]any{}
	for id, rc := range c.Rules {
		if len(rc.Params) > 0 {
			out[id] = rc.Params
		}
	}
	return out
}

// Find looks for a config file in dir and its parents. It returns "" when
// there is none.
func Find(dir string) (string, error) {
	dir, err := filepath.Abs(dir)
	if err != nil {
		return "", err
	}
	for {
		for _, n := range FileNames {
			p := filepath.Join(dir, n)
			if info, err := os.Stat(p); err == nil && !info.IsDir() {
				return p, nil
			}
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", nil
		}
		dir = parent
	}
}

// translate turns yaml.v3's most common decode messages into Swedish.
func translate(msg string) string {
	if m := regexp.MustCompile(`^field (\S+) not found in type (\S+)`).FindStringSubmatch(msg); m != nil {
		return fmt.Sprintf("okänd nyckel %q", m[1])
	}
	if m := regexp.MustCompile(`^cannot unmarshal !!(\w+) ` + "`" + `([^` + "`" + `]*)` + "`" + ` into (\S+)`).FindStringSubmatch(msg); m != nil {
		return fmt.Sprintf("fel typ för värdet %q", m[2])
	}
	return msg
}
