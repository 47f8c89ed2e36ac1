// Command mtcheck checks German machine-translated text for literal-translation artifacts.
package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"os/signal"
	"slices"
	"strings"
	"syscall"

	"github.com/mattn/go-isatty"
	"github.com/spf13/cobra"

	"github.com/mtcheck/mtcheck/checker"
	"github.com/mtcheck/mtcheck/cmd/mtcheck/internal/batch"
	"github.com/mtcheck/mtcheck/rules"
	"github.com/mtcheck/mtcheck/rules/config"
	"github.com/mtcheck/mtcheck/rules/pack"
)

// Exit codes of the command.
const (
	exitOK      = 0 // every document passed
	exitFailed  = 1 // at least one document failed its threshold
	exitTrouble = 2 // usage error, or an input could not be read or checked
)

// env is the outside world of one command run; tests replace it.
type env struct {
	// ctx is cancelled when the run is to stop (Ctrl-C, SIGTERM); nil means never.
	ctx            context.Context
	stdin          io.Reader
	stdout, stderr io.Writer
	// color allows ANSI colours in text output (stdout is a terminal).
	color bool
	// progress allows a progress bar on stderr (stderr is a terminal).
	progress bool
	// outTerminal says stdout is a terminal (then the bar makes way for the report).
	outTerminal bool
	// getenv reads the environment ($GITHUB_STEP_SUMMARY, $JOB_COMPLETION_INDEX); nil means os.Getenv.
	getenv func(string) string
	// opener fetches URLs; nil means a real HTTP client.
	opener batch.Opener
	// code is the exit code the subcommand chose; a returned error means exitTrouble.
	code int
	// rules replaces the rule registry when not nil (tests inject small rule sets).
	rules []checker.Rule
	// wd is the working directory, where the configuration of standard input
	// and of the rules command is looked for; "" means the process's.
	wd string
}

// env returns the value of an environment variable.
func (e *env) env(name string) string {
	if e.getenv != nil {
		return e.getenv(name)
	}
	return os.Getenv(name)
}

// workDir returns the directory configuration is looked for when no input names one.
func (e *env) workDir() string {
	if e.wd != "" {
		return e.wd
	}
	if wd, err := os.Getwd(); err == nil {
		return wd
	}
	return "."
}

// ruleSet returns the rules the commands use: the injected ones, or the registry.
func (e *env) ruleSet() []checker.Rule {
	if e.rules != nil {
		return e.rules
	}
	return rules.All()
}

// withPacks returns the rules with user packs compiled in: rules.WithPacks
// (through config.Registry), or the injected rules followed by the packs
// compiled on their own.
func (e *env) withPacks(userPacks ...*pack.Pack) ([]checker.Rule, error) {
	if len(userPacks) == 0 {
		return e.ruleSet(), nil
	}
	if e.rules == nil {
		return config.Registry(userPacks...)
	}
	extra, err := pack.Compile(userPacks...)
	if err != nil {
		return nil, err
	}
	if err := rules.CheckNewIDs(e.rules, userPacks...); err != nil {
		return nil, err
	}
	return append(slices.Clone(e.rules), extra...), nil
}

// configCache returns a cache of configuration setups over the command's
// rules, whose engines apply the command's overrides on top of every configuration.
func (e *env) configCache(o config.Overrides) *config.Cache {
	return config.NewCache(config.Options{Rules: e.withPacks, Overrides: o})
}

// configFlags are the flags that choose the configuration of a command.
type configFlags struct {
	file string // --config: one configuration file for everything
	none bool   // --no-config: the default configuration, no file
}

// register adds --config, and --no-config when the command looks for
// configuration files by itself.
func (c *configFlags) register(cmd *cobra.Command, discovery bool) {
	if !discovery {
		cmd.Flags().StringVar(&c.file, "config", "", "configuration file (default: none, the built-in defaults)")
		return
	}
	cmd.Flags().StringVar(&c.file, "config", "",
		"configuration file to use instead of the nearest "+config.FileName)
	cmd.Flags().BoolVar(&c.none, "no-config", false, "ignore "+config.FileName+" files: use the built-in defaults")
}

// validate rejects contradicting flags.
func (c configFlags) validate() error {
	if c.none && c.file != "" {
		return fmt.Errorf("--config and --no-config exclude each other")
	}
	return nil
}

// fixed reports whether the flags choose one configuration for every input.
func (c configFlags) fixed() bool { return c.none || c.file != "" }

// setup returns the setup the flags choose, or else that of the configuration
// file that applies to dir.
func (c configFlags) setup(cache *config.Cache, dir string) (*config.Setup, error) {
	switch {
	case c.none:
		return cache.Default()
	case c.file != "":
		return cache.File(c.file)
	}
	return cache.Dir(dir)
}

func main() {
	// Ctrl-C and SIGTERM cancel the command's context: a batch stops taking
	// documents and the documents being checked stop at their next sentence.
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	e := &env{ctx: ctx, stdin: os.Stdin, stdout: os.Stdout, stderr: os.Stderr,
		color:       isatty.IsTerminal(os.Stdout.Fd()) && os.Getenv("NO_COLOR") == "",
		progress:    isatty.IsTerminal(os.Stderr.Fd()),
		outTerminal: isatty.IsTerminal(os.Stdout.Fd())}
	code := run(e, os.Args[1:])
	stop()
	os.Exit(code)
}

// run executes the command line and returns the exit code.
func run(e *env, args []string) int {
	root := &cobra.Command{
		Use:           "mtcheck",
		Short:         "mtcheck finds literal-translation artifacts in German text",
		Version:       version(),
		SilenceUsage:  true,
		SilenceErrors: true,
	}
	root.SetIn(e.stdin)
	root.SetOut(e.stdout)
	root.SetErr(e.stderr)
	root.AddCommand(newCheckCmd(e), newRulesCmd(e), newEvalCmd(e), newLexiconCmd(e), newVersionCmd(e), newServeCmd(e))
	root.SetArgs(args)
	ctx := e.ctx
	if ctx == nil {
		ctx = context.Background()
	}
	if err := root.ExecuteContext(ctx); err != nil {
		for line := range strings.Lines(err.Error()) {
			fmt.Fprintln(e.stderr, "mtcheck:", strings.TrimSuffix(line, "\n"))
		}
		return exitTrouble
	}
	return e.code
}
