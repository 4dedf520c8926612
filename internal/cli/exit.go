package cli

import (
	"fmt"

	"github.com/tjlint/tjlint/internal/check"
)

// Exit codes (see check.Result.ExitCode). They never change meaning,
// whatever the flags.
const (
	ExitOK       = check.ExitOK       // no finding at or above the fail level
	ExitFindings = check.ExitFindings // findings at or above the fail level
	ExitError    = check.ExitError    // usage, configuration, policy or input error
)

// ExitError carries an exit code up to Main. A nil Err means the reason has
// already been printed.
type exitError struct {
	Code int
	Err  error
}

func (e *exitError) Error() string {
	if e.Err == nil {
		return fmt.Sprintf("exit %d", e.Code)
	}
	return e.Err.Error()
}

func (e *exitError) Unwrap() error { return e.Err }

// usageError is a wrong flag or argument: exit code 2.
func usageError(format string, args ...any) error {
	return &exitError{Code: ExitError, Err: fmt.Errorf(format, args...)}
}
