// Package policies embeds tjlint's built-in Rego rules: lib/ holds the
// helpers every rule uses, rules/<category>/<name>.rego one rule each, with
// its test in <name>_test.rego beside it.
package policies

import "embed"

// FS holds lib/ and rules/, tests included; the engine skips *_test.rego when
// checking cases and runs them under go test and tjlint test.
//
//go:embed lib rules
var FS embed.FS
