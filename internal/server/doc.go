// Package server is tjlint's local web service (tjlint serve): a page in
// Swedish where a clerk drops a document and sees each finding in place, and
// the HTTP API the page uses (POST /api/v1/check, GET /api/v1/rules,
// GET /healthz).
//
// Every configuration profile has one *check.Checker, built once at startup
// and shared by all requests. Uploaded documents are held in memory only:
// they are never written to disk (no ParseMultipartForm temporary files) and
// never logged. Bodies are size-limited, checks are bounded by a semaphore,
// and every response carries a strict Content-Security-Policy: the page's
// script and style are embedded files, never inline.
package server
