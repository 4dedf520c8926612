package yamlcase

import (
	"strings"
	"testing"
)

// bigYAML is a case of about n bytes: a header and many sections of
// ordinary length (under the limit of sections).
func bigYAML(n int) []byte {
	var b strings.Builder
	b.WriteString("kind: tjansteutlatande\ntitle: Svar på motion om kvällsöppna fritidsgårdar\ndecision_proposal:\n  - Nämnden godkänner förvaltningens tjänsteutlåtande.\nsections:\n  other:\n")
	para := strings.Repeat("Förvaltningen instämmer i att frågan är angelägen och att arbetet behöver bedrivas i bred samverkan. ", 5)
	for b.Len() < n {
		b.WriteString("    - heading: Delområde och genomförande\n      text: " + para + "\n")
	}
	return []byte(b.String())
}

// BenchmarkRead reads YAML cases of 64 KB and 1 MB.
func BenchmarkRead(b *testing.B) {
	for _, size := range []struct {
		name string
		n    int
	}{{"64KB", 64 << 10}, {"1MB", 1 << 20}} {
		src := bigYAML(size.n)
		b.Run(size.name, func(b *testing.B) {
			b.SetBytes(int64(len(src)))
			b.ReportAllocs()
			for b.Loop() {
				if _, err := (Reader{}).Read("big.yaml", src); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
