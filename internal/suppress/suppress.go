// Package suppress applies suppressions to one file's findings: the case's
// own tjlint.ignore entries (JSON/YAML cases, Markdown front matter, and the
// inline <!-- tjlint-disable --> comments the text and Markdown readers
// expose under the same key) and the overrides of .tjlint.yaml.
//
// Every suppression needs a reason; one without is reported
// (suppression/missing-reason) and does not apply. One whose until date has
// passed is reported (suppression/expired) and no longer applies. An entry
// in the case that matched nothing is reported (suppression/unused), so
// stale entries get cleaned up. The functions are pure: the caller passes
// the findings, the entries and today's date.
package suppress

import (
	"fmt"
	"path"
	"strings"
	"time"

	"github.com/tjlint/tjlint/internal/casemodel"
	"github.com/tjlint/tjlint/internal/config"
	"github.com/tjlint/tjlint/internal/finding"
	"github.com/tjlint/tjlint/internal/i18n"
)

// Rule IDs of the findings about suppressions.
const (
	RuleMissingReason = "suppression/missing-reason"
	RuleExpired       = "suppression/expired"
	RuleUnused        = "suppression/unused"
	RuleInvalid       = "suppression/invalid"
)

// Entry is one suppression of one rule.
type Entry struct {
	Rule    string
	Reason  string
	Until   string // YYYY-MM-DD, inclusive; "" never expires
	Pointer string // only findings at or below this JSON pointer; "" for all
	// External is true for .tjlint.yaml overrides, false for entries in the
	// case itself.
	External bool
	// Where names the entry in messages, e.g. "/tjlint/ignore/0" or
	// ".tjlint.yaml overrides[1]".
	Where        string
	Line, Column int
}

// FromCase reads the entries under tjlint.ignore of a case:
//
//	tjlint: {ignore: [{rule, reason, until?, pointer?}]}
//
// Entries that are not objects or have no rule are returned as
// suppression/invalid findings.
func FromCase(file string, cs *casemodel.Case) ([]Entry, []finding.Finding) {
	if cs == nil {
		return nil, nil
	}
	tj, _ := cs.Value["tjlint"].(map[string]any)
	raw, ok := tj["ignore"]
	if !ok {
		return nil, nil
	}
	pos := func(ptr string) (int, int) {
		p := cs.Locate(ptr)
		return max(p.Line, 1), max(p.Column, 1)
	}
	list, ok := raw.([]any)
	if !ok {
		l, c := pos("/tjlint/ignore")
		return nil, []finding.Finding{invalid(file, "/tjlint/ignore", l, c, "tjlint.ignore ska vara en lista", "tjlint.ignore must be a list")}
	}
	var entries []Entry
	var problems []finding.Finding
	for i, item := range list {
		ptr := casemodel.Pointer("tjlint", "ignore", i)
		l, c := pos(ptr)
		m, ok := item.(map[string]any)
		rule := str(m["rule"])
		if !ok || rule == "" {
			problems = append(problems, invalid(file, ptr, l, c,
				fmt.Sprintf("undantaget %s saknar regel (rule)", ptr), fmt.Sprintf("the suppression %s has no rule", ptr)))
			continue
		}
		entries = append(entries, Entry{Rule: rule, Reason: strings.TrimSpace(str(m["reason"])), Until: str(m["until"]),
			Pointer: str(m["pointer"]), Where: ptr, Line: l, Column: c})
	}
	return entries, problems
}

// FromConfig returns what the overrides of cfg that match the file say:
// an Entry for each rule turned off, and the level of each rule whose level
// is changed. names are the file's names to match the globs against (as
// given, and relative to the config file).
func FromConfig(cfg *config.Config, names ...string) ([]Entry, map[string]finding.Severity) {
	if cfg == nil {
		return nil, nil
	}
	var entries []Entry
	levels := map[string]finding.Severity{}
	for i, o := range cfg.Overrides {
		if !matchAny(o.Files, names) {
			continue
		}
		for id, lvl := range o.Rules {
			if lvl == "off" {
				entries = append(entries, Entry{Rule: id, Reason: strings.TrimSpace(o.Reason), External: true,
					Where: fmt.Sprintf("%s overrides[%d]", path.Base(cfg.Path), i), Line: 1, Column: 1})
				continue
			}
			if s, err := finding.ParseSeverity(lvl); err == nil {
				levels[id] = s
			}
		}
	}
	return entries, levels
}

// Outcome is what remains of a file's findings after suppression.
type Outcome struct {
	// Findings are the findings still reported, plus the findings about
	// suppressions.
	Findings []finding.Finding
	// Suppressed are the findings suppressed, each with its Suppression.
	Suppressed []finding.Finding
}

// Apply sets the overridden levels, suppresses the findings that an entry
// in force matches and reports entries without a reason, expired entries
// and (for entries in the case) entries that matched nothing. today is
// compared with until by date.
func Apply(file string, fs []finding.Finding, entries []Entry, levels map[string]finding.Severity, today time.Time) Outcome {
	var out Outcome
	date := today.Format(time.DateOnly)
	active := make([]bool, len(entries))
	used := make([]bool, len(entries))
	for i, e := range entries {
		switch {
		case e.Reason == "":
			out.Findings = append(out.Findings, about(file, e, RuleMissingReason, finding.Error,
				fmt.Sprintf("undantaget för %s (%s) saknar motivering (reason) och gäller inte", e.Rule, e.Where),
				fmt.Sprintf("the suppression of %s (%s) has no reason and does not apply", e.Rule, e.Where)))
		case e.Until != "" && !validDate(e.Until):
			out.Findings = append(out.Findings, about(file, e, RuleInvalid, finding.Error,
				fmt.Sprintf("undantaget för %s (%s) har ett ogiltigt datum i until: %q (ÅÅÅÅ-MM-DD)", e.Rule, e.Where, e.Until),
				fmt.Sprintf("the suppression of %s (%s) has an invalid until date: %q (YYYY-MM-DD)", e.Rule, e.Where, e.Until)))
		case e.Until != "" && e.Until < date:
			out.Findings = append(out.Findings, about(file, e, RuleExpired, finding.Warning,
				fmt.Sprintf("undantaget för %s (%s) gällde till %s och gäller inte längre", e.Rule, e.Where, e.Until),
				fmt.Sprintf("the suppression of %s (%s) expired on %s and no longer applies", e.Rule, e.Where, e.Until)))
		default:
			active[i] = true
		}
	}
	for _, f := range fs {
		if s, ok := levels[f.Rule]; ok {
			f.Severity = s
		}
		i := match(f, entries, active)
		if i < 0 {
			out.Findings = append(out.Findings, f)
			continue
		}
		used[i] = true
		kind := "inSource"
		if entries[i].External {
			kind = "external"
		}
		f.Suppression = finding.Suppression{Kind: kind, Reason: entries[i].Reason}
		out.Suppressed = append(out.Suppressed, f)
	}
	for i, e := range entries {
		if active[i] && !used[i] && !e.External {
			out.Findings = append(out.Findings, about(file, e, RuleUnused, finding.Info,
				fmt.Sprintf("undantaget för %s (%s) matchar inget fynd och kan tas bort", e.Rule, e.Where),
				fmt.Sprintf("the suppression of %s (%s) matches no finding and can be removed", e.Rule, e.Where)))
		}
	}
	return out
}

// match returns the index of the first entry in force that covers f, or -1.
// Findings about suppressions are never suppressed.
func match(f finding.Finding, entries []Entry, active []bool) int {
	if strings.HasPrefix(f.Rule, "suppression/") {
		return -1
	}
	for i, e := range entries {
		if !active[i] || e.Rule != f.Rule {
			continue
		}
		if e.Pointer == "" || f.Pointer == e.Pointer || strings.HasPrefix(f.Pointer, e.Pointer+"/") {
			return i
		}
	}
	return -1
}

func about(file string, e Entry, rule string, sev finding.Severity, sv, en string) finding.Finding {
	ptr := ""
	if !e.External {
		ptr = e.Where
	}
	return finding.Finding{Rule: rule, Severity: sev, Message: i18n.T(sv, en), File: file, Pointer: ptr, Line: e.Line, Column: e.Column}
}

func invalid(file, ptr string, line, col int, sv, en string) finding.Finding {
	return finding.Finding{Rule: RuleInvalid, Severity: finding.Error, Message: i18n.T(sv, en), File: file, Pointer: ptr, Line: line, Column: col}
}

func validDate(s string) bool {
	_, err := time.Parse(time.DateOnly, s)
	return err == nil
}

func str(v any) string {
	switch x := v.(type) {
	case string:
		return x
	case time.Time:
		return x.Format(time.DateOnly)
	case nil:
		return ""
	}
	return fmt.Sprint(v)
}

// matchAny reports whether any of the globs matches any of the names. A
// glob is a path.Match pattern where ** also matches any number of
// directories; a glob without a slash matches the base name too.
func matchAny(globs, names []string) bool {
	for _, g := range globs {
		g = strings.TrimPrefix(g, "./")
		for _, n := range names {
			n = strings.TrimPrefix(path.Clean(strings.ReplaceAll(n, "\\", "/")), "./")
			if matchGlob(strings.Split(g, "/"), strings.Split(n, "/")) {
				return true
			}
			if !strings.Contains(g, "/") {
				if ok, _ := path.Match(g, path.Base(n)); ok {
					return true
				}
			}
		}
	}
	return false
}

func matchGlob(pat, name []string) bool {
	for len(pat) > 0 {
		if pat[0] == "**" {
			for i := 0; i <= len(name); i++ {
				if matchGlob(pat[1:], name[i:]) {
					return true
				}
			}
			return false
		}
		if len(name) == 0 {
			return false
		}
		if ok, _ := path.Match(pat[0], name[0]); !ok {
			return false
		}
		pat, name = pat[1:], name[1:]
	}
	return len(name) == 0
}
