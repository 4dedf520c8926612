package cli

import (
	"fmt"
	"io"
	"runtime/debug"
	"strings"

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
		Short: "Skriv ut tjlints version, källkodsrevision och byggdatum",
		Args:  cobra.NoArgs,
		RunE: func(*cobra.Command, []string) error {
			bi, _ := debug.ReadBuildInfo()
			_, err := io.WriteString(env.Stdout, versionOf(version, bi).text())
			return err
		},
	}
}

// text is the output of tjlint version: the version line, then what the
// build recorded.
func (v buildVersion) text() string {
	var b strings.Builder
	fmt.Fprintf(&b, "tjlint %s\n", v.Version)
	if v.Revision != "" {
		rev := v.Revision
		if v.Modified {
			rev += " (med ändringar som inte är incheckade)"
		}
		fmt.Fprintf(&b, "revision: %s\n", rev)
	}
	if v.Time != "" {
		fmt.Fprintf(&b, "datum:    %s\n", v.Time)
	}
	if v.Go != "" {
		fmt.Fprintf(&b, "go:       %s\n", v.Go)
	}
	return b.String()
}
