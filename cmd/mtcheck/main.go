// Command mtcheck checks German machine-translated text for literal-translation artifacts.
package main

import (
	"fmt"
	"os"

	"github.com/spf13/cobra"
)

// Exit codes of the command.
const (
	exitOK      = 0 // every document passed
	exitFailed  = 1 // at least one document failed its threshold
	exitTrouble = 2 // usage error, or an input could not be read or checked
)

func main() {
	os.Exit(run(os.Args[1:]))
}

// run executes the command line and returns the exit code.
func run(args []string) int {
	code := exitOK
	root := &cobra.Command{
		Use:           "mtcheck",
		Short:         "mtcheck finds literal-translation artifacts in German text",
		SilenceUsage:  true,
		SilenceErrors: true,
	}
	root.AddCommand(newCheckCmd(&code), newRulesCmd(&code), newEvalCmd(&code))
	root.SetArgs(args)
	if err := root.Execute(); err != nil {
		fmt.Fprintln(os.Stderr, "mtcheck:", err)
		return exitTrouble
	}
	return code
}
