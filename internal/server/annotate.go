package server

import (
	"mime"
	"net/http"
	"path"
	"strings"
	"time"

	"github.com/tjlint/tjlint/internal/annotate"
	"github.com/tjlint/tjlint/internal/i18n"
)

// handleAnnotate answers POST /api/v1/annotate: the uploaded Word document
// back as a copy with one Word comment per finding (see package annotate).
// It takes the document as /api/v1/check does; the copy is made in memory
// and never stored.
func (s *Server) handleAnnotate(w http.ResponseWriter, r *http.Request) {
	lang, c, _, ok := s.langAndChecker(w, r.URL.Query())
	if !ok {
		return
	}
	name, src, st := s.readDocument(w, r)
	if st != nil {
		writeText(w, st.status, st.msg)
		return
	}
	if !strings.EqualFold(path.Ext(name), ".docx") {
		writeText(w, http.StatusUnsupportedMediaType, i18n.T(
			"En granskad kopia med kommentarer kan bara göras av ett Word-dokument (.docx). Spara dokumentet som .docx i Word och försök igen.",
			"An annotated copy can only be made of a Word document (.docx). Save the document as .docx in Word and try again."))
		return
	}
	release, ok := s.acquire(r.Context())
	if !ok {
		w.Header().Set("Retry-After", "5")
		writeError(w, http.StatusServiceUnavailable,
			"Servern granskar redan så många dokument som den får just nu. Vänta några sekunder och försök igen.",
			"The server is already checking as many documents as it may. Wait a few seconds and try again.")
		return
	}
	defer release()
	res := s.runCheck(r.Context(), c, name, src)
	notWord := i18n.T("Filen går inte att öppna som Word-dokument. Spara den som .docx i Word och försök igen.",
		"The file cannot be opened as a Word document. Save it as .docx in Word and try again.")
	if res.InputError || len(res.Cases) != 1 || res.Cases[0] == nil {
		writeText(w, http.StatusUnprocessableEntity, notWord)
		return
	}
	ann, err := annotate.Annotate(src, res.Cases[0], res.Findings, annotate.Options{Lang: lang, Date: time.Now()})
	if err != nil {
		writeText(w, http.StatusUnprocessableEntity, notWord)
		return
	}
	out := strings.TrimSuffix(name, path.Ext(name)) + ".granskad.docx"
	w.Header().Set("Content-Type", "application/vnd.openxmlformats-officedocument.wordprocessingml.document")
	w.Header().Set("Cache-Control", "no-store")
	w.Header().Set("Content-Disposition", mime.FormatMediaType("attachment", map[string]string{"filename": out}))
	w.WriteHeader(http.StatusOK)
	_, _ = w.Write(ann.Docx)
}

// oldWord answers an upload of a Word 97–2003 document.
var oldWord = i18n.T(
	"Filen är ett äldre Word-dokument (.doc), som tjlint inte kan läsa. Öppna det i Word, välj Spara som och filformatet Word-dokument (.docx), och ladda upp det igen.",
	"The file is an older Word document (.doc), which tjlint cannot read. Open it in Word, choose Save As and the format Word Document (.docx), and upload it again.")
