package engine

import (
	"context"
	"slices"
	"strings"

	"github.com/open-policy-agent/opa/v1/ast"
	"github.com/open-policy-agent/opa/v1/storage"
	"github.com/open-policy-agent/opa/v1/topdown"
)

// Constant folding.
//
// Rules build their regular expressions and word sets from parameters
// (data.tjlint.params), e.g. _verbs := concat("|", _p.verbs). OPA evaluates
// such rules again for every case, because a prepared query keeps no rule
// values between evaluations; with a dozen sprintf/concat calls per rule that
// is a large share of the time per case. Their value cannot change during a
// run: it depends only on the parameters. So after compiling, the engine
// evaluates every complete rule that depends neither on input nor on a
// non-deterministic built-in once, replaces it by a constant, and compiles
// again. Rego tests run on the unfolded modules (they override parameters
// with `with`).

// foldConstants returns a copy of the parsed modules in which every foldable
// rule of the tjlint packages is replaced by its value under store, and the
// list of the rules folded ("file: ref", sorted).
func foldConstants(ctx context.Context, c *ast.Compiler, store storage.Store, srcs []Source) (map[string]*ast.Module, []string, error) {
	f := &folder{c: c, state: map[*ast.Rule]int{}}
	type target struct {
		file  string
		ref   ast.Ref // full path of the document
		local string  // the head ref inside its package, e.g. _verbs
	}
	var targets []target
	seen := map[string]bool{}
	for file, m := range c.Modules {
		if !m.Package.Path.HasPrefix(ast.MustParseRef("data.tjlint")) {
			continue
		}
		for _, r := range m.Rules {
			ref := r.Ref()
			key := ref.String()
			if seen[key] {
				continue
			}
			seen[key] = true
			// Every definition of the document must be foldable.
			all := c.GetRulesExact(ref)
			if len(all) == 0 || !allFunc(all, f.foldable) {
				continue
			}
			targets = append(targets, target{file: file, ref: ref, local: r.Head.Ref().String()})
		}
	}
	values := map[string]map[string]*ast.Term{} // file -> local ref -> value
	txn, err := store.NewTransaction(ctx)
	if err != nil {
		return nil, nil, err
	}
	defer store.Abort(ctx, txn)
	for _, t := range targets {
		v, ok := evalConstant(ctx, c, store, txn, t.ref)
		if !ok {
			continue // undefined or an error at run time: leave the rule as it is
		}
		if values[t.file] == nil {
			values[t.file] = map[string]*ast.Term{}
		}
		values[t.file][t.local] = v
	}
	// Re-parse: the compiler has rewritten the modules it was given.
	mods, _, err := parse(srcs)
	if err != nil {
		return nil, nil, err
	}
	var folded []string
	for file, vals := range values {
		m := mods[file]
		if m == nil {
			continue
		}
		var keep []*ast.Rule
		done := map[string]bool{}
		for _, r := range m.Rules {
			local := r.Head.Ref().String()
			v, ok := vals[local]
			if !ok {
				keep = append(keep, r)
				continue
			}
			if done[local] {
				continue // a second definition of a folded rule
			}
			done[local] = true
			head := ast.RefHead(r.Head.Ref().Copy(), v)
			head.Assign = true
			head.Location = r.Head.Location
			keep = append(keep, &ast.Rule{
				Head:     head,
				Body:     ast.NewBody(ast.NewExpr(ast.BooleanTerm(true))),
				Module:   m,
				Location: r.Location,
			})
			folded = append(folded, file+": "+local)
		}
		m.Rules = keep
	}
	slices.Sort(folded)
	return mods, folded, nil
}

type folder struct {
	c     *ast.Compiler
	state map[*ast.Rule]int // 1 constant, 2 not, 3 being visited
}

// foldable is true for a complete (or ground set) rule without arguments
// whose value does not depend on input.
func (f *folder) foldable(r *ast.Rule) bool {
	h := r.Head
	if len(h.Args) > 0 || r.Default || len(h.Ref()) != 1 || h.Name == "deny" || strings.HasPrefix(h.Ref().String(), "test_") {
		return false
	}
	if k := h.DocKind(); k != ast.CompleteDoc && k != ast.PartialSetDoc {
		return false
	}
	return f.constant(r)
}

// constant reports whether rule r (and everything it refers to) is
// independent of input, of `with` and of non-deterministic built-ins.
func (f *folder) constant(r *ast.Rule) bool {
	switch f.state[r] {
	case 1:
		return true
	case 2, 3:
		return false
	}
	f.state[r] = 3
	ok := true
	ast.WalkExprs(r, func(e *ast.Expr) bool {
		if len(e.With) > 0 {
			ok = false
		}
		return !ok
	})
	ast.WalkRefs(r, func(ref ast.Ref) bool {
		if !ok {
			return true
		}
		switch {
		case ref.HasPrefix(ast.InputRootRef):
			ok = false
		case ref.HasPrefix(ast.DefaultRootRef):
			for _, other := range f.c.GetRules(ref) {
				if !f.constant(other) {
					ok = false
				}
			}
		default:
			if b, isBuiltin := ast.BuiltinMap[ref.String()]; isBuiltin && b.Nondeterministic {
				ok = false
			}
		}
		return !ok
	})
	if r.Else != nil && !f.constant(r.Else) {
		ok = false
	}
	if ok {
		f.state[r] = 1
	} else {
		f.state[r] = 2
	}
	return ok
}

func allFunc(rs []*ast.Rule, f func(*ast.Rule) bool) bool {
	for _, r := range rs {
		if !f(r) {
			return false
		}
	}
	return true
}

// evalConstant evaluates the document at ref as an AST term, so that sets
// stay sets (the rego package would return them as Go slices).
func evalConstant(ctx context.Context, c *ast.Compiler, store storage.Store, txn storage.Transaction, ref ast.Ref) (*ast.Term, bool) {
	x := ast.VarTerm("__tjlint_fold__")
	body, err := c.QueryCompiler().Compile(ast.NewBody(ast.Equality.Expr(x, ast.NewTerm(ref))))
	if err != nil {
		return nil, false
	}
	var value *ast.Term
	n := 0
	err = topdown.NewQuery(body).WithCompiler(c).WithStore(store).WithTransaction(txn).
		Iter(ctx, func(qr topdown.QueryResult) error {
			value = qr[x.Value.(ast.Var)]
			n++
			return nil
		})
	if err != nil || n != 1 || value == nil {
		return nil, false
	}
	return value, true
}
