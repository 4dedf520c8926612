package casegen

import (
	"bytes"
	"strings"
)

// Shape is a generated hostile input: an ordinary-looking document blown up
// along one dimension (many decision points, deep nesting, a wide table),
// the way an attacker or a broken export would write it.
type Shape struct {
	Name string // short, used as a test name and a file name
	Ext  string // the file extension that chooses the reader, with the dot
	// Gen returns the document at scale n: the count along the shape's
	// dimension (decision points, lines, depth, columns ...).
	Gen func(n int) []byte
	// Full is the scale at which the shape was measured in issue 14 (each
	// document stays under the 20 MiB size limit).
	Full int
}

// textHead is the start of a plain-text tjänsteskrivelse up to its decision
// heading.
const textHead = "Tjänsteutlåtande\nDnr SN 2024/317\n2024-03-04\n\nSvar på motion om kvällsöppna fritidsgårdar\n\n"

// Hostile returns the hostile shapes of issue 14, one per dimension that
// once took minutes or gigabytes.
func Hostile() []Shape {
	return []Shape{
		{"json-decisions", ".json", jsonDecisions, 400_000},
		{"json-signatories", ".json", jsonSignatories, 500_000},
		{"json-sections", ".json", jsonOtherSections, 200_000},
		{"text-lines", ".txt", textLines, 2_000_000},
		{"text-bullets", ".txt", textBullets, 1_000_000},
		{"text-headings", ".txt", textHeadings, 100_000},
		{"text-signatures", ".txt", textSignatures, 300_000},
		{"md-deep-list", ".md", mdDeepList, 4_000},
		{"md-deep-list-inline", ".md", mdDeepListInline, 100_000},
		{"md-open-links", ".md", mdOpenLinks, 200_000},
		{"md-wide-table", ".md", mdWideTable, 200_000},
		{"md-deep-quote", ".md", mdDeepQuote, 100_000},
		{"md-bullets", ".md", mdBullets, 1_000_000},
		{"yaml-decisions", ".yaml", yamlDecisions, 400_000},
	}
}

func jsonDecisions(n int) []byte {
	var b bytes.Buffer
	b.WriteString(`{"kind": "tjansteutlatande", "title": "Svar på motion", "decision_proposal": [`)
	for i := range n {
		if i > 0 {
			b.WriteByte(',')
		}
		b.WriteString(`"Nämnden godkänner."`)
	}
	b.WriteString("]}\n")
	return b.Bytes()
}

func jsonSignatories(n int) []byte {
	var b bytes.Buffer
	b.WriteString(`{"kind": "tjansteutlatande", "title": "Svar på motion", "signatories": [`)
	for i := range n {
		if i > 0 {
			b.WriteByte(',')
		}
		b.WriteString(`{}`)
	}
	b.WriteString("]}\n")
	return b.Bytes()
}

func jsonOtherSections(n int) []byte {
	var b bytes.Buffer
	b.WriteString(`{"kind": "tjansteutlatande", "title": "Svar på motion", "sections": {"other": [`)
	for i := range n {
		if i > 0 {
			b.WriteByte(',')
		}
		b.WriteString(`{"heading": "B", "text": "t"}`)
	}
	b.WriteString("]}}\n")
	return b.Bytes()
}

func yamlDecisions(n int) []byte {
	var b bytes.Buffer
	b.WriteString("kind: tjansteutlatande\ntitle: Svar på motion\ndecision_proposal:\n")
	for range n {
		b.WriteString("- Nämnden godkänner.\n")
	}
	return b.Bytes()
}

func textLines(n int) []byte {
	var b bytes.Buffer
	b.WriteString(textHead)
	for range n {
		b.WriteString("a\n")
	}
	return b.Bytes()
}

func textBullets(n int) []byte {
	var b bytes.Buffer
	b.WriteString(textHead + "Förslag till beslut\n")
	for range n {
		b.WriteString("- x\n")
	}
	return b.Bytes()
}

func textHeadings(n int) []byte {
	var b bytes.Buffer
	b.WriteString(textHead + "Förslag till beslut\nNämnden godkänner.\n\n")
	for range n {
		b.WriteString("Bakgrund\n\n")
	}
	return b.Bytes()
}

// textSignatures ends a text in many short name-like lines, where the
// signature block is searched.
func textSignatures(n int) []byte {
	var b bytes.Buffer
	b.WriteString(textHead + "Förslag till beslut\nNämnden godkänner.\n\n")
	for range n {
		b.WriteString("Anna Ek\nChef\n")
	}
	return b.Bytes()
}

func mdHead() string {
	return "# Svar på motion om kvällsöppna fritidsgårdar\n\n## Förslag till beslut\n\nNämnden godkänner.\n\n"
}

// mdDeepList nests one list item in the previous n times by indentation.
func mdDeepList(n int) []byte {
	var b bytes.Buffer
	b.WriteString(mdHead())
	for i := range n {
		b.WriteString(strings.Repeat("  ", i))
		b.WriteString("- x\n")
	}
	return b.Bytes()
}

// mdDeepListInline nests n lists on one line ("- - - - x").
func mdDeepListInline(n int) []byte {
	return []byte(mdHead() + strings.Repeat("- ", n) + "x\n")
}

func mdOpenLinks(n int) []byte {
	return []byte(mdHead() + strings.Repeat("[", n) + "\n")
}

// mdWideTable is a table of n columns and a few rows.
func mdWideTable(n int) []byte {
	var b bytes.Buffer
	b.WriteString(mdHead())
	row := strings.Repeat("|a", n) + "|\n"
	b.WriteString(row)
	b.WriteString(strings.Repeat("|-", n) + "|\n")
	for range 3 {
		b.WriteString(row)
	}
	return b.Bytes()
}

func mdDeepQuote(n int) []byte {
	return []byte(mdHead() + strings.Repeat(">", n) + " x\n")
}

func mdBullets(n int) []byte {
	var b bytes.Buffer
	b.WriteString(mdHead())
	for range n {
		b.WriteString("- x\n")
	}
	return b.Bytes()
}

// RepeatCorpus returns doc repeated until the result is at least size
// bytes: an ordinary document of a given length, for throughput figures.
func RepeatCorpus(doc []byte, size int) []byte {
	if len(doc) == 0 {
		panic("casegen: empty document")
	}
	out := make([]byte, 0, size+len(doc))
	for len(out) < size {
		out = append(out, doc...)
		out = append(out, '\n')
	}
	return out
}
