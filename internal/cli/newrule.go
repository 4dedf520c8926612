package cli

import (
	"bytes"
	_ "embed"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"text/template"

	"github.com/spf13/cobra"

	"github.com/tjlint/tjlint/internal/i18n"
	"github.com/tjlint/tjlint/policies"
)

// The templates of a new rule and its test. They pass tjlint test as they
// are, so that a municipality starts from a rule that works and changes it.
var (
	//go:embed newrule.rego.tmpl
	newRuleTemplate string
	//go:embed newrule_test.rego.tmpl
	newRuleTestTemplate string
)

// ruleIDPart is a category or a name: lower-case letters, digits and
// hyphens, starting with a letter (the IDs of the built-in rules).
var ruleIDPart = regexp.MustCompile(`^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$`)

func newNewCmd(env Env) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "new",
		Short: "Skapar en ny regel från en mall",
	}
	var dir string
	rule := &cobra.Command{
		Use:   "rule KATEGORI/NAMN",
		Short: "Skriver en ny regel och dess test från en mall som klarar tjlint test",
		Long: `Skriver KATALOG/rules/KATEGORI/NAMN.rego och NAMN_test.rego (KATALOG är
--dir, standard policies) från en mall: METADATA med svensk och engelsk text,
nivå, en parameter och en källa, en regel som pekar på orden den gäller och
tester som godkänns och underkänns. Mallen klarar tjlint test som den är;
ändra den sedan till din regel. En fil som redan finns skrivs aldrig över.

Exempel:
  tjlint new rule kommun/dnr-format
  tjlint test policies`,
		Args: cobra.ExactArgs(1),
		RunE: func(_ *cobra.Command, args []string) error {
			return writeNewRule(env, dir, args[0])
		},
	}
	rule.Flags().StringVar(&dir, "dir", "policies", "katalogen med egna regler")
	cmd.AddCommand(rule)
	return cmd
}

func writeNewRule(env Env, dir, id string) error {
	category, name, ok := strings.Cut(id, "/")
	if !ok || !ruleIDPart.MatchString(category) || !ruleIDPart.MatchString(name) {
		return usageError("regel-ID:t %q ska ha formen kategori/namn, med små bokstäver, siffror och bindestreck (t.ex. kommun/dnr-format)", "the rule ID %q must have the form category/name, in lower-case letters, digits and hyphens (e.g. kommun/dnr-format)", id)
	}
	if _, err := fs.Stat(policies.FS, "rules/"+category+"/"+name+".rego"); err == nil {
		return usageError("%s är en inbyggd regel; välj ett annat namn", "%s is a built-in rule; choose another name", id)
	}
	data := struct{ ID, Package, TestPackage string }{
		id,
		"tjlint.rules" + regoRef(category) + regoRef(name),
		"tjlint.rules" + regoRef(category) + regoRef(name+"_test"),
	}
	ruleSrc, err := render(newRuleTemplate, data)
	if err != nil {
		return err
	}
	testSrc, err := render(newRuleTestTemplate, data)
	if err != nil {
		return err
	}
	ruleDir := filepath.Join(dir, "rules", category)
	rulePath := filepath.Join(ruleDir, name+".rego")
	testPath := filepath.Join(ruleDir, name+"_test.rego")
	for _, p := range []string{rulePath, testPath} {
		if _, err := os.Lstat(p); err == nil {
			return usageError("%s finns redan och skrivs inte över", "%s already exists and is not overwritten", p)
		}
	}
	if err := os.MkdirAll(ruleDir, 0o755); err != nil {
		return &exitError{Code: ExitError, Text: i18n.Sprintf("katalogen %s kan inte skapas: %s", "the directory %s cannot be created: %s", ruleDir, i18n.OSError(err))}
	}
	if err := createNew(rulePath, ruleSrc); err != nil {
		return err
	}
	if err := createNew(testPath, testSrc); err != nil {
		_ = os.Remove(rulePath) // we created it a moment ago: leave nothing half-written
		return err
	}
	fmt.Fprintf(env.Stdout, "Skrev %s och %s.\nÄndra texterna och villkoret, och kör sedan: tjlint test %s\n", rulePath, testPath, dir)
	return nil
}

// regoRef is one step of a Rego package path as opa fmt writes it: .name
// for an identifier, ["name"] otherwise (a hyphen).
func regoRef(part string) string {
	if regoIdent.MatchString(part) {
		return "." + part
	}
	return fmt.Sprintf("[%q]", part)
}

var regoIdent = regexp.MustCompile(`^[a-z][a-z0-9_]*$`)

func render(src string, data any) ([]byte, error) {
	t, err := template.New("rule").Parse(src)
	if err != nil {
		return nil, fmt.Errorf("regelmallen: %w", err) // a fault in the embedded template
	}
	var b bytes.Buffer
	if err := t.Execute(&b, data); err != nil {
		return nil, fmt.Errorf("regelmallen: %w", err)
	}
	return b.Bytes(), nil
}

// createNew writes a file that must not exist yet (O_EXCL: no race with
// another writer, never an overwrite).
func createNew(path string, src []byte) error {
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o644)
	if err != nil {
		if errors.Is(err, fs.ErrExist) {
			return usageError("%s finns redan och skrivs inte över", "%s already exists and is not overwritten", path)
		}
		return &exitError{Code: ExitError, Text: i18n.Sprintf("%s kan inte skrivas: %s", "%s cannot be written: %s", path, i18n.OSError(err))}
	}
	if _, err := f.Write(src); err != nil {
		f.Close()
		return &exitError{Code: ExitError, Text: i18n.Sprintf("%s kan inte skrivas: %s", "%s cannot be written: %s", path, i18n.OSError(err))}
	}
	if err := f.Close(); err != nil {
		return &exitError{Code: ExitError, Text: i18n.Sprintf("%s kan inte skrivas: %s", "%s cannot be written: %s", path, i18n.OSError(err))}
	}
	return nil
}
