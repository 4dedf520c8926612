package cli

import (
	"bufio"
	"encoding/json"
	"io"
	"strings"
	"testing"
	"time"
)

// TestMCPStdio speaks newline-delimited JSON-RPC to tjlint mcp as an
// assistant's client does: initialize, the initialized notification,
// tools/list and a tools/call of check_document.
func TestMCPStdio(t *testing.T) {
	inR, inW := io.Pipe()
	outR, outW := io.Pipe()
	done := make(chan int, 1)
	go func() {
		done <- Main([]string{"mcp"}, Env{Stdin: inR, Stdout: outW, Stderr: io.Discard, Getenv: func(string) string { return "" }})
		outW.Close()
	}()
	lines := bufio.NewScanner(outR)
	lines.Buffer(nil, 1<<20)
	send := func(msg string) {
		if _, err := io.WriteString(inW, msg+"\n"); err != nil {
			t.Fatal(err)
		}
	}
	recv := func(id int) map[string]any {
		t.Helper()
		for lines.Scan() {
			var m map[string]any
			if err := json.Unmarshal(lines.Bytes(), &m); err != nil {
				t.Fatalf("not JSON-RPC on stdout: %q", lines.Text())
			}
			if m["id"] == float64(id) {
				if m["error"] != nil {
					t.Fatalf("error: %v", m["error"])
				}
				return m["result"].(map[string]any)
			}
		}
		t.Fatalf("no answer to %d: %v", id, lines.Err())
		return nil
	}
	send(`{"jsonrpc":"2.0","id":1,"method":"initialize","params":{"protocolVersion":"2025-06-18","capabilities":{},"clientInfo":{"name":"script","version":"1"}}}`)
	if info := recv(1)["serverInfo"].(map[string]any); info["name"] != "tjlint" {
		t.Errorf("serverInfo: %v", info)
	}
	send(`{"jsonrpc":"2.0","method":"notifications/initialized"}`)
	send(`{"jsonrpc":"2.0","id":2,"method":"tools/list"}`)
	if n := len(recv(2)["tools"].([]any)); n != 4 {
		t.Errorf("%d tools", n)
	}
	draft, _ := json.Marshal("# Tjänsteskrivelse\n\n## Förslag till beslut\n\n1. Socialnämnden godkänner rapporten.\n")
	send(`{"jsonrpc":"2.0","id":3,"method":"tools/call","params":{"name":"check_document","arguments":{"file_name":"utkast.md","text":` + string(draft) + `}}}`)
	res := recv(3)
	out := res["structuredContent"].(map[string]any)
	if res["isError"] == true || out["can_be_sent"] != false || !strings.Contains(out["verdict"].(string), "fel") {
		t.Errorf("check_document: %v", res)
	}
	rules := map[string]bool{}
	for _, f := range out["findings"].([]any) {
		rules[f.(map[string]any)["rule"].(string)] = true
	}
	if !rules["gender-equality/missing"] || !rules["signatories/unnamed"] {
		t.Errorf("findings: %v", rules)
	}
	inW.Close()
	select {
	case code := <-done:
		if code != 0 {
			t.Errorf("exit code %d at end of input", code)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("tjlint mcp did not stop at the end of its input")
	}
}
