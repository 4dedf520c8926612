package cli

import (
	_ "embed"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"

	"github.com/spf13/cobra"

	"github.com/tjlint/tjlint/internal/config"
	"github.com/tjlint/tjlint/internal/i18n"
)

// initTemplate is the commented .tjlint.yaml that tjlint init writes. A
// test loads it with config.Load, so it never holds a key the config
// rejects.
//
//go:embed templates/tjlint.yaml
var initTemplate []byte

func newInitCmd(env Env) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "init [MAPP]",
		Short: "Skriv en kommenterad .tjlint.yaml för ett ärendearkiv (skriver aldrig över en befintlig)",
		Long: `Skriver en kommenterad .tjlint.yaml i MAPP (standard: arbetskatalogen) med
nivåer per regel, uteslutna filer, kommunens egna regler och undantag som
exempel. En befintlig .tjlint.yaml eller .tjlint.yml skrivs aldrig över.`,
		Args: cobra.MaximumNArgs(1),
		RunE: func(_ *cobra.Command, args []string) error {
			dir := "."
			if len(args) == 1 {
				dir = args[0]
			}
			return runInit(env, dir)
		},
	}
	// Read by Main (langOf) for the language of an error message.
	cmd.Flags().String("lang", "sv", "språk för felmeddelanden: sv eller en")
	return cmd
}

func runInit(env Env, dir string) error {
	if info, err := os.Stat(dir); err != nil || !info.IsDir() {
		return usageError("%s är ingen mapp", "%s is not a directory", filepath.ToSlash(dir))
	}
	for _, name := range config.FileNames {
		p := filepath.Join(dir, name)
		if _, err := os.Lstat(p); err == nil {
			return usageError("%s finns redan och skrivs inte över; ändra den eller ta bort den först",
				"%s already exists and is not overwritten; edit it or remove it first", filepath.ToSlash(p))
		}
	}
	p := filepath.Join(dir, config.FileNames[0])
	// O_EXCL: a file created meanwhile is not overwritten either.
	f, err := os.OpenFile(p, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o644)
	if err != nil {
		if errors.Is(err, fs.ErrExist) {
			return usageError("%s finns redan och skrivs inte över", "%s already exists and is not overwritten", filepath.ToSlash(p))
		}
		return &exitError{Code: ExitError, Err: i18n.Errorf("%s: %s", "%s: %s", filepath.ToSlash(p), i18n.OSError(err))}
	}
	_, err = f.Write(initTemplate)
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return &exitError{Code: ExitError, Err: i18n.Errorf("%s: %s", "%s: %s", filepath.ToSlash(p), i18n.OSError(err))}
	}
	fmt.Fprintf(env.Stdout, "skrev %s; granska med: tjlint check %s\n", filepath.ToSlash(p), filepath.ToSlash(dir))
	return nil
}
