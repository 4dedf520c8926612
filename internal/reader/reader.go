// Package reader is the registry of input formats. Each format lives in its
// own package behind the one-method Reader interface; this package has one
// entry per format (name, extensions, reader, how its positions are
// rendered) and Detect, which every front end (check, convert, the server)
// uses to choose one.
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

// Format is one input format's entry in the registry: everything a front
// end needs to know about it.
type Format struct {
	// Name is the --input-format value ("json", "docx", ...).
	Name string
	// Extensions are the file extensions read as this format, lower case
	// with the dot; the first is the usual one.
	Extensions []string
	// Reader reads the format.
	Reader Reader
	// Render returns the numbered lines that the format's positions refer
	// to, for convert --show-text: the source lines of a text format, the
	// stable rendering of a DOCX file (one line per paragraph or table row).
	Render func(src []byte) ([]Line, error)
}

// Line is one line of the text that positions refer to.
type Line struct {
	Part string // "header", "footer" or "body" for DOCX, "" otherwise
	Text string
}

// registry is every format, in the order they are listed to users.
var registry = []Format{
	{"json", []string{".json"}, limited{jsoncase.Reader{}}, sourceLines},
	{"yaml", []string{".yaml", ".yml"}, limited{yamlcase.Reader{}}, sourceLines},
	{"markdown", []string{".md", ".markdown"}, limited{markdowncase.Reader{}}, sourceLines},
	{"docx", []string{".docx"}, limited{docxcase.Reader{}}, docxLines},
	{"pdf", []string{".pdf"}, limited{pdfcase.Reader{}}, pdfLines},
	{"text", []string{".txt"}, limited{textcase.Reader{}}, sourceLines},
}

// limited is a format's reader with the case model's limits checked on
// every case it reads (casemodel.ListLimits): one place for every format.
// Limits that must hold before a case exists (lines, nesting, values) are
// checked inside the readers.
type limited struct{ r Reader }

func (l limited) Read(name string, src []byte) (*casemodel.Case, error) {
	c, err := l.r.Read(name, src)
	if err != nil {
		return nil, err
	}
	if err := casemodel.CheckLimits(c); err != nil {
		return nil, err
	}
	return c, nil
}

// Registry lists the formats.
func Registry() []Format { return slices.Clone(registry) }

// Lookup returns the format called name (an --input-format value).
func Lookup(name string) (Format, bool) {
	for _, f := range registry {
		if f.Name == name {
			return f, true
		}
	}
	return Format{}, false
}

// Detect chooses the format of a document called name with content: by
// the name's extension, or, for unnamed content (name "", standard input
// without --stdin-filename), from the content itself. An unknown
// extension is an error naming the ones that are read.
func Detect(name string, content []byte) (Format, error) {
	ext := strings.ToLower(filepath.Ext(name))
	if name == "" {
		ext = "." + Sniff(content)
	}
	for _, f := range registry {
		if slices.Contains(f.Extensions, ext) {
			return f, nil
		}
	}
	return Format{}, fmt.Errorf("okänd filtyp %q (%s)", ext, strings.Join(Extensions(), ", "))
}

// Formats lists the names of the formats.
func Formats() []string {
	var out []string
	for _, f := range registry {
		out = append(out, f.Name)
	}
	return out
}

// Extensions lists the file extensions that are read when walking a
// directory.
func Extensions() []string {
	var out []string
	for _, f := range registry {
		out = append(out, f.Extensions...)
	}
	return out
}

// Supported reports whether name has an extension a reader handles.
func Supported(name string) bool {
	return slices.Contains(Extensions(), strings.ToLower(filepath.Ext(name)))
}

// For returns the reader for a file: by format when format is not empty
// (--input-format), else as Detect chooses it.
func For(name, format string, content []byte) (Reader, error) {
	if format != "" {
		f, ok := Lookup(format)
		if !ok {
			return nil, fmt.Errorf("okänt indataformat %q (%s)", format, strings.Join(Formats(), ", "))
		}
		return f.Reader, nil
	}
	f, err := Detect(name, content)
	return f.Reader, err
}

// sourceLines renders a text format: its own lines.
func sourceLines(src []byte) ([]Line, error) {
	s := strings.TrimSuffix(strings.ReplaceAll(string(src), "\r\n", "\n"), "\n")
	var out []Line
	for _, l := range strings.Split(s, "\n") {
		out = append(out, Line{Text: l})
	}
	return out, nil
}

// docxLines is the stable rendering of a DOCX file that its positions
// refer to.
func docxLines(src []byte) ([]Line, error) {
	d, err := docxcase.Parse(src)
	if err != nil {
		return nil, err
	}
	out := make([]Line, len(d.Lines))
	for i, l := range d.Lines {
		out[i] = Line{Part: string(l.Part), Text: l.Text}
	}
	return out, nil
}

// pdfLines is the stable text rendering of a PDF that its positions refer
// to (page markers, one line per rebuilt line).
func pdfLines(src []byte) ([]Line, error) {
	d, err := pdfcase.Parse(src)
	if err != nil {
		return nil, err
	}
	out := make([]Line, len(d.Lines))
	for i, l := range d.Lines {
		out[i] = Line{Text: l.Text}
	}
	return out, nil
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
