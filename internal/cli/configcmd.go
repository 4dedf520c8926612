package cli

import (
	"fmt"
	"io"
	"sort"
	"strings"

	"github.com/spf13/cobra"

	"github.com/tjlint/tjlint/internal/config"
)

func newConfigCmd(env Env) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "config",
		Short: "Visa konfigurationen (profiler och .tjlint.yaml)",
	}
	var path, profile string
	printCmd := &cobra.Command{
		Use:   "print",
		Short: "Skriv den sammanslagna konfigurationen och varifrån varje värde kommer",
		Long: `Skriver konfigurationen som en körning använder: de inbyggda standardvärdena,
sedan profilerna i extends: (och --profile), sist repots .tjlint.yaml. En
kommentar efter varje värde säger vilken profil eller fil som satte det.
Regler som inte nämns har sin egen nivå (se tjlint rules).`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			cfg, err := loadConfig(path, profile)
			if err != nil {
				return &exitError{Code: ExitError, Err: err}
			}
			printConfig(env.Stdout, cfg)
			return nil
		},
	}
	printCmd.Flags().StringVarP(&path, "config", "c", "", "konfigurationsfil (standard: .tjlint.yaml i arbetskatalogen eller en överordnad katalog)")
	printCmd.Flags().StringVar(&profile, "profile", "", "inbyggd profil: "+strings.Join(config.Profiles(), ", "))
	cmd.AddCommand(printCmd)
	return cmd
}

// printConfig writes cfg as YAML with the origin of each value as a comment.
func printConfig(w io.Writer, cfg *config.Config) {
	if cfg == nil {
		fmt.Fprintln(w, "# ingen konfiguration: reglernas egna nivåer (profil standard)")
		return
	}
	fmt.Fprintf(w, "# lager: inbyggda standardvärden → %s\n", strings.Join(cfg.Layers, " → "))
	ids := make([]string, 0, len(cfg.Rules))
	for id := range cfg.Rules {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	fmt.Fprintln(w, "rules:")
	if len(ids) == 0 {
		fmt.Fprintln(w, "  {}")
	}
	for _, id := range ids {
		rc := cfg.Rules[id]
		fmt.Fprintf(w, "  %s:\n", id)
		if rc.Level != "" {
			fmt.Fprintf(w, "    level: %s  # %s\n", rc.Level, cfg.Origin("rules."+id+".level"))
		}
		if len(rc.Params) > 0 {
			keys := make([]string, 0, len(rc.Params))
			for k := range rc.Params {
				keys = append(keys, k)
			}
			sort.Strings(keys)
			fmt.Fprintln(w, "    params:")
			for _, k := range keys {
				fmt.Fprintf(w, "      %s: %v  # %s\n", k, rc.Params[k], cfg.Origin("rules."+id+".params."+k))
			}
		}
	}
	list := func(name string, vals []string) {
		if len(vals) == 0 {
			return
		}
		fmt.Fprintf(w, "%s:\n", name)
		for i, v := range vals {
			fmt.Fprintf(w, "  - %s  # %s\n", v, cfg.Origin(fmt.Sprintf("%s.%d", name, i)))
		}
	}
	list("policies", cfg.Policies)
	list("exclude", cfg.Exclude)
	if len(cfg.Overrides) > 0 {
		fmt.Fprintln(w, "overrides:")
		for i, o := range cfg.Overrides {
			fmt.Fprintf(w, "  - files: [%s]  # %s\n", strings.Join(o.Files, ", "), cfg.Origin(fmt.Sprintf("overrides.%d", i)))
			keys := make([]string, 0, len(o.Rules))
			for k := range o.Rules {
				keys = append(keys, k)
			}
			sort.Strings(keys)
			fmt.Fprintln(w, "    rules:")
			for _, k := range keys {
				fmt.Fprintf(w, "      %s: %s\n", k, o.Rules[k])
			}
		}
	}
}
