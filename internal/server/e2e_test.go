package server

import (
	"bytes"
	"context"
	"net/http/httptest"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/chromedp"
)

// chromiumPath is Debian's chromium, installed by .ci/run when missing.
const chromiumPath = "/usr/bin/chromium"

// seedDocument is the seed yttrande as plain text, as a clerk would upload
// it.
const seedDocument = "../../testdata/corpus/seed/000_7ea83c482b1260de.txt"

// browser starts headless Chromium for t, or skips when it is not installed
// outside CI. In CI (CI=true) a missing browser is a failure.
func browser(t *testing.T, extra ...chromedp.ExecAllocatorOption) context.Context {
	t.Helper()
	if _, err := os.Stat(chromiumPath); err != nil {
		if os.Getenv("CI") != "" {
			t.Fatalf("%s is missing but CI is set: .ci/run must install Debian's chromium", chromiumPath)
		}
		t.Skipf("%s is not installed (apt-get install chromium); the browser test runs in CI", chromiumPath)
	}
	opts := []chromedp.ExecAllocatorOption{
		chromedp.ExecPath(chromiumPath),
		chromedp.Headless,
		chromedp.NoSandbox,
		chromedp.DisableGPU,
		chromedp.NoFirstRun,
		chromedp.NoDefaultBrowserCheck,
		chromedp.Flag("disable-quic", true),
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.Flag("disable-extensions", true),
		chromedp.Flag("hide-scrollbars", true),
		chromedp.Flag("mute-audio", true),
		chromedp.UserDataDir(t.TempDir()),
		chromedp.WindowSize(1280, 1000),
	}
	opts = append(opts, extra...)
	actx, cancelAlloc := chromedp.NewExecAllocator(t.Context(), opts...)
	ctx, cancelCtx := chromedp.NewContext(actx)
	ctx, cancelTimeout := context.WithTimeout(ctx, 2*time.Minute)
	t.Cleanup(func() {
		cancelTimeout()
		cancelCtx()
		cancelAlloc()
	})
	return ctx
}

// pageState is what the test reads back from the page after a check.
type pageState struct {
	Verdict      string   `json:"verdict"`
	VerdictClass string   `json:"verdictClass"`
	Rules        []string `json:"rules"`
	Groups       []string `json:"groups"`
	Focused      string   `json:"focused"`
	GenderFlag   bool     `json:"genderFlag"`
	GenderRules  []string `json:"genderRules"`
	ReferralRule []string `json:"referralRules"`
	DocTitle     string   `json:"docTitle"`
}

const readState = `(() => {
  const gender = document.querySelector('article[data-section="gender_equality"]');
  const referral = document.querySelector('[data-section="referral"]');
  const rulesIn = (e) => e ? Array.from(e.querySelectorAll('.finding')).map((f) => f.dataset.rule) : [];
  const title = document.querySelector('dd[data-pointer="/title"]');
  return {
    verdict: document.getElementById('verdict').textContent,
    verdictClass: document.getElementById('verdict').dataset.verdict,
    rules: rulesIn(document.getElementById('result')),
    groups: Array.from(document.querySelectorAll('.overview h4')).map((h) => h.textContent),
    focused: document.activeElement ? document.activeElement.id : '',
    genderFlag: !!gender && gender.classList.contains('flagged'),
    genderRules: rulesIn(gender),
    referralRules: rulesIn(referral),
    docTitle: title ? title.textContent : '',
  };
})()`

// TestBrowserEndToEnd uploads the seed document in a real browser and checks
// that each finding is shown in place, then that a clean case gets a clean
// verdict. It saves a screenshot (also to $TJLINT_SCREENSHOT when set, which
// is how docs/screenshot.png is made).
func TestBrowserEndToEnd(t *testing.T) {
	ctx := browser(t)
	ts := httptest.NewServer(newTestServer(t, nil).Handler())
	defer ts.Close()
	seed, err := filepath.Abs(seedDocument)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(seed); err != nil {
		t.Fatalf("seed document: %v", err)
	}

	err = chromedp.Do(ctx,
		chromedp.Navigate(ts.URL+"/"),
		chromedp.WaitVisible(chromedp.ID("file")),
		chromedp.SetUploadFiles(chromedp.ID("file"), []string{seed}),
		chromedp.Click(chromedp.ID("submit")),
		waitVerdict(),
	)
	if err != nil {
		t.Fatal(err)
	}
	st, err := chromedp.Run(ctx, chromedp.Evaluate[pageState](readState))
	if err != nil {
		t.Fatal(err)
	}
	// The screenshot shows the result: the verdict, the findings and the
	// document with the findings in place.
	if _, err := chromedp.Run(ctx, chromedp.Evaluate[bool](`document.getElementById('result-heading').scrollIntoView(); true`)); err != nil {
		t.Fatal(err)
	}
	shot, err := chromedp.Run(ctx, chromedp.CaptureScreenshot())
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"gender-equality/unsupported-neutrality", "referral/deadline-unverifiable"} {
		if !slices.Contains(st.Rules, want) {
			t.Errorf("finding %s not shown; shown: %v", want, st.Rules)
		}
	}
	if !st.GenderFlag || !slices.Contains(st.GenderRules, "gender-equality/unsupported-neutrality") {
		t.Errorf("the Jämställdhetsanalys section is not highlighted with its finding: flagged=%v rules=%v", st.GenderFlag, st.GenderRules)
	}
	if !slices.Contains(st.ReferralRule, "referral/deadline-unverifiable") {
		t.Errorf("the referral deadline finding is not shown at the referral: %v", st.ReferralRule)
	}
	if st.VerdictClass == "clean" || st.Verdict == "" {
		t.Errorf("seed verdict %q (%s)", st.Verdict, st.VerdictClass)
	}
	if !slices.ContainsFunc(st.Groups, func(g string) bool { return g == "Varningar (2)" || len(g) > 0 && g[:3] == "Fel" }) {
		t.Errorf("findings not grouped by severity with counts: %v", st.Groups)
	}
	if st.Focused != "result-heading" {
		t.Errorf("focus on %q after the check, want the result heading", st.Focused)
	}
	if st.DocTitle == "" {
		t.Error("the document's title is not shown")
	}
	saveScreenshot(t, shot, false)

	// A finding expands to its rule's explanation and references.
	err = chromedp.Do(ctx, chromedp.Click(chromedp.CSS(`article[data-section="gender_equality"] .finding summary`)))
	if err != nil {
		t.Fatal(err)
	}
	expl, err := chromedp.Run(ctx, chromedp.Evaluate[map[string]any](`(() => {
	  const d = document.querySelector('article[data-section="gender_equality"] .finding details');
	  const a = d.querySelector('a[href]');
	  return {open: d.open, text: d.textContent, href: a ? a.getAttribute('href') : ''};
	})()`))
	if err != nil {
		t.Fatal(err)
	}
	if expl["open"] != true || !strings.Contains(expl["text"].(string), "Könsneutralitet påstås utan underlag") || !strings.HasPrefix(expl["href"].(string), "https://") {
		t.Errorf("explanation: %v", expl)
	}

	// "Visa i dokumentet" in the overview moves focus to the finding in place.
	err = chromedp.Do(ctx, chromedp.Click(chromedp.CSS(`.overview li[data-rule="gender-equality/unsupported-neutrality"] a`)))
	if err != nil {
		t.Fatal(err)
	}
	focused, err := chromedp.Run(ctx, chromedp.Evaluate[string](`document.activeElement.closest('[data-section]').dataset.section + ' ' + document.activeElement.dataset.rule`))
	if err != nil {
		t.Fatal(err)
	}
	if focused != "gender_equality gender-equality/unsupported-neutrality" {
		t.Errorf("focus after 'Visa i dokumentet': %q", focused)
	}

	// At 200 % zoom (a 640 px wide viewport at scale 2) nothing scrolls
	// sideways.
	err = chromedp.Do(ctx, chromedp.EmulateViewport(640, 900, chromedp.EmulateScale(2)))
	if err != nil {
		t.Fatal(err)
	}
	overflow, err := chromedp.Run(ctx, chromedp.Evaluate[int](`document.documentElement.scrollWidth - document.documentElement.clientWidth`))
	if err != nil {
		t.Fatal(err)
	}
	if overflow > 0 {
		t.Errorf("the page scrolls sideways by %d px at 200 %% zoom", overflow)
	}
	if err := chromedp.Do(ctx, chromedp.ResetViewport()); err != nil {
		t.Fatal(err)
	}

	// The print view leaves out the form and the buttons but keeps the
	// result.
	printed, err := chromedp.Run(ctx, func(ctx context.Context, tg *chromedp.Target) (string, error) {
		if _, err := cdp.Call(ctx, tg, emulation.SetEmulatedMedia, emulation.SetEmulatedMediaParams{Media: "print"}); err != nil {
			return "", err
		}
		return chromedp.Evaluate[string](`['check-form', 'download-md', 'result', 'verdict'].map((id) => document.getElementById(id).getClientRects().length > 0 ? 'shown' : 'hidden').join(' ')`)(ctx, tg)
	})
	if err != nil {
		t.Fatal(err)
	}
	if printed != "hidden hidden shown shown" {
		t.Errorf("print view of form, buttons, result, verdict: %q", printed)
	}
	err = chromedp.Do(ctx, chromedp.Func(func(ctx context.Context, tg *chromedp.Target) error {
		_, err := cdp.Call(ctx, tg, emulation.SetEmulatedMedia, emulation.SetEmulatedMediaParams{Media: ""})
		return err
	}))
	if err != nil {
		t.Fatal(err)
	}

	// A clean case, pasted as text, gets the clean verdict.
	err = chromedp.Do(ctx,
		chromedp.Navigate(ts.URL+"/"),
		chromedp.WaitVisible(chromedp.ID("paste")),
		chromedp.SetValue(chromedp.ID("paste"), cleanJSON),
		chromedp.Click(chromedp.ID("submit")),
		waitVerdict(),
	)
	if err != nil {
		t.Fatal(err)
	}
	clean, err := chromedp.Run(ctx, chromedp.Evaluate[pageState](readState))
	if err != nil {
		t.Fatal(err)
	}
	if clean.VerdictClass != "clean" || clean.Verdict != "Inga fel eller varningar – tjlint hittade inget att åtgärda" || len(clean.Rules) != 0 {
		t.Errorf("clean case: verdict %q (%s), findings %v", clean.Verdict, clean.VerdictClass, clean.Rules)
	}

	// The English page.
	if err := chromedp.Do(ctx, chromedp.Navigate(ts.URL+"/?lang=en")); err != nil {
		t.Fatal(err)
	}
	heading, err := chromedp.Run(ctx, chromedp.Text(chromedp.CSS("h1")))
	if err != nil {
		t.Fatal(err)
	}
	if heading != "Check a case before it is sent" {
		t.Errorf("English heading %q", heading)
	}
}

// waitVerdict waits until the page shows a verdict.
func waitVerdict() chromedp.Action[chromedp.Void] {
	return chromedp.Func(func(ctx context.Context, tg *chromedp.Target) error {
		_, err := chromedp.Poll[bool](`document.getElementById('verdict') !== null`, chromedp.WithPollingTimeout(30*time.Second))(ctx, tg)
		return err
	})
}

// saveScreenshot checks that png is a plausible screenshot and, when
// publish is set, writes it to $TJLINT_SCREENSHOT (docs/screenshot.png is
// the DOCX result at 1366×768 from TestBrowserVerdictInViewAndFileLabel).
func saveScreenshot(t *testing.T, png []byte, publish bool) {
	t.Helper()
	path := filepath.Join(t.TempDir(), "tjlint-serve.png")
	if err := os.WriteFile(path, png, 0o644); err != nil {
		t.Fatal(err)
	}
	fi, err := os.Stat(path)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.HasPrefix(png, []byte("\x89PNG\r\n\x1a\n")) || fi.Size() < 20<<10 || fi.Size() > 5<<20 {
		t.Errorf("screenshot %s: %d bytes, not a plausible PNG of the page", path, fi.Size())
	}
	if out := os.Getenv("TJLINT_SCREENSHOT"); out != "" && publish {
		if err := os.WriteFile(out, png, 0o644); err != nil {
			t.Fatal(err)
		}
		t.Logf("screenshot written to %s (%d bytes)", out, len(png))
	}
}
