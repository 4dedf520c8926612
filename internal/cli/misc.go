package cli

import (
	"fmt"

	"github.com/spf13/cobra"

	"github.com/tjlint/tjlint/schemas"
)

func newSchemaCmd(env Env) *cobra.Command {
	return &cobra.Command{
		Use:   "schema",
		Short: "Skriv ut ärendemodellens JSON Schema",
		Args:  cobra.NoArgs,
		RunE: func(*cobra.Command, []string) error {
			_, err := env.Stdout.Write(schemas.Case)
			return err
		},
	}
}

func newVersionCmd(env Env) *cobra.Command {
	return &cobra.Command{
		Use:   "version",
		Short: "Skriv ut tjlints version",
		Args:  cobra.NoArgs,
		RunE: func(*cobra.Command, []string) error {
			_, err := fmt.Fprintf(env.Stdout, "tjlint %s\n", Version())
			return err
		},
	}
}
