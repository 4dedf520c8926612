package server

import (
	"context"
	"encoding/json"
	"net/http/httptest"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"github.com/tjlint/tjlint/internal/check"
)

// annotateFixture is a .docx with findings (internal/annotate's fixture).
const annotateFixture = "../annotate/testdata/brister.docx"

// TestBrowserFileThenPaste: after a file was chosen, pasting text clears the
// file and says so, and the pasted text is what is checked.
func TestBrowserFileThenPaste(t *testing.T) {
	ctx := browser(t)
	ts := httptest.NewServer(newTestServer(t, nil).Handler())
	defer ts.Close()
	docx, err := filepath.Abs(annotateFixture)
	if err != nil {
		t.Fatal(err)
	}
	err = chromedp.Do(ctx,
		chromedp.Navigate(ts.URL+"/"),
		chromedp.WaitVisible(chromedp.ID("file")),
		chromedp.SetUploadFiles(chromedp.ID("file"), []string{docx}),
		chromedp.Click(chromedp.ID("submit")),
		waitVerdict(),
	)
	if err != nil {
		t.Fatal(err)
	}
	got, err := chromedp.Run(ctx, chromedp.Evaluate[string](`(() => {
	  const p = document.getElementById('paste');
	  p.value = 'TJÄNSTESKRIVELSE\n\nFörslag till beslut\n\n1. Nämnden bör godkänna rapporten.\n';
	  p.dispatchEvent(new Event('input', { bubbles: true }));
	  document.getElementById('verdict').remove();
	  return document.getElementById('file').files.length + ' ' + document.getElementById('status').textContent;
	})()`))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(got, "0 Den inklistrade texten granskas") {
		t.Errorf("after pasting: %q, want no file and a note that the pasted text is checked", got)
	}
	err = chromedp.Do(ctx, chromedp.Click(chromedp.ID("submit")), waitVerdict())
	if err != nil {
		t.Fatal(err)
	}
	heading, err := chromedp.Run(ctx, chromedp.Evaluate[string](`document.getElementById('result-heading').textContent`))
	if err != nil {
		t.Fatal(err)
	}
	if heading != "Resultat för inklistrat.txt" {
		t.Errorf("checked %q, want the pasted text", heading)
	}
}

// TestBrowserAnnotatedDownload: after checking a .docx the page offers the
// annotated copy, which downloads as NAME.granskad.docx (a zip), and each
// finding says where it is in Word's terms; a pasted text gets no such
// button.
func TestBrowserAnnotatedDownload(t *testing.T) {
	ctx := browser(t)
	ts := httptest.NewServer(newTestServer(t, nil).Handler())
	defer ts.Close()
	docx, err := filepath.Abs(annotateFixture)
	if err != nil {
		t.Fatal(err)
	}
	err = chromedp.Do(ctx,
		chromedp.Navigate(ts.URL+"/"),
		chromedp.WaitVisible(chromedp.ID("file")),
		run(`(() => {
		  window.__saved = [];
		  const create = URL.createObjectURL;
		  URL.createObjectURL = (b) => { window.__blob = b; return create(b); };
		  HTMLAnchorElement.prototype.click = function () { window.__saved.push(this.download); };
		  return true;
		})()`),
		chromedp.SetUploadFiles(chromedp.ID("file"), []string{docx}),
		chromedp.Click(chromedp.ID("submit")),
		waitVerdict(),
	)
	if err != nil {
		t.Fatal(err)
	}
	label, err := chromedp.Run(ctx, chromedp.Evaluate[string](`(() => {
	  const b = document.getElementById('download-docx');
	  return b ? b.textContent : '';
	})()`))
	if err != nil {
		t.Fatal(err)
	}
	if label != "Ladda ner granskad kopia (.docx)" {
		t.Fatalf("download button %q", label)
	}
	where, err := chromedp.Run(ctx, chromedp.Evaluate[string](`Array.from(document.querySelectorAll('.finding .where')).map((e) => e.textContent).join(' | ')`))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(where, "under rubriken ”Jämställdhetsanalys”, stycke 1: ”Förslaget är könsneutralt.”") {
		t.Errorf("locations shown: %q", where)
	}
	err = chromedp.Do(ctx,
		chromedp.Click(chromedp.ID("download-docx")),
		chromedp.Func(func(ctx context.Context, tg *chromedp.Target) error {
			_, err := chromedp.Poll[bool](`window.__saved.length > 0 && !!window.__blob`, chromedp.WithPollingTimeout(20*time.Second))(ctx, tg)
			return err
		}),
		run(`(window.__blob.arrayBuffer().then((ab) => { const u = new Uint8Array(ab); window.__head = String.fromCharCode(u[0], u[1]) + ' ' + u.length; }), true)`),
		chromedp.Func(func(ctx context.Context, tg *chromedp.Target) error {
			_, err := chromedp.Poll[bool](`!!window.__head`, chromedp.WithPollingTimeout(10*time.Second))(ctx, tg)
			return err
		}),
	)
	if err != nil {
		t.Fatal(err)
	}
	saved, err := chromedp.Run(ctx, chromedp.Evaluate[string](`window.__saved[0] + ' ' + window.__head`))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(saved, "brister.granskad.docx PK ") {
		t.Errorf("download: %q, want brister.granskad.docx, a zip", saved)
	}
}

// run evaluates js (which returns true) as a step of chromedp.Do.
func run(js string) chromedp.Action[chromedp.Void] {
	return chromedp.Func(func(ctx context.Context, tg *chromedp.Target) error {
		_, err := chromedp.Evaluate[bool](js)(ctx, tg)
		return err
	})
}

// TestBrowserErrorUploads: a corrupt .docx, a .doc and a too large file
// each show what to do (with the size and the limit) and no result, and no
// Go error text.
func TestBrowserErrorUploads(t *testing.T) {
	ctx := browser(t)
	ts := httptest.NewServer(newTestServer(t, func(o *Options) { o.MaxUpload = 4000 }).Handler())
	defer ts.Close()
	dir := t.TempDir()
	write := func(name string, b []byte) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, b, 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	big, err := os.ReadFile(annotateFixture)
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		file, want string
	}{
		{write("trasig.docx", []byte("inte ett zip-arkiv")), "Filen går inte att öppna som Word-dokument. Spara den som .docx i Word och försök igen."},
		{write("gammal.doc", []byte("\xd0\xcf\x11\xe0 ett gammalt dokument")), "Filen är ett äldre Word-dokument (.doc), som tjlint inte kan läsa. Öppna det i Word, välj Spara som"},
		{write("stor.docx", big), "Filen är för stor: 7 kB, och tjlint tar emot högst 4 kB."},
	} {
		err := chromedp.Do(ctx,
			chromedp.Navigate(ts.URL+"/"),
			chromedp.WaitVisible(chromedp.ID("file")),
			chromedp.SetUploadFiles(chromedp.ID("file"), []string{tc.file}),
			chromedp.Click(chromedp.ID("submit")),
			chromedp.Func(func(ctx context.Context, tg *chromedp.Target) error {
				_, err := chromedp.Poll[bool](`document.getElementById('status').getAttribute('role') === 'alert'`, chromedp.WithPollingTimeout(20*time.Second))(ctx, tg)
				return err
			}),
		)
		if err != nil {
			t.Fatalf("%s: %v", tc.file, err)
		}
		got, err := chromedp.Run(ctx, chromedp.Evaluate[string](`document.getElementById('status').textContent + (document.getElementById('verdict') ? ' [RESULT SHOWN]' : '')`))
		if err != nil {
			t.Fatal(err)
		}
		if leak := internalText(t, ctx); leak != "" {
			t.Errorf("%s: the page shows internal text %q", filepath.Base(tc.file), leak)
		}
		if !strings.HasPrefix(got, tc.want) || strings.Contains(got, "RESULT SHOWN") || strings.Contains(got, "zip:") {
			t.Errorf("%s: %q, want %q and no result", filepath.Base(tc.file), got, tc.want)
		}
	}
}

// internalLeak matches what a clerk must never read on the page: Go error
// text (zip:, unexpected EOF, %!v, <nil>) and internal field names
// (meeting_date, referral.deadline, accept_passive).
var internalLeak = regexp.MustCompile(`\b(zip|xml|json|yaml|open|read|strconv\.\w+): |unexpected EOF|%!|<nil>|\b[a-z]+_[a-z_]+\b|\b(referral|motion|sections)\.[a-z_]+\b`)

// internalText returns the first internal text visible on the page, or "".
func internalText(t *testing.T, ctx context.Context) string {
	t.Helper()
	body, err := chromedp.Run(ctx, chromedp.Evaluate[string](`document.body.innerText`))
	if err != nil {
		t.Fatal(err)
	}
	return internalLeak.FindString(body)
}

// rewriteRule is a user rule that suggests a rewrite of "befintlig budget",
// since the built-in rules on this branch suggest none yet.
const rewriteRule = `# METADATA
# title: Budget ska namnges
# description: Skriv vilken budget kostnaden ryms i.
# custom:
#   severity: info
package tjlint.rules.kommun["budget"]

import data.tjlint.lib.result

deny contains result.with_rewrite(result.fail_match(["sections", "assessment", "text"], "befintlig budget", "Skriv vilken budget.", "Name the budget."), "budgeten för 2025") if {
	contains(input.sections.assessment.text, "befintlig budget")
}
`

// TestBrowserHighlightAndCopy: the words a finding is about are marked in
// the document, and a suggested rewrite has a button that copies it.
func TestBrowserHighlightAndCopy(t *testing.T) {
	ctx := browser(t)
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "budget.rego"), []byte(rewriteRule), 0o644); err != nil {
		t.Fatal(err)
	}
	c, err := check.New(context.Background(), check.Options{PolicyDirs: []string{dir}})
	if err != nil {
		t.Fatal(err)
	}
	ts := httptest.NewServer(newTestServer(t, func(o *Options) { o.Profiles = []Profile{{Name: "standard", Checker: c}} }).Handler())
	defer ts.Close()
	docx, err := filepath.Abs(annotateFixture)
	if err != nil {
		t.Fatal(err)
	}
	if err := chromedp.Do(ctx,
		chromedp.Navigate(ts.URL+"/"),
		chromedp.WaitVisible(chromedp.ID("file")),
		run(`(navigator.clipboard.writeText = (s) => { window.__copied = s; return Promise.resolve(); }, true)`),
		chromedp.SetUploadFiles(chromedp.ID("file"), []string{docx}),
		chromedp.Click(chromedp.ID("submit")),
		waitVerdict(),
	); err != nil {
		t.Fatal(err)
	}
	marks, err := chromedp.Run(ctx, chromedp.Evaluate[[]string](`Array.from(document.querySelectorAll('mark.hl')).map((m) => m.closest('[data-section]').dataset.section + ': ' + m.textContent)`))
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"gender_equality: könsneutral", "assessment: befintlig budget"} {
		if !slices.Contains(marks, want) {
			t.Errorf("%q not highlighted; marks: %q", want, marks)
		}
	}
	if err := chromedp.Do(ctx, chromedp.Click(chromedp.CSS(`.finding[data-rule="kommun/budget"] button.copy`))); err != nil {
		t.Fatal(err)
	}
	got, err := chromedp.Run(ctx, chromedp.Evaluate[string](`(window.__copied || '') + ' | ' + document.querySelector('.finding[data-rule="kommun/budget"] .rewrite').textContent`))
	if err != nil {
		t.Fatal(err)
	}
	if got != "budgeten för 2025 | Förslag: ”budgeten för 2025” Kopierat" {
		t.Errorf("copy: %q", got)
	}
}

// TestBrowserVerdictInViewAndFileLabel: in an English-locale browser at
// 1366×768 the file chooser says the page's own Swedish words (not the
// browser's "Choose File / No file chosen"), shows the chosen file's name,
// and after "Granska" the verdict is inside the viewport with focus on the
// result heading.
func TestBrowserVerdictInViewAndFileLabel(t *testing.T) {
	ctx := browser(t, chromedp.WindowSize(1366, 768), chromedp.Flag("lang", "en-US"))
	ts := httptest.NewServer(newTestServer(t, nil).Handler())
	defer ts.Close()
	docx, err := filepath.Abs(annotateFixture)
	if err != nil {
		t.Fatal(err)
	}
	if err := chromedp.Do(ctx, chromedp.Navigate(ts.URL+"/")); err != nil {
		t.Fatal(err)
	}
	before, err := chromedp.Run(ctx,
		chromedp.Evaluate[string](`document.getElementById('file-button').textContent + '|' + document.getElementById('file-name').textContent + '|' + navigator.language`))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(before, "Välj fil …|Ingen fil vald|en") {
		t.Errorf("file chooser before choosing: %q, want the Swedish label and an English browser", before)
	}
	err = chromedp.Do(ctx,
		chromedp.SetUploadFiles(chromedp.ID("file"), []string{docx}),
		chromedp.Click(chromedp.ID("submit")),
		waitVerdict(),
	)
	if err != nil {
		t.Fatal(err)
	}
	got, err := chromedp.Run(ctx, chromedp.Evaluate[string](`(() => {
	  const r = document.getElementById('verdict').getBoundingClientRect();
	  const inView = r.top >= 0 && r.bottom <= window.innerHeight;
	  return document.getElementById('file-name').textContent + '|' + inView + '|' + window.innerHeight + '|' + (document.activeElement && document.activeElement.id);
	})()`))
	if err != nil {
		t.Fatal(err)
	}
	if leak := internalText(t, ctx); leak != "" {
		t.Errorf("the result page shows internal text %q", leak)
	}
	// The screenshot in the README: a DOCX result at 1366×768 with the
	// verdict, the download button, locations in Word's terms, highlighted
	// words and a rewrite with its copy button.
	if err := chromedp.Do(ctx, chromedp.EmulateViewport(1366, 768),
		run(`(document.querySelector('.doc-section .finding[data-rule="decision/phrasing"]').scrollIntoView({ block: 'center' }), true)`)); err != nil {
		t.Fatal(err)
	}
	shot, err := chromedp.Run(ctx, chromedp.CaptureScreenshot())
	if err != nil {
		t.Fatal(err)
	}
	saveScreenshot(t, shot, true)
	parts := strings.Split(got, "|")
	if len(parts) != 4 || parts[0] != filepath.Base(docx) || parts[1] != "true" || parts[3] != "result-heading" {
		t.Errorf("after Granska: %q, want the file name shown, the verdict in view and focus on the result heading", got)
	}
}

// TestBrowserBuiltinRewrites: the built-in rules' own rewrites (decision
// phrasing, date ordinal) are shown with a copy button on the page, and the
// button copies exactly the rewrite.
func TestBrowserBuiltinRewrites(t *testing.T) {
	ctx := browser(t)
	ts := httptest.NewServer(newTestServer(t, nil).Handler())
	defer ts.Close()
	text := "TJÄNSTESKRIVELSE\n\nFörslag till beslut\n\n1. Nämnden bör eventuellt godkänna rapporten.\n\nÄrendet\n\nSammanträdet hålls den 1:a oktober 2026.\n"
	if err := chromedp.Do(ctx,
		chromedp.Navigate(ts.URL+"/"),
		run(`(navigator.clipboard.writeText = (s) => { window.__copied = s; return Promise.resolve(); }, true)`),
		run(`(document.getElementById('paste').value = `+jsString(text)+`, true)`),
		chromedp.Click(chromedp.ID("submit")),
		waitVerdict(),
	); err != nil {
		t.Fatal(err)
	}
	for rule, want := range map[string]string{"decision/phrasing": "godkänner", "style/date-ordinal": "den 1 oktober 2026"} {
		sel := `.finding[data-rule="` + rule + `"]`
		if err := chromedp.Do(ctx, chromedp.Click(chromedp.CSS(sel+` button.copy`))); err != nil {
			t.Fatalf("%s: no copy button: %v", rule, err)
		}
		got, err := chromedp.Run(ctx, chromedp.Evaluate[string](`(window.__copied || '') + ' | ' + document.querySelector('`+sel+` .rewrite').textContent`))
		if err != nil {
			t.Fatal(err)
		}
		if got != want+" | Förslag: ”"+want+"” Kopierat" {
			t.Errorf("%s: copy %q, want %q copied", rule, got, want)
		}
	}
}

// jsString quotes s as a JavaScript string literal.
func jsString(s string) string {
	b, _ := json.Marshal(s)
	return string(b)
}
