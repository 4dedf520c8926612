package engine

import (
	"github.com/tjlint/tjlint/internal/i18n"

	"context"
	"encoding/json"
	"fmt"
	"io/fs"
	"maps"
	"os"
	"path"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/open-policy-agent/opa/v1/ast"
	"github.com/open-policy-agent/opa/v1/rego"
	"github.com/open-policy-agent/opa/v1/storage"
	"github.com/open-policy-agent/opa/v1/storage/inmem"

	"github.com/tjlint/tjlint/internal/casemodel"
	"github.com/tjlint/tjlint/internal/finding"
	"github.com/tjlint/tjlint/policies"
)

// query iterates every rule's deny set; category and name give the rule ID.
const query = "f := data.tjlint.rules[category][name].deny[_]"

// Options configure loading.
type Options struct {
	// PolicyDirs are user directories with more rules (--policy).
	PolicyDirs []string
	// Params override rule parameters: rule ID -> parameter -> value.
	Params map[string]map[string]any
	// Now fixes the evaluation time (time.now_ns) when not zero.
	Now time.Time
	// Fold says when rules that depend only on parameters are replaced by
	// their values (see fold.go). The default lets the engine decide.
	Fold FoldMode
}

// FoldMode says when the engine folds constants.
type FoldMode int

const (
	// FoldAuto folds in the background once the engine has evaluated
	// FoldAfter cases: a run over a few files never pays the second
	// compilation (about 20 ms), a long run or a server gets the faster
	// rules after its first cases, whoever the caller is.
	FoldAuto FoldMode = iota
	// FoldNow folds while loading.
	FoldNow
	// FoldNever keeps the rules as written (for comparisons).
	FoldNever
)

// FoldAfter is the number of evaluations after which FoldAuto folds.
const FoldAfter = 20

// Engine holds the compiled rules and the prepared query. It is safe for
// concurrent use.
type Engine struct {
	compiler *ast.Compiler
	store    storage.Store
	rules    []finding.Rule
	// pq is the prepared query, swapped for the folded one once it is
	// ready; evals counts evaluations for FoldAuto.
	pq       atomic.Pointer[rego.PreparedEvalQuery]
	evals    atomic.Int64
	fold     FoldMode
	srcs     []Source
	foldOnce sync.Once
	folded   []string
	now      time.Time
	params   map[string]any
}

// Result is one finding as a rule returned it.
type Result struct {
	Rule    string
	Pointer string
	Message i18n.Text
	// Match is the words inside the string at Pointer the finding is
	// about ("" for the whole value), Offset where they start in it (in
	// code points; -1 when the rule did not say).
	Match  string
	Offset int
	// Replacement is a safe rewrite of the match (or of the whole value),
	// set when HasReplacement.
	Replacement    string
	HasReplacement bool
	// Sensitive findings never show the matched text.
	Sensitive bool
}

// Source is one Rego file: its name for messages and its text.
type Source struct {
	Name string
	Text string
	// Embedded is true for tjlint's own rules and library.
	Embedded bool
}

// Load parses and compiles the embedded rules and those in opts.PolicyDirs,
// and prepares the query. Errors in a user's Rego are a *PolicyError naming
// file, line and column.
func Load(ctx context.Context, opts Options) (*Engine, error) {
	srcs, err := Sources(opts.PolicyDirs, false)
	if err != nil {
		return nil, err
	}
	mods, rules, err := parse(srcs)
	if err != nil {
		return nil, err
	}
	params, err := mergeParams(rules, opts.Params)
	if err != nil {
		return nil, err
	}
	if err := checkNamespaces(srcs, mods, rules); err != nil {
		return nil, err
	}
	c := newCompilerFor(srcs)
	if c.Compile(mods); c.Failed() {
		return nil, policyError(sandboxError(c.Errors))
	}
	data := map[string]any{"tjlint": map[string]any{"params": params}}
	store := inmem.NewFromObject(data)
	pq, err := prepare(ctx, c, store)
	if err != nil {
		return nil, err
	}
	e := &Engine{compiler: c, store: store, rules: rules, now: opts.Now, params: params,
		fold: opts.Fold, srcs: srcs}
	e.pq.Store(pq)
	if opts.Fold == FoldNow {
		if err := e.foldRules(ctx); err != nil {
			return nil, err
		}
	}
	return e, nil
}

func prepare(ctx context.Context, c *ast.Compiler, store storage.Store) (*rego.PreparedEvalQuery, error) {
	pq, err := rego.New(
		rego.Query(query),
		rego.Compiler(c),
		rego.Store(store),
	).PrepareForEval(ctx)
	if err != nil {
		return nil, fmt.Errorf("prepare query: %w", err)
	}
	return &pq, nil
}

// foldRules folds the constants, compiles again and swaps the prepared
// query; it runs once per engine.
func (e *Engine) foldRules(ctx context.Context) (err error) {
	e.foldOnce.Do(func() {
		var mods map[string]*ast.Module
		mods, e.folded, err = foldConstants(ctx, e.compiler, e.store, e.srcs)
		if err != nil || len(e.folded) == 0 {
			return
		}
		c := newCompilerFor(e.srcs)
		if c.Compile(mods); c.Failed() {
			err = fmt.Errorf("compile folded rules: %w", c.Errors)
			return
		}
		pq, perr := prepare(ctx, c, e.store)
		if perr != nil {
			err = perr
			return
		}
		e.compiler = c
		e.pq.Store(pq)
	})
	return err
}

// Folded folds now unless it has been done (or the engine never folds) and
// lists the folded rules as "file: ref", sorted: the golden list of
// fold_test.
func (e *Engine) Folded() ([]string, error) {
	if e.fold == FoldNever {
		return nil, nil
	}
	err := e.foldRules(context.Background())
	return slices.Clone(e.folded), err
}

// Rules is the rule catalogue, sorted by ID.
func (e *Engine) Rules() []finding.Rule { return e.rules }

// Params returns the effective parameters of every rule.
func (e *Engine) Params() map[string]any { return e.params }

// Eval runs every rule on one case.
func (e *Engine) Eval(ctx context.Context, value map[string]any) ([]Result, error) {
	input, err := ast.InterfaceToValue(value)
	if err != nil {
		return nil, fmt.Errorf("convert case: %w", err)
	}
	evalOpts := []rego.EvalOption{rego.EvalParsedInput(input)}
	if !e.now.IsZero() {
		evalOpts = append(evalOpts, rego.EvalTime(e.now))
	}
	if e.fold == FoldAuto && e.evals.Add(1) == FoldAfter {
		// Folding is only faster rules: on an error the engine keeps
		// evaluating the rules as written, which give the same results.
		go func() { _ = e.foldRules(context.Background()) }()
	}
	rs, err := e.pq.Load().Eval(ctx, evalOpts...)
	if err != nil {
		return nil, fmt.Errorf("evaluate rules: %w", err)
	}
	out := make([]Result, 0, len(rs))
	for _, row := range rs {
		cat, _ := row.Bindings["category"].(string)
		name, _ := row.Bindings["name"].(string)
		f, _ := row.Bindings["f"].(map[string]any)
		r := Result{Rule: cat + "/" + name}
		r.Message.SV, _ = f["message"].(string)
		r.Message.EN, _ = f["message_en"].(string)
		if r.Message.SV == "" {
			r.Message = i18n.Sprintf("regeln %s gav ett fynd utan meddelande: %v", "the rule %s returned a finding without a message: %v", r.Rule, f)
		}
		p, _ := f["path"].([]any)
		r.Pointer = casemodel.Pointer(p...)
		r.Match, _ = f["match"].(string)
		r.Offset = -1
		if n, ok := f["offset"].(json.Number); ok {
			if i, err := n.Int64(); err == nil && i >= 0 {
				r.Offset = int(i)
			}
		}
		r.Replacement, r.HasReplacement = f["replacement"].(string)
		r.Sensitive, _ = f["sensitive"].(bool)
		out = append(out, r)
	}
	return out, nil
}

// Sources reads the embedded Rego files and those under dirs. With tests,
// *_test.rego files are included (for running Rego unit tests).
func Sources(dirs []string, tests bool) ([]Source, error) {
	var srcs []Source
	keep := func(p string) bool {
		return strings.HasSuffix(p, ".rego") && (tests || !strings.HasSuffix(p, "_test.rego"))
	}
	err := fs.WalkDir(policies.FS, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !keep(p) {
			return err
		}
		b, err := fs.ReadFile(policies.FS, p)
		srcs = append(srcs, Source{Name: path.Join("policies", p), Text: string(b), Embedded: true})
		return err
	})
	if err != nil {
		return nil, fmt.Errorf("read embedded policies: %w", err)
	}
	for _, dir := range dirs {
		info, err := os.Stat(dir)
		if err != nil {
			return nil, &PolicyError{Items: []PolicyErrorItem{{File: dir, Message: "policykatalogen kan inte läsas: " + i18n.OSError(err).SV}}}
		}
		if !info.IsDir() {
			return nil, &PolicyError{Items: []PolicyErrorItem{{File: dir, Message: "--policy ska vara en katalog med .rego-filer"}}}
		}
		err = filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
			if err != nil || d.IsDir() || !keep(p) {
				return err
			}
			b, err := os.ReadFile(p)
			srcs = append(srcs, Source{Name: filepath.ToSlash(p), Text: string(b)})
			return err
		})
		if err != nil {
			return nil, &PolicyError{Items: []PolicyErrorItem{{File: dir, Message: "policykatalogen kan inte läsas: " + i18n.OSError(err).SV}}}
		}
	}
	return srcs, nil
}

// parse parses every source with METADATA and reads the rule catalogue.
func parse(srcs []Source) (map[string]*ast.Module, []finding.Rule, error) {
	mods := map[string]*ast.Module{}
	var rules []finding.Rule
	var perr PolicyError
	seen := map[string]string{}
	builtinIDs := map[string]bool{}
	parsed := parseAll(srcs)
	for i, s := range srcs {
		m, err := parsed[i].mod, parsed[i].err
		if err != nil {
			perr.addAST(err, s.Name)
			continue
		}
		mods[s.Name] = m
		if strings.HasSuffix(s.Name, "_test.rego") {
			continue
		}
		id, isRule, err := ruleID(m.Package.Path)
		if !isRule {
			continue
		}
		if err == nil {
			var r finding.Rule
			r, err = ruleFromModule(id, s.Name, m)
			r.Builtin = s.Embedded
			if prev, dup := seen[id]; dup && err == nil {
				err = duplicateRule(id, prev, builtinIDs[id])
			}
			if err == nil {
				seen[id] = s.Name
				builtinIDs[id] = s.Embedded
				rules = append(rules, r)
			}
		}
		if err != nil {
			perr.Items = append(perr.Items, PolicyErrorItem{File: s.Name, Line: m.Package.Location.Row, Column: 1, Message: err.Error()})
		}
	}
	if len(perr.Items) > 0 {
		return nil, nil, &perr
	}
	sortRules(rules)
	return mods, rules, nil
}

// parsedModule is one source parsed, or why it could not be.
type parsedModule struct {
	mod *ast.Module
	err error
}

// parseAll parses srcs on every CPU, in srcs' order: parsing is a third of
// the start-up (about 45 ms of CPU for the embedded rules) and the modules
// do not depend on each other.
func parseAll(srcs []Source) []parsedModule {
	out := make([]parsedModule, len(srcs))
	var next atomic.Int64
	var wg sync.WaitGroup
	for range min(runtime.GOMAXPROCS(0), len(srcs)) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				i := int(next.Add(1)) - 1
				if i >= len(srcs) {
					return
				}
				s := srcs[i]
				out[i].mod, out[i].err = ast.ParseModuleWithOpts(s.Name, s.Text, ast.ParserOptions{ProcessAnnotation: true, RegoVersion: ast.RegoV1})
			}
		}()
	}
	wg.Wait()
	return out
}

// mergeParams builds data.tjlint.params: every rule's defaults, overridden by
// the user's values. Unknown rules or parameters are errors.
func mergeParams(rules []finding.Rule, overrides map[string]map[string]any) (map[string]any, error) {
	out := map[string]any{}
	byID := map[string]finding.Rule{}
	for _, r := range rules {
		byID[r.ID] = r
		p := map[string]any{}
		maps.Copy(p, r.Params)
		out[r.ID] = p
	}
	for id, ov := range overrides {
		r, ok := byID[id]
		if !ok {
			return nil, fmt.Errorf("okänd regel %q i parametrar", id)
		}
		p := out[id].(map[string]any)
		for k, v := range ov {
			if _, known := r.Params[k]; !known {
				return nil, fmt.Errorf("regeln %s har ingen parameter %q", id, k)
			}
			p[k] = normalize(v)
		}
	}
	return out, nil
}

// normalize round-trips v through JSON so that YAML-decoded values become
// JSON-compatible for the store.
func normalize(v any) any {
	b, err := json.Marshal(v)
	if err != nil {
		return v
	}
	var out any
	if json.Unmarshal(b, &out) != nil {
		return v
	}
	return out
}
