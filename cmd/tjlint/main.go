// Command tjlint checks Swedish municipal case reports before they reach the
// politicians. See README.md.
package main

import (
	"os"

	"github.com/tjlint/tjlint/internal/cli"
)

func main() {
	os.Exit(cli.Main(os.Args[1:], cli.Env{Stdin: os.Stdin, Stdout: os.Stdout, Stderr: os.Stderr, Getenv: os.Getenv}))
}
