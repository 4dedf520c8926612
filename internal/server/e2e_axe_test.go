package server

import (
	"context"
	"net/http/httptest"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// axeSource reads axe-core's axe.min.js from $AXE_CORE (.ci/run installs a
// pinned axe-core from npm and sets it). Outside CI a missing axe-core skips
// the test; with CI set it fails.
func axeSource(t *testing.T) string {
	t.Helper()
	path := os.Getenv("AXE_CORE")
	if path == "" {
		if os.Getenv("CI") != "" {
			t.Fatal("AXE_CORE is not set but CI is: .ci/run must install axe-core from npm")
		}
		t.Skip("AXE_CORE not set (npm install --no-save --prefix DIR axe-core, then AXE_CORE=DIR/node_modules/axe-core/axe.min.js)")
	}
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("axe-core: %v", err)
	}
	return string(b)
}

// axeViolations injects axe-core into the current page and returns its
// violations as "rule: selector, …" lines.
func axeViolations(t *testing.T, ctx context.Context, src string) []string {
	t.Helper()
	if err := chromedp.Do(ctx, run(src+"\n;true")); err != nil {
		t.Fatalf("inject axe-core: %v", err)
	}
	got, err := chromedp.Run(ctx, chromedp.Evaluate[[]string](`axe.run(document, { resultTypes: ['violations'] }).then((r) =>
	  r.violations.map((v) => v.id + ' (' + v.impact + '): ' + v.nodes.map((n) => n.target.join(' ')).join(', ')))`, chromedp.EvalAwaitPromise))
	if err != nil {
		t.Fatalf("axe.run: %v", err)
	}
	return got
}

// TestBrowserAxe: axe-core finds no accessibility violation on the empty
// page, on a result page (a DOCX with findings, highlights and a rewrite)
// and on an error page (a corrupt DOCX).
func TestBrowserAxe(t *testing.T) {
	src := axeSource(t)
	ctx := browser(t, chromedp.WindowSize(1366, 768))
	ts := httptest.NewServer(newTestServer(t, nil).Handler())
	defer ts.Close()
	docx, err := filepath.Abs(annotateFixture)
	if err != nil {
		t.Fatal(err)
	}
	corrupt := filepath.Join(t.TempDir(), "trasig.docx")
	if err := os.WriteFile(corrupt, []byte("inte ett zip-arkiv"), 0o644); err != nil {
		t.Fatal(err)
	}
	seed := "TJÄNSTESKRIVELSE\n\nFörslag till beslut\n\n1. Nämnden bör eventuellt godkänna rapporten.\n\nÄrendet\n\nSammanträdet hålls den 1:a oktober 2026.\n"
	alert := chromedp.Func(func(ctx context.Context, tg *chromedp.Target) error {
		_, err := chromedp.Poll[bool](`document.getElementById('status').getAttribute('role') === 'alert'`, chromedp.WithPollingTimeout(20*time.Second))(ctx, tg)
		return err
	})
	for _, tc := range []struct {
		name    string
		actions []chromedp.Action[chromedp.Void]
	}{
		{"empty page", nil},
		{"result page (DOCX)", []chromedp.Action[chromedp.Void]{chromedp.SetUploadFiles(chromedp.ID("file"), []string{docx}), chromedp.Click(chromedp.ID("submit")), waitVerdict()}},
		{"result page (rewrites)", []chromedp.Action[chromedp.Void]{run(`(document.getElementById('paste').value = ` + jsString(seed) + `, true)`), chromedp.Click(chromedp.ID("submit")), waitVerdict()}},
		{"error page", []chromedp.Action[chromedp.Void]{chromedp.SetUploadFiles(chromedp.ID("file"), []string{corrupt}), chromedp.Click(chromedp.ID("submit")), alert}},
	} {
		actions := append([]chromedp.Action[chromedp.Void]{chromedp.Navigate(ts.URL + "/")}, tc.actions...)
		if err := chromedp.Do(ctx, actions...); err != nil {
			t.Fatalf("%s: %v", tc.name, err)
		}
		for _, v := range axeViolations(t, ctx, src) {
			t.Errorf("%s: axe: %s", tc.name, v)
		}
	}
}
