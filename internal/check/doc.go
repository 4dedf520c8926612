// Package check is the one run pipeline of every front end (the CLI, the
// server, and the next ones): Checker.Run takes the inputs the front end
// resolved (files, a stream, an upload, a directory walk as an iterator)
// and does everything after that in one place: reading with the right
// reader, validating against the schema, evaluating the rules, locating
// every finding at its file:line:col, the suppressions and overrides, the
// baseline (applied, recorded, stale entries), the configured levels,
// --min-level and sorting. Result.ExitCode gives the exit code for a fail
// level and Result.Report the input of the output formats. A front end
// only maps its flags or request to inputs and options, and the Result to
// its output.
//
// Every finding whose level can be configured is made through one function
// that applies it; the rules that say a file could not be read or a rule
// could not be evaluated (input/invalid, input/unreadable, input/too-large,
// policy/error) always mean exit code 2, so their level cannot be changed
// and New rejects a config that tries, with its line.
//
// A Checker compiles the schema and the rules once and is safe for
// concurrent use by many goroutines. Run keeps only findings, never the
// parsed cases (unless asked to), so memory stays flat in the number of
// files; at most RunOptions.Jobs inputs are checked at once.
package check
