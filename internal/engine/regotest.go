package engine

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/open-policy-agent/opa/v1/ast"
	"github.com/open-policy-agent/opa/v1/storage/inmem"
	"github.com/open-policy-agent/opa/v1/tester"
)

// TestResult is the outcome of one Rego unit test.
type TestResult struct {
	Package  string // e.g. data.tjlint.rules["gender-equality"].missing_test
	Name     string // e.g. test_fails_when_section_absent
	File     string
	Line     int
	Fail     bool
	Err      error
	Duration time.Duration
	Output   string // the trace of a failing test, with the failing expression
}

// RunTests runs the Rego unit tests (test_* rules) of the embedded policies
// and of dirs, with data.tjlint.params set to the rules' defaults as when
// checking, and returns their results in order.
func RunTests(ctx context.Context, dirs []string) ([]TestResult, error) {
	srcs, err := Sources(dirs, true)
	if err != nil {
		return nil, err
	}
	mods, rules, err := parse(srcs)
	if err != nil {
		return nil, err
	}
	if err := checkNamespaces(srcs, mods, rules); err != nil {
		return nil, err
	}
	params, err := mergeParams(rules, nil)
	if err != nil {
		return nil, err
	}
	store := inmem.NewFromObject(map[string]any{"tjlint": map[string]any{"params": params}})
	ch, err := tester.NewRunner().
		SetCompiler(newCompiler()).
		SetModules(mods).
		SetStore(store).
		EnableTracing(true).
		SetTimeout(30*time.Second).
		RunTests(ctx, nil)
	var errs ast.Errors
	if errors.As(err, &errs) {
		return nil, policyError(sandboxError(errs))
	}
	if err != nil {
		return nil, fmt.Errorf("run rego tests: %w", err)
	}
	var out []TestResult
	for r := range ch {
		tr := TestResult{Package: r.Package, Name: r.Name, Fail: r.Fail, Err: r.Error, Duration: r.Duration}
		if r.Location != nil {
			tr.File, tr.Line = r.Location.File, r.Location.Row
		}
		if r.Fail || r.Error != nil {
			tr.Output = failureTrace(r)
		}
		out = append(out, tr)
	}
	return out, nil
}

// failureTrace renders the failing expression of a test, as opa test does.
func failureTrace(r *tester.Result) string {
	var b strings.Builder
	rep := tester.PrettyReporter{Output: &b, Verbose: false, FailureLine: true}
	ch := make(chan *tester.Result, 1)
	ch <- r
	close(ch)
	if err := rep.Report(ch); err != nil {
		return err.Error()
	}
	return b.String()
}
