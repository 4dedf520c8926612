// Package annotatefuzz holds the fuzz target of package annotate, apart
// from annotate's own tests: those run the whole checker (OPA), and a fuzz
// build instruments every package it links, which took minutes of CI for a
// target that needs only the DOCX reader and annotate itself.
package annotatefuzz
