package server

import (
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"os"
	"runtime"
	"time"

	"github.com/tjlint/tjlint/internal/check"
)

// DefaultMaxUpload is the default limit of one request body (20 MiB).
const DefaultMaxUpload = check.DefaultMaxFileBytes

// Timeouts of the http.Server returned by HTTPServer.
const (
	ReadHeaderTimeout = 10 * time.Second
	ReadTimeout       = 60 * time.Second
	WriteTimeout      = 90 * time.Second
	IdleTimeout       = 120 * time.Second
	// CheckTimeout bounds the checking of one document; pass it to the
	// checkers as check.Options.Timeout (the CLI uses the same default).
	CheckTimeout = check.DefaultTimeout
)

// Profile is one configuration: a name shown in the page's profile choice
// and the Checker built from it.
type Profile struct {
	Name    string
	Checker *check.Checker
}

// Options configure a Server.
type Options struct {
	// Profiles are the configurations; the first is the default. At least
	// one is required.
	Profiles []Profile
	// MaxUpload limits the size of a request body in bytes; 0 means
	// DefaultMaxUpload.
	MaxUpload int64
	// MaxConcurrent bounds the number of checks running at once; 0 means
	// GOMAXPROCS (at least 2).
	MaxConcurrent int
	// QueueWait is how long a check waits for a free slot before the
	// server answers 503; 0 means one second.
	QueueWait time.Duration
	// Version is tjlint's version, shown by /healthz.
	Version string
	// Hosts are the host names and addresses (without port) that the
	// server answers to in the Host header, besides the loopback names
	// (localhost, *.localhost, 127.0.0.0/8, ::1), which are always
	// accepted. Any other Host gets 421: a web page that rebinds its own
	// domain name to this machine cannot reach the server. See HostsFor.
	Hosts []string
	// Log receives one line per request (method, path without query,
	// status, duration); nil discards them. Document content and file
	// names are never logged.
	Log io.Writer
}

// Server serves the page and the API.
type Server struct {
	profiles  []Profile
	byName    map[string]*check.Checker
	maxUpload int64
	sem       chan struct{}
	queueWait time.Duration
	version   string
	log       *slog.Logger
	page      *pageRenderer
	hosts     map[string]bool
}

// New validates the options and prepares the handler.
func New(o Options) (*Server, error) {
	if len(o.Profiles) == 0 {
		return nil, errors.New("server: minst en profil krävs")
	}
	s := &Server{
		profiles:  o.Profiles,
		byName:    map[string]*check.Checker{},
		maxUpload: o.MaxUpload,
		queueWait: o.QueueWait,
		version:   o.Version,
		hosts:     map[string]bool{},
	}
	for _, h := range o.Hosts {
		s.hosts[normalizeHost(h)] = true
	}
	for _, p := range o.Profiles {
		if p.Checker == nil {
			return nil, fmt.Errorf("server: profilen %q saknar granskare", p.Name)
		}
		if _, dup := s.byName[p.Name]; dup {
			return nil, fmt.Errorf("server: profilen %q finns två gånger", p.Name)
		}
		s.byName[p.Name] = p.Checker
	}
	if s.maxUpload <= 0 {
		s.maxUpload = DefaultMaxUpload
	}
	n := o.MaxConcurrent
	if n <= 0 {
		n = max(2, runtime.GOMAXPROCS(0))
	}
	s.sem = make(chan struct{}, n)
	if s.queueWait <= 0 {
		s.queueWait = time.Second
	}
	w := o.Log
	if w == nil {
		w = io.Discard
	}
	s.log = slog.New(slog.NewTextHandler(w, nil))
	pr, err := newPageRenderer()
	if err != nil {
		return nil, err
	}
	s.page = pr
	return s, nil
}

// Handler returns the server's routes wrapped in the security headers,
// panic recovery and request log.
func (s *Server) Handler() http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("GET /{$}", s.handlePage)
	mux.Handle("GET /static/", s.staticHandler())
	mux.HandleFunc("POST /api/v1/check", s.handleCheck)
	mux.HandleFunc("GET /api/v1/rules", s.handleRules)
	mux.HandleFunc("GET /healthz", s.handleHealth)
	// Less specific patterns catch the wrong methods on known paths, so
	// that they get a JSON 405 with Allow rather than the mux's plain text.
	mux.HandleFunc("/api/v1/check", methodNotAllowed("POST"))
	mux.HandleFunc("/api/v1/rules", methodNotAllowed("GET, HEAD"))
	mux.HandleFunc("/healthz", methodNotAllowed("GET, HEAD"))
	mux.HandleFunc("/{$}", methodNotAllowed("GET, HEAD"))
	mux.HandleFunc("/", notFound)
	return s.logRequests(securityHeaders(s.checkHost(sameOrigin(recoverPanics(s.log, mux)))))
}

// HTTPServer returns an http.Server for h with the read, write and idle
// timeouts set.
func HTTPServer(h http.Handler) *http.Server {
	return &http.Server{
		Handler:           h,
		ReadHeaderTimeout: ReadHeaderTimeout,
		ReadTimeout:       ReadTimeout,
		WriteTimeout:      WriteTimeout,
		IdleTimeout:       IdleTimeout,
		MaxHeaderBytes:    64 << 10,
	}
}

// IsLoopback reports whether a listen address only accepts connections from
// this machine. An empty host (":8080") listens on every interface.
func IsLoopback(addr string) bool {
	host, _, err := net.SplitHostPort(addr)
	if err != nil {
		host = addr
	}
	if host == "localhost" {
		return true
	}
	ip := net.ParseIP(host)
	return ip != nil && ip.IsLoopback()
}

// HostsFor returns the host names a server listening on addr answers to
// (see Options.Hosts): the host of addr; for an unspecified address (":8080",
// "0.0.0.0") the machine's host name and the addresses of its interfaces.
func HostsFor(addr string) []string {
	host, _, err := net.SplitHostPort(addr)
	if err != nil {
		host = addr
	}
	if ip := net.ParseIP(host); host != "" && (ip == nil || !ip.IsUnspecified()) {
		return []string{host}
	}
	var out []string
	if name, err := os.Hostname(); err == nil && name != "" {
		out = append(out, name)
	}
	if addrs, err := net.InterfaceAddrs(); err == nil {
		for _, a := range addrs {
			if ipn, ok := a.(*net.IPNet); ok {
				out = append(out, ipn.IP.String())
			}
		}
	}
	return out
}

// checker returns the checker of a profile; "" is the default profile.
func (s *Server) checker(name string) (*check.Checker, string, bool) {
	if name == "" {
		return s.profiles[0].Checker, s.profiles[0].Name, true
	}
	c, ok := s.byName[name]
	return c, name, ok
}

// ProfileNames lists the profiles in order.
func (s *Server) ProfileNames() []string {
	out := make([]string, len(s.profiles))
	for i, p := range s.profiles {
		out[i] = p.Name
	}
	return out
}
