package engine

import (
	"fmt"
	"slices"
	"strings"

	"github.com/open-policy-agent/opa/v1/ast"

	"github.com/tjlint/tjlint/internal/finding"
)

// The sandbox of user policies.
//
// A user policy (--policy, policies: in the config, or a server profile) is
// code written by someone else than the person whose documents are checked:
// under `tjlint serve --policy` a rule sees every uploaded document. So the
// rules are compiled with capabilities that leave out every built-in that
// reaches outside the evaluation (the network, files, the environment, the
// OPA runtime) or that can allocate without bound from a small argument; a
// policy that calls one fails to compile, naming its file and line.
//
// And a user policy lives in its own namespace: it may add rules under
// data.tjlint.rules.<category>.<name> with IDs of its own, and helper
// packages outside data.tjlint, but it can neither replace nor add to a
// built-in rule, the library (data.tjlint.lib) or the parameters
// (data.tjlint.params). Only the configuration changes built-in rules.

// deniedBuiltins are the built-ins user policies may not call, with why.
var deniedBuiltins = map[string]string{
	"http.send":          "nätverket",
	"net.lookup_ip_addr": "nätverket",
	"opa.runtime":        "miljövariabler och körtidsinformation",
	// A JSON Schema may $ref a remote or local file, which these load.
	"json.match_schema":  "filer och nätverket",
	"json.verify_schema": "filer och nätverket",
	// A /8 expands to 16 million addresses.
	"net.cidr_expand": "obegränsat minne",
}

// reservedCategories are the rule categories of the checks made in Go
// (package check): a user rule may not use them.
var reservedCategories = []string{"schema", "input", "policy", "suppression", "baseline"}

// capabilities are OPA's built-ins for this version without deniedBuiltins.
func capabilities() *ast.Capabilities {
	caps := ast.CapabilitiesForThisVersion()
	caps.Builtins = slices.DeleteFunc(slices.Clone(caps.Builtins), func(b *ast.Builtin) bool {
		_, denied := deniedBuiltins[b.Name]
		return denied
	})
	caps.AllowNet = []string{} // no remote schemas in type checking either
	return caps
}

// newCompiler returns a compiler with the sandbox's capabilities.
func newCompiler() *ast.Compiler {
	return ast.NewCompiler().WithCapabilities(capabilities())
}

// checkOnlyStages are the compiler stages that only report errors: they
// neither rewrite the modules nor build anything evaluation uses. The
// embedded rules pass them whenever tjlint is built (TestEmbeddedPassChecks
// compiles them with every stage), so a run with no user policy skips
// them; a run with one keeps every stage for all modules.
var checkOnlyStages = []ast.StageID{
	ast.StageCheckUnusedImports,
	ast.StageCheckKeywordOverrides,
	ast.StageCheckDuplicateImports,
	ast.StageCheckVoidCalls,
	ast.StageCheckRuleConflicts,
	ast.StageCheckRecursion,
	ast.StageCheckUndefinedFuncs,
	ast.StageCheckSafetyRuleHeads,
	// Types are only checked: evaluation reads the type environment only
	// for `with` on a function, which the rules (not their tests) never
	// use, and the query compiles against the built-ins' types.
	ast.StageCheckTypes,
	ast.StageCheckUnsafeBuiltins,
	ast.StageCheckDeprecatedBuiltins,
	ast.StageBuildRequiredCapabilities,
}

// newCompilerFor is newCompiler for srcs: with the check-only stages
// skipped when every source is embedded.
func newCompilerFor(srcs []Source) *ast.Compiler {
	c := newCompiler()
	for _, s := range srcs {
		if !s.Embedded {
			return c
		}
	}
	return c.WithSkipStages(checkOnlyStages...)
}

// sandboxError rewrites the compiler's "undefined function" for a denied
// built-in into a message that says why.
func sandboxError(errs ast.Errors) ast.Errors {
	for _, e := range errs {
		name, ok := strings.CutPrefix(e.Message, "undefined function ")
		if !ok {
			continue
		}
		if why, denied := deniedBuiltins[name]; denied {
			e.Message = fmt.Sprintf("den inbyggda funktionen %s får inte användas i regler för tjlint (den ger åtkomst till %s); "+
				"built-in %s is not allowed in tjlint rules (no network, files, environment or unbounded memory)", name, why, name)
		}
	}
	return errs
}

// duplicateRule is the error for a second rule with the ID of one defined
// in prev; a built-in rule cannot be replaced (see the sandbox above).
func duplicateRule(id, prev string, builtin bool) error {
	if builtin {
		return fmt.Errorf("regeln %s finns redan som inbyggd regel och kan inte ersättas eller utökas av en egen regel; "+
			"ändra den med rules: i .tjlint.yaml eller välj ett eget namn "+
			"(rule %s is built in and cannot be replaced; configure it in .tjlint.yaml or choose a name of your own)", id, id)
	}
	return fmt.Errorf("regeln %s finns redan i %s", id, prev)
}

// checkNamespaces refuses user modules that would define anything under
// data.tjlint other than a rule of their own: a built-in rule's package,
// a Go check's category, the library or the parameters. rules is the
// catalogue parse read.
func checkNamespaces(srcs []Source, mods map[string]*ast.Module, rules []finding.Rule) error {
	var perr PolicyError
	builtinIDs := map[string]bool{}
	for _, r := range rules {
		if r.Builtin {
			builtinIDs[r.ID] = true
		}
	}
	embedded := map[string]bool{}
	tjlint := ast.MustParseRef("data.tjlint")
	for _, s := range srcs {
		if s.Embedded {
			embedded[s.Name] = true
			continue
		}
		if embedded[s.Name] {
			// Modules are keyed by name: this one would take the embedded
			// file's place.
			perr.Items = append(perr.Items, PolicyErrorItem{File: s.Name, Message: "filen har samma sökväg som en av tjlints inbyggda regelfiler och skulle ersätta den; " +
				"byt namn på katalogen (the file has the path of one of tjlint's built-in rule files; rename the directory)"})
			continue
		}
		m := mods[s.Name]
		if m == nil || !m.Package.Path.HasPrefix(tjlint) {
			continue
		}
		pkg := strings.TrimPrefix(m.Package.Path.String(), "data.")
		id, isRule, err := ruleID(m.Package.Path)
		var msg string
		switch {
		case !isRule:
			msg = fmt.Sprintf("paketet %s hör till tjlints egna paket och kan inte definieras av en egen regel; "+
				"lägg egna regler i tjlint.rules.<kategori>.<namn> och hjälpfunktioner i ett paket utanför tjlint "+
				"(package %s belongs to tjlint itself; put own rules in tjlint.rules.<category>.<name>)", pkg, pkg)
		case err != nil:
			continue // reported by parse with the rule contract
		case builtinIDs[id]:
			msg = duplicateRule(id, "", true).Error()
		case slices.Contains(reservedCategories, strings.SplitN(id, "/", 2)[0]):
			cat := strings.SplitN(id, "/", 2)[0]
			msg = fmt.Sprintf("kategorin %s är reserverad för tjlints egna kontroller; välj en egen kategori, t.ex. kommunens namn "+
				"(category %s is reserved for tjlint's own checks; choose one of your own)", cat, cat)
		default:
			continue
		}
		perr.Items = append(perr.Items, PolicyErrorItem{File: s.Name, Line: m.Package.Location.Row, Column: 1, Message: msg})
	}
	if len(perr.Items) > 0 {
		return &perr
	}
	return nil
}
