// Package extract turns a document, as a sequence of blocks with source
// positions, into the case model: sections by the heading variants that
// municipalities use, the header block (dnr, date, recipient), the title, the
// decision points, the referral and its deadline, the motion and its authors,
// and the signatories. The plain-text, Markdown and DOCX readers each turn
// their format into blocks and share this package, so the same content gives
// the same case whatever the format.
//
// Headings are known by layout (a short capitalised line of its own with no
// final full stop, followed by text) and by the words that head them
// (headings.go): the analysis sections by their kind's word or an analysis
// head that names the kind, so that "Konsekvenser ur barnrätts- och
// barnperspektiv" is the child-rights section and "Jämställdhet och
// barnperspektiv" fills both sections it names. A heading may wrap onto a
// second line. An analysis heading of no named kind ("Konsekvensbeskrivning")
// is listed in the case's unread list when there is no jämställdhetsanalys.
//
// Decision points (decision.go) are the sentences and list items under the
// decision headings. Several decision headings in a row, proposals to
// different bodies, are all read: their points follow each other in
// decision_proposal in the document's order, each naming its own body, and
// the authority is the first heading's body. A lead-in before list items
// ("Nämnden beslutar:") is read with items in the att-sats form; table rows,
// links to tables, date lists and reservations are no points; a decision that
// cannot be split is listed as unread.
//
// A meeting packet (a kallelse and several tjänsteskrivelser in one file) is
// not one case: Build returns a *casemodel.NotACaseError that says so
// (IsPacket).
package extract
