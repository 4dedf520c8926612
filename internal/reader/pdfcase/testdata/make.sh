#!/bin/sh
# Regenerates the PDF fixtures of the pdfcase tests from the flat ODF
# sources here (made-up people): each source is saved as DOCX by
# LibreOffice, and the DOCX is exported to PDF with and without tagged PDF;
# same.html is printed to PDF by Chromium. Needs LibreOffice Writer
# (Debian: libreoffice-writer-nogui) and chromium. The tests read the
# checked-in results and need neither.
set -eu
cd "$(dirname "$0")"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
for doc in same long; do
	soffice --headless --convert-to docx --outdir "$tmp" "$doc.fodt" >/dev/null
	cp "$tmp/$doc.docx" "$doc.docx"
	soffice --headless --convert-to 'pdf:writer_pdf_Export:{"UseTaggedPDF":{"type":"boolean","value":"true"}}' --outdir "$tmp" "$doc.docx" >/dev/null
	mv "$tmp/$doc.pdf" "$doc-tagged.pdf"
	soffice --headless --convert-to 'pdf:writer_pdf_Export:{"UseTaggedPDF":{"type":"boolean","value":"false"}}' --outdir "$tmp" "$doc.docx" >/dev/null
	mv "$tmp/$doc.pdf" "$doc-untagged.pdf"
done
chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer --print-to-pdf="$tmp/browser.pdf" "file://$PWD/same.html" 2>/dev/null
mv "$tmp/browser.pdf" same-browser.pdf
