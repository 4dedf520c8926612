package docxcase

import (
	"archive/zip"
	"bytes"
	"errors"
	"io"
	"path"
	"sort"
	"strconv"
	"strings"

	"github.com/tjlint/tjlint/internal/casemodel"
	"github.com/tjlint/tjlint/internal/i18n"
)

// Limits that keep a hostile file from using unbounded memory or time. The
// zip headers are never trusted: every part is read through a LimitReader.
const (
	// MaxEntries is the most zip entries a .docx may have (Word writes
	// 10–40).
	MaxEntries = 2000
	// MaxPartBytes is the most one XML part may expand to.
	MaxPartBytes = 20 << 20
	// MaxTotalBytes is the most all the parts read may expand to together.
	MaxTotalBytes = 50 << 20
	// MaxRatio is the largest compression ratio accepted for a part larger
	// than ratioFloor; XML compresses 5–20 times, a zip bomb hundreds.
	MaxRatio   = 100
	ratioFloor = 1 << 20
	// MaxDepth bounds XML element nesting.
	MaxDepth = 256
	// MaxParts bounds how many header and footer parts are read.
	MaxParts = 32
)

// container holds the parts of a .docx that the reader uses.
type container struct {
	document []byte
	styles   []byte      // nil when there is none
	settings []byte      // word/settings.xml, nil when there is none
	core     []byte      // docProps/core.xml, nil when there is none
	headers  []namedPart // word/header*.xml in numeric order
	footers  []namedPart // word/footer*.xml in numeric order
}

type namedPart struct {
	name string
	data []byte
}

func inputErr(sv, en string, err error) *casemodel.InputError {
	return &casemodel.InputError{Pos: casemodel.Pos{Line: 1, Column: 1}, Message: i18n.T(sv, en), Err: err}
}

var errTooLarge = errors.New("part too large")

// oleMagic starts an OLE compound file: an old Word document (.doc), or a
// .docx that Word encrypted with a password (the zip is then inside, as the
// stream EncryptedPackage).
var oleMagic = []byte{0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1}

// encryptedPackage is the stream name "EncryptedPackage" as the compound
// file's directory stores it (UTF-16LE).
var encryptedPackage = utf16le("EncryptedPackage")

func utf16le(s string) []byte {
	b := make([]byte, 0, 2*len(s))
	for _, c := range []byte(s) {
		b = append(b, c, 0)
	}
	return b
}

// notADocx says in the user's words why src, which is not a zip archive,
// is no .docx: a password, the old .doc format, or something else. Never the
// zip package's error.
func notADocx(src []byte, err error) *casemodel.InputError {
	if bytes.HasPrefix(src, oleMagic) {
		if bytes.Contains(src, encryptedPackage) {
			return inputErr("Filen är lösenordsskyddad (krypterad) och kan inte läsas. Ta bort lösenordet i Word "+
				"(Arkiv > Information > Skydda dokument > Kryptera med lösenord, töm rutan), spara och försök igen.",
				"The file is password-protected (encrypted) and cannot be read. Remove the password in Word "+
					"(File > Info > Protect Document > Encrypt with Password, clear the box), save and try again.", err)
		}
		return inputErr("Filen är i det äldre Word-formatet .doc. Öppna den i Word och spara som .docx "+
			"(Arkiv > Spara som > Word-dokument) och försök igen.",
			"The file is in the old Word format .doc. Open it in Word, save it as .docx "+
				"(File > Save As > Word Document) and try again.", err)
	}
	return inputErr(notWordSV, notWordEN, err)
}

// open reads the parts of a .docx from src.
func open(src []byte) (*container, error) {
	zr, err := zip.NewReader(bytes.NewReader(src), int64(len(src)))
	if err != nil && !errors.Is(err, zip.ErrInsecurePath) {
		return nil, notADocx(src, err)
	}
	if len(zr.File) > MaxEntries {
		return nil, inputErr("DOCX-filen har för många delar (över "+strconv.Itoa(MaxEntries)+")",
			"the DOCX file has too many entries (over "+strconv.Itoa(MaxEntries)+")", nil)
	}
	byName := map[string]*zip.File{}
	var headers, footers []*zip.File
	for _, f := range zr.File {
		name := strings.ToLower(strings.TrimPrefix(f.Name, "/"))
		if _, dup := byName[name]; dup {
			continue
		}
		byName[name] = f
		dir, base := path.Split(name)
		if dir != "word/" || !strings.HasSuffix(base, ".xml") {
			continue
		}
		switch {
		case strings.HasPrefix(base, "header"):
			headers = append(headers, f)
		case strings.HasPrefix(base, "footer"):
			footers = append(footers, f)
		}
	}
	doc := byName["word/document.xml"]
	if doc == nil {
		return nil, inputErr("DOCX-filen saknar word/document.xml: det är inte ett Word-dokument",
			"the DOCX file has no word/document.xml: it is not a Word document", nil)
	}
	budget := int64(MaxTotalBytes)
	c := &container{}
	if c.document, err = readPart(doc, &budget); err != nil {
		return nil, err
	}
	if st := byName["word/styles.xml"]; st != nil {
		if c.styles, err = readPart(st, &budget); err != nil {
			return nil, err
		}
	}
	for _, opt := range []struct {
		name string
		dst  *[]byte
	}{{"word/settings.xml", &c.settings}, {"docprops/core.xml", &c.core}} {
		if f := byName[opt.name]; f != nil {
			if *opt.dst, err = readPart(f, &budget); err != nil {
				return nil, err
			}
		}
	}
	for _, group := range []struct {
		files []*zip.File
		dst   *[]namedPart
	}{{headers, &c.headers}, {footers, &c.footers}} {
		sortParts(group.files)
		if len(group.files) > MaxParts {
			group.files = group.files[:MaxParts]
		}
		for _, f := range group.files {
			b, err := readPart(f, &budget)
			if err != nil {
				return nil, err
			}
			*group.dst = append(*group.dst, namedPart{f.Name, b})
		}
	}
	return c, nil
}

// sortParts orders header2.xml before header10.xml.
func sortParts(fs []*zip.File) {
	num := func(f *zip.File) int {
		base := strings.TrimSuffix(path.Base(strings.ToLower(f.Name)), ".xml")
		base = strings.TrimLeft(base, "abcdefghijklmnopqrstuvwxyz")
		n, err := strconv.Atoi(base)
		if err != nil {
			return 1 << 30
		}
		return n
	}
	sort.SliceStable(fs, func(i, j int) bool {
		ni, nj := num(fs[i]), num(fs[j])
		if ni != nj {
			return ni < nj
		}
		return fs[i].Name < fs[j].Name
	})
}

// readPart reads one zip entry within the per-part limit and what is left
// of the total budget.
func readPart(f *zip.File, budget *int64) ([]byte, error) {
	tooLarge := func() error {
		return inputErr("DOCX-filen packas upp till för mycket data i "+f.Name+" (möjlig zip-bomb)",
			"the DOCX file expands to too much data in "+f.Name+" (possible zip bomb)", errTooLarge)
	}
	if f.UncompressedSize64 > ratioFloor && (f.CompressedSize64 == 0 || f.UncompressedSize64/f.CompressedSize64 > MaxRatio) {
		return nil, tooLarge()
	}
	if f.UncompressedSize64 > MaxPartBytes {
		return nil, tooLarge()
	}
	rc, err := f.Open()
	if err != nil {
		return nil, corrupt(f.Name, err)
	}
	defer rc.Close()
	lim := min(int64(MaxPartBytes), *budget)
	b, err := io.ReadAll(io.LimitReader(rc, lim+1))
	if int64(len(b)) > lim {
		return nil, tooLarge()
	}
	if err != nil {
		return nil, corrupt(f.Name, err)
	}
	*budget -= int64(len(b))
	return b, nil
}

// The words for a file that cannot be opened as a Word document: what a
// clerk can do about it, not the zip library's error (kept in Err).
const (
	notWordSV = "Filen går inte att öppna som Word-dokument. Spara den som .docx i Word och försök igen."
	notWordEN = "The file cannot be opened as a Word document. Save it as .docx in Word and try again."
)

func corrupt(name string, err error) error {
	return inputErr("Filen går inte att öppna som Word-dokument: delen "+name+" är skadad. Spara den som .docx i Word och försök igen.",
		"The file cannot be opened as a Word document: its part "+name+" is corrupt. Save it as .docx in Word and try again.", err)
}
