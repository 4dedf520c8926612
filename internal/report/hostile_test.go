package report

import (
	"bytes"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/tjlint/tjlint/internal/finding"
	"github.com/tjlint/tjlint/internal/golden"
	"github.com/tjlint/tjlint/internal/i18n"
)

// hostile is a run whose file names and messages (which quote the
// document) try to inject CI commands, terminal escapes and Markdown. The
// names are made up.
func hostile() Result {
	const file = "cases/a.json\n::error file=x::injected\n##vso[task.setvariable variable=x]y"
	return Result{
		Lang:  "sv",
		Files: []string{file, "::warning::named.json", "##[error]named.yaml", "cases/\x1b]8;;https://evil.example\x07link\x1b]8;;\x07.md"},
		Rules: []finding.Rule{
			{ID: "signatories/unnamed", Severity: finding.Warning, Title: "Undertecknare utan namn", Description: "d",
				Related: []finding.Resource{{Ref: "javascript:alert(1)"}}},
		},
		Findings: []finding.Finding{
			{Rule: "signatories/unnamed", Severity: finding.Error, File: file, Line: 3, Column: 7,
				Message: i18n.T("Undertecknaren ”Eva Exempel\n::error title=x::falskt fel\r\n##vso[task.complete result=Succeeded]\x1b[2J\x1b[31mröd\u009b31m\u202egnal\xff” saknar titel", "")},
			{Rule: "signatories/unnamed", Severity: finding.Warning, File: "::warning::named.json", Line: 1, Column: 1,
				Message: i18n.T("Se ![bild](https://evil.example/p.png) och [länk](javascript:alert(1)) <img src=x onerror=alert(1)> @kommunstyrelsen @all https://evil.example www.evil.example &#64;x `kod` *fet* | cell", "")},
			{Rule: "signatories/unnamed", Severity: finding.Info, File: "##[error]named.yaml", Line: 2, Column: 1, Message: i18n.T("info ##vso[task.uploadfile]/etc/passwd", "")},
		},
	}
}

// TestHostileGolden renders the hostile run in every line, CI and
// Markdown format; the goldens are reviewed.
func TestHostileGolden(t *testing.T) {
	for _, name := range []string{"text", "github", "azure", "gitlab", "junit", "markdown"} {
		t.Run(name, func(t *testing.T) {
			rep, err := New(name, Options{})
			if err != nil {
				t.Fatal(err)
			}
			out := render(t, rep, hostile())
			golden.Check(t, filepath.Join("testdata", "hostile", name+".golden"), out)
			checkInert(t, name, out)
		})
	}
}

var (
	mdLink    = regexp.MustCompile(`(^|[^\\])\]\(|<img|<a |@kommunstyrelsen|@all|https://evil|www\.evil`)
	ghOwnLine = regexp.MustCompile(`^::(error|warning|notice) file=`)
)

// checkInert asserts what the goldens show: no control character but the
// line breaks between records, no line that a CI system would take as a
// command other than tjlint's own, and no link, image, HTML or mention in
// Markdown.
func checkInert(t *testing.T, format string, out []byte) {
	t.Helper()
	for i, c := range out {
		if (c < 0x20 && c != '\n' && (c != '\t' || format != "junit")) || c == 0x7f {
			t.Errorf("%s: control byte %#x at %d", format, c, i)
		}
	}
	if bytes.Contains(out, []byte("\u009b")) || bytes.Contains(out, []byte("\u202e")) || bytes.Contains(out, []byte{0xff}) {
		t.Errorf("%s: a C1 control, a bidi override or a stray byte got through", format)
	}
	for _, line := range strings.Split(string(out), "\n") {
		trimmed := strings.TrimLeft(line, " ")
		if strings.HasPrefix(trimmed, "::") && !(format == "github" && ghOwnLine.MatchString(line)) {
			t.Errorf("%s: a line starts a GitHub command: %q", format, line)
		}
		if strings.HasPrefix(trimmed, "##[") {
			t.Errorf("%s: a line starts an Azure formatting command: %q", format, line)
		}
		if n := strings.Count(line, "##vso["); n > 1 || (n == 1 && !(format == "azure" && strings.HasPrefix(line, "##vso[task.logissue "))) {
			t.Errorf("%s: an Azure logging command got through: %q", format, line)
		}
	}
	if format == "markdown" {
		if m := mdLink.Find(out); m != nil {
			t.Errorf("markdown: %q is still active", m)
		}
	}
}

func TestPlain(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Eva Exempel", "Eva Exempel"},
		{"Åsa Öberg, nämndsekreterare", "Åsa Öberg, nämndsekreterare"},
		{"a\nb\r\tc", `a\nb\r c`},
		{"\x1b[31mröd", `\x1b[31mröd`},
		{"\u009b31m", `\u009b31m`},
		{"abc\u202edef", `abc\u202edef`},
		{"\xff\xfe", `\xff\xfe`},
		{"x ##vso[task.complete]", `x ##vso\[task.complete]`},
		{"##[error]x", `##\[error]x`},
	}
	for _, tt := range tests {
		if got := plain(tt.in); got != tt.want {
			t.Errorf("plain(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
