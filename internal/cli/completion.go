package cli

import (
	"strings"

	"github.com/spf13/cobra"

	"github.com/tjlint/tjlint/internal/reader"
	"github.com/tjlint/tjlint/internal/report"
)

// Shell completion (cobra's completion command: tjlint completion bash|zsh|
// fish|powershell) knows the rule IDs (of the configuration and --policy
// folders found, as tjlint rules would), the format names and the levels.

// completeFormats completes --format NAME (NAME=FILE is completed as NAME=).
func completeFormats(*cobra.Command, []string, string) ([]string, cobra.ShellCompDirective) {
	return report.Formats(), cobra.ShellCompDirectiveNoFileComp
}

func completeWords(words ...string) func(*cobra.Command, []string, string) ([]string, cobra.ShellCompDirective) {
	return func(*cobra.Command, []string, string) ([]string, cobra.ShellCompDirective) {
		return words, cobra.ShellCompDirectiveNoFileComp
	}
}

// completeRuleIDs completes a rule ID for tjlint rules explain.
func (o *rulesOptions) completeRuleIDs(cmd *cobra.Command, args []string, prefix string) ([]string, cobra.ShellCompDirective) {
	if len(args) > 0 {
		return nil, cobra.ShellCompDirectiveNoFileComp
	}
	c, err := o.checker(cmd.Context())
	if err != nil {
		return nil, cobra.ShellCompDirectiveError
	}
	var ids []string
	for _, r := range c.Rules() {
		if strings.HasPrefix(r.ID, prefix) {
			title, _ := r.Localized(o.Lang)
			ids = append(ids, r.ID+"\t"+title)
		}
	}
	return ids, cobra.ShellCompDirectiveNoFileComp
}

func registerCheckCompletion(cmd *cobra.Command) {
	_ = cmd.RegisterFlagCompletionFunc("format", completeFormats)
	_ = cmd.RegisterFlagCompletionFunc("fail-level", completeWords("error", "warning", "info", "never"))
	_ = cmd.RegisterFlagCompletionFunc("min-level", completeWords("error", "warning", "info"))
	_ = cmd.RegisterFlagCompletionFunc("lang", completeWords("sv", "en"))
	_ = cmd.RegisterFlagCompletionFunc("input-format", completeWords(reader.Formats()...))
}
