// Package pdfcase reads a PDF into the case model.
//
// The PDF is parsed with github.com/ledongthuc/pdf (pure Go, no cgo): its
// object reader, content-stream lexer (pdf.Interpret) and font encoders
// (ToUnicode maps, standard encodings). The text state machine is ours
// (content.go): the library's own Page.Content emits a stray glyph after
// every TJ array (it shows "\n" through the font, which in a subset font is
// a letter) and gives CID fonts no widths, so browser-printed PDFs would
// lose their word spacing.
//
// From the shown strings and their positions the reader rebuilds lines in
// reading order (layout.go): runs on one baseline form a line, a column gap
// becomes spaces that put the next column at a character position
// proportional to its x (a two- or three-column signature block comes out
// as the text corpus has it), running headers, footers and page counters
// are recognised by their height on the page and repetition across pages,
// and a word hyphenated at a line end is joined. The result is a stable
// text rendering with a "<!-- sida N -->" line before each page; positions
// are lines of that rendering (`tjlint convert --show-text` prints it), and
// the text reader's block rules and the shared extractor do the rest.
//
// Hostile files are bounded (limits in pdfcase.go): pages per file,
// decoded content bytes per page (a compressed-stream bomb stops there),
// strings per page, nesting of form XObjects, structure tree elements and
// time per file. Nothing in a PDF is run: JavaScript and actions are never
// looked at.
//
// The file's own facts for accessible publishing (tagged, /Lang, title,
// pages without text, figures without alternative text) become the case's
// "file" object (file.go).
package pdfcase
