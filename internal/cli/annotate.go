package cli

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"github.com/tjlint/tjlint/internal/annotate"
	"github.com/tjlint/tjlint/internal/check"
	"github.com/tjlint/tjlint/internal/config"
	"github.com/tjlint/tjlint/internal/i18n"
)

type annotateOptions struct {
	Out        string
	Force      bool
	ConfigPath string
	Profile    string
	PolicyDirs []string
	Lang       string
}

func newAnnotateCmd(env Env) *cobra.Command {
	o := &annotateOptions{}
	cmd := &cobra.Command{
		Use:   "annotate FILE.docx",
		Short: "Skriv en granskad kopia av ett Word-dokument med en kommentar för varje fynd",
		Long: `Granskar ett Word-dokument (.docx) och skriver en KOPIA med en Word-kommentar
för varje fynd, på orden eller stycket som fyndet gäller, och en sammanfattning
på rubriken. Kommentarerna har författaren "tjlint": vad som är fel, hur det
rättas, ett förslag till ny lydelse när regeln har ett, och regelns ID. Det som
saknas kommenteras där det hör hemma. Originalet ändras aldrig.

-o anger kopians namn (standard: NAMN.granskad.docx bredvid originalet). En
fil som redan finns skrivs bara över med --force.

Slutkoder: 0 kopian skrevs, 2 fel i användning eller indata.`,
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			return runAnnotate(cmd.Context(), env, o, args[0])
		},
	}
	f := cmd.Flags()
	f.StringVarP(&o.Out, "output", "o", "", "kopians filnamn (standard: NAMN.granskad.docx)")
	f.BoolVar(&o.Force, "force", false, "skriv över kopian om den redan finns")
	f.StringVar(&o.ConfigPath, "config", "", "konfigurationsfil (standard: närmaste .tjlint.yaml)")
	f.StringVar(&o.Profile, "profile", "", "inbyggd profil: "+strings.Join(config.Profiles(), ", "))
	f.StringSliceVar(&o.PolicyDirs, "policy", nil, "katalog med egna regler (kan upprepas)")
	f.StringVar(&o.Lang, "lang", "sv", "språk för kommentarerna och meddelandena: sv eller en")
	return cmd
}

// annotatedName is NAME.granskad.docx beside NAME.docx.
func annotatedName(in string) string {
	ext := filepath.Ext(in)
	return strings.TrimSuffix(in, ext) + ".granskad.docx"
}

func runAnnotate(ctx context.Context, env Env, o *annotateOptions, in string) error {
	if ctx == nil {
		ctx = context.Background()
	}
	if o.Lang != "sv" && o.Lang != "en" {
		return usageError("--lang: okänt språk %q (sv, en)", "--lang: unknown language %q (sv, en)", o.Lang)
	}
	if !strings.EqualFold(filepath.Ext(in), ".docx") {
		return usageError("%s: annotate skriver kommentarer i Word-dokument (.docx). Spara dokumentet som .docx i Word och försök igen.",
			"%s: annotate writes comments into Word documents (.docx). Save the document as .docx in Word and try again.", in)
	}
	out := o.Out
	if out == "" {
		out = annotatedName(in)
	}
	if same, err := sameFile(in, out); err == nil && same {
		return usageError("%s: kopian får inte skrivas över originalet; ange ett annat namn med -o",
			"%s: the copy must not overwrite the original; give another name with -o", out)
	}
	src, err := readLimited(in, check.DefaultMaxFileBytes)
	if err != nil {
		return &exitError{Code: ExitError, Text: i18n.Sprintf("%s: %s", "%s: %s", in, i18n.OSError(err))}
	}
	cfg, err := loadConfig(o.ConfigPath, o.Profile)
	if err != nil {
		return &exitError{Code: ExitError, Err: err}
	}
	checker, err := check.New(ctx, check.Options{Config: cfg, PolicyDirs: o.PolicyDirs, InputFormat: "docx"})
	if err != nil {
		return &exitError{Code: ExitError, Err: err}
	}
	res := checker.Check(ctx, filepath.ToSlash(in), src)
	if res.InputError || res.Case == nil {
		// The reader's own words may name the zip or XML fault; a clerk
		// needs to know what to do.
		msg := i18n.T(in+": filen går inte att öppna som Word-dokument. Spara den som .docx i Word och försök igen.",
			in+": the file cannot be opened as a Word document. Save it as .docx in Word and try again.")
		if len(res.Findings) > 0 && res.Findings[0].Rule == check.RuleTooLarge {
			msg = i18n.Sprintf("%s: %s", "%s: %s", in, res.Findings[0].Message)
		}
		return &exitError{Code: ExitError, Text: msg}
	}
	ann, err := annotate.Annotate(src, res.Case, res.Findings, annotate.Options{Lang: o.Lang, Date: time.Now()})
	if err != nil {
		return inputFailure(in, err)
	}
	flags := os.O_WRONLY | os.O_CREATE | os.O_EXCL
	if o.Force {
		flags = os.O_WRONLY | os.O_CREATE | os.O_TRUNC
	}
	f, err := os.OpenFile(out, flags, 0o644)
	if err != nil {
		if errors.Is(err, fs.ErrExist) {
			return usageError("%s finns redan; ange ett annat namn med -o eller skriv över med --force",
				"%s already exists; give another name with -o or overwrite it with --force", out)
		}
		return &exitError{Code: ExitError, Text: i18n.Sprintf("%s: %s", "%s: %s", out, i18n.OSError(err))}
	}
	if _, err := f.Write(ann.Docx); err != nil {
		f.Close()
		return &exitError{Code: ExitError, Text: i18n.Sprintf("%s: %s", "%s: %s", out, i18n.OSError(err))}
	}
	if err := f.Close(); err != nil {
		return &exitError{Code: ExitError, Text: i18n.Sprintf("%s: %s", "%s: %s", out, i18n.OSError(err))}
	}
	fmt.Fprintln(env.Stdout, i18n.Sprintf("Skrev %s. %s", "Wrote %s. %s", out, ann.Comments[0].Text[0]).In(o.Lang))
	return nil
}

// sameFile says whether a and b are the same existing file.
func sameFile(a, b string) (bool, error) {
	ia, err := os.Stat(a)
	if err != nil {
		return false, err
	}
	ib, err := os.Stat(b)
	if err != nil {
		return false, err
	}
	return os.SameFile(ia, ib), nil
}
