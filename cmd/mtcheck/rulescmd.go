package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"slices"
	"strings"
	"text/tabwriter"

	"github.com/spf13/cobra"

	"github.com/mtcheck/mtcheck/checker"
	"github.com/mtcheck/mtcheck/rules/config"
	"github.com/mtcheck/mtcheck/rules/pack"
)

// rulesOptions are the flags of the rules command.
type rulesOptions struct {
	config configFlags
	check  []string
}

func newRulesCmd(e *env) *cobra.Command {
	var o rulesOptions
	cmd := &cobra.Command{
		Use:   "rules [NAME]",
		Short: "List the rules, show one rule or pack, or check a rule pack",
		Long: `Without an argument, list every rule in registry order: ID, category,
severity, pack ("-" for rules written in Go) and the first line of its
documentation. With a rule ID, show its full documentation, default message
and examples; with a pack name, list the rules of the pack; "suppression"
shows the engine's own rule for faulty inline suppressions. A rule's ID
beats a pack's name.

The list follows the configuration: the nearest .mtcheck.yaml at or above the
working directory, or the file --config names (--no-config: none). Its rule
packs are listed too, severities are the configured ones, and rules it turns
off are marked "(disabled)".

With --check FILE.yaml, validate a rule pack of your own and run the examples
of its entries: each problem is printed as "file:line: field: message" and the
exit status is 2; when there is none, "FILE.yaml: N rules, all examples pass"
is printed and the exit status is 0.`,
		Args: cobra.MaximumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			if len(o.check) > 0 {
				if len(args) > 0 || o.config.fixed() {
					return fmt.Errorf("--check takes no rule or pack name, --config or --no-config")
				}
				checkPacks(e, o.check)
				return nil
			}
			if err := o.config.validate(); err != nil {
				return err
			}
			s, err := o.config.setup(e.configCache(config.Overrides{}), e.workDir())
			if err != nil {
				return err
			}
			eng, err := s.EngineWith(config.Overrides{})
			if err != nil {
				return err
			}
			l := listing{s, states(s.Rules, eng)}
			if len(args) == 0 {
				return l.list(e.stdout, s.Rules)
			}
			return l.show(e.stdout, args[0])
		},
	}
	o.config.register(cmd, true)
	cmd.Flags().StringArrayVar(&o.check, "check", nil, "validate a rule pack file and run its examples (repeatable)")
	return cmd
}

// ruleState is how a rule runs under a configuration.
type ruleState struct {
	running  bool
	severity checker.Severity // the configured severity when running, else the default
}

// states returns the state of every rule of rs under the engine by ID, the
// engine's own rule included.
func states(rs []checker.Rule, eng *checker.Engine) map[string]ruleState {
	sr := checker.SuppressionRule()
	out := map[string]ruleState{sr.ID: {running: true, severity: sr.Severity}}
	for _, r := range rs {
		out[r.ID] = ruleState{severity: r.Severity}
	}
	for _, r := range eng.Rules() {
		out[r.ID] = ruleState{running: true, severity: r.Severity}
	}
	return out
}

// listing shows rules under a configuration.
type listing struct {
	setup *config.Setup
	state map[string]ruleState
}

// note is the remark on a rule's state in listings, "" for a rule that runs by default.
func note(r *checker.Rule, st ruleState) string {
	switch {
	case r.Experimental && st.running:
		return "experimental, enabled"
	case r.Experimental:
		return "experimental"
	case !st.running:
		return "disabled"
	}
	return ""
}

// list prints one aligned line per rule of rs, with its state.
func (l listing) list(w io.Writer, rs []checker.Rule) error {
	st := l.state
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	for i := range rs {
		r := &rs[i]
		doc := r.Title
		if n := note(r, st[r.ID]); n != "" {
			doc += " (" + n + ")"
		}
		p := r.Pack
		if p == "" {
			p = "-"
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\n", r.ID, r.Category, st[r.ID].severity, p, doc)
	}
	return tw.Flush()
}

// showRule prints everything about one rule.
func (l listing) showRule(w io.Writer, r *checker.Rule) error {
	st, s := l.state[r.ID], l.setup
	tw := tabwriter.NewWriter(w, 0, 0, 1, ' ', 0)
	fmt.Fprintf(tw, "Rule:\t%s\n", r.ID)
	fmt.Fprintf(tw, "Title:\t%s\n", r.Title)
	fmt.Fprintf(tw, "Category:\t%s\n", r.Category)
	if st.severity != r.Severity {
		fmt.Fprintf(tw, "Severity:\t%s (configured; default %s)\n", st.severity, r.Severity)
	} else {
		fmt.Fprintf(tw, "Severity:\t%s\n", r.Severity)
	}
	fmt.Fprintf(tw, "Message:\t%s\n", r.Message)
	if r.Pack != "" {
		fmt.Fprintf(tw, "Pack:\t%s\n", r.Pack)
	}
	switch note(r, st) {
	case "experimental":
		fmt.Fprintf(tw, "Status:\texperimental (off unless enabled)\n")
	case "experimental, enabled":
		fmt.Fprintf(tw, "Status:\texperimental, enabled by %s\n", s.Config.Path)
	case "disabled":
		fmt.Fprintf(tw, "Status:\tdisabled by %s\n", s.Config.Path)
	}
	if r.ID == checker.SuppressionRule().ID {
		fmt.Fprintf(tw, "Status:\tthe engine's own rule, not configurable\n")
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	fmt.Fprintf(w, "\n%s\n", strings.TrimSpace(r.Doc))
	examples(w, "Bad examples ({{…}} marks what is flagged):", r.Bad)
	examples(w, "Good examples:", r.Good)
	return nil
}

// show shows what name names: a rule of the setup by its ID, a pack of
// the setup (its rules listed) or the engine's own rule "suppression".
// Anything else is an error with the nearest name as a suggestion.
func (l listing) show(w io.Writer, name string) error {
	s := l.setup
	if i := slices.IndexFunc(s.Rules, func(r checker.Rule) bool { return r.ID == name }); i >= 0 {
		return l.showRule(w, &s.Rules[i])
	}
	var pack []checker.Rule
	for _, r := range s.Rules {
		if r.Pack == name {
			pack = append(pack, r)
		}
	}
	if len(pack) > 0 {
		fmt.Fprintf(w, "Pack %s: %s\n", name, ruleCount(len(pack)))
		return l.list(w, pack)
	}
	if sr := checker.SuppressionRule(); name == sr.ID {
		return l.showRule(w, &sr)
	}
	return config.UnknownName(name, s.Rules)
}

// ruleCount is "1 rule" or "N rules".
func ruleCount(n int) string {
	if n == 1 {
		return "1 rule"
	}
	return fmt.Sprintf("%d rules", n)
}

func examples(w io.Writer, title string, exs []string) {
	if len(exs) == 0 {
		return
	}
	fmt.Fprintf(w, "\n%s\n", title)
	for _, ex := range exs {
		fmt.Fprintf(w, "  %s\n", strings.ReplaceAll(ex, "\n", "\n  "))
	}
}

// checkPacks validates the rule pack files, runs their entries' examples and
// compiles them with the rules of the command, so that their names and IDs
// are checked against the built-in ones. Problems go to stderr, one per line
// as file:line: field: message, and set exit status 2; every file without a
// problem gets a line on stdout.
func checkPacks(e *env, files []string) {
	var errs checker.FileErrors
	var packs []*pack.Pack
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			errs = append(errs, &checker.FileError{File: f, Msg: "cannot read: " + plainErr(err).Error()})
			continue
		}
		p, err := pack.Parse(f, data)
		if err != nil {
			errs = append(errs, problems(f, err)...)
			continue
		}
		packs = append(packs, p)
	}
	if len(packs) > 0 {
		if err := pack.Verify(packs...); err != nil {
			errs = append(errs, problems("", err)...)
		}
		if _, err := e.withPacks(packs...); err != nil {
			errs = append(errs, problems("", err)...)
		}
	}
	seen := map[string]bool{}
	bad := map[string]bool{}
	for _, err := range errs {
		if msg := err.Error(); !seen[msg] {
			seen[msg] = true
			bad[err.File] = true
			fmt.Fprintln(e.stderr, msg)
		}
	}
	for _, p := range packs {
		if bad[p.File] {
			continue
		}
		fmt.Fprintf(e.stdout, "%s: %s, all examples pass\n", p.File, ruleCount(len(p.Entries)))
	}
	if len(errs) > 0 {
		e.code = exitTrouble
	} else {
		e.code = exitOK
	}
}

// problems returns the single problems of an error (checker.AsFileErrors),
// or the error as a problem of file.
func problems(file string, err error) checker.FileErrors {
	if es := checker.AsFileErrors(err); es != nil {
		return es
	}
	return checker.FileErrors{{File: file, Msg: err.Error()}}
}

// plainErr drops the operation and path from a file error, since messages name the path.
func plainErr(err error) error {
	var pe *os.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}
