package cli

import (
	"io"

	"github.com/modelcontextprotocol/go-sdk/mcp"
	"github.com/spf13/cobra"

	"github.com/tjlint/tjlint/internal/check"
	"github.com/tjlint/tjlint/internal/mcpserver"
)

func newMCPCmd(env Env) *cobra.Command {
	var configs, policyDirs []string
	cmd := &cobra.Command{
		Use:   "mcp",
		Short: "Servera tjlint över Model Context Protocol (stdio) för AI-assistenter som skriver ärenden",
		Long: `Startar en MCP-server på standard in och standard ut, så att en AI-assistent
som skriver tjänsteskrivelser kan granska utkasten. Verktyg: check_document,
explain_rule, list_rules och case_schema.

Konfigurationen hittas som för tjlint check (.tjlint.yaml i arbetskatalogen
eller en överordnad katalog); med --config blir varje fil en profil, som
assistenten väljer med argumentet profile.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			ctx := cmd.Context()
			profiles, err := loadProfiles(ctx, configs, nil, policyDirs, check.DefaultMaxFileBytes)
			if err != nil {
				return &exitError{Code: ExitError, Err: err}
			}
			s := mcpserver.New(profiles, Version())
			return s.Run(ctx, &mcp.IOTransport{Reader: io.NopCloser(env.Stdin), Writer: nopCloser{env.Stdout}})
		},
	}
	cmd.Flags().StringArrayVarP(&configs, "config", "c", nil, "konfiguration som blir en profil (fil eller katalog med .yaml-filer; kan anges flera gånger)")
	cmd.Flags().StringArrayVarP(&policyDirs, "policy", "p", nil, "katalog med egna Rego-regler (kan anges flera gånger)")
	return cmd
}

// nopCloser is a writer that the transport may close without closing
// standard out.
type nopCloser struct{ io.Writer }

func (nopCloser) Close() error { return nil }
