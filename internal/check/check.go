package check

import (
	"bytes"
	"context"
	"errors"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"github.com/tjlint/tjlint/internal/baseline"
	"github.com/tjlint/tjlint/internal/casemodel"
	"github.com/tjlint/tjlint/internal/config"
	"github.com/tjlint/tjlint/internal/engine"
	"github.com/tjlint/tjlint/internal/finding"
	"github.com/tjlint/tjlint/internal/i18n"
	"github.com/tjlint/tjlint/internal/location"
	"github.com/tjlint/tjlint/internal/reader"
	"github.com/tjlint/tjlint/internal/schema"
	"github.com/tjlint/tjlint/internal/suppress"
)

// DefaultMaxFileBytes is the default size limit of one input file.
const DefaultMaxFileBytes = 20 << 20

// Options configure a Checker.
type Options struct {
	// Config is the loaded .tjlint.yaml, or nil.
	Config *config.Config
	// PolicyDirs are extra Rego directories (--policy), added to the
	// config's.
	PolicyDirs []string
	// InputFormat forces a reader (--input-format); empty chooses by
	// extension.
	InputFormat string
	// MaxFileBytes limits the size of one input; 0 means DefaultMaxFileBytes.
	MaxFileBytes int64
	// Now fixes the rules' notion of the current time when not zero.
	Now time.Time
	// Timeout is the deadline for checking one file; 0 means
	// DefaultTimeout. A file that exceeds it gets input/too-complex.
	Timeout time.Duration
}

// Checker checks cases. Build it once with New; it is safe for concurrent
// use.
type Checker struct {
	schema  *schema.Validator
	engine  *engine.Engine
	rules   []finding.Rule
	byID    map[string]finding.Rule
	levels  map[string]string
	opts    Options
	maxSize int64
}

// FileResult is the outcome of checking one file.
type FileResult struct {
	File     string
	Findings []finding.Finding
	// Case is the decoded case, nil when the file could not be read.
	Case *casemodel.Case
	// InputError is true when the file could not be read or parsed: the
	// run's exit code is then 2.
	InputError bool
	// Suppressed are the findings that a suppression in the case or an
	// override in the config suppressed, each with its Suppression.
	Suppressed []finding.Finding
}

// New compiles the schema and the rules and prepares the query.
func New(ctx context.Context, opts Options) (*Checker, error) {
	v, err := schema.New()
	if err != nil {
		return nil, err
	}
	dirs := slices.Clone(opts.PolicyDirs)
	var params map[string]map[string]any
	if opts.Config != nil {
		dirs = append(opts.Config.PolicyDirs(), dirs...)
		params = opts.Config.Params()
	}
	e, err := engine.Load(ctx, engine.Options{PolicyDirs: dirs, Params: params, Now: opts.Now})
	if err != nil {
		return nil, err
	}
	c := &Checker{schema: v, engine: e, levels: map[string]string{}, opts: opts, byID: map[string]finding.Rule{}}
	c.rules = append(slices.Clone(goRules), e.Rules()...)
	slices.SortFunc(c.rules, func(a, b finding.Rule) int { return strings.Compare(a.ID, b.ID) })
	for _, r := range c.rules {
		c.byID[r.ID] = r
	}
	if opts.Config != nil {
		if err := opts.Config.CheckRuleIDs(func(id string) bool { _, ok := c.byID[id]; return ok }); err != nil {
			return nil, err
		}
		if err := checkFixedLevels(opts.Config); err != nil {
			return nil, err
		}
		for id, rc := range opts.Config.Rules {
			if rc.Level != "" {
				c.levels[id] = rc.Level
			}
		}
	}
	c.maxSize = opts.MaxFileBytes
	if c.maxSize <= 0 {
		c.maxSize = DefaultMaxFileBytes
	}
	return c, nil
}

// Rules is the catalogue: the Go checks and every Rego rule, by ID.
func (c *Checker) Rules() []finding.Rule { return c.rules }

// Rule looks a rule up by ID.
func (c *Checker) Rule(id string) (finding.Rule, bool) {
	r, ok := c.byID[id]
	return r, ok
}

// Params returns the effective rule parameters.
func (c *Checker) Params() map[string]any { return c.engine.Params() }

// CheckFile reads and checks the file at path; name is how it is reported.
func (c *Checker) CheckFile(ctx context.Context, path, name string) FileResult {
	f, err := os.Open(path)
	if err != nil {
		why := i18n.OSError(err)
		return inputFailure(name, RuleUnreadable, i18n.Sprintf("filen kan inte öppnas: %s", "the file cannot be opened: %s", why))
	}
	defer f.Close()
	src, err := readLimited(f, c.maxSize)
	if err != nil {
		why := i18n.OSError(err)
		return inputFailure(name, RuleUnreadable, i18n.Sprintf("filen kan inte läsas: %s", "the file cannot be read: %s", why))
	}
	if int64(len(src)) > c.maxSize {
		return inputFailure(name, RuleTooLarge, c.tooLarge())
	}
	return c.Check(ctx, name, src)
}

// Check checks the content of one file called name.
// The case's tjlint.ignore entries and the config's overrides are applied
// to the findings (see package suppress).
func (c *Checker) Check(ctx context.Context, name string, src []byte) FileResult {
	return c.suppress(c.check(ctx, name, src))
}

func (c *Checker) check(ctx context.Context, name string, src []byte) FileResult {
	ctx, cancel := c.withDeadline(ctx)
	defer cancel()
	res := FileResult{File: name}
	if int64(len(src)) > c.maxSize {
		return inputFailure(name, RuleTooLarge, c.tooLarge())
	}
	rd, err := reader.For(name, c.opts.InputFormat, src)
	if err != nil {
		return inputFailure(name, RuleInvalid, i18n.T(err.Error(), err.Error()))
	}
	cs, err := read(ctx, rd, name, src)
	if tc, ok := c.tooComplex(ctx, name); ok {
		return tc
	}
	if err != nil {
		var ie *casemodel.InputError
		var nc *casemodel.NotACaseError
		switch {
		case errors.As(err, &nc):
			c.add(&res, finding.Finding{Rule: RuleNotACase, File: name, Line: 1, Column: 1, Message: nc.Message})
			return res
		case errors.As(err, &ie):
			r := inputFailure(name, RuleInvalid, ie.Message)
			if len(r.Findings) == 1 && !ie.Pos.IsZero() {
				r.Findings[0].Line, r.Findings[0].Column = ie.Pos.Line, ie.Pos.Column
			}
			return r
		default:
			// No Go error text in Swedish: say what to do instead.
			return inputFailure(name, RuleInvalid, i18n.T("Filen kan inte läsas. Kontrollera att den är hel, spara den på nytt och försök igen.",
				"the file cannot be read: "+err.Error()))
		}
	}
	res.Case = cs
	for _, v := range c.schema.Validate(cs.Value) {
		f := finding.Finding{Rule: "schema/" + v.Keyword, File: name, Pointer: v.Pointer, Message: v.Message}
		c.locate(&f, cs, v.AtKey)
		c.add(&res, f)
	}
	results, err := c.engine.Eval(ctx, cs.Value)
	if tc, ok := c.tooComplex(ctx, name); ok {
		return tc
	}
	if err != nil {
		// An evaluation error is a fault in a rule (e.g. a user rule calling
		// a built-in with a wrong type), reported against the file.
		res.InputError = true
		res.Findings = append(res.Findings, finding.Finding{Rule: RulePolicy, Severity: finding.Error,
			Message: i18n.T("regelutvärderingen misslyckades: "+err.Error(), "rule evaluation failed: "+err.Error()), File: name, Line: 1, Column: 1})
		return res
	}
	for _, r := range results {
		f := finding.Finding{Rule: r.Rule, File: name, Pointer: r.Pointer,
			Match: r.Match, Replacement: r.Replacement, HasReplacement: r.HasReplacement, Sensitive: r.Sensitive, Message: r.Message}
		c.locate(&f, cs, false)
		locateMatch(&f, cs, r.Offset)
		c.add(&res, f)
	}
	if loc := location.For(cs.Format, src); loc != nil {
		for i := range res.Findings {
			res.Findings[i].Location = loc(res.Findings[i].Line)
		}
	}
	res.Findings = finding.Sort(res.Findings)
	return res
}

// suppress applies the case's ignore entries and the config's overrides.
// Findings about suppressions get their configured level like any other.
func (c *Checker) suppress(res FileResult) FileResult {
	entries, problems := suppress.FromCase(res.File, res.Case)
	more, levels := c.overrides(res.File)
	entries = append(entries, more...)
	if len(entries) == 0 && len(levels) == 0 && len(problems) == 0 {
		return res
	}
	// An input or rule error cannot be suppressed or levelled: the run's
	// exit code is 2 whatever the config says, so the finding that says
	// why is always shown.
	var fixed, rest []finding.Finding
	for _, f := range res.Findings {
		if fixedLevel[f.Rule] {
			fixed = append(fixed, f)
		} else {
			rest = append(rest, f)
		}
	}
	out := suppress.Apply(res.File, rest, entries, levels, c.today())
	res.Findings, res.Suppressed = fixed, out.Suppressed
	for _, f := range append(problems, out.Findings...) {
		if strings.HasPrefix(f.Rule, "suppression/") {
			c.add(&res, f)
		} else {
			res.Findings = append(res.Findings, f)
		}
	}
	res.Findings = finding.Sort(res.Findings)
	res.Suppressed = finding.Sort(res.Suppressed)
	return res
}

// overrides returns what the config's overrides say for file: the entries
// that switch rules off and the changed levels.
func (c *Checker) overrides(file string) ([]suppress.Entry, map[string]finding.Severity) {
	cfg := c.opts.Config
	if cfg == nil {
		return nil, nil
	}
	names := []string{file}
	if dir, err := filepath.Abs(cfg.Dir); err == nil {
		if abs, err := filepath.Abs(file); err == nil {
			if rel, err := filepath.Rel(dir, abs); err == nil {
				names = append(names, filepath.ToSlash(rel))
			}
		}
	}
	return suppress.FromConfig(cfg, names...)
}

// staleFindings reports the baseline entries that matched no finding, as
// baseline/stale findings with the configured level and the overrides of
// their file applied like any other finding. It returns the findings to
// report and those an override suppressed.
func (c *Checker) staleFindings(stale []baseline.Entry) (fresh, suppressed []finding.Finding) {
	byFile := map[string][]finding.Finding{}
	var files []string
	for _, e := range stale {
		var res FileResult
		c.add(&res, finding.Finding{Rule: RuleBaselineStale, File: e.File, Pointer: e.Pointer, Line: 1, Column: 1, Message: i18n.Sprintf("fyndet %s i baslinjen finns inte längre (%s); skriv om baslinjen med --write-baseline",
			"the baseline's %s finding is gone (%s); rewrite the baseline with --write-baseline", e.Rule, e.Message)})
		if len(res.Findings) == 0 {
			continue
		}
		if _, ok := byFile[e.File]; !ok {
			files = append(files, e.File)
		}
		byFile[e.File] = append(byFile[e.File], res.Findings...)
	}
	for _, file := range files {
		entries, levels := c.overrides(file)
		if len(entries) == 0 && len(levels) == 0 {
			fresh = append(fresh, byFile[file]...)
			continue
		}
		out := suppress.Apply(file, byFile[file], entries, levels, c.today())
		// The file's own run already reported problems with the entries.
		for _, f := range out.Findings {
			if f.Rule == RuleBaselineStale {
				fresh = append(fresh, f)
			}
		}
		suppressed = append(suppressed, out.Suppressed...)
	}
	return fresh, suppressed
}

func (c *Checker) today() time.Time {
	if !c.opts.Now.IsZero() {
		return c.opts.Now
	}
	return time.Now()
}

func (c *Checker) locate(f *finding.Finding, cs *casemodel.Case, atKey bool) {
	var p casemodel.Pos
	if atKey {
		p = cs.LocateKey(f.Pointer)
	} else {
		p = cs.Locate(f.Pointer)
	}
	if p.IsZero() {
		p = casemodel.Pos{Line: 1, Column: 1}
	}
	f.Line, f.Column = p.Line, p.Column
}

// locateMatch moves f from the start of its value to the words f.Match
// inside it, with their end, through the reader's segment map. A match
// that is not in the string keeps the value's start (and no end).
func locateMatch(f *finding.Finding, cs *casemodel.Case, offset int) {
	if f.Match == "" {
		return
	}
	v, _ := casemodel.Lookup(cs.Value, f.Pointer)
	s, ok := v.(string)
	if !ok {
		return
	}
	start, end, ok := casemodel.Find(s, f.Match, offset)
	if !ok {
		return
	}
	from, to, ok := cs.Span(f.Pointer, start, end)
	if !ok {
		return
	}
	f.Line, f.Column, f.EndLine, f.EndColumn = from.Line, from.Column, to.Line, to.Column
}

// add applies the rule's severity and the configured level, and appends f
// unless the rule is off. Every finding whose level can be configured is
// made here (a file's overrides then change it per file, in suppress); the
// fixedLevel ones are made by inputFailure and Check, always errors.
func (c *Checker) add(res *FileResult, f finding.Finding) {
	sev, on := c.severity(f.Rule)
	if !on {
		return
	}
	f.Severity = sev
	res.Findings = append(res.Findings, f)
}

func (c *Checker) severity(id string) (finding.Severity, bool) {
	lvl := c.levels[id]
	if lvl == "off" {
		return 0, false
	}
	if lvl != "" {
		s, _ := finding.ParseSeverity(lvl)
		return s, true
	}
	if r, ok := c.byID[id]; ok {
		return r.Severity, true
	}
	return finding.Error, true
}

// inputFailure is the result of a file that could not be read: one
// finding at 1:1. Its rule is one of fixedLevel, always an error, whose
// level the config cannot change (New rejects it).
func inputFailure(name, rule string, msg i18n.Text) FileResult {
	return FileResult{File: name, InputError: true, Findings: []finding.Finding{
		{Rule: rule, Severity: finding.Error, File: name, Line: 1, Column: 1, Message: msg},
	}}
}

// tooLarge says that a file is over the size limit.
func (c *Checker) tooLarge() i18n.Text {
	return i18n.Sprintf("filen är större än %d MiB och kontrolleras inte", "the file is larger than %d MiB and is not checked", c.maxSize>>20)
}

// readLimited reads f up to limit+1 bytes. It sizes the buffer from the
// file's size, so a typical case takes one read and the end-of-file read
// (io.ReadAll grows from 512 bytes, a read call per step).
func readLimited(f *os.File, limit int64) ([]byte, error) {
	var buf bytes.Buffer
	if info, err := f.Stat(); err == nil && info.Mode().IsRegular() {
		buf.Grow(int(min(info.Size(), limit) + bytes.MinRead))
	}
	_, err := buf.ReadFrom(io.LimitReader(f, limit+1))
	return buf.Bytes(), err
}
