package pdfcase

import (
	"fmt"
	"runtime"
	"runtime/metrics"
	"strings"
	"sync/atomic"
	"testing"
	"time"
)

// hundredPages is a generated 100-page PDF: on every page a running
// header, 45 lines of body text shown word by word with kerning (as office
// suites do) and a page counter.
func hundredPages() []byte {
	const n = 100
	objs := []string{"<< /Type /Catalog /Pages 2 0 R /Lang (sv-SE) >>", "", helv}
	var kids []string
	for p := 1; p <= n; p++ {
		var c strings.Builder
		c.WriteString("BT /F1 9 Tf 72 800 Td (Provk\xf6pings kommun    Dnr KS 2024/0042) Tj ET\n")
		c.WriteString("BT /F1 11 Tf 72 760 Td 14 TL\n")
		if p == 1 {
			c.WriteString("(Datum 2024-03-01) ' (Upprustning av parken) ' (F\xf6rslag till beslut) ' (N\xe4mnden godk\xe4nner f\xf6rslaget.) ' (Bakgrund) ' ")
		}
		for l := 0; l < 45; l++ {
			w := words[p%len(words)] + " " + words[p/len(words)%len(words)]
			fmt.Fprintf(&c, "[(F\xf6rvaltningen) -250 (har) -250 (g\xe5tt) -250 (igenom) -250 (%s) -250 (platserna) -250 (l\xe4ngs) -250 (\xe5n,) -250 (rad) -250 (%d.)] TJ T*\n", w, l)
		}
		fmt.Fprintf(&c, "ET BT /F1 9 Tf 280 40 Td (Sida %d av %d) Tj ET\n", p, n)
		objs = append(objs, "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> /Contents "+fmt.Sprint(len(objs)+2)+" 0 R >>", stream("", c.String()))
		kids = append(kids, fmt.Sprintf("%d 0 R", len(objs)-1))
	}
	objs[1] = fmt.Sprintf("<< /Type /Pages /Kids [%s] /Count %d >>", strings.Join(kids, " "), n)
	return buildPDF(objs, "")
}

var words = []string{"de", "alla", "flera", "somliga", "vissa", "n\xe5gra", "\xf6vriga", "m\xe5nga", "offentliga", "gr\xf6na", "nya", "gamla", "st\xf6rre"}

// BenchmarkRead100Pages reports pages per second and the peak live heap
// while reading a 100-page PDF into a case.
func BenchmarkRead100Pages(b *testing.B) {
	src := hundredPages()
	var peak atomic.Uint64
	stop := make(chan struct{})
	done := make(chan struct{})
	go func() {
		defer close(done)
		s := []metrics.Sample{{Name: "/memory/classes/heap/objects:bytes"}}
		for {
			select {
			case <-stop:
				return
			case <-time.After(time.Millisecond):
			}
			metrics.Read(s)
			if v := s[0].Value.Uint64(); v > peak.Load() {
				peak.Store(v)
			}
		}
	}()
	runtime.GC()
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		c, err := Reader{}.Read("big.pdf", src)
		if err != nil {
			b.Fatal(err)
		}
		if c.Value["file"].(map[string]any)["pages"] == nil {
			b.Fatal("no pages")
		}
	}
	b.StopTimer()
	close(stop)
	<-done
	b.ReportMetric(float64(100*b.N)/b.Elapsed().Seconds(), "pages/s")
	b.ReportMetric(float64(peak.Load())/(1<<20), "peak-heap-MiB")
}

func TestHundredPages(t *testing.T) {
	d, err := Parse(hundredPages())
	if err != nil {
		t.Fatal(err)
	}
	if d.File.Pages != 100 || !strings.Contains(d.Text(), "Förvaltningen har gått igenom nya de platserna längs ån, rad 44.") {
		t.Fatalf("pages %d\n%s", d.File.Pages, d.Text()[:500])
	}
	furn := 0
	for _, l := range d.Lines {
		if l.Furniture && !strings.HasPrefix(l.Text, "<!--") {
			furn++
		}
	}
	if furn != 199 { // 99 repeated headers and 100 counters
		t.Errorf("furniture lines %d, want 199", furn)
	}
}

// BenchmarkParse100Pages is the PDF side alone: lines, furniture and file
// facts, without the shared extractor.
func BenchmarkParse100Pages(b *testing.B) {
	src := hundredPages()
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		if _, err := Parse(src); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(100*b.N)/b.Elapsed().Seconds(), "pages/s")
}
