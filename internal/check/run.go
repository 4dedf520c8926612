package check

import (
	"context"
	"io"
	"iter"
	"runtime"
	"sync"

	"github.com/tjlint/tjlint/internal/baseline"
	"github.com/tjlint/tjlint/internal/casemodel"
	"github.com/tjlint/tjlint/internal/finding"
	"github.com/tjlint/tjlint/internal/i18n"
	"github.com/tjlint/tjlint/internal/reader"
	"github.com/tjlint/tjlint/internal/report"
)

// Exit codes of a run (see Result.ExitCode). They never change meaning,
// whatever the flags.
const (
	ExitOK       = 0 // no finding at or above the fail level
	ExitFindings = 1 // findings at or above the fail level
	ExitError    = 2 // usage, configuration, policy or input error
)

// Input is one document a front end hands to Run, already resolved: a file
// on disk, a stream, content in memory, or a path that could not be found.
// Exactly one of Path, Stream, Data and Problem is used, in that order of
// precedence: Problem first.
type Input struct {
	// Name is how the document is reported (slash-separated), and chooses
	// the reader by its extension unless Sniff is set.
	Name string
	// Path is a file on disk to read (size-limited).
	Path string
	// Stream is read to its end (size-limited), e.g. standard input.
	Stream io.Reader
	// Data is content already read, e.g. an upload.
	Data []byte
	// Sniff chooses the reader from the content instead of Name's
	// extension (standard input without a name).
	Sniff bool
	// Problem is set when the front end could not even reach the input (a
	// missing path, a directory loop): it is why, reported as
	// input/unreadable.
	Problem *i18n.Text
}

// RunOptions configure one Run.
type RunOptions struct {
	// Jobs is the number of inputs checked at once; 0 means GOMAXPROCS.
	Jobs int
	// MinLevel hides findings below it from Result.Findings; they still
	// count for Result.ExitCode. 0 shows every level.
	MinLevel finding.Severity
	// Baseline, when set, moves the findings it records to
	// Result.Suppressed and reports its stale entries (baseline/stale).
	Baseline *baseline.File
	// WriteBaseline records the run's findings in Result.Baseline and
	// applies that baseline (replacing Baseline).
	WriteBaseline bool
	// KeepCases keeps each input's decoded case in Result.Cases. Without
	// it only findings are kept, so memory stays flat in the number of
	// inputs.
	KeepCases bool
	// Done is called once per input when it has been checked (from the
	// worker goroutines), e.g. for a progress line.
	Done func()
	// Recover, when set, turns a panic while reading or checking an input
	// into an input/invalid finding for that input and is told the panic
	// value. Unset, a panic crashes the run (and shows the bug).
	Recover func(v any)
}

// Result is the outcome of a Run: what every front end shows, already
// filtered, levelled and sorted.
type Result struct {
	// Files are the inputs' names in the order they were handed in.
	Files []string
	// Findings are the findings to show: at or above MinLevel, not
	// suppressed, sorted by file, line, column and rule, in both languages.
	Findings []finding.Finding
	// Suppressed are the findings an ignore entry, a config override or
	// the baseline suppressed, each with its Suppression, sorted.
	Suppressed []finding.Finding
	// InputError is true when an input could not be read or a rule could
	// not be evaluated (exit code 2).
	InputError bool
	// Cases are the decoded cases, parallel to Files, with KeepCases; nil
	// for an input that could not be read.
	Cases []*casemodel.Case
	// Baseline is the baseline recorded with WriteBaseline.
	Baseline *baseline.File

	// worst is the most severe finding that is not suppressed, shown or
	// hidden by MinLevel.
	worst finding.Severity
}

// ExitCode is the run's exit code for failLevel (0: never fail on
// findings): 2 when an input could not be read or a rule failed, 1 when a
// finding that is not suppressed is at or above failLevel (whether or not
// MinLevel shows it), 0 otherwise.
func (r Result) ExitCode(failLevel finding.Severity) int {
	switch {
	case r.InputError:
		return ExitError
	case failLevel > 0 && r.worst >= failLevel:
		return ExitFindings
	}
	return ExitOK
}

// Report is the Result as the output formats take it, with messages in
// lang ("sv" or "en"), the rule catalogue and tjlint's version.
func (r Result) Report(lang string, rules []finding.Rule, version string) report.Result {
	out := report.Result{Files: r.Files, Rules: rules, Lang: lang, Version: version}
	out.Findings, out.Suppressed = r.Findings, r.Suppressed
	return out
}

// Run checks every input with at most o.Jobs at once and returns what to
// show: the findings of every input after suppressions, the baseline, the
// configured levels and MinLevel, sorted. inputs may be a directory walk:
// it is consumed as the work goes, and only findings are kept.
func (c *Checker) Run(ctx context.Context, inputs iter.Seq[Input], o RunOptions) Result {
	jobs := o.Jobs
	if jobs <= 0 {
		jobs = runtime.GOMAXPROCS(0)
	}
	type job struct {
		i   int
		in  Input
		res FileResult
	}
	todo := make(chan job)
	done := make(chan job)
	var wg sync.WaitGroup
	for range jobs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range todo {
				j.res = c.checkInput(ctx, j.in, o.Recover)
				if !o.KeepCases {
					j.res.Case = nil
				}
				j.in = Input{}
				done <- j
				if o.Done != nil {
					o.Done()
				}
			}
		}()
	}
	go func() {
		i := 0
		for in := range inputs {
			todo <- job{i: i, in: in}
			i++
		}
		close(todo)
		wg.Wait()
		close(done)
	}()
	var per []FileResult
	for j := range done {
		for len(per) <= j.i {
			per = append(per, FileResult{})
		}
		per[j.i] = j.res
	}
	return c.collect(per, o)
}

// collect joins the inputs' results: baseline, levels, MinLevel, sorting.
func (c *Checker) collect(per []FileResult, o RunOptions) Result {
	var res Result
	var all []finding.Finding
	for _, r := range per {
		res.Files = append(res.Files, r.File)
		res.InputError = res.InputError || r.InputError
		all = append(all, r.Findings...)
		res.Suppressed = append(res.Suppressed, r.Suppressed...)
		if o.KeepCases {
			res.Cases = append(res.Cases, r.Case)
		}
	}
	base := o.Baseline
	if o.WriteBaseline {
		// Baselines see every finding, whatever MinLevel shows.
		b := baseline.New(all)
		res.Baseline, base = &b, &b
	}
	if base != nil {
		m := base.Apply(all, res.Files)
		all = m.New
		res.Suppressed = append(res.Suppressed, m.Baselined...)
		fresh, suppressed := c.staleFindings(m.Stale)
		all = append(all, fresh...)
		res.Suppressed = append(res.Suppressed, suppressed...)
	}
	for _, f := range all {
		res.worst = max(res.worst, f.Severity)
		if f.Severity >= o.MinLevel {
			res.Findings = append(res.Findings, f)
		}
	}
	res.Findings = finding.Sort(res.Findings)
	res.Suppressed = finding.Sort(res.Suppressed)
	return res
}

// checkInput reads and checks one input.
func (c *Checker) checkInput(ctx context.Context, in Input, recoverFn func(any)) (res FileResult) {
	if recoverFn != nil {
		defer func() {
			if v := recover(); v != nil {
				recoverFn(v)
				res = inputFailure(in.Name, RuleInvalid, i18n.T(
					"dokumentet kunde inte läsas: det är skadat eller har ett innehåll som tjlint inte klarar",
					"the document could not be read: it is corrupt or has content tjlint cannot handle"))
			}
		}()
	}
	switch {
	case in.Problem != nil:
		return inputFailure(in.Name, RuleUnreadable, *in.Problem)
	case in.Path != "":
		return c.CheckFile(ctx, in.Path, in.Name)
	}
	src := in.Data
	if in.Stream != nil {
		var err error
		if src, err = io.ReadAll(io.LimitReader(in.Stream, c.maxSize+1)); err != nil {
			return inputFailure(in.Name, RuleUnreadable, i18n.Sprintf("standard in kan inte läsas: %s", "cannot read standard input: %s", i18n.OSError(err)))
		}
	}
	if !in.Sniff {
		return c.Check(ctx, in.Name, src)
	}
	// No name to choose a reader by: the content chooses it, the findings
	// name the input.
	f, _ := reader.Detect("", src)
	res = c.Check(ctx, in.Name+f.Extensions[0], src)
	res.File = in.Name
	for _, fs := range [][]finding.Finding{res.Findings, res.Suppressed} {
		for i := range fs {
			fs[i].File = in.Name
		}
	}
	return res
}
