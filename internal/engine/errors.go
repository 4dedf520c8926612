package engine

import (
	"errors"
	"fmt"
	"strings"

	"github.com/open-policy-agent/opa/v1/ast"
)

// PolicyError lists the problems in Rego files: syntax or compile errors and
// broken rule contracts, each with its file and position.
type PolicyError struct {
	Items []PolicyErrorItem
}

// PolicyErrorItem is one problem in one Rego file.
type PolicyErrorItem struct {
	File         string
	Line, Column int
	Message      string
}

func (e *PolicyError) Error() string {
	var b strings.Builder
	for i, it := range e.Items {
		if i > 0 {
			b.WriteByte('\n')
		}
		switch {
		case it.Line > 0:
			fmt.Fprintf(&b, "%s:%d:%d: %s", it.File, it.Line, max(it.Column, 1), it.Message)
		default:
			fmt.Fprintf(&b, "%s: %s", it.File, it.Message)
		}
	}
	return b.String()
}

func (e *PolicyError) addAST(err error, file string) {
	var errs ast.Errors
	if errors.As(err, &errs) {
		for _, x := range errs {
			e.Items = append(e.Items, item(x))
		}
		return
	}
	e.Items = append(e.Items, PolicyErrorItem{File: file, Message: err.Error()})
}

func policyError(errs ast.Errors) error {
	pe := &PolicyError{}
	for _, x := range errs {
		pe.Items = append(pe.Items, item(x))
	}
	return pe
}

func item(x *ast.Error) PolicyErrorItem {
	it := PolicyErrorItem{Message: x.Message}
	if x.Location != nil {
		it.File, it.Line, it.Column = x.Location.File, x.Location.Row, x.Location.Col
	}
	return it
}
