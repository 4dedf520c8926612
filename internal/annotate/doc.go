// Package annotate writes a copy of a Word document (.docx) with one Word
// comment per finding, for `tjlint annotate` and the web page's download.
//
// Findings on a DOCX are positioned in docxcase's stable rendering (one
// line per paragraph or manual line break, one per table row). The walker
// here renders word/document.xml the same way while keeping the byte
// offsets of every paragraph and w:t, so that a finding's start and end
// line:col become places in the XML. A comment on words splits the runs at
// those places (the run's w:rPr is repeated, so the formatting is kept)
// and puts w:commentRangeStart, w:commentRangeEnd and a
// w:commentReference run between the halves; a comment on a paragraph
// spans its content after w:pPr. When the walker's rendering does not
// match the reader's, Annotate refuses rather than put comments in the
// wrong place.
//
// Only word/document.xml, word/comments.xml, word/_rels/document.xml.rels
// and [Content_Types].xml are written; every other zip entry is copied
// with its compressed bytes.
package annotate
