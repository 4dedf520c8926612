package cli

import (
	"context"
	"path/filepath"
	"sync"

	"github.com/spf13/cobra"

	"github.com/tjlint/tjlint/internal/check"
	"github.com/tjlint/tjlint/internal/config"
	"github.com/tjlint/tjlint/internal/lspserver"
)

func newLSPCmd(env Env) *cobra.Command {
	var lang string
	var policyDirs []string
	cmd := &cobra.Command{
		Use:   "lsp",
		Short: "Språkserver (LSP, stdio) för redigerare: fynd medan du skriver, snabbkorrigeringar och förklaringar",
		Long: `Startar en språkserver (Language Server Protocol) på standard in och ut.
Ärenden i Markdown, text, YAML och JSON granskas när de öppnas, ändras och
sparas; förslag till omskrivning blir snabbkorrigeringar och regelns
förklaring visas när pekaren står på ett fynd. Konfigurationen hittas som för
tjlint check: .tjlint.yaml i filens katalog eller en överordnad katalog.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if lang != "sv" && lang != "en" {
				return usageError("--lang: okänt språk %q (sv, en)", "--lang: unknown language %q (sv, en)", lang)
			}
			ctx := cmd.Context()
			s := lspserver.New(checkersByConfig(policyDirs), lang, env.Stdout)
			return s.Serve(ctx, env.Stdin)
		},
	}
	cmd.Flags().StringVar(&lang, "lang", "sv", "språk för meddelanden: sv eller en")
	cmd.Flags().StringArrayVarP(&policyDirs, "policy", "p", nil, "katalog med egna Rego-regler (kan anges flera gånger)")
	return cmd
}

// checkersByConfig gives each file the checker of the configuration that
// tjlint check would find from the file's directory, built once per
// configuration.
func checkersByConfig(policyDirs []string) lspserver.Checkers {
	var mu sync.Mutex
	cache := map[string]*check.Checker{}
	return func(ctx context.Context, path string) (*check.Checker, error) {
		found, err := config.Find(filepath.Dir(path))
		if err != nil {
			return nil, err
		}
		mu.Lock()
		defer mu.Unlock()
		if c := cache[found]; c != nil {
			return c, nil
		}
		var cfg *config.Config
		if found != "" {
			if cfg, err = config.Load(found); err != nil {
				return nil, err
			}
		}
		c, err := check.New(ctx, check.Options{Config: cfg, PolicyDirs: policyDirs})
		if err != nil {
			return nil, err
		}
		cache[found] = c
		return c, nil
	}
}
