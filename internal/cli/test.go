package cli

import (
	"fmt"
	"strings"

	"github.com/spf13/cobra"

	"github.com/tjlint/tjlint/internal/engine"
)

func newTestCmd(env Env) *cobra.Command {
	var verbose bool
	cmd := &cobra.Command{
		Use:   "test [POLICYKATALOG...]",
		Short: "Kör Rego-testerna (test_*) för de inbyggda och egna reglerna",
		Long: `Kör regeltesterna i *_test.rego för de inbyggda reglerna och för egna
regelkataloger, med samma bibliotek (data.tjlint.lib) och standardparametrar
(data.tjlint.params) som vid granskning. Slutkod 1 om något test fallerar.`,
		RunE: func(cmd *cobra.Command, args []string) error {
			results, err := engine.RunTests(cmd.Context(), args)
			if err != nil {
				return &exitError{Code: ExitError, Err: err}
			}
			failed := 0
			for _, r := range results {
				ok := !r.Fail && r.Err == nil
				if !ok {
					failed++
					fmt.Fprintf(env.Stdout, "FAIL %s.%s (%s:%d)\n", r.Package, r.Name, r.File, r.Line)
					if r.Output != "" {
						fmt.Fprintln(env.Stdout, indent(r.Output))
					}
				} else if verbose {
					fmt.Fprintf(env.Stdout, "ok   %s.%s\n", r.Package, r.Name)
				}
			}
			fmt.Fprintf(env.Stdout, "%d passed, %d failed\n", len(results)-failed, failed)
			if failed > 0 {
				return &exitError{Code: ExitFindings}
			}
			return nil
		},
	}
	cmd.Flags().BoolVarP(&verbose, "verbose", "v", false, "visa även godkända tester")
	return cmd
}

func indent(s string) string {
	return "    " + strings.ReplaceAll(strings.TrimRight(s, "\n"), "\n", "\n    ")
}
