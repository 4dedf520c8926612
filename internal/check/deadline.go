package check

import (
	"context"
	"errors"
	"fmt"
	"runtime/debug"
	"time"

	"github.com/tjlint/tjlint/internal/casemodel"
	"github.com/tjlint/tjlint/internal/i18n"
	"github.com/tjlint/tjlint/internal/reader"
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
	return inputFailure(name, RuleTooComplex, i18n.Sprintf(
		"granskningen av %s avbröts efter %s: dokumentet (eller en egen regel) är för komplext för att granskas; övriga filer granskas ändå",
		"checking %s was stopped after %s: the document (or an own rule) is too complex to check; the other files are still checked",
		name, d)), true
}

// read runs the reader under ctx, so that the per-file deadline covers
// reading as well as the rules: when it passes first, read returns
// ctx.Err() at once and the file gets input/too-complex. The reader itself
// is not interrupted; it finishes on its own in the background, which the
// limits every reader keeps (casemodel.MaxLines, casemodel.ListLimits …)
// bound to seconds. A panic in the reader is raised again in the caller,
// where the run's recovery handles it.
func read(ctx context.Context, rd reader.Reader, name string, src []byte) (*casemodel.Case, error) {
	type result struct {
		c        *casemodel.Case
		err      error
		panicked error
	}
	done := make(chan result, 1)
	go func() {
		var r result
		defer func() {
			if p := recover(); p != nil {
				r.panicked = fmt.Errorf("reading %s: %v\n%s", name, p, debug.Stack())
			}
			done <- r
		}()
		r.c, r.err = rd.Read(name, src)
	}()
	select {
	case r := <-done:
		if r.panicked != nil {
			panic(r.panicked)
		}
		return r.c, r.err
	case <-ctx.Done():
		return nil, ctx.Err()
	}
}
