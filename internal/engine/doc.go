// Package engine loads the Rego rules (the embedded ones and any user
// directories), compiles them once, prepares one query that iterates every
// rule's deny set, and evaluates it per case.
//
// The rule contract, checked at load time:
//   - a rule is a package tjlint.rules.<category>.<name>; its ID is
//     "<category>/<name>", derived from the package path and never typed again;
//   - the package has a # METADATA block with title, description and
//     custom.severity (error|warning|info); custom.title_en,
//     custom.description_en and custom.params (default parameters) are
//     optional;
//   - deny is a set of objects {"path": [...], "message": "...",
//     "message_en": "..."} built with data.tjlint.lib.result.fail. path is a
//     path into the case; Rego never deals with lines.
//
// A rule reads its parameters from data.tjlint.params["<id>"], which holds
// custom.params merged with the user's configuration.
package engine
