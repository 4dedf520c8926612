// Package profiles embeds tjlint's built-in configuration profiles. Each
// NAME.yaml is a .tjlint.yaml that a repository's file can name in
// `extends:` (or a run in --profile); its comments give the reason for each
// value.
package profiles

import "embed"

// FS holds the built-in profiles as NAME.yaml.
//
//go:embed *.yaml
var FS embed.FS
