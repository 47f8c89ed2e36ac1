package main

import (
	"fmt"
	"os"

	"github.com/spf13/cobra"

	"github.com/mtcheck/mtcheck/rules/lexicon"
)

func newLexiconCmd(e *env) *cobra.Command {
	return &cobra.Command{
		Use:   "lexicon FILE.conllu ...",
		Short: "Measure the German lexicon against gold-annotated CoNLL-U treebanks",
		Long: `Measure the German lexicon against gold-annotated CoNLL-U treebanks: how many
finite verbs (VerbForm=Fin) it recognises as possible finite verbs and how often
it wrongly does, and the recall and precision of infinitives, participles,
subordinating conjunctions (KOUS) and relative pronouns (PRELS).

Exit status: 0, or 2 when a file cannot be read or parsed (the others are
still measured).`,
		Args: cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			for _, path := range args {
				f, err := measureLexicon(path)
				if err != nil {
					fmt.Fprintf(e.stderr, "%s: error: %v\n", path, err)
					e.code = exitTrouble
					continue
				}
				fmt.Fprintf(e.stdout, "%s:\n%s", path, f)
			}
			return nil
		},
	}
}

// measureLexicon evaluates the default lexicon on one CoNLL-U file.
func measureLexicon(path string) (lexicon.Figures, error) {
	fh, err := os.Open(path)
	if err != nil {
		return lexicon.Figures{}, err
	}
	defer fh.Close()
	return lexicon.Evaluate(fh)
}
