//go:build unix

package cli

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

const okCase = `{"kind": "tjansteutlatande", "signatories": [{"name": "Eva Exempel", "title": "Förvaltningschef"}]}`

// TestFIFONeverHangs: a named pipe called *.json, found in a directory or
// named on the command line, is reported and skipped; the run ends and the
// other files are checked.
func TestFIFONeverHangs(t *testing.T) {
	dir := t.TempDir()
	t.Chdir(dir)
	if err := os.Mkdir("cases", 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join("cases", "a.json"), []byte(okCase), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, p := range []string{filepath.Join("cases", "pipe.json"), "named.json"} {
		if err := syscall.Mkfifo(p, 0o644); err != nil {
			t.Skipf("mkfifo: %v", err)
		}
	}
	targets, errs, _ := discover([]string{"cases", "named.json"}, walkOptions{})
	if len(targets) != 1 || targets[0].Name != "cases/a.json" {
		t.Errorf("targets %+v, want only cases/a.json", targets)
	}
	if len(errs) != 2 {
		t.Fatalf("errors %+v, want the two pipes", errs)
	}

	var stdout, stderr bytes.Buffer
	done := make(chan int, 1)
	go func() {
		done <- Main([]string{"check", "cases", "named.json"}, Env{Stdin: strings.NewReader(""), Stdout: &stdout, Stderr: &stderr, Getenv: func(string) string { return "" }})
	}()
	select {
	case code := <-done:
		if code != ExitError {
			t.Errorf("exit %d, want 2", code)
		}
	case <-time.After(20 * time.Second):
		t.Fatal("the run hangs on a named pipe")
	}
	for _, want := range []string{
		"cases/pipe.json:1:1: fel input/unreadable: är ingen vanlig fil",
		"named.json:1:1: fel input/unreadable: är ingen vanlig fil",
		"cases/a.json:1:1: varning gender-equality/missing",
	} {
		if !strings.Contains(stdout.String(), want) {
			t.Errorf("output lacks %q:\n%s", want, stdout.String())
		}
	}
}

// TestSymlinkFanOut: 16 levels of two links each to the level below reach
// one file 65,536 ways; it is checked once.
func TestSymlinkFanOut(t *testing.T) {
	dir := t.TempDir()
	t.Chdir(dir)
	if err := os.Mkdir("d0", 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join("d0", "a.json"), []byte(okCase), 0o644); err != nil {
		t.Fatal(err)
	}
	const levels = 16
	for i := 1; i <= levels; i++ {
		d := fmt.Sprintf("d%d", i)
		if err := os.Mkdir(d, 0o755); err != nil {
			t.Fatal(err)
		}
		for _, l := range []string{"x", "y"} {
			if err := os.Symlink(filepath.Join("..", fmt.Sprintf("d%d", i-1)), filepath.Join(d, l)); err != nil {
				t.Fatal(err)
			}
		}
	}
	// A second link to the file itself, and the file named twice.
	if err := os.Symlink(filepath.Join("d0", "a.json"), "alias.json"); err != nil {
		t.Fatal(err)
	}
	start := time.Now()
	targets, errs, _ := discover([]string{fmt.Sprintf("d%d", levels), "alias.json", "d0/a.json"}, walkOptions{})
	if len(errs) != 0 {
		t.Errorf("errors %+v", errs)
	}
	if len(targets) != 1 {
		t.Fatalf("%d targets, want the one real file", len(targets))
	}
	if d := time.Since(start); d > 5*time.Second {
		t.Errorf("the walk took %v", d)
	}
}
