package report

import (
	"encoding/json"
	"io"
)

// JSON is the versioned machine-readable format:
//
//	{"version":1,"files":N,"findings":[{"rule","severity","message","file","line","column","pointer"}],
//	 "summary":{"error":n,"warning":n,"info":n},"profiles":["utkast"]}
//
// "profiles" names the built-in profiles in effect and is left out when
// none is.
// A finding about words inside a value adds "end_line" and "end_column"
// (the position after the last character), "match" (the words) and, when
// the rule suggests one, "replacement"; match and replacement are left out
// for a sensitive finding (a personnummer). "location" says where the
// finding is in words, when the line is not all there is: in a Word
// document "under rubriken ”Förslag till beslut”, stycke 2: ”Nämnden bör
// …”", in text from a PDF "sidan 3".
type JSON struct{}

// JSONVersion is the version of the JSON format; it changes only when a
// field changes meaning or is removed.
const JSONVersion = 1

// JSONFinding is one finding in the JSON format.
type JSONFinding struct {
	Rule      string `json:"rule"`
	Severity  string `json:"severity"`
	Message   string `json:"message"`
	File      string `json:"file"`
	Line      int    `json:"line"`
	Column    int    `json:"column"`
	EndLine   int    `json:"end_line,omitempty"`
	EndColumn int    `json:"end_column,omitempty"`
	Pointer   string `json:"pointer"`
	// Location is where the finding is as the document's reader sees it
	// (under which heading, which paragraph and its first words in a Word
	// document; the page of text from a PDF), in the report's language.
	Location string `json:"location,omitempty"`
	Match    string `json:"match,omitempty"`
	// Replacement is a pointer so that an empty rewrite (delete the
	// words) is kept.
	Replacement *string `json:"replacement,omitempty"`
}

// JSONReport is the top-level JSON document.
type JSONReport struct {
	Version  int            `json:"version"`
	Files    int            `json:"files"`
	Findings []JSONFinding  `json:"findings"`
	Summary  map[string]int `json:"summary"`
	// Profiles are the built-in profiles in effect (--profile, extends:);
	// left out when none is.
	Profiles []string `json:"profiles,omitempty"`
}

// Build converts a Result into the JSON document (also used by the server).
func (JSON) Build(r Result) JSONReport {
	out := JSONReport{Version: JSONVersion, Files: len(r.Files), Findings: []JSONFinding{}}
	for _, f := range r.Findings {
		jf := JSONFinding{
			Rule: f.Rule, Severity: f.Severity.String(), Message: f.Message.In(r.Lang), File: f.File,
			Line: f.Line, Column: f.Column, EndLine: f.EndLine, EndColumn: f.EndColumn, Pointer: f.Pointer,
			Location: f.Location.In(r.Lang),
		}
		if !f.Sensitive {
			jf.Match = f.Match
			if f.HasReplacement {
				jf.Replacement = &f.Replacement
			}
		}
		out.Findings = append(out.Findings, jf)
	}
	c := r.Counts()
	out.Summary = map[string]int{"error": c.Error, "warning": c.Warning, "info": c.Info}
	out.Profiles = r.Profiles
	return out
}

// Report implements Reporter.
func (j JSON) Report(w io.Writer, r Result) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(j.Build(r))
}
