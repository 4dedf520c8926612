package cli

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"slices"
	"strings"

	"github.com/spf13/cobra"

	"github.com/tjlint/tjlint/internal/check"
	"github.com/tjlint/tjlint/internal/finding"
)

type rulesOptions struct {
	Format     string
	Lang       string
	ConfigPath string
	PolicyDirs []string
}

func newRulesCmd(env Env) *cobra.Command {
	o := &rulesOptions{}
	cmd := &cobra.Command{
		Use:   "rules",
		Short: "Lista alla regler (ID, nivå, titel)",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			c, err := o.checker(cmd.Context())
			if err != nil {
				return err
			}
			return writeRules(env.Stdout, c.Rules(), o.Format, o.Lang)
		},
	}
	explain := &cobra.Command{
		Use:   "explain ID",
		Short: "Förklara en regel: beskrivning, parametrar och källor",
		Args:  cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			c, err := o.checker(cmd.Context())
			if err != nil {
				return err
			}
			r, ok := c.Rule(args[0])
			if !ok {
				return usageError("okänd regel %q (se tjlint rules)", "unknown rule %q (see tjlint rules)", args[0])
			}
			params, _ := c.Params()[r.ID].(map[string]any)
			return explainRule(env.Stdout, r, params, o.Lang)
		},
	}
	for _, c := range []*cobra.Command{cmd, explain} {
		c.Flags().StringVar(&o.Lang, "lang", "sv", "språk: sv eller en")
		c.Flags().StringVarP(&o.ConfigPath, "config", "c", "", "konfigurationsfil")
		c.Flags().StringArrayVarP(&o.PolicyDirs, "policy", "p", nil, "katalog med egna Rego-regler")
	}
	cmd.Flags().StringVar(&o.Format, "format", "text", "text, markdown eller json")
	explain.ValidArgsFunction = o.completeRuleIDs
	_ = cmd.RegisterFlagCompletionFunc("format", completeWords("text", "markdown", "json"))
	cmd.AddCommand(explain)
	return cmd
}

func (o *rulesOptions) checker(ctx context.Context) (*check.Checker, error) {
	if o.Lang != "sv" && o.Lang != "en" {
		return nil, usageError("--lang: okänt språk %q (sv, en)", "--lang: unknown language %q (sv, en)", o.Lang)
	}
	if ctx == nil {
		ctx = context.Background()
	}
	cfg, err := loadConfig(o.ConfigPath, "")
	if err != nil {
		return nil, &exitError{Code: ExitError, Err: err}
	}
	c, err := check.New(ctx, check.Options{Config: cfg, PolicyDirs: o.PolicyDirs})
	if err != nil {
		return nil, &exitError{Code: ExitError, Err: err}
	}
	return c, nil
}

func writeRules(w io.Writer, rules []finding.Rule, format, lang string) error {
	switch format {
	case "text":
		width := 0
		for _, r := range rules {
			width = max(width, len(r.ID))
		}
		for _, r := range rules {
			title, _ := r.Localized(lang)
			fmt.Fprintf(w, "%-*s  %-7s  %s\n", width, r.ID, r.Severity.Word(lang), title)
		}
		return nil
	case "markdown":
		_, err := io.WriteString(w, RuleTable(rules, lang))
		return err
	case "json":
		type jr struct {
			ID          string             `json:"id"`
			Severity    string             `json:"severity"`
			Title       string             `json:"title"`
			Description string             `json:"description"`
			Related     []finding.Resource `json:"related_resources,omitempty"`
		}
		var out []jr
		for _, r := range rules {
			t, d := r.Localized(lang)
			out = append(out, jr{r.ID, r.Severity.String(), t, d, r.Related})
		}
		enc := json.NewEncoder(w)
		enc.SetIndent("", "  ")
		enc.SetEscapeHTML(false)
		return enc.Encode(out)
	}
	return usageError("--format: okänt format %q (text, markdown, json)", "--format: unknown format %q (text, markdown, json)", format)
}

// RuleTable renders the rule catalogue as a Markdown table (the README's
// rule table is generated with it, and a test keeps it in step).
func RuleTable(rules []finding.Rule, lang string) string {
	var b strings.Builder
	if lang == "en" {
		b.WriteString("| Rule | Severity | Title |\n|---|---|---|\n")
	} else {
		b.WriteString("| Regel | Nivå | Titel |\n|---|---|---|\n")
	}
	for _, r := range rules {
		if !r.Builtin {
			continue
		}
		title, _ := r.Localized(lang)
		fmt.Fprintf(&b, "| `%s` | %s | %s |\n", r.ID, r.Severity.String(), strings.ReplaceAll(title, "|", "\\|"))
	}
	return b.String()
}

func explainRule(w io.Writer, r finding.Rule, params map[string]any, lang string) error {
	title, desc := r.Localized(lang)
	labels := map[string]string{"sev": "Nivå", "params": "Parametrar (ändras under rules.<ID>.params i .tjlint.yaml)", "refs": "Källor", "file": "Definieras i"}
	if lang == "en" {
		labels = map[string]string{"sev": "Severity", "params": "Parameters (set under rules.<ID>.params in .tjlint.yaml)", "refs": "References", "file": "Defined in"}
	}
	fmt.Fprintf(w, "%s: %s\n\n%s\n\n%s: %s\n", r.ID, title, wrap(desc, 78), labels["sev"], r.Severity.Word(lang))
	if len(params) > 0 {
		fmt.Fprintf(w, "\n%s:\n", labels["params"])
		keys := make([]string, 0, len(params))
		for k := range params {
			keys = append(keys, k)
		}
		slices.Sort(keys)
		for _, k := range keys {
			b, _ := json.Marshal(params[k])
			fmt.Fprintf(w, "  %s: %s\n", k, b)
		}
	}
	if len(r.Related) > 0 {
		fmt.Fprintf(w, "\n%s:\n", labels["refs"])
		for _, rr := range r.Related {
			if rr.Description != "" {
				fmt.Fprintf(w, "  - %s\n    %s\n", rr.Description, rr.Ref)
			} else {
				fmt.Fprintf(w, "  - %s\n", rr.Ref)
			}
		}
	}
	if r.File != "" {
		fmt.Fprintf(w, "\n%s: %s:%d\n", labels["file"], r.File, r.Line)
	}
	return nil
}

// wrap breaks s into lines of at most width runes at spaces.
func wrap(s string, width int) string {
	var b strings.Builder
	n := 0
	for i, word := range strings.Fields(s) {
		l := len([]rune(word))
		if i > 0 {
			if n+1+l > width {
				b.WriteByte('\n')
				n = 0
			} else {
				b.WriteByte(' ')
				n++
			}
		}
		b.WriteString(word)
		n += l
	}
	return b.String()
}
