package cli

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"net/textproto"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"
)

// lspClient is a scripted editor speaking the LSP base protocol to
// tjlint lsp.
type lspClient struct {
	t    *testing.T
	in   io.Writer
	out  *bufio.Reader
	msgs chan map[string]any
}

func (c *lspClient) send(id int, method string, params any) {
	m := map[string]any{"jsonrpc": "2.0", "method": method, "params": params}
	if id > 0 {
		m["id"] = id
	}
	b, _ := json.Marshal(m)
	fmt.Fprintf(c.in, "Content-Length: %d\r\n\r\n%s", len(b), b)
}

func (c *lspClient) read() {
	tp := textproto.NewReader(c.out)
	for {
		h, err := tp.ReadMIMEHeader()
		if err != nil {
			close(c.msgs)
			return
		}
		n, _ := strconv.Atoi(h.Get("Content-Length"))
		b := make([]byte, n)
		if _, err := io.ReadFull(c.out, b); err != nil {
			close(c.msgs)
			return
		}
		var m map[string]any
		if err := json.Unmarshal(b, &m); err != nil {
			c.t.Errorf("not JSON: %s", b)
		}
		c.msgs <- m
	}
}

// wait returns the next message that match accepts.
func (c *lspClient) wait(what string, match func(map[string]any) bool) map[string]any {
	c.t.Helper()
	timeout := time.After(20 * time.Second)
	for {
		select {
		case m, ok := <-c.msgs:
			if !ok {
				c.t.Fatalf("server stopped while waiting for %s", what)
			}
			if match(m) {
				return m
			}
		case <-timeout:
			c.t.Fatalf("no %s", what)
		}
	}
}

func (c *lspClient) response(id int) any {
	return c.wait(fmt.Sprintf("response %d", id), func(m map[string]any) bool { return m["id"] == float64(id) })["result"]
}

func (c *lspClient) diagnostics(uri string) []any {
	m := c.wait("diagnostics for "+uri, func(m map[string]any) bool {
		p, _ := m["params"].(map[string]any)
		return m["method"] == "textDocument/publishDiagnostics" && p["uri"] == uri
	})
	return m["params"].(map[string]any)["diagnostics"].([]any)
}

func codes(diags []any) string {
	var out []string
	for _, d := range diags {
		out = append(out, d.(map[string]any)["code"].(string))
	}
	return strings.Join(out, " ")
}

// TestLSP: diagnostics on open, change and save with the configuration
// found from the file's folder (levels and an own rule with a rewrite), a
// quick fix for the rewrite, the rule's explanation on hover.
func TestLSP(t *testing.T) {
	dir := t.TempDir()
	write := func(name, content string) {
		p := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write(".tjlint.yaml", "rules:\n  signatories/unnamed:\n    level: off\npolicies: [regler]\n")
	write("regler/vid_behov.rego", `# METADATA
# title: Vid behov
# description: Skriv vad nämnden beslutar, utan villkor.
# custom:
#   severity: warning
package tjlint.rules.kommun["vid-behov"]

import data.tjlint.lib.result

deny contains result.with_rewrite(result.fail_match(["decision_proposal", i], "vid behov", "Beslutet är villkorat med ”vid behov”.", "The decision is conditional."), "årligen") if {
	some i
	contains(input.decision_proposal[i], "vid behov")
}
`)
	uri := "file://" + filepath.ToSlash(filepath.Join(dir, "ärenden", "utkast.md"))
	text := "# Tjänsteskrivelse\n\n## Förslag till beslut\n\n1. Socialnämnden 🙂 reviderar taxan vid behov.\n"

	inR, inW := io.Pipe()
	outR, outW := io.Pipe()
	done := make(chan int, 1)
	go func() {
		done <- Main([]string{"lsp"}, Env{Stdin: inR, Stdout: outW, Stderr: io.Discard, Getenv: func(string) string { return "" }})
		outW.Close()
	}()
	c := &lspClient{t: t, in: inW, out: bufio.NewReader(outR), msgs: make(chan map[string]any, 100)}
	go c.read()

	c.send(1, "initialize", map[string]any{"processId": nil, "rootUri": nil, "capabilities": map[string]any{}})
	caps := c.response(1).(map[string]any)["capabilities"].(map[string]any)
	if caps["hoverProvider"] != true || caps["codeActionProvider"] == nil {
		t.Errorf("capabilities: %v", caps)
	}
	c.send(0, "initialized", map[string]any{})
	c.send(0, "textDocument/didOpen", map[string]any{"textDocument": map[string]any{"uri": uri, "languageId": "markdown", "version": 1, "text": text}})
	diags := c.diagnostics(uri)
	// The config switched signatories/unnamed off and added kommun/vid-behov.
	if got := codes(diags); !strings.Contains(got, "kommun/vid-behov") || !strings.Contains(got, "gender-equality/missing") || strings.Contains(got, "signatories/unnamed") {
		t.Fatalf("diagnostics on open: %s", got)
	}
	var hedge map[string]any
	for _, d := range diags {
		if d.(map[string]any)["code"] == "kommun/vid-behov" {
			hedge = d.(map[string]any)
		}
	}
	// Line 5 (0-based 4); "vid behov" starts after "1. Socialnämnden 🙂 reviderar taxan ",
	// 35 code points, 36 UTF-16 units (the emoji is two).
	want := map[string]any{"start": map[string]any{"line": float64(4), "character": float64(36)}, "end": map[string]any{"line": float64(4), "character": float64(45)}}
	if b1, b2 := mustMarshal(hedge["range"]), mustMarshal(want); b1 != b2 || hedge["severity"] != float64(2) {
		t.Errorf("range %s severity %v, want %s, 2", b1, hedge["severity"], b2)
	}

	c.send(2, "textDocument/codeAction", map[string]any{"textDocument": map[string]any{"uri": uri}, "range": hedge["range"], "context": map[string]any{"diagnostics": []any{hedge}}})
	actions := c.response(2).([]any)
	if len(actions) != 1 {
		t.Fatalf("code actions: %v", actions)
	}
	edit := mustMarshal(actions[0].(map[string]any)["edit"])
	if !strings.Contains(edit, `"newText":"årligen"`) || actions[0].(map[string]any)["kind"] != "quickfix" {
		t.Errorf("quick fix: %s", edit)
	}

	c.send(3, "textDocument/hover", map[string]any{"textDocument": map[string]any{"uri": uri}, "position": map[string]any{"line": 4, "character": 40}})
	hover := mustMarshal(c.response(3))
	if !strings.Contains(hover, "Vid behov") || !strings.Contains(hover, "Skriv vad nämnden beslutar, utan villkor.") {
		t.Errorf("hover: %s", hover)
	}
	c.send(4, "textDocument/hover", map[string]any{"textDocument": map[string]any{"uri": uri}, "position": map[string]any{"line": 0, "character": 0}})
	if r := c.response(4); r != nil && strings.Contains(mustMarshal(r), "Vid behov") {
		t.Errorf("hover outside the finding: %v", r)
	}

	// Two quick changes are checked once, the last one.
	fixed := strings.Replace(text, "vid behov", "årligen", 1)
	c.send(0, "textDocument/didChange", map[string]any{"textDocument": map[string]any{"uri": uri, "version": 2}, "contentChanges": []any{map[string]any{"text": text + "\n"}}})
	c.send(0, "textDocument/didChange", map[string]any{"textDocument": map[string]any{"uri": uri, "version": 3}, "contentChanges": []any{map[string]any{"text": fixed}}})
	if got := codes(c.diagnostics(uri)); strings.Contains(got, "kommun/vid-behov") {
		t.Errorf("after the change: %s", got)
	}
	c.send(0, "textDocument/didSave", map[string]any{"textDocument": map[string]any{"uri": uri}})
	if got := codes(c.diagnostics(uri)); !strings.Contains(got, "gender-equality/missing") {
		t.Errorf("on save: %s", got)
	}
	// A file type that is not a case gets nothing; closing clears.
	c.send(0, "textDocument/didOpen", map[string]any{"textDocument": map[string]any{"uri": "file:///x/main.go", "version": 1, "text": "package main"}})
	c.send(0, "textDocument/didClose", map[string]any{"textDocument": map[string]any{"uri": uri}})
	if d := c.diagnostics(uri); len(d) != 0 {
		t.Errorf("after close: %v", d)
	}
	c.send(5, "shutdown", nil)
	c.response(5)
	c.send(0, "exit", nil)
	select {
	case code := <-done:
		if code != 0 {
			t.Errorf("exit code %d", code)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("tjlint lsp did not exit")
	}
}

func mustMarshal(v any) string {
	b, _ := json.Marshal(v)
	return string(b)
}
