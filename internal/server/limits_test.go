package server

import (
	"io"
	"net/http"
	"net/http/httptest"
	"runtime"
	"strings"
	"testing"
	"time"
)

// generator streams a multipart upload of a document of size bytes
// without holding it: a small file part, then (with extra) a field of size
// bytes after it. read counts what the server took.
type generator struct {
	head, tail string
	size, read int64
	left       int64
}

func newGenerator(size int64, fileFirst bool) *generator {
	g := &generator{size: size, left: size}
	if fileFirst {
		// A small file, then a huge extra field.
		g.head = "--B\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.json\"\r\n\r\n{}\r\n" +
			"--B\r\nContent-Disposition: form-data; name=\"extra\"\r\n\r\n"
	} else {
		g.head = "--B\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.json\"\r\n\r\n"
	}
	g.tail = "\r\n--B--\r\n"
	return g
}

func (g *generator) Read(p []byte) (int, error) {
	n := 0
	switch {
	case g.head != "":
		n = copy(p, g.head)
		g.head = g.head[n:]
	case g.left > 0:
		n = int(min(int64(len(p)), g.left))
		for i := range n {
			p[i] = 'a'
		}
		g.left -= int64(n)
	case g.tail != "":
		n = copy(p, g.tail)
		g.tail = g.tail[n:]
	default:
		return 0, io.EOF
	}
	g.read += int64(n)
	return n, nil
}

func chunkedUpload(g io.Reader) *http.Request {
	req := httptest.NewRequest("POST", "/api/v1/check", io.NopCloser(g))
	req.ContentLength = -1
	req.TransferEncoding = []string{"chunked"}
	req.Header.Set("Content-Type", "multipart/form-data; boundary=B")
	return req
}

// TestChunkedUploadLimit: a chunked body of 300 MB against a 1 MB limit is
// refused with 413 after reading about the limit, without allocating the
// body; also when the document is small and an extra field is huge.
func TestChunkedUploadLimit(t *testing.T) {
	const limit = 1 << 20
	h := newTestServer(t, func(o *Options) { o.MaxUpload = limit }).Handler()
	for _, fileFirst := range []bool{false, true} {
		g := newGenerator(300<<20, fileFirst)
		var before, after runtime.MemStats
		runtime.GC()
		runtime.ReadMemStats(&before)
		rec := do(h, chunkedUpload(g))
		runtime.ReadMemStats(&after)
		if rec.Code != http.StatusRequestEntityTooLarge {
			t.Fatalf("file first %v: status %d, want 413: %s", fileFirst, rec.Code, rec.Body)
		}
		if e := decodeError(t, rec); !strings.Contains(e.Error, "för stort") || !strings.Contains(e.Error, "1 MB") {
			t.Errorf("error %q", e.Error)
		}
		if g.read > 2*limit {
			t.Errorf("file first %v: the server read %d bytes of the body, want about the %d limit", fileFirst, g.read, limit)
		}
		if alloc := after.TotalAlloc - before.TotalAlloc; alloc > 16<<20 {
			t.Errorf("file first %v: allocated %d MiB for a body refused at 1 MiB", fileFirst, alloc>>20)
		}
	}
}

// TestBodyReadAfterSlot: with every check slot taken, a request gets 503
// without its body being read, so --max-concurrent bounds body memory.
func TestBodyReadAfterSlot(t *testing.T) {
	s := newTestServer(t, func(o *Options) { o.MaxConcurrent = 1; o.QueueWait = 10 * time.Millisecond })
	s.sem <- struct{}{} // a check in progress
	defer func() { <-s.sem }()
	g := newGenerator(1000, false)
	rec := do(s.Handler(), chunkedUpload(g))
	if rec.Code != http.StatusServiceUnavailable {
		t.Fatalf("status %d, want 503: %s", rec.Code, rec.Body)
	}
	if g.read != 0 {
		t.Errorf("the body was read (%d bytes) before a slot was free", g.read)
	}
}

// TestHostAndOrigin: only the server's own names and loopback names are
// answered (DNS rebinding gets 421), and a state-changing request from
// another site gets 403.
func TestHostAndOrigin(t *testing.T) {
	h := newTestServer(t, func(o *Options) { o.Hosts = []string{"granskning.kommun.example"} }).Handler()
	req := func(method, host string, hdr ...string) *http.Request {
		var body io.Reader
		if method == "POST" {
			body = strings.NewReader(`{"kind": "tjansteutlatande"}`)
		}
		r := httptest.NewRequest(method, "/api/v1/check?filename=a.json", body)
		if method == "GET" {
			r = httptest.NewRequest(method, "/api/v1/rules", nil)
		}
		r.Host = host
		for i := 0; i+1 < len(hdr); i += 2 {
			r.Header.Set(hdr[i], hdr[i+1])
		}
		return r
	}
	tests := []struct {
		name   string
		req    *http.Request
		status int
		want   string
	}{
		{"loopback address", req("GET", "127.0.0.1:8080"), 200, ""},
		{"localhost", req("GET", "localhost:8080"), 200, ""},
		{"IPv6 loopback", req("GET", "[::1]:8080"), 200, ""},
		{"own name", req("GET", "Granskning.Kommun.Example"), 200, ""},
		{"rebound name", req("GET", "attacker.example:8080"), 421, "svarar inte på den här adressen"},
		{"rebound name, POST", req("POST", "attacker.example:8080", "Sec-Fetch-Site", "same-origin"), 421, "svarar inte"},
		{"same-origin POST", req("POST", "127.0.0.1:8080", "Sec-Fetch-Site", "same-origin", "Origin", "http://127.0.0.1:8080"), 200, ""},
		{"POST without browser headers (curl)", req("POST", "127.0.0.1:8080"), 200, ""},
		{"cross-site POST", req("POST", "127.0.0.1:8080", "Sec-Fetch-Site", "cross-site", "Origin", "https://attacker.example"), 403, "annan webbplats"},
		{"same-site POST", req("POST", "127.0.0.1:8080", "Sec-Fetch-Site", "same-site"), 403, "annan webbplats"},
		{"foreign Origin, old browser", req("POST", "127.0.0.1:8080", "Origin", "https://attacker.example"), 403, "annan webbplats"},
		{"null Origin", req("POST", "127.0.0.1:8080", "Origin", "null"), 403, "annan webbplats"},
		{"other port Origin", req("POST", "127.0.0.1:8080", "Origin", "http://127.0.0.1:9999"), 403, "annan webbplats"},
		{"own Origin, old browser", req("POST", "localhost:8080", "Origin", "http://localhost:8080"), 200, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rec := do(h, tt.req)
			if rec.Code != tt.status {
				t.Fatalf("status %d, want %d: %s", rec.Code, tt.status, rec.Body)
			}
			if tt.want != "" {
				if e := decodeError(t, rec); !strings.Contains(e.Error, tt.want) || e.ErrorEN == "" {
					t.Errorf("error %+v, want …%s…", e, tt.want)
				}
			}
		})
	}
}

func TestHostsFor(t *testing.T) {
	if got := HostsFor("127.0.0.1:8080"); len(got) != 1 || got[0] != "127.0.0.1" {
		t.Errorf("HostsFor(127.0.0.1:8080) = %v", got)
	}
	if got := HostsFor("granskning.kommun.example:80"); len(got) != 1 || got[0] != "granskning.kommun.example" {
		t.Errorf("HostsFor(name) = %v", got)
	}
	for _, addr := range []string{":8080", "0.0.0.0:8080"} {
		got := HostsFor(addr)
		if len(got) == 0 {
			t.Errorf("HostsFor(%s) is empty: the server would answer only to loopback", addr)
		}
		for _, h := range got {
			if h == "0.0.0.0" || h == "" {
				t.Errorf("HostsFor(%s) has %q", addr, h)
			}
		}
	}
}
