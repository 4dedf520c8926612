package reader_test

import (
	"strings"
	"testing"

	"github.com/tjlint/tjlint/internal/casemodel"
	"github.com/tjlint/tjlint/internal/reader"
	"github.com/tjlint/tjlint/internal/reader/docxcase/docxtest"
)

// TestSpans resolves words inside a string value to their start and end
// line:col through each reader's segment map, the way a finding with a
// match is located: multi-byte Swedish letters (columns count code points),
// JSON escapes (counted in the raw token), YAML plain, quoted and block
// scalars, and text, Markdown and DOCX values the extractor joined from
// several lines.
func TestSpans(t *testing.T) {
	sections := func(text string) string {
		return "Förslag till beslut\nNämnden godkänner yttrandet.\n\nJämställdhetsanalys\n" + text + "\n\nEva Exempel\nFörvaltningschef\n"
	}
	tests := []struct {
		name, file, src string
		ptr, match      string
		from, to        casemodel.Pos
	}{
		{"json plain", "a.json", `{"title": "Ärendet om ån"}`, "/title", "ån",
			casemodel.Pos{Line: 1, Column: 23}, casemodel.Pos{Line: 1, Column: 25}},
		{"json escapes before the match", "a.json", `{"title": "\u00c4rendet \"om\" \n ån"}`, "/title", "ån",
			casemodel.Pos{Line: 1, Column: 35}, casemodel.Pos{Line: 1, Column: 37}},
		{"json escape inside the match", "a.json", `{"title": "sk\u00e5ne l\u00e4n"}`, "/title", "skåne län",
			casemodel.Pos{Line: 1, Column: 12}, casemodel.Pos{Line: 1, Column: 31}},
		{"json escape at the end of the match", "a.json", `{"title": "sk\u00e5 ne"}`, "/title", "skå",
			casemodel.Pos{Line: 1, Column: 12}, casemodel.Pos{Line: 1, Column: 20}},
		{"json escape at the end of the value", "a.json", `{"title": "sk\u00e5"}`, "/title", "skå",
			casemodel.Pos{Line: 1, Column: 12}, casemodel.Pos{Line: 1, Column: 20}},
		{"json surrogate pair", "a.json", `{"title": "\ud83d\ude00 ö"}`, "/title", "ö",
			casemodel.Pos{Line: 1, Column: 25}, casemodel.Pos{Line: 1, Column: 26}},
		{"yaml plain", "a.yaml", "title: Ärendet om ån\n", "/title", "ån",
			casemodel.Pos{Line: 1, Column: 19}, casemodel.Pos{Line: 1, Column: 21}},
		{"yaml plain folded", "a.yaml", "title: Ärendet om\n  ån och älven\n", "/title", "om ån",
			casemodel.Pos{Line: 1, Column: 16}, casemodel.Pos{Line: 2, Column: 5}},
		{"yaml double-quoted with escapes", "a.yaml", "title: \"\\u00c4rendet \\\"om\\\" ån\"\n", "/title", "ån",
			casemodel.Pos{Line: 1, Column: 29}, casemodel.Pos{Line: 1, Column: 31}},
		{"yaml single-quoted", "a.yaml", "title: 'it''s ån'\n", "/title", "ån",
			casemodel.Pos{Line: 1, Column: 15}, casemodel.Pos{Line: 1, Column: 17}},
		{"yaml literal block", "a.yaml", "title: |\n  Första raden\n  andra ån\n", "/title", "andra ån",
			casemodel.Pos{Line: 3, Column: 3}, casemodel.Pos{Line: 3, Column: 11}},
		{"yaml folded block", "a.yaml", "title: >\n  Första\n  raden är lång\n", "/title", "Första raden",
			casemodel.Pos{Line: 2, Column: 3}, casemodel.Pos{Line: 3, Column: 8}},
		{"text wrapped lines", "a.txt", sections("Förslaget är\nkönsneutralt och påverkar kvinnor och\nmän på samma sätt."), "/sections/gender_equality/text", "kvinnor och män",
			casemodel.Pos{Line: 6, Column: 27}, casemodel.Pos{Line: 7, Column: 4}},
		{"text collapsed spacing", "a.txt", sections("Förslaget är   könsneutralt."), "/sections/gender_equality/text", "könsneutralt",
			casemodel.Pos{Line: 5, Column: 16}, casemodel.Pos{Line: 5, Column: 28}},
		{"text decision point", "a.txt", "Förslag till beslut\nNämnden bör eventuellt\ngodkänna yttrandet.\n\nJämställdhetsanalys\nText.\n", "/decision_proposal/0", "eventuellt godkänna",
			casemodel.Pos{Line: 2, Column: 13}, casemodel.Pos{Line: 3, Column: 9}},
		{"markdown wrapped paragraph", "a.md", "# Förslag till beslut\n\n- Nämnden godkänner yttrandet.\n\n## Jämställdhetsanalys\n\nFörslaget är\nkönsneutralt på så sätt.\n", "/sections/gender_equality/text", "könsneutralt",
			casemodel.Pos{Line: 8, Column: 1}, casemodel.Pos{Line: 8, Column: 13}},
		{"markdown list item", "a.md", "# Förslag till beslut\n\n- Nämnden bör godkänna\n  yttrandet.\n\n## Jämställdhetsanalys\n\nText.\n", "/decision_proposal/0", "godkänna yttrandet",
			casemodel.Pos{Line: 3, Column: 15}, casemodel.Pos{Line: 4, Column: 12}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assertSpan(t, tt.file, []byte(tt.src), tt.ptr, tt.match, tt.from, tt.to)
		})
	}

	// DOCX: a line is a paragraph of the rendering that convert --show-text
	// prints, a column a code point in it.
	docx := docxtest.Doc{Body: []any{
		docxtest.P{Style: "Heading1", Text: "Förslag till beslut"},
		docxtest.P{Text: "Nämnden godkänner yttrandet."},
		docxtest.P{Style: "Heading1", Text: "Jämställdhetsanalys"},
		docxtest.P{Runs: []docxtest.Run{{Text: "Förslaget är "}, {Text: "könsneutralt", Bold: true}, {Text: " och påverkar kvinnor och män lika."}}},
	}}.Bytes()
	t.Run("docx runs", func(t *testing.T) {
		assertSpan(t, "a.docx", docx, "/sections/gender_equality/text", "könsneutralt",
			casemodel.Pos{Line: 4, Column: 14}, casemodel.Pos{Line: 4, Column: 26})
	})
}

func assertSpan(t *testing.T, file string, src []byte, ptr, match string, from, to casemodel.Pos) {
	t.Helper()
	rd, err := reader.For(file, "", src)
	if err != nil {
		t.Fatal(err)
	}
	cs, err := rd.Read(file, src)
	if err != nil {
		t.Fatalf("read: %v", err)
	}
	v, _ := casemodel.Lookup(cs.Value, ptr)
	s, ok := v.(string)
	if !ok {
		t.Fatalf("%s is %#v, not a string", ptr, v)
	}
	start, end, ok := casemodel.Find(s, match, -1)
	if !ok {
		t.Fatalf("%q not in %q", match, s)
	}
	gotFrom, gotTo, ok := cs.Span(ptr, start, end)
	if !ok || gotFrom != from || gotTo != to {
		t.Errorf("%q in %q: %v–%v, want %v–%v", match, s, gotFrom, gotTo, from, to)
	}
	// Where the source is the text itself, the span starts at the match's
	// first word.
	if !strings.HasSuffix(file, ".docx") && ok {
		lines := strings.Split(string(src), "\n")
		if gotFrom.Line <= len(lines) {
			first := strings.Fields(match)[0]
			line := []rune(lines[gotFrom.Line-1])
			if c := gotFrom.Column - 1; c >= len(line) || !strings.HasPrefix(string(line[c:]), first) && !strings.Contains(lines[gotFrom.Line-1], `\`) {
				t.Errorf("line %d col %d does not start %q: %q", gotFrom.Line, gotFrom.Column, first, lines[gotFrom.Line-1])
			}
		}
	}
}
