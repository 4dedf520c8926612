// Package schemas embeds the JSON Schema of the case model.
package schemas

import _ "embed"

// Case is schemas/case.schema.json, the public contract of case model v1.
//
//go:embed case.schema.json
var Case []byte
