package cli

import (
	"context"
	"fmt"
	"io"
	"iter"
	"os"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"runtime/pprof"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/mattn/go-isatty"
	"github.com/spf13/cobra"

	"github.com/tjlint/tjlint/internal/baseline"
	"github.com/tjlint/tjlint/internal/check"
	"github.com/tjlint/tjlint/internal/config"
	"github.com/tjlint/tjlint/internal/finding"
	"github.com/tjlint/tjlint/internal/i18n"
	"github.com/tjlint/tjlint/internal/reader"
	"github.com/tjlint/tjlint/internal/report"
)

// checkOptions are the flags of tjlint check.
type checkOptions struct {
	Formats       []string
	FailLevel     string
	MinLevel      string
	ConfigPath    string
	Profile       string
	PolicyDirs    []string
	Lang          string
	NoColor       bool
	Jobs          int
	StdinFilename string
	InputFormat   string
	MaxFileSize   int64
	CPUProfile    string
	// ShowSuppressed lists suppressed findings (text and markdown).
	ShowSuppressed bool
	// WriteBaseline records the run's findings in this file.
	WriteBaseline string
	// Baseline reports only findings not recorded in this file.
	Baseline string
	// NoDefaultExcludes walks READMEs, hidden folders, .gitignored files
	// and the rest of excludes.go too.
	NoDefaultExcludes bool
	// Quiet prints no summary line: only the findings.
	Quiet bool
}

// output is one --format value: a reporter and where it writes.
type output struct {
	Format string
	Path   string // "" for stdout
}

func newCheckCmd(env Env) *cobra.Command {
	o := &checkOptions{}
	cmd := &cobra.Command{
		Use:   "check [PATH...]",
		Short: "Granska ärenden (filer och kataloger; - läser från standard in)",
		Long: `Granskar ärenden: filer och kataloger (rekursivt), eller - för standard in.
Varje fil läses, valideras mot schemat och granskas mot reglerna; fynden skrivs
sorterade på fil, rad och kolumn.

Format (--format, kan anges flera gånger, NAMN eller NAMN=FIL):
  ` + strings.Join(report.Formats(), ", ") + `

Slutkoder: 0 inga fynd på eller över --fail-level, 1 sådana fynd,
2 fel i användning, konfiguration, regler eller indata (övriga filer granskas ändå).`,
		RunE: func(cmd *cobra.Command, args []string) error {
			if len(args) == 0 {
				args = []string{"."}
			}
			return runCheck(cmd.Context(), env, o, args)
		},
	}
	f := cmd.Flags()
	f.StringArrayVarP(&o.Formats, "format", "f", nil, "utdataformat, NAMN eller NAMN=FIL ("+strings.Join(report.Formats(), ", ")+"); standard: text")
	f.StringVar(&o.FailLevel, "fail-level", "error", "lägsta nivå som ger slutkod 1: error, warning, info eller never")
	f.StringVar(&o.MinLevel, "min-level", "info", "lägsta nivå som visas: error, warning eller info")
	f.StringVarP(&o.ConfigPath, "config", "c", "", "konfigurationsfil (standard: .tjlint.yaml i arbetskatalogen eller en överordnad katalog)")
	f.StringVar(&o.Profile, "profile", "", "inbyggd profil ovanpå standardvärdena och under repots .tjlint.yaml: "+strings.Join(config.Profiles(), ", "))
	f.StringArrayVarP(&o.PolicyDirs, "policy", "p", nil, "katalog med egna Rego-regler (kan anges flera gånger)")
	f.StringVar(&o.Lang, "lang", "sv", "språk för meddelanden: sv eller en")
	f.BoolVar(&o.NoColor, "no-color", false, "ingen färg i textutdata")
	f.IntVarP(&o.Jobs, "jobs", "j", runtime.GOMAXPROCS(0), "antal filer som granskas parallellt")
	f.StringVar(&o.StdinFilename, "stdin-filename", "", "filnamn för indata från standard in (avgör läsaren och visas i fynden)")
	f.StringVar(&o.InputFormat, "input-format", "", "tvinga indataformat: "+strings.Join(reader.Formats(), ", "))
	f.Int64Var(&o.MaxFileSize, "max-file-size", check.DefaultMaxFileBytes, "största filstorlek i byte")
	f.StringVar(&o.CPUProfile, "cpuprofile", "", "skriv en CPU-profil (pprof) till filen")
	_ = f.MarkHidden("cpuprofile")
	f.BoolVar(&o.ShowSuppressed, "show-suppressed", false, "visa också undantagna fynd med skäl (text, markdown); de räknas alltid")
	f.StringVar(&o.WriteBaseline, "write-baseline", "", "skriv dagens fynd till en baslinje (t.ex. .tjlint-baseline.json); de räknas sedan som undantagna")
	f.StringVar(&o.Baseline, "baseline", "", "baslinje: bara fynd som inte finns i den ger slutkod 1; inaktuella poster rapporteras (baseline/stale)")
	f.BoolVar(&o.NoDefaultExcludes, "no-default-excludes", false, "granska i kataloger även README, CHANGELOG, LICENSE, CONTRIBUTING, dolda mappar, node_modules, tjlints egna rapporter och det som .gitignore utesluter")
	f.BoolVarP(&o.Quiet, "quiet", "q", false, "ingen sammanfattningsrad, bara fynden")
	registerCheckCompletion(cmd)
	return cmd
}

// checkRun holds what runCheck works out from the flags before any file is
// read.
type checkRun struct {
	outputs   []output
	failLevel finding.Severity // 0: never fail
	minLevel  finding.Severity
	base      *baseline.File
}

// parseFlags validates the flags: a bad value is a usage error (exit 2)
// before any work is done.
func (o *checkOptions) parseFlags() (*checkRun, error) {
	r := &checkRun{}
	var err error
	if r.outputs, err = parseOutputs(o.Formats); err != nil {
		return nil, err
	}
	if r.failLevel, err = parseFailLevel(o.FailLevel); err != nil {
		return nil, err
	}
	if r.minLevel, err = finding.ParseSeverity(o.MinLevel); err != nil {
		return nil, usageError("--min-level: okänd allvarlighetsgrad %q (error, warning, info)", "--min-level: unknown level %q (error, warning, info)", o.MinLevel)
	}
	if o.Lang != "sv" && o.Lang != "en" {
		return nil, usageError("--lang: okänt språk %q (sv, en)", "--lang: unknown language %q (sv, en)", o.Lang)
	}
	if o.Jobs < 1 {
		return nil, usageError("--jobs ska vara minst 1", "--jobs must be at least 1")
	}
	if o.InputFormat != "" && !slices.Contains(reader.Formats(), o.InputFormat) {
		return nil, usageError("--input-format: okänt format %q (%s)", "--input-format: unknown format %q (%s)", o.InputFormat, strings.Join(reader.Formats(), ", "))
	}
	if o.Baseline != "" {
		b, err := baseline.Load(o.Baseline)
		if err != nil {
			return nil, &exitError{Code: ExitError, Err: err}
		}
		r.base = &b
	}
	return r, nil
}

func runCheck(ctx context.Context, env Env, o *checkOptions, args []string) error {
	if ctx == nil {
		ctx = context.Background()
	}
	if err := checkOutputs(o, args); err != nil {
		return err
	}
	if o.CPUProfile != "" {
		stop, err := startCPUProfile(o.CPUProfile)
		if err != nil {
			return usageError("--cpuprofile: %v", "--cpuprofile: %v", err)
		}
		defer stop()
	}
	tuneGC(env)
	run, err := o.parseFlags()
	if err != nil {
		return err
	}
	cfg, err := loadConfig(o.ConfigPath, o.Profile)
	if err != nil {
		return &exitError{Code: ExitError, Err: err}
	}
	var exclude []string
	excludeBase := ""
	if cfg != nil {
		exclude = cfg.Exclude
		excludeBase, _ = filepath.Abs(cfg.Dir)
	}
	targets, derrs, skip := discover(args, walkOptions{exclude: exclude, excludeBase: excludeBase, noDefaults: o.NoDefaultExcludes})
	written := []string{o.WriteBaseline, o.Baseline}
	for _, out := range run.outputs {
		written = append(written, out.Path)
	}
	if targets, err = ownFiles(targets, written); err != nil {
		return err
	}
	if len(targets) == 0 && len(derrs) == 0 {
		skippedNote := ""
		if skip.Files > 0 {
			skippedNote = fmt.Sprintf("; %d filer hoppades över, t.ex. README och tjlints egna rapporter (--no-default-excludes granskar dem)", skip.Files)
		}
		return &exitError{Code: ExitError, Err: i18n.Errorf("inga ärenden hittades i %s (filtyper: %s)%s", "no cases found in %s (file types: %s)%s", strings.Join(args, ", "), strings.Join(reader.Extensions(), ", "), skippedNote)}
	}

	checker, err := check.New(ctx, check.Options{Config: cfg, PolicyDirs: o.PolicyDirs, InputFormat: o.InputFormat,
		MaxFileBytes: o.MaxFileSize})
	if err != nil {
		return &exitError{Code: ExitError, Err: err}
	}
	prog := newProgress(env.Stderr, len(targets))
	res := checker.Run(ctx, inputs(env, derrs, targets, o), check.RunOptions{
		Jobs: o.Jobs, MinLevel: run.minLevel, Baseline: run.base, WriteBaseline: o.WriteBaseline != "", Done: prog.done})
	prog.finish()
	if res.Baseline != nil {
		if err := res.Baseline.WriteFile(o.WriteBaseline); err != nil {
			return &exitError{Code: ExitError, Err: i18n.Errorf("--write-baseline: %s", "--write-baseline: %s", i18n.OSError(err))}
		}
	}
	color := !o.NoColor && env.Getenv("NO_COLOR") == "" && isTerminal(env.Stdout)
	rep := res.Report(o.Lang, checker.Rules(), Version())
	rep.SkippedFiles, rep.SkippedDirs = skip.Files, skip.Dirs
	rep.Profiles = cfg.Profiles()
	if err := writeOutputs(env, run.outputs, rep,
		report.Options{Color: color, ShowSuppressed: o.ShowSuppressed, StepSummary: env.Getenv("GITHUB_STEP_SUMMARY"), Quiet: o.Quiet}); err != nil {
		return &exitError{Code: ExitError, Err: err}
	}
	// With every format written to a file, the summary goes to stderr so
	// that a run in a terminal or a CI log still says what it did.
	if !o.Quiet && !slices.ContainsFunc(run.outputs, func(out output) bool { return out.Path == "" }) {
		fmt.Fprintln(env.Stderr, report.Summary(rep))
	}
	if code := res.ExitCode(run.failLevel); code != ExitOK {
		return &exitError{Code: code}
	}
	return nil
}

// inputs are the run's inputs: the paths that could not be walked first,
// then the files found, in order; "-" is standard input.
func inputs(env Env, derrs []discoveryError, targets []target, o *checkOptions) iter.Seq[check.Input] {
	return func(yield func(check.Input) bool) {
		for _, d := range derrs {
			if !yield(check.Input{Name: d.Name, Problem: &d.Message}) {
				return
			}
		}
		for _, t := range targets {
			in := check.Input{Name: t.Name, Path: t.Path}
			if t.Stdin {
				// Without --stdin-filename (or --input-format) there is no
				// name to choose a reader by: the content is sniffed.
				in = check.Input{Name: o.StdinFilename, Stream: env.Stdin, Sniff: o.StdinFilename == "" && o.InputFormat == ""}
				if in.Name == "" {
					in.Name = "<stdin>"
				}
			}
			if !yield(in) {
				return
			}
		}
	}
}

func parseOutputs(values []string) ([]output, error) {
	if len(values) == 0 {
		values = []string{"text"}
	}
	var out []output
	stdout := 0
	for _, v := range values {
		name, path, _ := strings.Cut(v, "=")
		if _, err := report.New(name, report.Options{}); err != nil {
			return nil, usageError("--format: okänt format %q (%s)", "--format: unknown format %q (%s)", name, strings.Join(report.Formats(), ", "))
		}
		if path == "" || path == "-" {
			stdout++
			path = ""
		}
		out = append(out, output{Format: name, Path: path})
	}
	if stdout > 1 {
		return nil, usageError("--format: högst ett format kan skrivas till standard ut; ange de andra som NAMN=FIL", "--format: at most one format can be written to standard output; give the others as NAME=FILE")
	}
	return out, nil
}

func writeOutputs(env Env, outputs []output, res report.Result, opts report.Options) error {
	for _, o := range outputs {
		ropts := opts
		w := env.Stdout
		var f *os.File
		if o.Path != "" {
			var err error
			f, err = os.Create(o.Path)
			if err != nil {
				return i18n.Errorf("--format %s: %s", "--format %s: %s", o.Format, i18n.OSError(err))
			}
			w = f
			ropts.Color = false
		}
		rep, err := report.New(o.Format, ropts)
		if err == nil {
			err = rep.Report(w, res)
		}
		if f != nil {
			if cerr := f.Close(); err == nil {
				err = cerr
			}
		}
		if err != nil {
			return i18n.Errorf("skriv %s: %s", "write %s: %s", o.Format, i18n.ErrorText(err))
		}
	}
	return nil
}

func parseFailLevel(s string) (finding.Severity, error) {
	if s == "never" {
		return 0, nil
	}
	sev, err := finding.ParseSeverity(s)
	if err != nil {
		return 0, usageError("--fail-level: okänd nivå %q (error, warning, info, never)", "--fail-level: unknown level %q (error, warning, info, never)", s)
	}
	return sev, nil
}

// loadConfig loads the config file at path (or the one found from the
// working directory) layered over the built-in profile (none when "").
func loadConfig(path, profile string) (*config.Config, error) {
	var profiles []string
	if profile != "" {
		profiles = []string{profile}
	}
	if path == "" {
		found, err := config.Find(".")
		if err != nil {
			return nil, err
		}
		if found == "" && profiles == nil {
			return nil, nil
		}
		path = found
	}
	return config.Load(path, profiles...)
}

func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	return ok && (isatty.IsTerminal(f.Fd()) || isatty.IsCygwinTerminal(f.Fd()))
}

// progress prints "granskar N/M" on a terminal when a run is long.
type progress struct {
	mu    sync.Mutex
	w     io.Writer
	total int
	n     int
	last  time.Time
	on    bool
}

func newProgress(w io.Writer, total int) *progress {
	return &progress{w: w, total: total, on: total > 300 && isTerminal(w)}
}

func (p *progress) done() {
	if !p.on {
		return
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	p.n++
	if time.Since(p.last) > 200*time.Millisecond || p.n == p.total {
		p.last = time.Now()
		fmt.Fprintf(p.w, "\rgranskar %d/%d filer", p.n, p.total)
	}
}

func (p *progress) finish() {
	if p.on {
		fmt.Fprint(p.w, "\r\033[K")
	}
}

// startCPUProfile writes a pprof CPU profile of the run to path, for
// performance work on real case repositories.
func startCPUProfile(path string) (stop func(), err error) {
	f, err := os.Create(path)
	if err != nil {
		return nil, err
	}
	if err := pprof.StartCPUProfile(f); err != nil {
		f.Close()
		return nil, err
	}
	return func() { pprof.StopCPUProfile(); f.Close() }, nil
}

// tuneGC trades memory for speed in a batch run: each case allocates a few
// hundred short-lived objects and almost nothing survives it (the live heap
// of a run over 10,000 JSON cases is about 9 MB), so collecting at 5× the
// live heap instead of 2× removes most GC work (10,000 cases: 4.1 s -> 3.1 s
// on 2 cores). The soft memory limit of 48 MiB caps what the Go runtime
// holds, so the process peaks at about 70 MB (with 90 MiB: about 85 MB on
// 2,000 cases, 114 MB on 10,000) for the same CPU time; GC takes about 3 %
// of it. A document whose live heap is larger than the limit makes the
// collector work harder, never fail. GOGC and GOMEMLIMIT in the
// environment take precedence.
func tuneGC(env Env) {
	if env.Getenv("GOGC") == "" {
		debug.SetGCPercent(400)
	}
	if env.Getenv("GOMEMLIMIT") == "" {
		debug.SetMemoryLimit(48 << 20)
	}
}
