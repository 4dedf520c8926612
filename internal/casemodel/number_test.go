package casemodel

import (
	"encoding/json"
	"testing"

	"github.com/open-policy-agent/opa/v1/ast"
)

// TestNumberInRange agrees with the rule engine: what NumberInRange accepts
// converts, what it refuses does not.
func TestNumberInRange(t *testing.T) {
	for _, s := range []string{"1", "-0.5", "2026", "1e3", "1E-3", "123456789012345678901234567890", "1e25000", "1e30000", "1e-30000",
		"1e1000000000", "1e99999999999", "-1e1000000000", "0e1000000000", "1.5e+400"} {
		_, convErr := ast.InterfaceToValue(json.Number(s))
		if got, want := NumberInRange(s), convErr == nil; got != want {
			t.Errorf("NumberInRange(%s) = %v, but the engine's conversion error is %v", s, got, convErr)
		}
	}
}
