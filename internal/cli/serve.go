package cli

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"os"
	"os/signal"
	"path/filepath"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"syscall"
	"time"

	"github.com/spf13/cobra"

	"github.com/tjlint/tjlint/internal/check"
	"github.com/tjlint/tjlint/internal/config"
	"github.com/tjlint/tjlint/internal/i18n"
	"github.com/tjlint/tjlint/internal/server"
)

// serveOptions are the flags of tjlint serve.
type serveOptions struct {
	Addr          string
	Configs       []string
	Profiles      []string
	PolicyDirs    []string
	MaxUpload     string
	MaxConcurrent int
	AccessLog     bool
	Hosts         []string
}

// shutdownTimeout is how long running requests may finish after SIGINT or
// SIGTERM.
const shutdownTimeout = 10 * time.Second

func newServeCmd(env Env) *cobra.Command {
	o := &serveOptions{}
	cmd := &cobra.Command{
		Use:   "serve",
		Short: "Starta granskningssidan: en lokal webbsida där handläggare laddar upp ett dokument",
		Long: `Startar en lokal webbserver med en sida på svenska där en handläggare släpper
ett dokument (DOCX, TXT, MD, JSON eller YAML) och ser vad som saknas och var.
Sidan och API:t (POST /api/v1/check, GET /api/v1/rules, GET /healthz, se
docs/api.md) använder samma regler som tjlint check.

Dokument hålls bara i minnet: de sparas aldrig på disk och loggas aldrig.

--config kan anges flera gånger, eller peka på en katalog med .yaml-filer:
varje konfiguration blir en profil som användaren väljer på sidan. Utan
--config används .tjlint.yaml i arbetskatalogen eller en överordnad katalog.
--profile NAMN (kan anges flera gånger) lägger till en inbyggd profil
(` + "`" + `tjlint config print --profile NAMN` + "`" + ` visar den) under den .tjlint.yaml som
hittas (filen har sista ordet); den första profilen är förvald på sidan.

Avsluta med Ctrl+C; pågående granskningar får då bli klara.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			return runServe(cmd.Context(), env, o)
		},
	}
	f := cmd.Flags()
	f.StringVar(&o.Addr, "addr", "127.0.0.1:8080", "adress och port att lyssna på (127.0.0.1 = bara den här datorn)")
	f.StringArrayVarP(&o.Configs, "config", "c", nil, "konfigurationsfil eller katalog med konfigurationer; kan anges flera gånger (en profil per fil)")
	f.StringArrayVar(&o.Profiles, "profile", nil, "inbyggd profil att välja på sidan (kan anges flera gånger; den första är förvald): "+strings.Join(config.Profiles(), ", "))
	f.StringArrayVarP(&o.PolicyDirs, "policy", "p", nil, "katalog med egna Rego-regler (kan anges flera gånger)")
	f.StringVar(&o.MaxUpload, "max-upload", "20MB", "största tillåtna dokument, t.ex. 20MB, 512kB eller antal byte")
	f.IntVar(&o.MaxConcurrent, "max-concurrent", max(2, runtime.GOMAXPROCS(0)), "högsta antal granskningar samtidigt; fler får svaret 503")
	f.StringArrayVar(&o.Hosts, "host", nil, "värdnamn som servern också nås med (Host), t.ex. granskning.kommun.se; loopback och --addr godtas alltid")
	f.BoolVar(&o.AccessLog, "access-log", false, "logga varje begäran (metod, sökväg, status, tid) på standard fel; aldrig dokument eller filnamn")
	return cmd
}

func runServe(ctx context.Context, env Env, o *serveOptions) error {
	if ctx == nil {
		ctx = context.Background()
	}
	maxUpload, err := parseSize(o.MaxUpload)
	if err != nil {
		return usageError("--max-upload: %v", "--max-upload: %v", err)
	}
	if o.MaxConcurrent < 1 {
		return usageError("--max-concurrent ska vara minst 1", "--max-concurrent must be at least 1")
	}
	profiles, err := loadProfiles(ctx, o.Configs, o.Profiles, o.PolicyDirs, maxUpload)
	if err != nil {
		return &exitError{Code: ExitError, Err: err}
	}
	opts := server.Options{Profiles: profiles, MaxUpload: maxUpload, MaxConcurrent: o.MaxConcurrent, Version: Version(),
		Hosts: append(server.HostsFor(o.Addr), o.Hosts...)}
	if o.AccessLog {
		opts.Log = env.Stderr
	}
	srv, err := server.New(opts)
	if err != nil {
		return &exitError{Code: ExitError, Err: err}
	}

	ln, err := net.Listen("tcp", o.Addr)
	if err != nil {
		return &exitError{Code: ExitError, Err: i18n.Errorf("--addr %s: kan inte lyssna: %s", "--addr %s: cannot listen: %s", o.Addr, listenErr(err))}
	}
	if w := exposureWarning(o.Addr); w != "" {
		fmt.Fprintln(env.Stderr, w)
	}
	names := make([]string, len(profiles))
	for i, p := range profiles {
		names[i] = p.Name
	}
	fmt.Fprintf(env.Stdout, "tjlint serve: öppna %s i webbläsaren (avsluta med Ctrl+C)\n", pageURL(ln.Addr()))
	if len(profiles) > 1 {
		fmt.Fprintf(env.Stdout, "tjlint serve: profiler: %s\n", strings.Join(names, ", "))
	}

	ctx, stop := signal.NotifyContext(ctx, os.Interrupt, syscall.SIGTERM)
	defer stop()
	hs := server.HTTPServer(srv.Handler())
	hs.BaseContext = func(net.Listener) context.Context { return context.WithoutCancel(ctx) }
	served := make(chan error, 1)
	go func() { served <- hs.Serve(ln) }()

	select {
	case err := <-served:
		return &exitError{Code: ExitError, Err: i18n.Errorf("servern stannade: %v", "the server stopped: %v", err)}
	case <-ctx.Done():
	}
	stop()
	sctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), shutdownTimeout)
	defer cancel()
	err = hs.Shutdown(sctx)
	if serr := <-served; !errors.Is(serr, http.ErrServerClosed) && err == nil {
		err = serr
	}
	if err != nil {
		return &exitError{Code: ExitError, Err: i18n.Errorf("avslutning: %v", "shutdown: %v", err)}
	}
	fmt.Fprintln(env.Stdout, "tjlint serve: avslutad")
	return nil
}

// exposureWarning is the warning printed when addr is reachable from other
// machines, or "".
func exposureWarning(addr string) string {
	if server.IsLoopback(addr) {
		return ""
	}
	return fmt.Sprintf("tjlint serve: varning: %s kan nås från andra datorer i nätverket, och dokumenten skickas okrypterat (HTTP). "+
		"Använd --addr 127.0.0.1:PORT om sidan bara ska användas på den här datorn.", addr)
}

// pageURL is the address to print: an unspecified host (":8080",
// "0.0.0.0") is reached through loopback on this machine.
func pageURL(a net.Addr) string {
	tcp, ok := a.(*net.TCPAddr)
	if !ok {
		return "http://" + a.String() + "/"
	}
	host := tcp.IP.String()
	if tcp.IP.IsUnspecified() {
		host = "127.0.0.1"
	}
	return "http://" + net.JoinHostPort(host, strconv.Itoa(tcp.Port)) + "/"
}

func listenErr(err error) i18n.Text {
	switch {
	case errors.Is(err, syscall.EADDRINUSE):
		return i18n.T("porten används redan (välj en annan med --addr)", "the port is already in use (choose another with --addr)")
	case errors.Is(err, syscall.EACCES):
		return i18n.T("behörighet saknas (portar under 1024 kräver administratör)", "permission denied (ports below 1024 need an administrator)")
	}
	var oe *net.OpError
	if errors.As(err, &oe) && oe.Err != nil {
		return i18n.T(oe.Err.Error(), oe.Err.Error())
	}
	return i18n.T(err.Error(), err.Error())
}

// loadProfiles builds one Checker per configuration. Each --config value is
// a file or a directory of .yaml/.yml files; the profile is named after the
// file. Without --config, the .tjlint.yaml found from the working directory
// (or none) is the one profile "standard".
//
// Each --profile NAME adds the built-in profile NAME, layered under the
// .tjlint.yaml found from the working directory; the first listed profile is
// the page's default.
func loadProfiles(ctx context.Context, configs, builtins, policyDirs []string, maxUpload int64) ([]server.Profile, error) {
	type named struct {
		name string
		cfg  *config.Config
	}
	var list []named
	for _, b := range builtins {
		cfg, err := loadConfig("", b)
		if err != nil {
			return nil, err
		}
		list = append(list, named{b, cfg})
	}
	if len(configs) == 0 && !slices.Contains(builtins, "standard") {
		cfg, err := loadConfig("", "")
		if err != nil {
			return nil, err
		}
		list = append(list, named{"standard", cfg})
	}
	for _, c := range configs {
		st, err := os.Stat(c)
		if err != nil {
			return nil, i18n.Errorf("--config %s: %s", "--config %s: %s", c, i18n.OSError(err))
		}
		paths := []string{c}
		if st.IsDir() {
			paths = nil
			entries, err := os.ReadDir(c)
			if err != nil {
				return nil, i18n.Errorf("--config %s: %s", "--config %s: %s", c, i18n.OSError(err))
			}
			for _, e := range entries {
				ext := strings.ToLower(filepath.Ext(e.Name()))
				if !e.IsDir() && (ext == ".yaml" || ext == ".yml") {
					paths = append(paths, filepath.Join(c, e.Name()))
				}
			}
			if len(paths) == 0 {
				return nil, i18n.Errorf("--config %s: katalogen har inga konfigurationer (.yaml eller .yml)", "--config %s: the directory has no configurations (.yaml or .yml)", c)
			}
		}
		for _, p := range paths {
			cfg, err := config.Load(p)
			if err != nil {
				return nil, err
			}
			list = append(list, named{profileName(p), cfg})
		}
	}
	var out []server.Profile
	for _, n := range list {
		if slices.ContainsFunc(out, func(p server.Profile) bool { return p.Name == n.name }) {
			return nil, i18n.Errorf("--config: två konfigurationer heter %q; byt namn på en av filerna", "--config: two configurations are named %q; rename one of the files", n.name)
		}
		c, err := check.New(ctx, check.Options{Config: n.cfg, PolicyDirs: policyDirs, MaxFileBytes: maxUpload, Timeout: server.CheckTimeout})
		if err != nil {
			return nil, err
		}
		out = append(out, server.Profile{Name: n.name, Checker: c})
	}
	return out, nil
}

// profileName is a config file's base name without .yaml/.yml and a leading
// dot: "config/nämnd-a.yaml" is "nämnd-a", ".tjlint.yaml" is "tjlint".
func profileName(path string) string {
	base := filepath.Base(path)
	base = strings.TrimSuffix(strings.TrimSuffix(base, ".yaml"), ".yml")
	return strings.TrimPrefix(base, ".")
}

// parseSize parses a byte count with an optional unit: 20MB, 512kB, 1GB or
// plain bytes. Units are binary (1 MB = 1024 × 1024 byte), as in the
// messages that show the limit.
func parseSize(s string) (int64, error) {
	t := strings.TrimSpace(s)
	units := []struct {
		suffix string
		mult   int64
	}{{"gib", 1 << 30}, {"gb", 1 << 30}, {"g", 1 << 30}, {"mib", 1 << 20}, {"mb", 1 << 20}, {"m", 1 << 20},
		{"kib", 1 << 10}, {"kb", 1 << 10}, {"k", 1 << 10}, {"b", 1}}
	mult := int64(1)
	lower := strings.ToLower(t)
	for _, u := range units {
		if strings.HasSuffix(lower, u.suffix) {
			mult = u.mult
			t = strings.TrimSpace(t[:len(t)-len(u.suffix)])
			break
		}
	}
	n, err := strconv.ParseInt(t, 10, 64)
	if err != nil || n <= 0 || n > (1<<40)/mult {
		return 0, i18n.Errorf("ogiltig storlek %q (t.ex. 20MB, 512kB eller 1048576)", "invalid size %q (e.g. 20MB, 512kB or 1048576)", s)
	}
	return n * mult, nil
}
