package check

import (
	"context"
	"errors"
	"fmt"
	"time"
)

// DefaultTimeout is the default deadline for checking one file: reading,
// the schema and the rules. A real case takes milliseconds; the deadline
// stops a hostile document or a runaway user rule, so that one file cannot
// hold a run or a server slot.
const DefaultTimeout = 60 * time.Second

// withDeadline bounds ctx by the checker's per-file timeout.
func (c *Checker) withDeadline(ctx context.Context) (context.Context, context.CancelFunc) {
	d := c.opts.Timeout
	if d <= 0 {
		d = DefaultTimeout
	}
	return context.WithTimeout(ctx, d)
}

// tooComplex returns the finding for a file whose deadline passed, and
// false when ctx's deadline has not passed (the error is something else).
func (c *Checker) tooComplex(ctx context.Context, name string) (FileResult, bool) {
	if !errors.Is(ctx.Err(), context.DeadlineExceeded) {
		return FileResult{}, false
	}
	d := c.opts.Timeout
	if d <= 0 {
		d = DefaultTimeout
	}
	return inputFailure(name, RuleTooComplex,
		fmt.Sprintf("granskningen av %s avbröts efter %s: dokumentet (eller en egen regel) är för komplext för att granskas; övriga filer granskas ändå", name, d),
		fmt.Sprintf("checking %s was stopped after %s: the document (or an own rule) is too complex to check; the other files are still checked", name, d)), true
}
