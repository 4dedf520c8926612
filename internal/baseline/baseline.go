// Package baseline records a run's findings so that a repository can adopt
// tjlint without fixing everything first: with a baseline, only new
// findings fail the run, the recorded ones are reported as suppressed, and
// entries that no longer match are reported as stale so the file shrinks.
//
// Findings are matched by finding.Fingerprint (rule, file, JSON pointer and
// normalised message), never by line, so edits above a finding do not make
// it new. The file is versioned JSON, sorted and one entry per finding, so
// that its diffs are readable in review.
package baseline

import (
	"cmp"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"slices"

	"github.com/tjlint/tjlint/internal/finding"
	"github.com/tjlint/tjlint/internal/i18n"
)

// Version is the version of the baseline file format.
const Version = 1

// File is a baseline file.
type File struct {
	Version  int     `json:"version"`
	Tool     string  `json:"tool"`
	Findings []Entry `json:"findings"`
}

// Entry is one recorded finding. Only Fingerprint is used for matching; the
// other fields are there for people reading the file and for stale
// findings.
type Entry struct {
	Fingerprint string `json:"fingerprint"`
	Rule        string `json:"rule"`
	File        string `json:"file"`
	Pointer     string `json:"pointer,omitempty"`
	Message     string `json:"message"`
}

// New records fs.
func New(fs []finding.Finding) File {
	b := File{Version: Version, Tool: "tjlint", Findings: []Entry{}}
	for _, f := range fs {
		b.Findings = append(b.Findings, Entry{Fingerprint: finding.Fingerprint(f), Rule: f.Rule, File: f.File, Pointer: f.Pointer, Message: f.Message.SV})
	}
	slices.SortFunc(b.Findings, func(a, b Entry) int {
		return cmp.Or(cmp.Compare(a.File, b.File), cmp.Compare(a.Rule, b.Rule), cmp.Compare(a.Pointer, b.Pointer),
			cmp.Compare(a.Message, b.Message), cmp.Compare(a.Fingerprint, b.Fingerprint))
	})
	return b
}

// Write writes b as indented JSON.
func (b File) Write(w io.Writer) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(b)
}

// WriteFile writes b to path.
func (b File) WriteFile(path string) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	err = b.Write(f)
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	return err
}

// Read decodes a baseline and checks its version.
func Read(r io.Reader) (File, error) {
	var b File
	if err := json.NewDecoder(r).Decode(&b); err != nil {
		return File{}, fmt.Errorf("ogiltig baslinje: %w", err)
	}
	if b.Version != Version {
		return File{}, fmt.Errorf("baslinjen har version %d; den här versionen av tjlint läser version %d", b.Version, Version)
	}
	for i, e := range b.Findings {
		if e.Fingerprint == "" {
			return File{}, fmt.Errorf("ogiltig baslinje: findings[%d] saknar fingerprint", i)
		}
	}
	return b, nil
}

// Load reads the baseline at path.
func Load(path string) (File, error) {
	f, err := os.Open(path)
	if err != nil {
		return File{}, fmt.Errorf("baslinjen %s kan inte läsas: %s", path, i18n.OSError(err).SV)
	}
	defer f.Close()
	b, err := Read(f)
	if err != nil {
		return File{}, fmt.Errorf("%s: %w", path, err)
	}
	return b, nil
}

// Match is the outcome of applying a baseline to a run.
type Match struct {
	// New are the findings the baseline does not record.
	New []finding.Finding
	// Baselined are the recorded findings, with their Suppression set.
	Baselined []finding.Finding
	// Stale are the entries for files checked in this run that matched no
	// finding: the finding was fixed.
	Stale []Entry
}

// Reason is the justification given to baselined findings.
const Reason = "baseline"

// Apply matches fs against the baseline. Each entry matches at most one
// finding, so a second identical finding is new. Entries for files not in
// checked are neither matched nor stale.
func (b File) Apply(fs []finding.Finding, checked []string) Match {
	left := map[string]int{}
	for _, e := range b.Findings {
		left[e.Fingerprint]++
	}
	var m Match
	for _, f := range fs {
		fp := finding.Fingerprint(f)
		if left[fp] > 0 {
			left[fp]--
			f.Suppression = finding.Suppression{Kind: "external", Reason: Reason}
			m.Baselined = append(m.Baselined, f)
			continue
		}
		m.New = append(m.New, f)
	}
	files := map[string]bool{}
	for _, c := range checked {
		files[c] = true
	}
	for _, e := range b.Findings {
		if left[e.Fingerprint] > 0 && files[e.File] {
			left[e.Fingerprint]--
			m.Stale = append(m.Stale, e)
		}
	}
	return m
}
