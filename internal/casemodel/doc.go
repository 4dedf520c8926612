// Package casemodel holds the case model every reader produces: the decoded
// case (JSON-compatible values, the shape documented in
// schemas/case.schema.json) together with the source position of every value,
// keyed by RFC 6901 JSON pointer.
//
// Readers record positions while they parse; nothing here searches the text
// afterwards. A pointer that names a missing value is located at its nearest
// existing ancestor, so a missing key points at the object that should hold it.
package casemodel
