package server

import (
	"fmt"
	"strings"
)

// Markdown renders a check response as a Markdown report (the page's
// "Ladda ner rapport (Markdown)" and POST /api/v1/check?format=markdown).
// Document text is escaped so that it cannot add Markdown structure.
func Markdown(r CheckResponse) string {
	en := r.Lang == "en"
	t := func(sv, e string) string {
		if en {
			return e
		}
		return sv
	}
	var b strings.Builder
	fmt.Fprintf(&b, "# %s: %s\n\n", t("tjlint-granskning", "tjlint check"), mdEscape(r.File))
	fmt.Fprintf(&b, "**%s**\n\n", mdEscape(r.Verdict))
	if title, ok := r.Case["title"].(string); ok && title != "" {
		fmt.Fprintf(&b, "- %s: %s\n", t("Ärende", "Case"), mdEscape(title))
	}
	if dnr, ok := r.Case["dnr"].(string); ok && dnr != "" {
		fmt.Fprintf(&b, "- %s: %s\n", t("Diarienummer", "Reference number"), mdEscape(dnr))
	}
	fmt.Fprintf(&b, "- %s: %s\n", t("Profil", "Profile"), mdEscape(r.Profile))
	fmt.Fprintf(&b, "- %s: %d %s, %d %s, %d info\n\n", t("Sammanräkning", "Summary"),
		r.Summary["error"], t("fel", "errors"), r.Summary["warning"], t("varningar", "warnings"), r.Summary["info"])

	groups := []struct{ sev, sv, en string }{
		{"error", "Fel", "Errors"}, {"warning", "Varningar", "Warnings"}, {"info", "Info", "Info"},
	}
	for _, g := range groups {
		var fs []Finding
		for _, f := range r.Findings {
			if f.Severity == g.sev {
				fs = append(fs, f)
			}
		}
		if len(fs) == 0 {
			continue
		}
		fmt.Fprintf(&b, "## %s (%d)\n\n", t(g.sv, g.en), len(fs))
		for _, f := range fs {
			fmt.Fprintf(&b, "- **%s** `%s` (%s %d, %s %d): %s\n", mdEscape(f.Title), f.Rule,
				t("rad", "line"), f.Line, t("kolumn", "column"), f.Column, mdEscape(f.Message))
			if f.Description != "" {
				fmt.Fprintf(&b, "  - %s\n", mdEscape(f.Description))
			}
			for _, ref := range f.References {
				if ref.Description != "" {
					fmt.Fprintf(&b, "  - %s: <%s>\n", mdEscape(ref.Description), ref.Ref)
				} else {
					fmt.Fprintf(&b, "  - <%s>\n", ref.Ref)
				}
			}
		}
		b.WriteString("\n")
	}
	return b.String()
}

var mdEscaper = strings.NewReplacer(
	`\`, `\\`, "`", "\\`", "*", `\*`, "_", `\_`, "[", `\[`, "]", `\]`,
	"<", "&lt;", ">", "&gt;", "#", `\#`, "|", `\|`, "\n", " ", "\r", " ",
)

func mdEscape(s string) string { return mdEscaper.Replace(s) }
