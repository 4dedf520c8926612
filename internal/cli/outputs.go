package cli

import (
	"os"
	"path/filepath"
	"strings"

	"github.com/tjlint/tjlint/internal/reader"
)

// A run never writes over what it reads, nor writes two outputs to one file.
//
// checkOutputs runs first, before the CPU profile starts, the config loads or
// any file is read or written. It refuses (a usage error, exit 2):
//   - an output path (--format NAME=FILE, --write-baseline, --cpuprofile)
//     that is a checked file, the config or the baseline that is read;
//   - an output path inside a checked directory that the walk would take as a
//     case (a case extension, not hidden), whether it exists yet or not: the
//     run would overwrite it, or the next run would check the report;
//   - an output path that is a directory;
//   - two outputs to one file (the last would silently win).

// outputPath is one file the run writes, with the flag that names it.
type outputPath struct {
	flag string
	path string
}

func checkOutputs(o *checkOptions, args []string) error {
	var outs []outputPath
	for _, v := range o.Formats {
		name, p, _ := strings.Cut(v, "=")
		if p != "" && p != "-" {
			outs = append(outs, outputPath{"--format " + name + "=" + p, p})
		}
	}
	if o.WriteBaseline != "" {
		outs = append(outs, outputPath{"--write-baseline " + o.WriteBaseline, o.WriteBaseline})
	}
	if o.CPUProfile != "" {
		outs = append(outs, outputPath{"--cpuprofile " + o.CPUProfile, o.CPUProfile})
	}
	for i, out := range outs {
		for _, prev := range outs[:i] {
			if samePath(out.path, prev.path) {
				return usageError("%s och %s skriver till samma fil; ge dem olika filnamn", "%s and %s write to the same file; give them different file names", prev.flag, out.flag)
			}
		}
		if info, err := os.Stat(out.path); err == nil && info.IsDir() {
			return usageError("%s: %s är en katalog; ange en fil", "%s: %s is a directory; give a file", out.flag, filepath.ToSlash(out.path))
		}
		// Files the run reads besides the cases. Writing the new baseline
		// over the one read is how a baseline is renewed.
		read := []string{o.ConfigPath}
		if out.path != o.WriteBaseline {
			read = append(read, o.Baseline)
		}
		for _, r := range read {
			if r != "" && samePath(out.path, r) {
				return usageError("%s: tjlint läser %s i samma körning och skulle skriva över den; välj en annan utdatafil", "%s: tjlint reads %s in the same run and would overwrite it; choose another output file", out.flag, filepath.ToSlash(r))
			}
		}
		for _, arg := range args {
			if arg == "-" {
				continue
			}
			if samePath(out.path, arg) {
				return usageError("%s: %s granskas i samma körning och skulle skrivas över; välj en annan utdatafil", "%s: %s is checked in the same run and would be overwritten; choose another output file", out.flag, filepath.ToSlash(arg))
			}
			if wouldBeChecked(arg, out.path, o.NoDefaultExcludes) {
				return usageError("%s: filen ligger i den granskade katalogen %s och skulle läsas som ett ärende; "+
					"skriv den utanför de granskade katalogerna eller ge den ett annat filnamn (en annan filändelse, en inledande punkt eller ett namn som börjar med tjlint)",
					"%s: the file is in the checked directory %s and would be read as a case; "+
						"write it outside the checked directories or give it another name (another extension, a leading dot or a name beginning with tjlint)",
					out.flag, filepath.ToSlash(arg))
			}
		}
	}
	return nil
}

// samePath reports whether a and b name one file: the same file on disk
// (symbolic and hard links, case-insensitive file systems), or the same
// absolute path when either does not exist yet.
func samePath(a, b string) bool {
	ia, errA := os.Stat(a)
	ib, errB := os.Stat(b)
	if errA == nil && errB == nil {
		return os.SameFile(ia, ib)
	}
	return absPath(a) == absPath(b)
}

// wouldBeChecked reports whether the walk of dir (a checked directory)
// would take path as a case: path is below dir (as written, or with links
// resolved), no directory between them is skipped by the walk, and its
// name is a case file's that the default exclusions keep (see walker.walk
// and excludes.go; .gitignore is not consulted here).
func wouldBeChecked(dir, path string, noDefaults bool) bool {
	info, err := os.Stat(dir)
	if err != nil || !info.IsDir() {
		return false
	}
	lexDir, _ := filepath.Abs(dir)
	lexPath, _ := filepath.Abs(path)
	if below(lexDir, lexPath, noDefaults) {
		return true
	}
	realDir, err := filepath.EvalSymlinks(lexDir)
	return err == nil && below(realDir, absPath(path), noDefaults)
}

func below(dir, path string, noDefaults bool) bool {
	rel, err := filepath.Rel(dir, path)
	if err != nil || rel == "." || rel == ".." || strings.HasPrefix(rel, ".."+string(filepath.Separator)) {
		return false
	}
	parts := strings.Split(rel, string(filepath.Separator))
	for _, d := range parts[:len(parts)-1] {
		if !noDefaults && skipDirByName(d) {
			return false
		}
	}
	base := parts[len(parts)-1]
	return reader.Supported(base) && !strings.HasPrefix(base, "~$") && (noDefaults || !skipFileByName(base))
}

// absPath is p made absolute with its directory's symbolic links resolved
// (so that a report given through a linked directory is seen inside it).
func absPath(p string) string {
	abs, err := filepath.Abs(p)
	if err != nil {
		return filepath.Clean(p)
	}
	if dir, err := filepath.EvalSymlinks(filepath.Dir(abs)); err == nil {
		return filepath.Join(dir, filepath.Base(abs))
	}
	return abs
}
