// Package reader chooses the reader for an input file. Each format lives in
// its own package behind the one-method Reader interface; this package only
// maps file names and --input-format values to them.
package reader

import (
	"bytes"
	"fmt"
	"path/filepath"
	"regexp"
	"slices"
	"strings"

	"github.com/tjlint/tjlint/internal/casemodel"
	"github.com/tjlint/tjlint/internal/reader/docxcase"
	"github.com/tjlint/tjlint/internal/reader/jsoncase"
	"github.com/tjlint/tjlint/internal/reader/markdowncase"
	"github.com/tjlint/tjlint/internal/reader/pdfcase"
	"github.com/tjlint/tjlint/internal/reader/textcase"
	"github.com/tjlint/tjlint/internal/reader/yamlcase"
)

// Reader turns the bytes of one file into a case with positions. name is the
// file's name as given by the user, for messages only. An error about the
// input itself is a *casemodel.InputError.
type Reader interface {
	Read(name string, src []byte) (*casemodel.Case, error)
}

// formats maps a format name to its reader and file extensions.
var formats = []struct {
	name string
	exts []string
	r    Reader
}{
	{"json", []string{".json"}, jsoncase.Reader{}},
	{"yaml", []string{".yaml", ".yml"}, yamlcase.Reader{}},
	{"markdown", []string{".md", ".markdown"}, markdowncase.Reader{}},
	{"docx", []string{".docx"}, docxcase.Reader{}},
	{"pdf", []string{".pdf"}, pdfcase.Reader{}},
	{"text", []string{".txt"}, textcase.Reader{}},
}

// Formats lists the supported input formats.
func Formats() []string {
	var out []string
	for _, f := range formats {
		out = append(out, f.name)
	}
	return out
}

// Extensions lists the file extensions that are read when walking a
// directory.
func Extensions() []string {
	var out []string
	for _, f := range formats {
		out = append(out, f.exts...)
	}
	return out
}

// Supported reports whether name has an extension a reader handles.
func Supported(name string) bool {
	return slices.Contains(Extensions(), strings.ToLower(filepath.Ext(name)))
}

// For returns the reader for a file: by format when format is not empty
// (--input-format), else by the file's extension.
func For(name, format string) (Reader, error) {
	if format != "" {
		for _, f := range formats {
			if f.name == format {
				return f.r, nil
			}
		}
		return nil, fmt.Errorf("okänt indataformat %q (%s)", format, strings.Join(Formats(), ", "))
	}
	ext := strings.ToLower(filepath.Ext(name))
	for _, f := range formats {
		if slices.Contains(f.exts, ext) {
			return f.r, nil
		}
	}
	return nil, fmt.Errorf("okänd filtyp %q (%s)", ext, strings.Join(Extensions(), ", "))
}

// Sniff guesses the format of unnamed content (stdin without
// --stdin-filename) and returns an extension without the dot.
func Sniff(src []byte) string {
	if bytes.HasPrefix(src, []byte("PK\x03\x04")) {
		return "docx" // a zip archive: the only zip format read
	}
	if bytes.HasPrefix(src, []byte("%PDF-")) {
		return "pdf"
	}
	trimmed := bytes.TrimLeft(src, " \t\r\n")
	if len(trimmed) > 0 && trimmed[0] == '{' {
		return "json"
	}
	// YAML when the first line that is not blank or a comment is a
	// document marker or a "key: value" line; anything else is text.
	for _, ln := range strings.Split(string(trimmed), "\n") {
		ln = strings.TrimRight(ln, "\r")
		if strings.TrimSpace(ln) == "" || strings.HasPrefix(ln, "#") {
			continue
		}
		if ln == "---" || yamlKeyRE.MatchString(ln) {
			return "yaml"
		}
		return "txt"
	}
	return "yaml"
}

var yamlKeyRE = regexp.MustCompile(`^[a-z_$][a-z0-9_]*:(?:\s|$)`)
