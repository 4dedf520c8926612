package report

import (
	"bytes"
	"encoding/json"
	"encoding/xml"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/jstemmer/go-junit-report/v2/junit"
	"github.com/santhosh-tekuri/jsonschema/v6"

	"github.com/tjlint/tjlint/internal/finding"
	"github.com/tjlint/tjlint/internal/golden"
	"github.com/tjlint/tjlint/internal/i18n"
)

// fixture is the one Result every format is rendered from: a case with
// findings of every severity (one with characters that need escaping, one
// about words with a rewrite, one sensitive) and a suppressed finding, a file with a parse error, and a clean file. The
// people in it are made up.
func fixture() Result {
	const ks = "cases/ks-2026-0042.json"
	return Result{
		Lang:    "sv",
		Version: "v0.3.0",
		Files:   []string{ks, "cases/trasig.yaml", "cases/klar.json"},
		Rules: []finding.Rule{
			{ID: "gender-equality/missing", Severity: finding.Error, Title: "Jämställdhetsanalys saknas",
				Description: "Ett ärende som rör invånare ska ha en jämställdhetsanalys.",
				Related:     []finding.Resource{{Ref: "https://example.se/riktlinjer#jamstalldhet", Description: "Riktlinje för jämställdhetsanalys"}}},
			{ID: "input/invalid", Severity: finding.Error, Builtin: true, Title: "Filen kan inte läsas som ett ärende",
				Description: "Filen har ett syntaxfel."},
			{ID: "signatories/unnamed", Severity: finding.Warning, Title: "Undertecknare utan namn",
				Description: "Varje undertecknare ska ha namn och titel."},
			{ID: "summary/length", Severity: finding.Info, Title: "Lång sammanfattning",
				Description: "Sammanfattningen bör rymmas på en halv sida."},
		},
		Findings: []finding.Finding{
			{Rule: "gender-equality/missing", Severity: finding.Error, File: ks, Pointer: "/sections", Line: 4, Column: 15,
				Message: i18n.T("Jämställdhetsanalys saknas: 58% av brukarna, enligt bilaga 2, berörs", "Gender equality analysis missing")},
			{Rule: "signatories/unnamed", Severity: finding.Warning, File: ks, Pointer: "/signatories/1/name", Line: 12, Column: 20, EndLine: 12, EndColumn: 22,
				Match: "NN", Replacement: "Eva Exempel", HasReplacement: true,
				Message: i18n.T("Undertecknare 2 saknar namn | titel finns", "Signatory 2 has no name")},
			{Rule: "summary/length", Severity: finding.Info, File: ks, Pointer: "/sections/summary/text", Line: 7, Column: 0,
				Match: "412 ord", Replacement: "", HasReplacement: true, Sensitive: true,
				Message: i18n.T("Sammanfattningen har 412 ord;\nsikta på högst 250", "The summary has 412 words")},
			{Rule: "input/invalid", Severity: finding.Error, File: "cases/trasig.yaml", Line: 3, Column: 5,
				Message: i18n.T("ogiltig YAML: mappningsvärden är inte tillåtna här", "invalid YAML: mapping values are not allowed here")},
		},
		Suppressed: []finding.Finding{
			{Rule: "signatories/unnamed", Severity: finding.Warning, File: ks, Pointer: "/signatories/0/name", Line: 10, Column: 20,
				Message:     i18n.T("Undertecknare 1 saknar namn", "Signatory 1 has no name"),
				Suppression: finding.Suppression{Kind: "inSource", Reason: "Namnet fylls i av nämndsekreteraren"}},
		},
	}
}

func TestGolden(t *testing.T) {
	for _, name := range Formats() {
		t.Run(name, func(t *testing.T) {
			rep, err := New(name, Options{ShowSuppressed: true})
			if err != nil {
				t.Fatal(err)
			}
			var buf bytes.Buffer
			if err := rep.Report(&buf, fixture()); err != nil {
				t.Fatal(err)
			}
			checkGolden(t, name+".golden", buf.Bytes())
		})
	}
}

func checkGolden(t *testing.T, name string, got []byte) {
	t.Helper()
	golden.Check(t, filepath.Join("testdata", name), got)
}

func render(t *testing.T, rep Reporter, r Result) []byte {
	t.Helper()
	var buf bytes.Buffer
	if err := rep.Report(&buf, r); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// TestSARIFIsComplete checks what GitHub code scanning needs; the schema
// and GitHub's own rules are checked by the SARIF Multitool in .ci/run.
func TestSARIFIsComplete(t *testing.T) {
	out := render(t, SARIF{}, fixture())
	var doc sarifLog
	if err := json.Unmarshal(out, &doc); err != nil {
		t.Fatal(err)
	}
	if doc.Version != "2.1.0" || len(doc.Runs) != 1 {
		t.Fatalf("version %q with %d runs, want 2.1.0 with 1", doc.Version, len(doc.Runs))
	}
	run := doc.Runs[0]
	if d := run.Tool.Driver; d.Name != "tjlint" || d.Version != "0.3.0" || d.InformationURI == "" {
		t.Errorf("driver %+v, want name, numeric version and informationUri", d)
	}
	if len(run.Tool.Driver.Rules) != len(fixture().Rules) {
		t.Errorf("%d rules, want one per catalogue rule (%d)", len(run.Tool.Driver.Rules), len(fixture().Rules))
	}
	if n, want := len(run.Results), len(fixture().Findings)+len(fixture().Suppressed); n != want {
		t.Fatalf("%d results, want %d", n, want)
	}
	suppressed := 0
	for _, res := range run.Results {
		if got := run.Tool.Driver.Rules[res.RuleIndex].ID; got != res.RuleID {
			t.Errorf("ruleIndex %d names %s, result is %s", res.RuleIndex, got, res.RuleID)
		}
		loc := res.Locations[0].PhysicalLocation
		if loc.Region.StartLine < 1 || loc.Region.StartColumn < 1 {
			t.Errorf("%s: region %d:%d, want clamped to >= 1", res.RuleID, loc.Region.StartLine, loc.Region.StartColumn)
		}
		if strings.HasPrefix(loc.ArtifactLocation.URI, "/") || strings.Contains(loc.ArtifactLocation.URI, ":") {
			t.Errorf("%s: uri %q is not relative", res.RuleID, loc.ArtifactLocation.URI)
		}
		if res.PartialFingerprints[FingerprintKey] == "" {
			t.Errorf("%s: no partial fingerprint", res.RuleID)
		}
		for _, s := range res.Suppressions {
			suppressed++
			if s.Justification == "" || s.Kind == "" {
				t.Errorf("%s: suppression %+v without kind or justification", res.RuleID, s)
			}
		}
	}
	if suppressed != 1 {
		t.Errorf("%d suppressed results, want 1", suppressed)
	}
}

func TestSARIFHasARunWithoutFindings(t *testing.T) {
	r := fixture()
	r.Findings, r.Suppressed = nil, nil
	var doc struct {
		Runs []struct {
			Results []any `json:"results"`
		} `json:"runs"`
	}
	if err := json.Unmarshal(render(t, SARIF{}, r), &doc); err != nil {
		t.Fatal(err)
	}
	if len(doc.Runs) != 1 || doc.Runs[0].Results == nil {
		t.Fatalf("want one run with an empty results array, got %+v", doc)
	}
}

func TestFingerprintSurvivesMovedLines(t *testing.T) {
	a := fixture().Findings[1]
	b := a
	b.Line, b.EndLine = 40, 40
	if finding.Fingerprint(a) != finding.Fingerprint(b) {
		t.Error("fingerprint changed when the finding moved down")
	}
	c := a
	c.Pointer = "/signatories/0/name"
	if finding.Fingerprint(a) == finding.Fingerprint(c) {
		t.Error("fingerprint ignores the pointer")
	}
}

func TestJUnitNamesUniqueAndCleanFilesPass(t *testing.T) {
	var suites junit.Testsuites
	if err := xml.Unmarshal(render(t, JUnit{}, fixture()), &suites); err != nil {
		t.Fatal(err)
	}
	if len(suites.Suites) != 3 {
		t.Fatalf("%d suites, want one per file", len(suites.Suites))
	}
	names := map[string]bool{}
	for _, s := range suites.Suites {
		if len(s.Testcases) != len(fixture().Rules) {
			t.Errorf("%s: %d testcases, want one per rule", s.Name, len(s.Testcases))
		}
		for _, tc := range s.Testcases {
			if names[tc.Name] {
				t.Errorf("duplicate testcase name %q", tc.Name)
			}
			names[tc.Name] = true
		}
	}
	if got := suites.Suites[0].Failures; got != 3 {
		t.Errorf("first file: %d failures, want 3", got)
	}
	if got := suites.Suites[1].Skipped; got != 3 {
		t.Errorf("unreadable file: %d skipped, want the 3 other rules", got)
	}
	if got := suites.Suites[2]; got.Failures != 0 || got.Tests != 4 {
		t.Errorf("clean file: %d tests, %d failures; want 4 passing", got.Tests, got.Failures)
	}
}

func TestGitHubEscapes(t *testing.T) {
	r := fixture()
	r.Findings = []finding.Finding{{Rule: "a/b", Severity: finding.Error, File: "dir,x/a:b.json", Line: 2, Column: 3, Message: i18n.T("50%\r\nklart", "")}}
	got := string(render(t, GitHub{}, r))
	want := "::error file=dir%2Cx/a%3Ab.json,line=2,col=3,title=a/b::50%25%0D%0Aklart\n"
	if !strings.HasPrefix(got, want) {
		t.Errorf("got %q, want prefix %q", got, want)
	}
}

func TestGitHubStepSummarySaysWhenAnnotationsAreHidden(t *testing.T) {
	r := fixture()
	for i := range 12 {
		r.Findings = append(r.Findings, finding.Finding{Rule: "gender-equality/missing", Severity: finding.Error, File: "cases/many.json", Line: i + 1, Column: 1, Message: i18n.T("saknas", "")})
	}
	path := filepath.Join(t.TempDir(), "summary.md")
	if err := os.WriteFile(path, []byte("earlier step\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	render(t, GitHub{StepSummary: path}, r)
	got, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(string(got), "earlier step\n## tjlint") {
		t.Errorf("summary not appended:\n%s", got)
	}
	if !strings.Contains(string(got), "högst 10 anteckningar av varje slag per steg; 4 fel visas bara i loggen") {
		t.Errorf("no note on hidden annotations (14 errors):\n%s", got)
	}

	path2 := filepath.Join(t.TempDir(), "summary.md")
	render(t, GitHub{StepSummary: path2}, fixture())
	got2, _ := os.ReadFile(path2)
	if strings.Contains(string(got2), "anteckningar") {
		t.Errorf("note on hidden annotations with only 4 findings:\n%s", got2)
	}
	checkGolden(t, "github-summary.golden", got2)
}

func TestGitLabFingerprintsUnique(t *testing.T) {
	r := fixture()
	dup := r.Findings[0]
	dup.Line = 9
	r.Findings = append(r.Findings, dup)
	var issues []GitLabIssue
	if err := json.Unmarshal(render(t, GitLab{}, r), &issues); err != nil {
		t.Fatal(err)
	}
	seen := map[string]bool{}
	for _, is := range issues {
		if seen[is.Fingerprint] {
			t.Errorf("duplicate fingerprint %s", is.Fingerprint)
		}
		seen[is.Fingerprint] = true
	}
	if len(issues) != len(r.Findings) {
		t.Errorf("%d issues, want %d (suppressed left out)", len(issues), len(r.Findings))
	}
}

func TestAzureEscapes(t *testing.T) {
	r := fixture()
	r.Findings = []finding.Finding{{Rule: "a/b", Severity: finding.Warning, File: "x;y].json", Line: 2, Column: 3, Message: i18n.T("100%\nklart", "")}}
	got := string(render(t, Azure{}, r))
	want := "##vso[task.logissue type=warning;sourcepath=x%3By%5D.json;linenumber=2;columnnumber=3;code=a/b]100%AZP25%0Aklart\n"
	if !strings.HasPrefix(got, want) {
		t.Errorf("got %q, want prefix %q", got, want)
	}
}

func TestFormatsListsEveryReporter(t *testing.T) {
	for _, name := range []string{"azure", "github", "gitlab", "json", "junit", "markdown", "sarif", "text"} {
		if _, err := New(name, Options{}); err != nil {
			t.Errorf("%s: %v", name, err)
		}
	}
	if _, err := New("xml", Options{}); err == nil {
		t.Error("unknown format accepted")
	}
}

// TestSARIFSchema validates the SARIF golden file against the SARIF 2.1.0
// JSON schema named by SARIF_SCHEMA (.ci/run points it at the copy shipped
// with the SARIF Multitool, which skips schema-invalid files silently).
func TestSARIFSchema(t *testing.T) {
	schemaPath := os.Getenv("SARIF_SCHEMA")
	if schemaPath == "" {
		t.Skip("SARIF_SCHEMA not set")
	}
	c := jsonschema.NewCompiler()
	sch, err := c.Compile(schemaPath)
	if err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{"testdata/sarif.golden", os.Getenv("SARIF_FILE")} {
		if name == "" {
			continue
		}
		f, err := os.Open(name)
		if err != nil {
			t.Fatal(err)
		}
		doc, err := jsonschema.UnmarshalJSON(f)
		f.Close()
		if err != nil {
			t.Fatal(err)
		}
		if err := sch.Validate(doc); err != nil {
			t.Errorf("%s: %v", name, err)
		}
	}
}

// TestSensitiveNeverShown: a sensitive finding is located, but neither
// JSON nor SARIF carries its match, replacement or a snippet.
func TestSensitiveNeverShown(t *testing.T) {
	r := Result{Lang: "sv", Files: []string{"a.json"}, Findings: []finding.Finding{{
		Rule: "publication/personal-identity-number", Severity: finding.Error, File: "a.json", Line: 3, Column: 10, EndLine: 3, EndColumn: 23,
		Match: "19121212-1212", Replacement: "ÅÅÅÅMMDD-XXXX", HasReplacement: true, Sensitive: true, Message: i18n.T("Personnummer", ""),
	}}}
	for _, name := range []string{"json", "sarif"} {
		rep, _ := New(name, Options{})
		var buf bytes.Buffer
		if err := rep.Report(&buf, r); err != nil {
			t.Fatal(err)
		}
		out := buf.String()
		if strings.Contains(out, "1212") || strings.Contains(out, "XXXX") || strings.Contains(out, "snippet") {
			t.Errorf("%s shows a sensitive match:\n%s", name, out)
		}
		if !strings.Contains(out, "23") {
			t.Errorf("%s lost the end column:\n%s", name, out)
		}
	}
}

// TestSummaryNamesProfiles: the summary line names the built-in profiles in
// effect, in both languages, and stays as it was without one.
func TestSummaryNamesProfiles(t *testing.T) {
	tests := []struct {
		lang     string
		profiles []string
		skipped  int
		want     string
	}{
		{"sv", nil, 0, "1 fil kontrollerad: 0 fel, 0 varningar, 0 info"},
		{"sv", []string{"utkast"}, 0, "1 fil kontrollerad: 0 fel, 0 varningar, 0 info; profil: utkast"},
		{"sv", []string{"jamstalldhet", "utkast"}, 2, "1 fil kontrollerad: 0 fel, 0 varningar, 0 info; 2 filer hoppades över; profiler: jamstalldhet, utkast"},
		{"en", []string{"standard"}, 0, "1 file checked: 0 errors, 0 warnings, 0 info; profile: standard"},
		{"en", []string{"publicering", "utkast"}, 0, "1 file checked: 0 errors, 0 warnings, 0 info; profiles: publicering, utkast"},
	}
	for _, tt := range tests {
		r := Result{Lang: tt.lang, Files: []string{"a.md"}, Profiles: tt.profiles, SkippedFiles: tt.skipped}
		if got := Summary(r); got != tt.want {
			t.Errorf("Summary(%s, %v) = %q, want %q", tt.lang, tt.profiles, got, tt.want)
		}
	}
}

// TestJSONProfiles: the JSON report names the profiles in effect and leaves
// the key out when there is none (so existing reports stay as they were).
func TestJSONProfiles(t *testing.T) {
	for _, tt := range []struct {
		profiles []string
		want     string
	}{
		{nil, ""},
		{[]string{"utkast"}, `"profiles":["utkast"]`},
	} {
		data, err := json.Marshal(JSON{}.Build(Result{Lang: "sv", Files: []string{"a.md"}, Profiles: tt.profiles}))
		if err != nil {
			t.Fatal(err)
		}
		if tt.want == "" && strings.Contains(string(data), "profiles") {
			t.Errorf("no profile: %s has a profiles key", data)
		}
		if tt.want != "" && !strings.Contains(string(data), tt.want) {
			t.Errorf("%v: %s lacks %s", tt.profiles, data, tt.want)
		}
	}
}
