// Package lspserver is tjlint's language server (tjlint lsp): diagnostics
// for case documents in an editor (Markdown, text, YAML, JSON) when a file
// is opened, changed (debounced) and saved, quick fixes for the rules'
// suggested rewrites, and the rule's explanation on hover. Every check goes
// through check.Run with the configuration that tjlint check would find
// for the file.
package lspserver

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"io"
	"net/url"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"time"
	"unicode/utf8"

	"github.com/tjlint/tjlint/internal/check"
	"github.com/tjlint/tjlint/internal/finding"
)

// Debounce is how long after the last change a document is checked.
const Debounce = 300 * time.Millisecond

// Checkers returns the checker for a file on disk (its configuration found
// as tjlint check finds it).
type Checkers func(ctx context.Context, path string) (*check.Checker, error)

// Server is one editor session.
type Server struct {
	checkers Checkers
	lang     string
	out      *writer

	mu   sync.Mutex
	docs map[string]*document // by URI
}

type document struct {
	uri, path, text string
	version         int
	timer           *time.Timer
	findings        []finding.Finding
	checker         *check.Checker
}

// New returns a server that sends to w. lang is the language of messages.
func New(checkers Checkers, lang string, w io.Writer) *Server {
	return &Server{checkers: checkers, lang: lang, out: &writer{w: w}, docs: map[string]*document{}}
}

// Extensions are the file types checked as the user types.
var Extensions = []string{".md", ".markdown", ".txt", ".yaml", ".yml", ".json"}

// Serve answers requests from r until exit or the end of input.
func (s *Server) Serve(ctx context.Context, r io.Reader) error {
	br := bufio.NewReader(r)
	for {
		m, err := readMessage(br)
		if errors.Is(err, io.EOF) {
			return nil
		}
		if err != nil {
			return err
		}
		if m.Method == "exit" {
			return nil
		}
		s.handle(ctx, m)
	}
}

func (s *Server) reply(id json.RawMessage, result any, err *rpcError) {
	if result == nil && err == nil {
		result = json.RawMessage("null")
	}
	_ = s.out.write(message{ID: id, Result: result, Error: err})
}

func (s *Server) handle(ctx context.Context, m *message) {
	switch m.Method {
	case "initialize":
		s.reply(m.ID, map[string]any{
			"capabilities": map[string]any{
				"textDocumentSync":   map[string]any{"openClose": true, "change": 1, "save": map[string]any{"includeText": false}},
				"codeActionProvider": map[string]any{"codeActionKinds": []string{"quickfix"}},
				"hoverProvider":      true,
			},
			"serverInfo": map[string]any{"name": "tjlint"},
		}, nil)
	case "shutdown":
		s.reply(m.ID, nil, nil)
	case "textDocument/didOpen":
		var p struct {
			TextDocument struct {
				URI     string `json:"uri"`
				Text    string `json:"text"`
				Version int    `json:"version"`
			} `json:"textDocument"`
		}
		if json.Unmarshal(m.Params, &p) == nil {
			s.update(ctx, p.TextDocument.URI, p.TextDocument.Text, p.TextDocument.Version, 0)
		}
	case "textDocument/didChange":
		var p struct {
			TextDocument struct {
				URI     string `json:"uri"`
				Version int    `json:"version"`
			} `json:"textDocument"`
			ContentChanges []struct {
				Text string `json:"text"`
			} `json:"contentChanges"`
		}
		if json.Unmarshal(m.Params, &p) == nil && len(p.ContentChanges) > 0 {
			// Full sync: the last change is the whole text.
			s.update(ctx, p.TextDocument.URI, p.ContentChanges[len(p.ContentChanges)-1].Text, p.TextDocument.Version, Debounce)
		}
	case "textDocument/didSave":
		var p struct {
			TextDocument struct {
				URI string `json:"uri"`
			} `json:"textDocument"`
		}
		if json.Unmarshal(m.Params, &p) == nil {
			s.mu.Lock()
			d := s.docs[p.TextDocument.URI]
			s.mu.Unlock()
			if d != nil {
				s.update(ctx, d.uri, d.text, d.version, 0)
			}
		}
	case "textDocument/didClose":
		var p struct {
			TextDocument struct {
				URI string `json:"uri"`
			} `json:"textDocument"`
		}
		if json.Unmarshal(m.Params, &p) == nil {
			s.mu.Lock()
			if d := s.docs[p.TextDocument.URI]; d != nil && d.timer != nil {
				d.timer.Stop()
			}
			delete(s.docs, p.TextDocument.URI)
			s.mu.Unlock()
			s.publish(p.TextDocument.URI, nil, "")
		}
	case "textDocument/codeAction":
		s.reply(m.ID, s.codeActions(m.Params), nil)
	case "textDocument/hover":
		s.reply(m.ID, s.hover(m.Params), nil)
	default:
		if m.ID != nil {
			s.reply(m.ID, nil, &rpcError{Code: -32601, Message: "method not supported: " + m.Method})
		}
	}
}

// update stores the text and checks it after delay.
func (s *Server) update(ctx context.Context, uri, text string, version int, delay time.Duration) {
	path, ok := filePath(uri)
	if !ok || !slices.Contains(Extensions, strings.ToLower(filepath.Ext(path))) {
		return
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	d := s.docs[uri]
	if d == nil {
		d = &document{uri: uri, path: path}
		s.docs[uri] = d
	}
	d.text, d.version = text, version
	if d.timer != nil {
		d.timer.Stop()
	}
	d.timer = time.AfterFunc(delay, func() { s.check(ctx, uri, version) })
}

// check checks the document if it is still at version.
func (s *Server) check(ctx context.Context, uri string, version int) {
	s.mu.Lock()
	d := s.docs[uri]
	if d == nil || d.version != version {
		s.mu.Unlock()
		return
	}
	path, text := d.path, d.text
	s.mu.Unlock()

	c, err := s.checkers(ctx, path)
	if err != nil {
		s.showError(err)
		return
	}
	res := c.Run(ctx, slices.Values([]check.Input{{Name: filepath.Base(path), Data: []byte(text)}}), check.RunOptions{Jobs: 1})
	fs := res.Findings
	s.mu.Lock()
	if d := s.docs[uri]; d == nil || d.version != version {
		s.mu.Unlock()
		return
	}
	d.findings, d.checker = fs, c
	s.mu.Unlock()
	s.publish(uri, fs, text)
}

func (s *Server) showError(err error) {
	_ = s.out.write(message{Method: "window/showMessage", Params: mustJSON(map[string]any{"type": 1, "message": "tjlint: " + err.Error()})})
}

func mustJSON(v any) json.RawMessage {
	b, _ := json.Marshal(v)
	return b
}

type position struct {
	Line      int `json:"line"`
	Character int `json:"character"`
}

type lspRange struct {
	Start position `json:"start"`
	End   position `json:"end"`
}

// rangeOf is f's range in LSP terms: 0-based lines, UTF-16 columns. A
// finding without an end covers the rest of its line.
func rangeOf(f finding.Finding, lines []string) lspRange {
	line := max(f.Line, 1) - 1
	start := position{line, utf16Col(lines, line, max(f.Column, 1)-1)}
	if f.EndLine > 0 && f.EndColumn > 0 {
		return lspRange{start, position{f.EndLine - 1, utf16Col(lines, f.EndLine-1, f.EndColumn-1)}}
	}
	end := position{line, start.Character}
	if line < len(lines) {
		end.Character = utf16Col(lines, line, utf8.RuneCountInString(lines[line]))
	}
	if end.Character == start.Character {
		end.Character++
	}
	return lspRange{start, end}
}

// utf16Col converts a column in code points on a line to UTF-16 units.
func utf16Col(lines []string, line, runes int) int {
	if line < 0 || line >= len(lines) {
		return runes
	}
	n := 0
	for i, r := range []rune(lines[line]) {
		if i >= runes {
			break
		}
		if r >= 0x10000 {
			n += 2
		} else {
			n++
		}
	}
	return n
}

func splitLines(text string) []string {
	return strings.Split(strings.ReplaceAll(text, "\r\n", "\n"), "\n")
}

var lspSeverity = map[finding.Severity]int{finding.Error: 1, finding.Warning: 2, finding.Info: 3}

func (s *Server) publish(uri string, fs []finding.Finding, text string) {
	lines := splitLines(text)
	diags := []map[string]any{}
	for _, f := range fs {
		diags = append(diags, map[string]any{
			"range": rangeOf(f, lines), "severity": lspSeverity[f.Severity],
			"code": f.Rule, "source": "tjlint", "message": f.Message.In(s.lang),
		})
	}
	_ = s.out.write(message{Method: "textDocument/publishDiagnostics", Params: mustJSON(map[string]any{"uri": uri, "diagnostics": diags})})
}

// findingsAt returns the document's findings whose range holds pos (or
// meets [from, to] for a code action), with the document's lines.
func (s *Server) findingsAt(uri string, from, to position) ([]finding.Finding, []string, *check.Checker) {
	s.mu.Lock()
	defer s.mu.Unlock()
	d := s.docs[uri]
	if d == nil {
		return nil, nil, nil
	}
	lines := splitLines(d.text)
	var out []finding.Finding
	for _, f := range d.findings {
		r := rangeOf(f, lines)
		if !before(to, r.Start) && !before(r.End, from) {
			out = append(out, f)
		}
	}
	return out, lines, d.checker
}

func before(a, b position) bool {
	return a.Line < b.Line || a.Line == b.Line && a.Character < b.Character
}

func (s *Server) codeActions(params json.RawMessage) []map[string]any {
	var p struct {
		TextDocument struct {
			URI string `json:"uri"`
		} `json:"textDocument"`
		Range lspRange `json:"range"`
	}
	actions := []map[string]any{}
	if json.Unmarshal(params, &p) != nil {
		return actions
	}
	fs, lines, _ := s.findingsAt(p.TextDocument.URI, p.Range.Start, p.Range.End)
	for _, f := range fs {
		if !f.HasReplacement || f.EndLine == 0 || f.Sensitive {
			continue
		}
		r := rangeOf(f, lines)
		title := "Skriv om till ”" + f.Replacement + "”"
		if s.lang == "en" {
			title = "Rewrite as “" + f.Replacement + "”"
		}
		actions = append(actions, map[string]any{
			"title": title, "kind": "quickfix", "isPreferred": true,
			"diagnostics": []map[string]any{{"range": r, "severity": lspSeverity[f.Severity], "code": f.Rule, "source": "tjlint", "message": f.Message.In(s.lang)}},
			"edit":        map[string]any{"changes": map[string]any{p.TextDocument.URI: []map[string]any{{"range": r, "newText": f.Replacement}}}},
		})
	}
	return actions
}

func (s *Server) hover(params json.RawMessage) any {
	var p struct {
		TextDocument struct {
			URI string `json:"uri"`
		} `json:"textDocument"`
		Position position `json:"position"`
	}
	if json.Unmarshal(params, &p) != nil {
		return nil
	}
	fs, _, c := s.findingsAt(p.TextDocument.URI, p.Position, p.Position)
	if len(fs) == 0 || c == nil {
		return nil
	}
	var b strings.Builder
	for i, f := range fs {
		if i > 0 {
			b.WriteString("\n\n---\n\n")
		}
		r, ok := c.Rule(f.Rule)
		title, desc := f.Rule, ""
		if ok {
			title, desc = r.Localized(s.lang)
		}
		b.WriteString("**" + title + "** (`" + f.Rule + "`)\n\n" + f.Message.In(s.lang))
		if desc != "" {
			b.WriteString("\n\n" + desc)
		}
	}
	return map[string]any{"contents": map[string]any{"kind": "markdown", "value": b.String()}}
}

// filePath is the local path of a file: URI.
func filePath(uri string) (string, bool) {
	u, err := url.Parse(uri)
	if err != nil || u.Scheme != "file" {
		return "", false
	}
	return filepath.FromSlash(u.Path), true
}
