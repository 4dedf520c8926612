package server

import (
	"encoding/json"
	"errors"
	"log/slog"
	"net"
	"net/http"
	"net/url"
	"strings"
	"time"
)

// ContentSecurityPolicy allows only the server's own script, style and
// images: nothing inline, nothing from elsewhere, no framing.
const ContentSecurityPolicy = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; " +
	"frame-ancestors 'none'; base-uri 'none'; form-action 'self'"

func securityHeaders(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		h := w.Header()
		h.Set("Content-Security-Policy", ContentSecurityPolicy)
		h.Set("X-Content-Type-Options", "nosniff")
		h.Set("Referrer-Policy", "no-referrer")
		h.Set("X-Frame-Options", "DENY")
		h.Set("Cross-Origin-Opener-Policy", "same-origin")
		h.Set("Cross-Origin-Resource-Policy", "same-origin")
		next.ServeHTTP(w, r)
	})
}

// recoverPanics turns a panic in a handler into a JSON 500 and a log line,
// so that one bad request never takes the server down. (A panic while
// reading a document is caught closer, in the check handler, and is a 422.)
func recoverPanics(log *slog.Logger, next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		defer func() {
			if v := recover(); v != nil {
				if err, isErr := v.(error); isErr && errors.Is(err, http.ErrAbortHandler) {
					panic(v)
				}
				log.Error("panic", "method", r.Method, "path", r.URL.Path, "panic", v)
				writeError(w, http.StatusInternalServerError,
					"Ett internt fel uppstod. Försök igen; kvarstår felet, kontakta den som driver tjlint.",
					"An internal error occurred. Try again; if it persists, contact whoever runs tjlint.")
			}
		}()
		next.ServeHTTP(w, r)
	})
}

// statusRecorder remembers the status code for the request log.
type statusRecorder struct {
	http.ResponseWriter
	status int
	bytes  int64
}

func (s *statusRecorder) WriteHeader(code int) {
	if s.status == 0 {
		s.status = code
	}
	s.ResponseWriter.WriteHeader(code)
}

func (s *statusRecorder) Write(b []byte) (int, error) {
	if s.status == 0 {
		s.status = http.StatusOK
	}
	n, err := s.ResponseWriter.Write(b)
	s.bytes += int64(n)
	return n, err
}

func (s *statusRecorder) Unwrap() http.ResponseWriter { return s.ResponseWriter }

// logRequests logs method, path (without the query, which may hold a file
// name), status, size and duration. Never the body.
func (s *Server) logRequests(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		start := time.Now()
		rec := &statusRecorder{ResponseWriter: w}
		next.ServeHTTP(rec, r)
		s.log.Info("request", "method", r.Method, "path", r.URL.Path, "status", rec.status,
			"bytes", rec.bytes, "duration", time.Since(start).Round(time.Microsecond))
	})
}

// apiError is the body of every error response.
type apiError struct {
	Error   string `json:"error"`
	ErrorEN string `json:"error_en"`
}

func writeError(w http.ResponseWriter, status int, sv, en string) {
	writeJSON(w, status, apiError{Error: sv, ErrorEN: en})
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.Header().Set("Cache-Control", "no-store")
	w.WriteHeader(status)
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	_ = enc.Encode(v)
}

func methodNotAllowed(allow string) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Allow", allow)
		writeError(w, http.StatusMethodNotAllowed,
			"Metoden "+r.Method+" stöds inte här; använd "+allow+".",
			"Method "+r.Method+" is not allowed here; use "+allow+".")
	}
}

func notFound(w http.ResponseWriter, r *http.Request) {
	writeError(w, http.StatusNotFound,
		"Sidan finns inte. Granskningssidan finns på /, API:t under /api/v1/.",
		"Not found. The checking page is at /, the API under /api/v1/.")
}

// checkHost answers 421 to a request whose Host is neither a loopback name
// nor one of the server's own names (Options.Hosts): the defence against DNS
// rebinding, where a web page the clerk visits points its own domain name
// at this machine and then talks to the server as a same-origin page.
func (s *Server) checkHost(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		h := normalizeHost(r.Host)
		if !isLoopbackName(h) && !s.hosts[h] {
			writeError(w, http.StatusMisdirectedRequest,
				"Servern svarar inte på den här adressen. Öppna sidan med den adress som tjlint serve skrev ut, "+
					"eller starta servern med --host och det namn den ska nås med.",
				"The server does not answer to this address. Open the page at the address tjlint serve printed, "+
					"or start the server with --host and the name it is reached by.")
			return
		}
		next.ServeHTTP(w, r)
	})
}

// sameOrigin answers 403 to a state-changing request (any method but GET,
// HEAD and OPTIONS) that a browser says comes from another site: by
// Sec-Fetch-Site, or else by an Origin that is not this server. Requests
// without either header come from programs (curl, CI), not from a page.
func sameOrigin(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch r.Method {
		case http.MethodGet, http.MethodHead, http.MethodOptions:
			next.ServeHTTP(w, r)
			return
		}
		ok := true
		if site := r.Header.Get("Sec-Fetch-Site"); site != "" {
			ok = site == "same-origin" || site == "none"
		} else if origin := r.Header.Get("Origin"); origin != "" {
			u, err := url.Parse(origin)
			ok = err == nil && (u.Scheme == "http" || u.Scheme == "https") && strings.EqualFold(u.Host, r.Host)
		}
		if !ok {
			writeError(w, http.StatusForbidden,
				"Begäran kommer från en annan webbplats och avvisas. Använd granskningssidan på den här servern.",
				"The request comes from another web site and is refused. Use the checking page on this server.")
			return
		}
		next.ServeHTTP(w, r)
	})
}

// normalizeHost is the host of a Host header or name without port, in
// lower case, without IPv6 brackets and a trailing dot.
func normalizeHost(h string) string {
	if host, _, err := net.SplitHostPort(h); err == nil {
		h = host
	}
	h = strings.TrimSuffix(strings.Trim(h, "[]"), ".")
	return strings.ToLower(h)
}

// isLoopbackName reports whether a normalised host only ever means this
// machine.
func isLoopbackName(h string) bool {
	if h == "localhost" || strings.HasSuffix(h, ".localhost") {
		return true
	}
	ip := net.ParseIP(h)
	return ip != nil && ip.IsLoopback()
}
