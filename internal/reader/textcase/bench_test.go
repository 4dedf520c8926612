package textcase

import (
	"strings"
	"testing"
)

// bigText is a made-up tjänsteskrivelse of about n bytes: one header and
// decision, then sections, paragraphs and lists repeated.
func bigText(n int) []byte {
	var b strings.Builder
	b.WriteString(doc("Förslag till beslut\nNämnden för Teknik godkänner rapporten.", ""))
	part := "Delområde och genomförande\nFörvaltningen har sett över lokalerna under året och föreslår en\nordning som är enkel att följa för alla enheter.\n\n" +
		"- en första punkt i listan\n- en andra punkt som går över\n  två rader\n\nBarnperspektiv\nFörslaget påverkar flickor och pojkar lika.\n\n"
	for b.Len() < n {
		b.WriteString(part)
	}
	return []byte(b.String())
}

// BenchmarkRead reads texts of growing size; the time per byte must stay
// flat (the reader is linear in document size).
func BenchmarkRead(b *testing.B) {
	for _, size := range []struct {
		name string
		n    int
	}{{"64KB", 64 << 10}, {"1MB", 1 << 20}} {
		src := bigText(size.n)
		b.Run(size.name, func(b *testing.B) {
			b.SetBytes(int64(len(src)))
			for i := 0; i < b.N; i++ {
				if _, err := (Reader{}).Read("big.txt", src); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
