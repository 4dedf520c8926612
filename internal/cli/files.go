package cli

import (
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/tjlint/tjlint/internal/i18n"
	"github.com/tjlint/tjlint/internal/reader"
)

// target is one input to check: a path on disk, or stdin.
type target struct {
	Path     string // on disk; "" for stdin
	Name     string // as reported (slash-separated)
	Stdin    bool
	Explicit bool // named on the command line, not found in a directory
}

// discoveryError is a path that could not be walked (missing, a loop).
type discoveryError struct {
	Name    string
	Message i18n.Text
}

// walkOptions say what a directory walk leaves out.
type walkOptions struct {
	exclude     []string // the config's exclude patterns
	excludeBase string   // the config's directory
	// noDefaults walks everything with a case extension (see excludes.go).
	noDefaults bool
}

// skipped counts what the default exclusions left out of a walk: files
// with a case extension, and folders.
type skipped struct {
	Files, Dirs int
}

// discover expands the PATH arguments into files: files as given, directories
// recursively (following symbolic links, with loop detection), keeping only
// extensions a reader handles. Paths matching an exclude pattern are skipped,
// and so (unless o.noDefaults) are the files and folders of excludes.go,
// which are counted. Only regular files are checked: a named
// pipe, socket or device is reported and skipped (reading one could block
// for ever). Each real file is checked once, however many links lead to it,
// and each real directory walked once. The result is sorted by name.
func discover(args []string, o walkOptions) ([]target, []discoveryError, skipped) {
	var out []target
	var errs []discoveryError
	seenFiles := map[string]bool{} // real paths
	add := func(t target, realFile string) {
		if !seenFiles[realFile] {
			seenFiles[realFile] = true
			out = append(out, t)
		}
	}
	w := walker{walkOptions: o, walked: map[string]bool{}}
	for _, arg := range args {
		if arg == "-" {
			add(target{Stdin: true}, "-")
			continue
		}
		info, err := os.Stat(arg)
		if err != nil {
			errs = append(errs, discoveryError{Name: filepath.ToSlash(arg), Message: i18n.Sprintf("finns inte eller kan inte läsas: %s", "does not exist or cannot be read: %s", i18n.OSError(err))})
			continue
		}
		if !info.IsDir() {
			if !info.Mode().IsRegular() {
				errs = append(errs, notRegular(arg))
				continue
			}
			add(target{Path: arg, Name: filepath.ToSlash(arg), Explicit: true}, realPath(arg))
			continue
		}
		w.files, w.errs = nil, nil
		var ig *ignores
		if !o.noDefaults {
			ig = newIgnores(arg)
		}
		w.walk(arg, realPath(arg), nil, ig)
		for _, f := range w.files {
			add(target{Path: f.path, Name: filepath.ToSlash(f.path)}, f.real)
		}
		errs = append(errs, w.errs...)
	}
	slices.SortStableFunc(out, func(a, b target) int { return strings.Compare(a.Name, b.Name) })
	return out, errs, w.skipped
}

type walker struct {
	walkOptions
	skipped skipped
	files   []walkedFile
	errs    []discoveryError
	// walked holds the real paths of the directories walked, over every
	// argument: links that fan out to one directory walk it once.
	walked map[string]bool
}

// walkedFile is a case found by the walk: its path as reached and its real
// path (links resolved), by which duplicates are recognised.
type walkedFile struct {
	path, real string
}

// walk visits dir, whose real path (links resolved) is realDir; ancestors are
// the directories above it, for loop detection through symbolic links; ig
// the .gitignore patterns above it (nil with --no-default-excludes).
func (w *walker) walk(dir, realDir string, ancestors []os.FileInfo, ig *ignores) {
	info, err := os.Stat(dir)
	if err != nil {
		w.errs = append(w.errs, discoveryError{Name: filepath.ToSlash(dir), Message: i18n.Sprintf("katalogen kan inte läsas: %s", "the directory cannot be read: %s", i18n.OSError(err))})
		return
	}
	for _, a := range ancestors {
		if os.SameFile(a, info) {
			w.errs = append(w.errs, discoveryError{Name: filepath.ToSlash(dir),
				Message: i18n.T("katalogloop: länken pekar tillbaka på en katalog ovanför och hoppas över", "directory loop: the link points back to a directory above it and is skipped")})
			return
		}
	}
	if w.walked[realDir] {
		return // reached before through another link
	}
	w.walked[realDir] = true
	entries, err := os.ReadDir(dir)
	if err != nil {
		w.errs = append(w.errs, discoveryError{Name: filepath.ToSlash(dir), Message: i18n.Sprintf("katalogen kan inte läsas: %s", "the directory cannot be read: %s", i18n.OSError(err))})
		return
	}
	ancestors = append(ancestors, info)
	if ig != nil {
		ig = ig.enter(dir)
	}
	for _, e := range entries {
		p := filepath.Join(dir, e.Name())
		if w.excluded(p) {
			continue
		}
		mode := e.Type()
		realEntry := filepath.Join(realDir, e.Name())
		if mode&fs.ModeSymlink != 0 {
			ti, err := os.Stat(p)
			if err != nil {
				w.errs = append(w.errs, discoveryError{Name: filepath.ToSlash(p), Message: i18n.T("länken pekar på något som inte finns", "the link is broken")})
				continue
			}
			mode = ti.Mode().Type()
			realEntry = realPath(p)
		}
		if mode.IsDir() {
			if ig != nil && (skipDirByName(e.Name()) || ig.ignored(p, true)) {
				w.skipped.Dirs++
				continue
			}
			w.walk(p, realEntry, ancestors, ig)
			continue
		}
		// "~$" names are Word's lock files, never cases.
		if reader.Supported(p) && !strings.HasPrefix(e.Name(), "~$") {
			if ig != nil && (skipFileByName(e.Name()) || ig.ignored(p, false)) {
				w.skipped.Files++
				continue
			}
			if !mode.IsRegular() {
				w.errs = append(w.errs, notRegular(p))
				continue
			}
			// Opened only once known to be a regular file (a named
			// pipe would block the open).
			if ig != nil && isOwnReport(p) {
				w.skipped.Files++
				continue
			}
			w.files = append(w.files, walkedFile{path: p, real: realEntry})
		}
	}
}

// notRegular is the report of a named pipe, socket or device with a case's
// name: it is not read.
func notRegular(p string) discoveryError {
	return discoveryError{Name: filepath.ToSlash(p),
		Message: i18n.T("är ingen vanlig fil (t.ex. en namngiven rörledning eller en enhet) och läses inte", "is not a regular file (e.g. a named pipe or a device) and is not read")}
}

// realPath is p absolute with every symbolic link resolved, or p as given
// when that fails.
func realPath(p string) string {
	abs, err := filepath.Abs(p)
	if err != nil {
		return p
	}
	if r, err := filepath.EvalSymlinks(abs); err == nil {
		return r
	}
	return abs
}

// excluded matches p against the exclude patterns: as a path relative to the
// config directory, and by base name.
func (w *walker) excluded(p string) bool {
	rel := p
	if w.excludeBase != "" {
		if abs, err := filepath.Abs(p); err == nil {
			if r, err := filepath.Rel(w.excludeBase, abs); err == nil {
				rel = r
			}
		}
	}
	rel = filepath.ToSlash(rel)
	base := filepath.Base(p)
	for _, pat := range w.exclude {
		pat = strings.TrimSuffix(filepath.ToSlash(pat), "/")
		if ok, _ := filepath.Match(pat, rel); ok {
			return true
		}
		if ok, _ := filepath.Match(pat, base); ok {
			return true
		}
		if strings.HasPrefix(rel, pat+"/") {
			return true
		}
	}
	return false
}

// ownFiles takes the files tjlint itself writes or reads besides cases (the
// --format files and the baseline) out of the targets: found in a checked
// directory they are a previous run's output, not cases. A file named on the
// command line that tjlint would write over is an error instead: tjlint
// never writes to a file it checks.
func ownFiles(targets []target, paths []string) ([]target, error) {
	var infos []os.FileInfo
	for _, p := range paths {
		if p == "" {
			continue
		}
		if info, err := os.Stat(p); err == nil {
			infos = append(infos, info)
		}
	}
	if len(infos) == 0 {
		return targets, nil
	}
	out := targets[:0:0]
	for _, t := range targets {
		own := false
		if !t.Stdin {
			if info, err := os.Stat(t.Path); err == nil {
				for _, o := range infos {
					own = own || os.SameFile(info, o)
				}
			}
		}
		switch {
		case own && t.Explicit:
			return nil, usageError("%s är både en fil som granskas och en fil som tjlint skriver till (--format eller --write-baseline); välj en annan utdatafil", "%s is both a file to check and a file tjlint writes (--format or --write-baseline); choose another output file", t.Name)
		case own:
			continue
		}
		out = append(out, t)
	}
	return out, nil
}
