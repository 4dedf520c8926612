package report

import (
	"encoding/json"
	"fmt"
	"io"
	"strings"

	"github.com/tjlint/tjlint/internal/finding"
)

// GitLab is the GitLab Code Quality report (a JSON array in the Code
// Climate subset GitLab reads). Suppressed findings are left out. Each
// fingerprint is the position-free finding.Fingerprint, made unique within
// the report because GitLab keeps only the first of duplicates.
//
// Severities: error is "major", or "blocker" for input/* (the file was not
// checked at all); warning is "minor"; info is "info".
type GitLab struct{}

// GitLabIssue is one entry of the Code Quality report.
type GitLabIssue struct {
	Description string         `json:"description"`
	CheckName   string         `json:"check_name"`
	Fingerprint string         `json:"fingerprint"`
	Severity    string         `json:"severity"`
	Location    GitLabLocation `json:"location"`
}

// GitLabLocation is where a Code Quality issue is.
type GitLabLocation struct {
	Path  string `json:"path"`
	Lines struct {
		Begin int `json:"begin"`
	} `json:"lines"`
}

// Report implements Reporter.
func (GitLab) Report(w io.Writer, r Result) error {
	out := []GitLabIssue{}
	seen := map[string]int{}
	for _, f := range r.Findings {
		fp := finding.Fingerprint(f)
		if n := seen[fp]; n > 0 {
			seen[fp] = n + 1
			fp = fmt.Sprintf("%s-%d", fp, n)
		} else {
			seen[fp] = 1
		}
		is := GitLabIssue{Description: plain(f.Rule) + ": " + multiline(f.Message.In(r.Lang)), CheckName: plain(f.Rule), Fingerprint: fp, Severity: gitlabSeverity(f)}
		is.Location.Path = strings.TrimPrefix(plain(f.File), "./")
		is.Location.Lines.Begin, _ = position(f)
		out = append(out, is)
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(out)
}

func gitlabSeverity(f finding.Finding) string {
	switch f.Severity {
	case finding.Error:
		if strings.HasPrefix(f.Rule, "input/") {
			return "blocker"
		}
		return "major"
	case finding.Warning:
		return "minor"
	}
	return "info"
}
