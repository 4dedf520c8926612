package main

import (
	"path/filepath"
	"strconv"
	"testing"

	"github.com/rogpeppe/go-internal/testscript"

	"github.com/tjlint/tjlint/internal/golden"
)

func TestMain(m *testing.M) {
	testscript.Main(m, map[string]func(){"tjlint": main})
}

// TestScript runs the CLI behaviour scripts in testdata/script. -update
// (the one golden switch, see internal/golden) rewrites the expected output
// in the scripts.
func TestScript(t *testing.T) {
	testscript.Run(t, testscript.Params{
		Dir:                 "../../testdata/script",
		UpdateScripts:       *golden.Update,
		RequireExplicitExec: true,
		RequireUniqueNames:  true,
		Setup: func(env *testscript.Env) error {
			env.Setenv("NO_COLOR", "1")
			// REPO lets a script copy a binary fixture (a .docx) from the
			// repository, since txtar archives hold text only.
			repo, err := filepath.Abs("../..")
			if err != nil {
				return err
			}
			env.Setenv("REPO", repo)
			return nil
		},
		Cmds: map[string]func(ts *testscript.TestScript, neg bool, args []string){
			// exitcode N CMD ARGS... runs CMD and asserts its exact exit code,
			// since ! exec only says "non-zero".
			"exitcode": cmdExitcode,
		},
	})
}

func cmdExitcode(ts *testscript.TestScript, neg bool, args []string) {
	if neg || len(args) < 2 {
		ts.Fatalf("usage: exitcode N command [args...]")
	}
	want, err := strconv.Atoi(args[0])
	if err != nil {
		ts.Fatalf("exitcode: %v", err)
	}
	err = ts.Exec(args[1], args[2:]...)
	got := 0
	if err != nil {
		if ee, ok := err.(interface{ ExitCode() int }); ok {
			got = ee.ExitCode()
		} else {
			ts.Fatalf("exitcode: %v", err)
		}
	}
	if got != want {
		ts.Fatalf("exit code %d, want %d", got, want)
	}
}
