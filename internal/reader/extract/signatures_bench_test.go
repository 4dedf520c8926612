package extract

import (
	"strings"
	"testing"
)

// closingHeavyDoc is about size bytes of a case whose every paragraph looks
// like part of a signature block (names over unknown posts, "Namn, enhet"
// pairs) with no block that closes the document: the worst case for the
// signature search, which must stay linear.
func closingHeavyDoc(size int) []Block {
	bs := []Block{para(1, "TJÄNSTESKRIVELSE"), para(2, "Förslag till beslut"), para(3, "Nämnden godkänner rapporten.")}
	n, line := 0, 4
	for n < size {
		for _, p := range [][]string{
			{"Anna Exempel          Bo Påhittad", "Kommunstyrelsen       Servicenämnden"},
			{"Cia Prov, Kommunledningskontoret"},
			{"Förvaltningen har tagit fram en rapport om läget i verksamheten under året."},
		} {
			bs = append(bs, para(line, p...))
			line += len(p) + 1
			n += len(strings.Join(p, " "))
		}
	}
	return bs
}

func BenchmarkSignatureSearch(b *testing.B) {
	bs := closingHeavyDoc(1 << 20)
	b.SetBytes(1 << 20)
	b.ResetTimer()
	for range b.N {
		if _, err := Build(bs, Options{}); err != nil {
			b.Fatal(err)
		}
	}
}
