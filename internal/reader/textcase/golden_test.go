package textcase

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/tjlint/tjlint/internal/casemodel"
	goldenfile "github.com/tjlint/tjlint/internal/golden"
)

// update is the one golden switch of the test suite (internal/golden).
var update = goldenfile.Update

// corpusFiles lists the public documents copied into testdata/corpus.
func corpusFiles(t testing.TB) []string {
	t.Helper()
	var files []string
	for _, dir := range []string{"seed", "real", "kungsbacka"} {
		m, err := filepath.Glob(filepath.Join("..", "..", "..", "testdata", "corpus", dir, "*.txt"))
		if err != nil {
			t.Fatal(err)
		}
		files = append(files, m...)
	}
	if len(files) < 89 {
		t.Fatalf("corpus has %d files, want at least 89", len(files))
	}
	sort.Strings(files)
	return files
}

// expected are the parts of the case model a complete document has; a golden
// file names those its document lacks, so that an absence is reviewed and
// fixed like any other value.
var expected = []string{
	"/kind", "/dnr", "/title", "/date", "/meeting_date", "/authority", "/recipient",
	"/referral", "/referral/from", "/referral/deadline", "/motion", "/decision_proposal",
	"/sections/summary", "/sections/background", "/sections/assessment",
	"/sections/gender_equality", "/sections/child_rights", "/sections/economy",
	"/sections/decision_basis", "/sections/distribution", "/signatories",
}

// golden renders a case as its value, the positions of its values and the
// expected parts it lacks.
func golden(c *casemodel.Case) []byte {
	pos := map[string]string{}
	for k, p := range c.Positions {
		pos[k] = fmt.Sprintf("%d:%d", p.Line, p.Column)
	}
	absent := []string{}
	for _, ptr := range expected {
		if _, ok := c.Positions[ptr]; !ok {
			absent = append(absent, ptr)
		}
	}
	out := map[string]any{"case": c.Value, "positions": pos, "absent": absent}
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(out); err != nil {
		panic(err)
	}
	return b.Bytes()
}

// TestGoldenCorpus reads every corpus document and compares what is
// extracted with the reviewed golden file.
func TestGoldenCorpus(t *testing.T) {
	for _, f := range corpusFiles(t) {
		name := strings.TrimSuffix(filepath.Base(f), ".txt")
		t.Run(name, func(t *testing.T) {
			src, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			c, err := Reader{}.Read(f, src)
			if err != nil {
				t.Fatalf("read: %v", err)
			}
			got := golden(c)
			gf := filepath.Join("testdata", "golden", name+".json")
			if *update {
				if err := os.MkdirAll(filepath.Dir(gf), 0o755); err != nil {
					t.Fatal(err)
				}
				if err := os.WriteFile(gf, got, 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(gf)
			if err != nil {
				t.Fatalf("%v (run go test -update)", err)
			}
			if !bytes.Equal(got, want) {
				t.Errorf("%s differs from the golden file; got:\n%s", gf, got)
			}
		})
	}
}

// TestNotACase: prose with no known heading and no decision proposal.
func TestNotACase(t *testing.T) {
	src := []byte("Det var en gång en katt som hette Måns.\nHan bodde i ett gult hus vid sjön och tyckte om att sova i solen.\n\nPå vintern låg han helst vid kaminen. Grannarna kallade honom\nkvarterets borgmästare, fast han aldrig sa något.\n")
	_, err := Reader{}.Read("katt.txt", src)
	var nc *casemodel.NotACaseError
	if !errors.As(err, &nc) {
		t.Fatalf("err = %v, want *casemodel.NotACaseError", err)
	}
	if nc.Message.SV == "" || nc.Message.EN == "" {
		t.Errorf("messages missing: %+v", nc)
	}
}
