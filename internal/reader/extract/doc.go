// Package extract turns a document, as a sequence of blocks with source
// positions, into the case model: sections by the heading variants that
// municipalities use, the header block (dnr, date, recipient), the title, the
// decision points, the referral and its deadline, the motion and its authors,
// and the signatories. The plain-text, Markdown and DOCX readers each turn
// their format into blocks and share this package, so the same content gives
// the same case whatever the format.
package extract
