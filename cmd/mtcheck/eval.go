package main

import (
	"encoding/json"
	"fmt"
	"slices"
	"strings"

	"github.com/spf13/cobra"

	"github.com/mtcheck/mtcheck/corpus"
	"github.com/mtcheck/mtcheck/rules/config"
)

// evalOptions are the flags of the eval command.
type evalOptions struct {
	format    string
	rule      string
	show      []string
	failUnder float64
	strict    bool
	byRule    bool
	// withSource checks MQM segments against their source too; fitSource
	// fits the source-aware length model instead of evaluating.
	withSource, fitSource bool
	inject                injectOptions
	config                configFlags
}

// showKinds returns the case kinds a --show value lists, or nil for an unknown value.
func showKinds(show string) []corpus.CaseKind {
	switch show {
	case "missed":
		return []corpus.CaseKind{corpus.CaseMissed, corpus.CaseGap}
	case "false":
		return []corpus.CaseKind{corpus.CaseFalse}
	case "pending":
		return []corpus.CaseKind{corpus.CasePending}
	}
	return nil
}

func newEvalCmd(e *env) *cobra.Command {
	o := evalOptions{format: "text"}
	cmd := &cobra.Command{
		Use:   "eval [flags] PATH ...",
		Short: "Measure the rules on annotated, native and MQM corpora",
		Long: `Measure the rules on annotated, native and MQM corpora (see corpus/README.md).

A PATH is a file or a directory; directories are walked in sorted order,
skipping testdata and hidden directories. The format is detected per file:
  X.jsonl, X.jsonl.gz                  MQM segments with expert error spans
  X.txt with X.annotations.tsv beside  stand-off annotations
  X.txt containing {{                  inline {{…}} / {{…|rule-id}} marks
  any other X.txt                      native German: every finding is a false alarm

It prints, per rule (the entries of a rule pack in one row; --by-rule lists
them one by one) and in total: found / missed / false alarms with precision
and recall on annotated text; findings per 1,000 words on native text; span
precision and correlation with MQM scores on MQM data.

Exit status: 0 normally; 1 with --strict when a must is missed or a false
alarm is found on annotated or native text, or with --fail-under when
precision or recall on annotated text is below the limit; 2 on a usage error or
when an input could not be read (the other inputs are still evaluated).

With --with-source every MQM segment that has a "source" is checked twice,
alone and against its English source, and the figures of both are printed,
with the findings that only the check with the source makes. --fit-source
fits the length model of the source-aware rules on the human translations
of the MQM files given (and checks its thresholds on their machine
translations) and prints the parameters the code holds as constants.

With --inject the PATHs are CoNLL-U treebanks of correct German: errors
typical of machine translation (missing commas, das/dass, lower-case nouns,
English number formats, ...) are injected into their sentences, reproducibly
for a --seed, and the recall per category and the false alarms on the
untouched sentences are printed for the first half of the sentences (the
part the rules are tuned on) and the held-out second half. --fail-under then
applies to the held-out recall; --show lists the missed errors and the false
alarms.

Configuration files are not looked for, so that the figures do not depend on
where a corpus lies: the built-in defaults apply unless --config names a
.mtcheck.yaml, whose settings and rule packs are then measured.`,
		Args: cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			return runEval(e, o, args)
		},
	}
	f := cmd.Flags()
	f.StringVar(&o.format, "format", o.format, "output format: text or json")
	f.StringVar(&o.rule, "rule", "", "evaluate only the rule with this ID (or the rules of the pack of this name)")
	f.StringSliceVar(&o.show, "show", nil, "list cases with context: missed (and gaps), false, pending; comma-separated")
	f.Float64Var(&o.failUnder, "fail-under", 0, "exit 1 when precision or recall on annotated text is below this percentage")
	f.BoolVar(&o.byRule, "by-rule", false, "one row per pack entry instead of one row per pack")
	f.BoolVar(&o.strict, "strict", false, "exit 1 when a must is missed or a false alarm is found on annotated or native text")
	f.BoolVar(&o.withSource, "with-source", false, "check MQM segments against their English source too and report both")
	f.BoolVar(&o.fitSource, "fit-source", false, "fit the length model of the source-aware rules on MQM files and print it")
	f.BoolVar(&o.inject.on, "inject", false, "the PATHs are CoNLL-U treebanks: inject errors and measure recall")
	f.Uint64Var(&o.inject.seed, "seed", corpus.DefaultInjectSeed, "with --inject: the seed of the injected errors")
	f.StringSliceVar(&o.inject.categories, "category", nil, "with --inject: inject only these categories; comma-separated")
	o.config.register(cmd, false)
	return cmd
}

// validate reports flag values that make no sense.
func (o evalOptions) validate() error {
	if o.format != "text" && o.format != "json" {
		return fmt.Errorf("unknown --format %q (want text or json)", o.format)
	}
	for _, s := range o.show {
		if showKinds(s) == nil {
			return fmt.Errorf("unknown --show %q (want missed, false or pending)", s)
		}
	}
	if err := o.inject.validate(); err != nil {
		return err
	}
	if o.inject.on && (o.withSource || o.fitSource) {
		return fmt.Errorf("--inject cannot be combined with --with-source or --fit-source")
	}
	if o.failUnder < 0 || o.failUnder > 100 {
		return fmt.Errorf("--fail-under %v is not between 0 and 100", o.failUnder)
	}
	return nil
}

// runEval evaluates the rules on paths and writes the figures; it sets e.code.
func runEval(e *env, o evalOptions, paths []string) error {
	if err := o.validate(); err != nil {
		return err
	}
	if o.fitSource {
		fit, err := corpus.FitSource(paths)
		if err != nil {
			return err
		}
		if o.format == "json" {
			enc := json.NewEncoder(e.stdout)
			enc.SetIndent("", "  ")
			return enc.Encode(fit)
		}
		return corpus.WriteSourceFit(e.stdout, fit)
	}
	cache := e.configCache(config.Overrides{})
	s, err := cache.Default()
	if o.config.file != "" {
		s, err = cache.File(o.config.file)
	}
	if err != nil {
		return err
	}
	eng, err := s.EngineWith(o.overrides())
	if err != nil {
		return err
	}
	if o.inject.on {
		return runInject(e, o, eng, paths)
	}
	opts := corpus.Options{Only: o.rule, Known: s.Rules, GroupPacks: !o.byRule && o.rule == "", WithSource: o.withSource}
	figures, errs := corpus.Evaluate(eng, opts, paths)
	for _, err := range errs {
		for _, line := range strings.Split(err.Error(), "\n") {
			fmt.Fprintln(e.stderr, "mtcheck: eval:", line)
		}
	}
	failures := evalFailures(&figures, o)
	for _, f := range failures {
		fmt.Fprintln(e.stderr, "mtcheck: eval:", f)
	}
	figures.Cases = shownCases(figures.Cases, o.show)
	if err := writeFigures(e, &figures, o.format); err != nil {
		return err
	}
	switch {
	case len(errs) > 0:
		e.code = exitTrouble
	case len(failures) > 0:
		e.code = exitFailed
	default:
		e.code = exitOK
	}
	return nil
}

// overrides restrict the configured engine to the rule (or the rules of the
// pack) --rule names; it runs even when the configuration turns it off.
func (o evalOptions) overrides() config.Overrides {
	if o.rule == "" {
		return config.Overrides{}
	}
	return config.Overrides{Only: true, Enable: []string{o.rule}, Labels: config.Labels{Enable: "--rule"}}
}

// evalFailures returns why --strict or --fail-under fail the run, if they do.
func evalFailures(f *corpus.Figures, o evalOptions) []string {
	var out []string
	if o.strict {
		var missed, falseAlarms int
		for _, c := range f.Violations() {
			if c.Kind == corpus.CaseMissed {
				missed++
			} else {
				falseAlarms++
			}
		}
		if missed+falseAlarms > 0 {
			out = append(out, fmt.Sprintf("strict: %d missed, %d false alarms (list them with --show missed,false)", missed, falseAlarms))
		}
	}
	if a := f.Annotated; o.failUnder > 0 && a != nil {
		for _, m := range []struct {
			name  string
			value *float64
		}{{"precision", a.Total.Precision}, {"recall", a.Total.Recall}} {
			if m.value != nil && 100**m.value < o.failUnder {
				out = append(out, fmt.Sprintf("%s %.1f%% is under --fail-under %v%%", m.name, 100**m.value, o.failUnder))
			}
		}
	}
	return out
}

// shownCases keeps the cases of the kinds --show asks for.
func shownCases(cases []corpus.Case, show []string) []corpus.Case {
	var kinds []corpus.CaseKind
	for _, s := range show {
		kinds = append(kinds, showKinds(s)...)
	}
	var out []corpus.Case
	for _, c := range cases {
		if slices.Contains(kinds, c.Kind) {
			out = append(out, c)
		}
	}
	return out
}

func writeFigures(e *env, f *corpus.Figures, format string) error {
	if format == "text" {
		return corpus.WriteText(e.stdout, f)
	}
	enc := json.NewEncoder(e.stdout)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(f)
}
