package pdfcase

import (
	"errors"
	"testing"
	"time"

	"github.com/tjlint/tjlint/internal/casemodel"
)

// FuzzRead: any bytes give a case or an input error, never a panic or
// another error.
func FuzzRead(f *testing.F) {
	// Small seeds: the fixtures (30 kB) make each execution too slow for
	// the five seconds that CI fuzzes.
	f.Add(onePage("", "BT /F1 12 Tf 72 700 Td (Bakgrund) Tj 0 -14 Td [(Na) -20 (mn)] TJ ET"))
	f.Add(onePage("", "q 0.5 0 0 0.5 0 0 cm BT /F1 10 Tf 1 0 0 1 50 780 Tm (Sida 1 av 2) Tj T* (upprust-) Tj 0 -12 TD (ningen) Tj ET Q /Im1 Do BI /W 1 /H 1 ID x EI"))
	f.Add(onePage("/Lang (sv-SE) /StructTreeRoot << /K [<< /S /Figure >>] >>", "q 1 0 0 1 0 0 cm BT /F1 9 Tf (x) ' ET Q"))
	f.Fuzz(func(t *testing.T, src []byte) {
		lim := defaultLimits()
		lim.pages, lim.streamBytes, lim.timeout = 50, 1<<20, 2*time.Second
		d, err := parse(src, lim)
		if err != nil {
			var ie *casemodel.InputError
			if !errors.As(err, &ie) {
				t.Fatalf("not an input error: %v", err)
			}
			return
		}
		if len(d.Lines) == 0 {
			t.Fatal("a read PDF has at least its page markers")
		}
	})
}
