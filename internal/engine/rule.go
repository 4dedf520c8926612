package engine

import (
	"fmt"
	"slices"
	"strings"

	"github.com/open-policy-agent/opa/v1/ast"

	"github.com/tjlint/tjlint/internal/finding"
)

// ruleID derives "<category>/<name>" from a package path
// data.tjlint.rules.<category>.<name>. ok is false for packages outside
// data.tjlint.rules.
func ruleID(path ast.Ref) (id string, ok bool, err error) {
	prefix := ast.MustParseRef("data.tjlint.rules")
	if !path.HasPrefix(prefix) {
		return "", false, nil
	}
	rest := path[len(prefix):]
	if len(rest) != 2 {
		return "", true, fmt.Errorf("regelpaketet %s ska ha formen tjlint.rules.<kategori>.<namn>", path)
	}
	parts := make([]string, 2)
	for i, t := range rest {
		s, isStr := t.Value.(ast.String)
		if !isStr {
			return "", true, fmt.Errorf("regelpaketet %s ska ha formen tjlint.rules.<kategori>.<namn>", path)
		}
		parts[i] = string(s)
	}
	return parts[0] + "/" + parts[1], true, nil
}

// ruleFromModule reads the rule's catalogue entry from its package METADATA.
func ruleFromModule(id, file string, m *ast.Module) (finding.Rule, error) {
	r := finding.Rule{ID: id, File: file, Line: m.Package.Location.Row}
	var a *ast.Annotations
	for _, x := range m.Annotations {
		if x.Scope == "package" {
			a = x
		}
	}
	if a == nil {
		return r, fmt.Errorf("regeln %s saknar ett # METADATA-block före package", id)
	}
	r.Title, r.Description = a.Title, a.Description
	if r.Title == "" || r.Description == "" {
		return r, fmt.Errorf("regeln %s: METADATA ska ha title och description", id)
	}
	sev, _ := a.Custom["severity"].(string)
	s, err := finding.ParseSeverity(sev)
	if err != nil {
		return r, fmt.Errorf("regeln %s: custom.severity: %w", id, err)
	}
	r.Severity = s
	r.TitleEN, _ = a.Custom["title_en"].(string)
	r.DescriptionEN, _ = a.Custom["description_en"].(string)
	if p, ok := a.Custom["params"]; ok {
		pm, isMap := p.(map[string]any)
		if !isMap {
			return r, fmt.Errorf("regeln %s: custom.params ska vara ett objekt", id)
		}
		r.Params = pm
	}
	for _, rr := range a.RelatedResources {
		r.Related = append(r.Related, finding.Resource{Ref: rr.Ref.String(), Description: rr.Description})
	}
	if !hasDeny(m) {
		return r, fmt.Errorf("regeln %s definierar ingen deny-mängd", id)
	}
	return r, nil
}

func hasDeny(m *ast.Module) bool {
	return slices.ContainsFunc(m.Rules, func(r *ast.Rule) bool {
		return r.Head.Name == "deny" || (len(r.Head.Reference) > 0 && r.Head.Reference[0].Value.Compare(ast.Var("deny")) == 0)
	})
}

// sortRules orders the catalogue by ID.
func sortRules(rs []finding.Rule) {
	slices.SortFunc(rs, func(a, b finding.Rule) int { return strings.Compare(a.ID, b.ID) })
}
