package main

import (
	"encoding/json"
	"fmt"
	"slices"

	"github.com/mtcheck/mtcheck/checker"
	"github.com/mtcheck/mtcheck/corpus"
)

// injectOptions are the flags of eval --inject.
type injectOptions struct {
	on         bool
	seed       uint64
	categories []string
}

// validate reports unknown categories.
func (o injectOptions) validate() error {
	known := corpus.InjectCategories()
	for _, c := range o.categories {
		if !slices.Contains(known, c) {
			return fmt.Errorf("unknown --category %q (want one of %v)", c, known)
		}
	}
	return nil
}

// runInject injects errors into every CoNLL-U treebank of paths, checks the
// sentences with eng and writes recall and false alarms per half. A treebank
// that cannot be read is reported and the others are still evaluated (exit
// 2); with --fail-under, a held-out recall below the limit exits 1.
func runInject(e *env, o evalOptions, eng *checker.Engine, paths []string) error {
	opt := corpus.InjectOptions{Seed: o.inject.seed, Categories: o.inject.categories}
	var all []*corpus.InjectionFigures
	trouble, failed := false, false
	for _, p := range paths {
		f, err := corpus.EvaluateInjection(eng, p, opt)
		if err != nil {
			fmt.Fprintln(e.stderr, "mtcheck: eval:", err)
			trouble = true
			continue
		}
		if r := 100 * f.HeldOut().Recall; o.failUnder > 0 && r < o.failUnder {
			fmt.Fprintf(e.stderr, "mtcheck: eval: %s: held-out recall %.1f %% is below %.1f %%\n", p, r, o.failUnder)
			failed = true
		}
		if len(o.show) == 0 {
			for i := range f.Halves {
				f.Halves[i].Missed, f.Halves[i].FalseAlarms = nil, nil
			}
		}
		all = append(all, f)
	}
	if o.format == "json" {
		enc := json.NewEncoder(e.stdout)
		enc.SetIndent("", "  ")
		enc.SetEscapeHTML(false)
		if err := enc.Encode(all); err != nil {
			return err
		}
	} else {
		for i, f := range all {
			if i > 0 {
				fmt.Fprintln(e.stdout)
			}
			if err := corpus.WriteInjectionText(e.stdout, f, len(o.show) > 0); err != nil {
				return err
			}
		}
	}
	switch {
	case trouble:
		e.code = exitTrouble
	case failed:
		e.code = exitFailed
	default:
		e.code = exitOK
	}
	return nil
}
