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

	"github.com/spf13/cobra"
)

// Env is what the commands read from and write to.
type Env struct {
	Stdin          io.Reader
	Stdout, Stderr io.Writer
	// Getenv reads environment variables (os.Getenv in production).
	Getenv func(string) string
}

// version is set at build time with -ldflags "-X ...cli.version=v1.2.3";
// otherwise it comes from the module's build info.
var version = ""

// Version returns tjlint's version.
func Version() string {
	if version != "" {
		return version
	}
	if bi, ok := debug.ReadBuildInfo(); ok && bi.Main.Version != "" && bi.Main.Version != "(devel)" {
		return bi.Main.Version
	}
	return "dev"
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
			fmt.Fprintf(env.Stderr, "tjlint: %v\n", ee.Err)
		}
		return ee.Code
	}
	// cobra's own errors (unknown command, bad flag) are usage errors.
	fmt.Fprintf(env.Stderr, "tjlint: %s\n", cobraText(err).In(lang))
	return ExitError
}
