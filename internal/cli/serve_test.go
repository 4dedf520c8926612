package cli

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"io"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
)

// syncBuffer is a bytes.Buffer safe for the command and the test to share.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

// startServe runs tjlint serve in-process until the returned cancel is
// called; it returns the printed URL and a function that stops the command
// and returns its error.
func startServe(t *testing.T, args ...string) (url string, stdout *syncBuffer, stop func() error) {
	t.Helper()
	pr, pw := io.Pipe()
	stdout = &syncBuffer{}
	stderr := &syncBuffer{}
	env := Env{Stdin: strings.NewReader(""), Stdout: pw, Stderr: stderr, Getenv: func(string) string { return "" }}
	root := New(env)
	root.SetArgs(append([]string{"serve", "--addr", "127.0.0.1:0"}, args...))
	ctx, cancel := context.WithCancel(t.Context())
	done := make(chan error, 1)
	go func() {
		err := root.ExecuteContext(ctx)
		pw.Close()
		done <- err
	}()
	lines := make(chan string, 1)
	go func() {
		br := bufio.NewReader(pr)
		first, err := br.ReadString('\n')
		stdout.Write([]byte(first))
		if err != nil {
			close(lines)
			return
		}
		lines <- first
		_, _ = io.Copy(stdout, br) // ends when the server closes its stdout
	}()
	select {
	case line, ok := <-lines:
		if !ok {
			cancel()
			t.Fatalf("serve exited: %v; stderr: %s", <-done, stderr)
		}
		i := strings.Index(line, "http://")
		j := strings.Index(line, " i webbläsaren")
		if i < 0 || j < i {
			t.Fatalf("no URL in %q", line)
		}
		url = line[i:j]
	case err := <-done:
		cancel()
		t.Fatalf("serve exited early: %v; stderr: %s", err, stderr)
	}
	var once sync.Once
	var err error
	stop = func() error {
		once.Do(func() {
			cancel()
			err = <-done
		})
		return err
	}
	t.Cleanup(func() { _ = stop() }) // a test that cares calls stop itself
	return url, stdout, stop
}

func getJSON(t *testing.T, url string, v any) int {
	t.Helper()
	resp, err := http.Get(url)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	if err := json.NewDecoder(resp.Body).Decode(v); err != nil {
		t.Fatal(err)
	}
	return resp.StatusCode
}

func TestServeStartsAndShutsDown(t *testing.T) {
	url, stdout, stop := startServe(t)
	if !strings.HasPrefix(url, "http://127.0.0.1:") || !strings.HasSuffix(url, "/") {
		t.Fatalf("url %q", url)
	}
	var hz struct {
		Status   string   `json:"status"`
		Profiles []string `json:"profiles"`
	}
	if code := getJSON(t, url+"healthz", &hz); code != 200 || hz.Status != "ok" || !slices.Equal(hz.Profiles, []string{"standard"}) {
		t.Fatalf("healthz %d %+v", code, hz)
	}
	resp, err := http.Post(url+"api/v1/check?filename=a.json", "application/json",
		strings.NewReader(`{"schema_version": 1, "kind": "tjansteutlatande", "sections": {"summary": {"heading": "Sammanfattning", "text": "x"}}}`))
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if resp.StatusCode != 200 || !strings.Contains(string(body), "gender-equality/missing") {
		t.Fatalf("check %d %s", resp.StatusCode, body)
	}
	if err := stop(); err != nil {
		t.Fatalf("shutdown: %v", err)
	}
	if !strings.Contains(stdout.String(), "tjlint serve: avslutad") {
		t.Errorf("stdout %q", stdout.String())
	}
	if r, err := http.Get(url + "healthz"); err == nil {
		r.Body.Close()
		t.Error("server still answers after shutdown")
	}
}

func TestServeProfilesFromDirectory(t *testing.T) {
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "namnd-a.yaml"), []byte("rules:\n  gender-equality/missing:\n    level: warning\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "namnd-b.yml"), []byte(""), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "README.txt"), []byte("not a config"), 0o644); err != nil {
		t.Fatal(err)
	}
	url, stdout, _ := startServe(t, "--config", dir)
	var hz struct {
		Profiles []string `json:"profiles"`
	}
	getJSON(t, url+"healthz", &hz)
	if !slices.Equal(hz.Profiles, []string{"namnd-a", "namnd-b"}) {
		t.Fatalf("profiles %v", hz.Profiles)
	}
	var resp struct {
		Findings []struct{ Rule, Severity string } `json:"findings"`
	}
	r, err := http.Post(url+"api/v1/check?filename=a.json&profile=namnd-a", "application/json",
		strings.NewReader(`{"schema_version": 1, "kind": "tjansteutlatande"}`))
	if err != nil {
		t.Fatal(err)
	}
	if err := json.NewDecoder(r.Body).Decode(&resp); err != nil {
		t.Fatal(err)
	}
	r.Body.Close()
	i := slices.IndexFunc(resp.Findings, func(f struct{ Rule, Severity string }) bool { return f.Rule == "gender-equality/missing" })
	if i < 0 || resp.Findings[i].Severity != "warning" {
		t.Errorf("profile namnd-a not applied: %+v", resp.Findings)
	}
	if !strings.Contains(stdout.String(), "profiler: namnd-a, namnd-b") {
		t.Errorf("stdout %q", stdout.String())
	}
}

// TestServeBuiltinProfiles: each --profile is a choice on the page, the
// first preselected, next to the repository's own configuration
// ("standard").
func TestServeBuiltinProfiles(t *testing.T) {
	url, _, _ := startServe(t, "--profile", "utkast", "--profile", "jamstalldhet")
	var hz struct {
		Profiles []string `json:"profiles"`
	}
	getJSON(t, url+"healthz", &hz)
	if !slices.Equal(hz.Profiles, []string{"utkast", "jamstalldhet", "standard"}) {
		t.Fatalf("profiles %v", hz.Profiles)
	}
	const doc = `{"schema_version": 1, "kind": "tjansteutlatande", "signatories": [{"name": "Eva Exempel", "title": "Förvaltningschef"}],
 "sections": {"summary": {"heading": "Sammanfattning", "text": "Mötet hålls den 1:a oktober 2020."}}}`
	severity := func(profile, rule string) string {
		t.Helper()
		var resp struct {
			Findings []struct{ Rule, Severity string } `json:"findings"`
		}
		r, err := http.Post(url+"api/v1/check?filename=a.json&profile="+profile, "application/json", strings.NewReader(doc))
		if err != nil {
			t.Fatal(err)
		}
		defer r.Body.Close()
		if err := json.NewDecoder(r.Body).Decode(&resp); err != nil {
			t.Fatal(err)
		}
		for _, f := range resp.Findings {
			if f.Rule == rule {
				return f.Severity
			}
		}
		return ""
	}
	if got := severity("jamstalldhet", "gender-equality/missing"); got != "error" {
		t.Errorf("jamstalldhet: gender-equality/missing %q, want error", got)
	}
	if got := severity("utkast", "decision/missing"); got != "warning" {
		t.Errorf("utkast: decision/missing %q, want warning", got)
	}
	if got := severity("standard", "decision/missing"); got != "error" {
		t.Errorf("standard: decision/missing %q, want error", got)
	}
	if got := severity("utkast", "style/date-ordinal"); got != "" {
		t.Errorf("utkast: style/date-ordinal %q, want off", got)
	}
}

func TestServeUsageErrors(t *testing.T) {
	busy, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer busy.Close()
	dup := t.TempDir()
	if err := os.WriteFile(filepath.Join(dup, "a.yaml"), nil, 0o644); err != nil {
		t.Fatal(err)
	}
	other := t.TempDir()
	if err := os.WriteFile(filepath.Join(other, "a.yml"), nil, 0o644); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		args []string
		want string
	}{
		{[]string{"--max-upload", "lots"}, `--max-upload: ogiltig storlek "lots"`},
		{[]string{"--max-concurrent", "0"}, "--max-concurrent ska vara minst 1"},
		{[]string{"--config", filepath.Join(dup, "missing.yaml")}, "finns inte"},
		{[]string{"--config", t.TempDir()}, "katalogen har inga konfigurationer"},
		{[]string{"--config", dup, "--config", other}, `två konfigurationer heter "a"`},
		{[]string{"--addr", busy.Addr().String()}, "porten används redan"},
		{[]string{"extra"}, "okänt kommando \"extra\""},
	}
	for _, tc := range tests {
		var stdout, stderr bytes.Buffer
		code := Main(append([]string{"serve"}, tc.args...), Env{Stdin: strings.NewReader(""), Stdout: &stdout, Stderr: &stderr, Getenv: func(string) string { return "" }})
		if code != ExitError || !strings.Contains(stderr.String(), tc.want) {
			t.Errorf("serve %v: exit %d, stderr %q, want %q", tc.args, code, stderr.String(), tc.want)
		}
	}
}

func TestExposureWarning(t *testing.T) {
	if w := exposureWarning("127.0.0.1:8080"); w != "" {
		t.Errorf("loopback warned: %q", w)
	}
	for _, addr := range []string{":8080", "0.0.0.0:8080", "192.0.2.1:80"} {
		if w := exposureWarning(addr); !strings.Contains(w, "varning") || !strings.Contains(w, addr) {
			t.Errorf("%s: %q", addr, w)
		}
	}
}

func TestParseSize(t *testing.T) {
	for in, want := range map[string]int64{"20MB": 20 << 20, "512kB": 512 << 10, "1048576": 1 << 20, "2 MiB": 2 << 20, "1g": 1 << 30, "100b": 100} {
		if got, err := parseSize(in); err != nil || got != want {
			t.Errorf("parseSize(%q) = %d, %v; want %d", in, got, err, want)
		}
	}
	for _, bad := range []string{"", "MB", "-1", "0", "1.5MB", "20TB", "99999999999GB"} {
		if _, err := parseSize(bad); err == nil {
			t.Errorf("parseSize(%q) accepted", bad)
		}
	}
}

func TestProfileName(t *testing.T) {
	for in, want := range map[string]string{"cfg/nämnd-a.yaml": "nämnd-a", ".tjlint.yaml": "tjlint", "x/b.yml": "b"} {
		if got := profileName(in); got != want {
			t.Errorf("profileName(%q) = %q", in, got)
		}
	}
}
