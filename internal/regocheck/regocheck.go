// Package regocheck makes the checks of `opa fmt --list` and `opa check
// --strict` with OPA's own packages (format and ast, at the version in
// go.mod), so that the tests of the built-in policies and of the rule that
// `tjlint new rule` writes run them without the opa command. Building the
// opa command takes minutes of CI (its server, storage and Wasm runtime),
// and these two calls are all of it that tjlint needs.
package regocheck

import (
	"bytes"
	"fmt"

	"github.com/open-policy-agent/opa/v1/ast"
	"github.com/open-policy-agent/opa/v1/format"
)

// Unformatted returns the names of the files whose text is not as `opa fmt`
// writes it (Rego v1), as `opa fmt --list` prints them.
func Unformatted(files map[string][]byte) ([]string, error) {
	var out []string
	for _, name := range sortedNames(files) {
		got, err := format.SourceWithOpts(name, files[name], format.Opts{RegoVersion: ast.RegoV1})
		if err != nil {
			return nil, fmt.Errorf("%s: %w", name, err)
		}
		if !bytes.Equal(got, files[name]) {
			out = append(out, name)
		}
	}
	return out, nil
}

// CheckStrict parses and compiles the files together as `opa check
// --strict` does (Rego v1, print statements allowed, the default
// capabilities): unused variables and imports, shadowed names, deprecated
// built-ins and every compile error fail.
func CheckStrict(files map[string][]byte) error {
	mods := map[string]*ast.Module{}
	for _, name := range sortedNames(files) {
		m, err := ast.ParseModuleWithOpts(name, string(files[name]), ast.ParserOptions{RegoVersion: ast.RegoV1, ProcessAnnotation: true})
		if err != nil {
			return err
		}
		mods[name] = m
	}
	c := ast.NewCompiler().WithStrict(true).WithEnablePrintStatements(true).WithCapabilities(ast.CapabilitiesForThisVersion())
	if c.Compile(mods); c.Failed() {
		return c.Errors
	}
	return nil
}
