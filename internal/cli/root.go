// Package cli is tjlint's command tree. New builds it without globals or
// init functions, and Main runs it and returns the exit code, so that tests
// can run the whole CLI in-process.
package cli

import (
	"errors"
	"fmt"
	"io"
	"os"
	"runtime/debug"

	"github.com/tjlint/tjlint/internal/i18n"

	"github.com/spf13/cobra"
)

// Env is what the commands read from and write to.
type Env struct {
	Stdin          io.Reader
	Stdout, Stderr io.Writer
	// Getenv reads environment variables (os.Getenv in production).
	Getenv func(string) string
}

// version is set at build time with -ldflags "-X ...cli.version=v1.2.3"
// (the release build does); otherwise it comes from the build info.
var version = ""

// Version returns tjlint's version: the release's, the module version
// that go install recorded (v1.2.3, or a pseudo-version for a commit), or
// for a build from a git checkout "devel+" and the revision. Only a build
// with no version information at all (go run, tests) is "dev".
func Version() string {
	bi, _ := debug.ReadBuildInfo()
	return versionOf(version, bi).Version
}

// buildVersion is what tjlint version prints.
type buildVersion struct {
	Version  string
	Revision string // VCS revision, "" when not recorded
	Time     string // commit time (RFC 3339), "" when not recorded
	Modified bool   // built from a working tree with changes
	Go       string // Go version
}

func versionOf(ldflags string, bi *debug.BuildInfo) buildVersion {
	var v buildVersion
	if bi != nil {
		v.Go = bi.GoVersion
		for _, s := range bi.Settings {
			switch s.Key {
			case "vcs.revision":
				v.Revision = s.Value
			case "vcs.time":
				v.Time = s.Value
			case "vcs.modified":
				v.Modified = s.Value == "true"
			}
		}
	}
	switch {
	case ldflags != "":
		v.Version = ldflags
	case bi != nil && bi.Main.Version != "" && bi.Main.Version != "(devel)":
		v.Version = bi.Main.Version
	case v.Revision != "":
		v.Version = "devel+" + short(v.Revision)
		if v.Modified {
			v.Version += "-dirty"
		}
	default:
		v.Version = "dev"
	}
	return v
}

func short(rev string) string {
	if len(rev) > 12 {
		return rev[:12]
	}
	return rev
}

// New builds the command tree.
func New(env Env) *cobra.Command {
	root := &cobra.Command{
		Use:   "tjlint",
		Short: "Granskar tjänsteutlåtanden, tjänsteskrivelser och yttranden innan de går till nämnden",
		Long: `tjlint granskar kommunala tjänsteutlåtanden, tjänsteskrivelser och yttranden
(DOCX, text ur publicerade PDF:er, Markdown, JSON och YAML) mot ärendemodellens
schema och mot regler skrivna i Rego: jämställdhetsanalys, namngivna
undertecknare, remisstid och beslutsförslag som nämnden kan anta ordagrant.
tjlint serve startar en granskningssida för handläggare.

Slutkoder: 0 inga fynd på eller över --fail-level, 1 sådana fynd,
2 fel i användning, konfiguration, regler eller indata.`,
		SilenceUsage:  true,
		SilenceErrors: true,
		Version:       Version(),
	}
	root.SetIn(env.Stdin)
	root.SetOut(env.Stdout)
	root.SetErr(env.Stderr)
	root.SetVersionTemplate("tjlint {{.Version}}\n")
	root.SetFlagErrorFunc(func(_ *cobra.Command, err error) error {
		return &exitError{Code: ExitError, Text: cobraText(err)}
	})
	root.AddCommand(
		newCheckCmd(env),
		newAnnotateCmd(env),
		newConvertCmd(env),
		newNewCmd(env),
		newRulesCmd(env),
		newSchemaCmd(env),
		newServeCmd(env),
		newTestCmd(env),
		newVersionCmd(env),
		newInitCmd(env),
		newMCPCmd(env),
		newLSPCmd(env),
		newConfigCmd(env),
	)
	return root
}

// Main runs tjlint with args (without the program name) and returns the exit
// code. Errors are printed once, to env.Stderr.
func Main(args []string, env Env) int {
	if env.Getenv == nil {
		env.Getenv = os.Getenv
	}
	root := New(env)
	root.SetArgs(args)
	err := root.Execute()
	if err == nil {
		return ExitOK
	}
	lang := langOf(args)
	var ee *exitError
	if errors.As(err, &ee) {
		switch {
		case !ee.Text.IsZero():
			fmt.Fprintf(env.Stderr, "tjlint: %s\n", ee.Text.In(lang))
		case ee.Err != nil:
			fmt.Fprintf(env.Stderr, "tjlint: %s\n", i18n.ErrorText(ee.Err).In(lang))
		}
		return ee.Code
	}
	// cobra's own errors (unknown command, bad flag) are usage errors.
	fmt.Fprintf(env.Stderr, "tjlint: %s\n", cobraText(err).In(lang))
	return ExitError
}
