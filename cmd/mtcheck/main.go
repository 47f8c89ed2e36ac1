// Command mtcheck checks German machine-translated text for literal-translation artifacts.
package main

import (
	"fmt"
	"io"
	"os"

	"github.com/mattn/go-isatty"
	"github.com/spf13/cobra"

	"github.com/mtcheck/mtcheck/checker"
	"github.com/mtcheck/mtcheck/rules"
)

// Exit codes of the command.
const (
	exitOK      = 0 // every document passed
	exitFailed  = 1 // at least one document failed its threshold
	exitTrouble = 2 // usage error, or an input could not be read or checked
)

// env is the outside world of one command run; tests replace it.
type env struct {
	stdin          io.Reader
	stdout, stderr io.Writer
	// color allows ANSI colours in text output (stdout is a terminal).
	color bool
	// code is the exit code the subcommand chose; a returned error means exitTrouble.
	code int
	// rules replaces the rule registry when not nil (tests inject small rule sets).
	rules []checker.Rule
}

// ruleSet returns the rules the commands use: the injected ones, or the registry.
func (e *env) ruleSet() []checker.Rule {
	if e.rules != nil {
		return e.rules
	}
	return rules.All()
}

func main() {
	e := &env{stdin: os.Stdin, stdout: os.Stdout, stderr: os.Stderr,
		color: isatty.IsTerminal(os.Stdout.Fd()) && os.Getenv("NO_COLOR") == ""}
	os.Exit(run(e, os.Args[1:]))
}

// run executes the command line and returns the exit code.
func run(e *env, args []string) int {
	root := &cobra.Command{
		Use:           "mtcheck",
		Short:         "mtcheck finds literal-translation artifacts in German text",
		SilenceUsage:  true,
		SilenceErrors: true,
	}
	root.SetIn(e.stdin)
	root.SetOut(e.stdout)
	root.SetErr(e.stderr)
	root.AddCommand(newCheckCmd(e), newRulesCmd(e), newEvalCmd(e))
	root.SetArgs(args)
	if err := root.Execute(); err != nil {
		fmt.Fprintln(e.stderr, "mtcheck:", err)
		return exitTrouble
	}
	return e.code
}
