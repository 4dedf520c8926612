// Package golden is the one golden-file switch of the test suite: every
// golden file and every testscript is rewritten with
//
//	go test ./... -update
//
// and a golden that differs fails with a line diff of what changed, to
// review before rewriting. Only test binaries import this package.
package golden

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// Update is the -update flag: rewrite golden files instead of comparing.
var Update = flag.Bool("update", false, "rewrite golden files and testscript output instead of comparing (review the diff)")

// Check compares got with the golden file at path, or rewrites the file
// with -update. A difference fails t with a diff (- golden, + got).
func Check(t testing.TB, path string, got []byte) {
	t.Helper()
	if *Update {
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (go test -update writes it; review it before committing)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("%s differs (- golden, + got; go test -update rewrites it):\n%s", path, Diff(string(want), string(got)))
	}
}

// Diff is a line diff of a and b: lines only in a start with "-", lines
// only in b with "+", with up to two unchanged lines of context.
func Diff(a, b string) string {
	x, y := lines(a), lines(b)
	// Trim the common prefix and suffix, then an LCS table for the middle.
	pre := 0
	for pre < len(x) && pre < len(y) && x[pre] == y[pre] {
		pre++
	}
	suf := 0
	for suf < len(x)-pre && suf < len(y)-pre && x[len(x)-1-suf] == y[len(y)-1-suf] {
		suf++
	}
	mx, my := x[pre:len(x)-suf], y[pre:len(y)-suf]
	var ops []string
	if len(mx)*len(my) > 4_000_000 {
		for _, l := range mx {
			ops = append(ops, "-"+l)
		}
		for _, l := range my {
			ops = append(ops, "+"+l)
		}
	} else {
		ops = lcsDiff(mx, my)
	}
	var out strings.Builder
	for i := max(pre-2, 0); i < pre; i++ {
		out.WriteString(" " + x[i])
	}
	for _, op := range ops {
		out.WriteString(op)
	}
	for i := len(x) - suf; i < min(len(x)-suf+2, len(x)); i++ {
		out.WriteString(" " + x[i])
	}
	s := out.String()
	if s != "" && !strings.HasSuffix(s, "\n") {
		s += "\n"
	}
	return fmt.Sprintf("@@ line %d @@\n%s", pre+1, s)
}

func lcsDiff(x, y []string) []string {
	n, m := len(x), len(y)
	dp := make([][]int, n+1)
	for i := range dp {
		dp[i] = make([]int, m+1)
	}
	for i := n - 1; i >= 0; i-- {
		for j := m - 1; j >= 0; j-- {
			if x[i] == y[j] {
				dp[i][j] = dp[i+1][j+1] + 1
			} else {
				dp[i][j] = max(dp[i+1][j], dp[i][j+1])
			}
		}
	}
	var ops []string
	i, j := 0, 0
	for i < n || j < m {
		switch {
		case i < n && j < m && x[i] == y[j]:
			ops = append(ops, " "+x[i])
			i++
			j++
		case i < n && (j == m || dp[i+1][j] >= dp[i][j+1]):
			ops = append(ops, "-"+x[i])
			i++
		default:
			ops = append(ops, "+"+y[j])
			j++
		}
	}
	return ops
}

func lines(s string) []string {
	l := strings.SplitAfter(s, "\n")
	if len(l) > 0 && l[len(l)-1] == "" {
		l = l[:len(l)-1]
	}
	return l
}
