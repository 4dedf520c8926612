package report

import (
	"fmt"
	"strings"
	"unicode/utf8"
)

// Output injection.
//
// File names and messages come from the documents and the file system: a
// signatory's name, a title or a file name may hold a line break, a
// terminal escape sequence or text that a CI system reads as a command
// (GitHub's "::error …" at the start of a line, Azure's "##vso[…]" anywhere
// in one). Every line format therefore writes them through plain, and the
// markdown format through mdText or mdCode as well.

// plain makes untrusted text safe on one line of a log or terminal: control
// characters (C0, DEL, C1), line and paragraph separators, bidirectional
// overrides and bytes that are not UTF-8 are written as visible Go-style
// escapes (\n, \x1b, \u202e); a tab becomes a space. "##vso[" and "##["
// are broken up so that Azure Pipelines does not run them.
func plain(s string) string { return escapeControls(s, false) }

// multiline is plain but keeps line breaks (\n, \r), for the formats whose
// own escaping carries them safely: workflow and logging command data
// (%0A) and JSON strings.
func multiline(s string) string { return escapeControls(s, true) }

func escapeControls(s string, keepNewlines bool) string {
	if isPlain(s) {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && size == 1:
			fmt.Fprintf(&b, `\x%02x`, s[i])
		case r == '\t':
			b.WriteByte(' ')
		case keepNewlines && (r == '\n' || r == '\r'):
			b.WriteRune(r)
		case r == '\n':
			b.WriteString(`\n`)
		case r == '\r':
			b.WriteString(`\r`)
		case r < 0x20 || r == 0x7f:
			fmt.Fprintf(&b, `\x%02x`, r)
		case unsafeRune(r):
			fmt.Fprintf(&b, `\u%04x`, r)
		default:
			b.WriteString(s[i : i+size])
		}
		i += size
	}
	return azureCommands.Replace(b.String())
}

// azureCommands breaks up Azure Pipelines' logging and formatting commands.
var azureCommands = strings.NewReplacer("##vso[", `##vso\[`, "##[", `##\[`)

func isPlain(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c < 0x20 || c >= 0x7f {
			return false
		}
	}
	return !strings.Contains(s, "##")
}

// unsafeRune is a non-ASCII rune that moves the cursor or reorders text:
// C1 controls, the line and paragraph separators, bidirectional embeddings,
// overrides and isolates, and the byte-order mark.
func unsafeRune(r rune) bool {
	switch {
	case r >= 0x80 && r <= 0x9f,
		r == 0x2028, r == 0x2029,
		r >= 0x202a && r <= 0x202e,
		r >= 0x2066 && r <= 0x2069,
		r == 0x200e, r == 0x200f, r == 0x061c,
		r == 0xfeff:
		return true
	}
	return false
}

// lineStart makes a file name safe at the start of a line: a name that
// begins with "::" (a GitHub workflow command) or "##" (an Azure command)
// gets "./" before it, which names the same file.
func lineStart(file string) string {
	f := plain(file)
	if t := strings.TrimLeft(f, " "); strings.HasPrefix(t, "::") || strings.HasPrefix(t, "##") {
		return "./" + f
	}
	return f
}

// mdText makes untrusted text inert in Markdown (GitHub, GitLab): line
// breaks become spaces; besides plain, every character with a meaning in Markdown is escaped with a
// backslash (links and images need brackets; emphasis, code, tables), HTML
// and entities are
// written as text, and @mentions, bare URLs and www. links are broken by an
// invisible word joiner so that nobody is notified and nothing is linked.
func mdText(s string) string {
	s = plain(strings.NewReplacer("\r\n", " ", "\n", " ", "\r", " ").Replace(s))
	var b strings.Builder
	for _, r := range s {
		switch r {
		case '\\', '`', '*', '_', '[', ']', '|', '~':
			b.WriteByte('\\')
			b.WriteRune(r)
		case '<':
			b.WriteString("&lt;")
		case '>':
			b.WriteString("&gt;")
		case '&':
			b.WriteString("&amp;")
		case '@':
			b.WriteString("@\u2060")
		default:
			b.WriteRune(r)
		}
	}
	return mdLinks.Replace(b.String())
}

// mdLinks breaks what GitHub and GitLab link without brackets.
var mdLinks = strings.NewReplacer("://", ":\u2060//", "www.", "www\u2060.", "WWW.", "WWW\u2060.")

// mdCode makes untrusted text safe inside a code span in a table cell:
// plain, no backtick to end the span, the pipe escaped for the table, and
// (should a renderer link inside code) mentions and URLs broken as in mdText.
func mdCode(s string) string {
	return mdLinks.Replace(strings.NewReplacer("`", "'", "|", `\|`, "@", "@\u2060").Replace(plain(s)))
}

// mdURL returns ref when it is an http(s) URL that is safe as a Markdown
// link target, else "".
func mdURL(ref string) string {
	if !strings.HasPrefix(ref, "https://") && !strings.HasPrefix(ref, "http://") {
		return ""
	}
	if strings.ContainsAny(ref, " ()<>\"'`\\[]") || ref != plain(ref) {
		return ""
	}
	return ref
}
