package cli

import (
	"fmt"
	"regexp"
	"strings"

	"github.com/tjlint/tjlint/internal/i18n"

	"github.com/tjlint/tjlint/internal/check"
)

// Exit codes (see check.Result.ExitCode). They never change meaning,
// whatever the flags.
const (
	ExitOK       = check.ExitOK       // no finding at or above the fail level
	ExitFindings = check.ExitFindings // findings at or above the fail level
	ExitError    = check.ExitError    // usage, configuration, policy or input error
)

// exitError carries an exit code up to Main. Text, when set, is what is
// printed (in the run's --lang); otherwise Err is, and a nil Err means the
// reason has already been printed.
type exitError struct {
	Code int
	Err  error
	Text i18n.Text
}

func (e *exitError) Error() string {
	switch {
	case !e.Text.IsZero():
		return e.Text.SV
	case e.Err == nil:
		return fmt.Sprintf("exit %d", e.Code)
	}
	return e.Err.Error()
}

func (e *exitError) Unwrap() error { return e.Err }

// usageError is a wrong flag or argument: exit code 2. sv and en are
// formatted with the same arguments.
func usageError(sv, en string, args ...any) error {
	return &exitError{Code: ExitError, Text: i18n.Sprintf(sv, en, args...)}
}

// langOf finds the --lang of a command line before cobra parses it, so
// that a usage error is printed in the language asked for even when the
// flags cannot be parsed.
func langOf(args []string) string {
	for i, a := range args {
		switch {
		case a == "--":
			return "sv"
		case a == "--lang" && i+1 < len(args):
			return args[i+1]
		case strings.HasPrefix(a, "--lang="):
			return strings.TrimPrefix(a, "--lang=")
		}
	}
	return "sv"
}

// The messages of cobra and pflag for a wrong command line, in English only.
var (
	unknownFlagRE    = regexp.MustCompile(`^unknown (?:shorthand )?flag: (.+)$`)
	needsArgumentRE  = regexp.MustCompile(`^flag needs an argument: (.+)$`)
	invalidArgRE     = regexp.MustCompile(`^invalid argument "(.*)" for "(.+)" flag: .*$`)
	unknownCommandRE = regexp.MustCompile(`^unknown command "(.*)" for "(.+)"$`)
)

// cobraText says a cobra or pflag usage error in both languages, keeping
// the English text as it is.
func cobraText(err error) i18n.Text {
	en := err.Error()
	switch {
	case unknownFlagRE.MatchString(en):
		return i18n.T(unknownFlagRE.ReplaceAllString(en, "okänd flagga: $1"), en)
	case needsArgumentRE.MatchString(en):
		return i18n.T(needsArgumentRE.ReplaceAllString(en, "flaggan $1 behöver ett värde"), en)
	case invalidArgRE.MatchString(en):
		return i18n.T(invalidArgRE.ReplaceAllString(en, "ogiltigt värde \"$1\" för $2"), en)
	case unknownCommandRE.MatchString(en):
		return i18n.T(unknownCommandRE.ReplaceAllString(en, "okänt kommando \"$1\" (se $2 --help)"), en)
	}
	return i18n.T(en, en)
}
