package casemodel

import (
	"math/big"
	"strconv"
	"strings"
)

// maxBinaryExponent bounds the binary exponent of a number in a case. It is
// the bound of the rule engine (OPA's ast.NumberChecked): a number beyond it
// cannot be evaluated, so readers refuse it at its position instead of the
// evaluation failing for the whole file.
const maxBinaryExponent = 1e5

// NumberInRange reports whether the JSON number s can be held by the case
// model. Only numbers with an exponent can be out of range; a real case has
// none beyond a few digits.
func NumberInRange(s string) bool {
	i := strings.IndexAny(s, "eE")
	if i < 0 {
		return true
	}
	// A decimal digit is at most 4 bits: a small exponent with a short
	// mantissa is certainly in range.
	if exp, err := strconv.Atoi(s[i+1:]); err == nil && i+max(exp, -exp) <= maxBinaryExponent/4 {
		return true
	}
	f, ok := new(big.Float).SetString(s)
	if !ok || f.IsInf() {
		return false
	}
	exp := f.MantExp(nil)
	return exp <= maxBinaryExponent && exp >= -maxBinaryExponent
}
