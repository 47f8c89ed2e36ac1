package main

import (
	"fmt"
	"io"
	"strings"
	"text/tabwriter"

	"github.com/spf13/cobra"

	"github.com/mtcheck/mtcheck/checker"
)

func newRulesCmd(e *env) *cobra.Command {
	return &cobra.Command{
		Use:   "rules [ID]",
		Short: "List the rules, or show one rule in full",
		Long: `Without an argument, list every rule in registry order: ID, category,
severity and the first line of its documentation. With a rule ID, show its
full documentation, default message and examples.`,
		Args: cobra.MaximumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			rs := e.ruleSet()
			if len(args) == 0 {
				return listRules(e.stdout, rs)
			}
			for i := range rs {
				if rs[i].ID == args[0] {
					return showRule(e.stdout, &rs[i])
				}
			}
			return fmt.Errorf("unknown rule %q (mtcheck rules lists them)", args[0])
		},
	}
}

// listRules prints one aligned line per rule.
func listRules(w io.Writer, rs []checker.Rule) error {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	for _, r := range rs {
		doc := r.Summary()
		if r.Experimental {
			doc += " (experimental)"
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\n", r.ID, r.Category, r.Severity, doc)
	}
	return tw.Flush()
}

// showRule prints everything about one rule.
func showRule(w io.Writer, r *checker.Rule) error {
	tw := tabwriter.NewWriter(w, 0, 0, 1, ' ', 0)
	fmt.Fprintf(tw, "Rule:\t%s\n", r.ID)
	fmt.Fprintf(tw, "Category:\t%s\n", r.Category)
	fmt.Fprintf(tw, "Severity:\t%s\n", r.Severity)
	fmt.Fprintf(tw, "Message:\t%s\n", r.Message)
	if r.Pack != "" {
		fmt.Fprintf(tw, "Pack:\t%s\n", r.Pack)
	}
	if r.Experimental {
		fmt.Fprintf(tw, "Status:\texperimental (off unless enabled)\n")
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	fmt.Fprintf(w, "\n%s\n", strings.TrimSpace(r.Doc))
	examples(w, "Bad examples ({{…}} marks what is flagged):", r.Bad)
	examples(w, "Good examples:", r.Good)
	return nil
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
