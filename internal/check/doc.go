// Package check is the one entry point for the CLI and the server: it reads a
// file with the right reader, validates the case against the schema,
// evaluates the rules, locates every finding at its file:line:col and applies
// the configured levels.
//
// A Checker compiles the schema and the rules once and is safe for
// concurrent use by many goroutines.
package check
