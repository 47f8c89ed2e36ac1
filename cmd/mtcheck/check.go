package main

import (
	"context"
	"fmt"
	"runtime"
	"slices"

	"github.com/spf13/cobra"

	"github.com/mtcheck/mtcheck/checker"
	"github.com/mtcheck/mtcheck/cmd/mtcheck/internal/batch"
	"github.com/mtcheck/mtcheck/cmd/mtcheck/internal/output"
)

// defaultMaxBytes is the default --max-bytes: 16 MiB.
const defaultMaxBytes = 16 << 20

// checkOptions are the flags of the check command.
type checkOptions struct {
	format    string
	input     string
	failUnder float64
	maxBytes  int
	jobs      int
	exitZero  bool
}

func newCheckCmd(e *env) *cobra.Command {
	o := checkOptions{format: "text", input: "text", failUnder: checker.DefaultThreshold,
		maxBytes: defaultMaxBytes, jobs: runtime.GOMAXPROCS(0)}
	cmd := &cobra.Command{
		Use:   "check [flags] [PATH ...]",
		Short: "Check German texts and score them",
		Long: `Check German texts for literal-translation artifacts and score them.

A PATH is a file or a directory; directories are walked recursively in sorted
order, picking .txt and .md files (.jsonl with --input jsonl). "-" or no PATH
reads standard input.

With --input jsonl every line is a record {"id": "...", "text": "..."} checked
as one document; blank lines are skipped, and every other line yields exactly
one output record, in order. A line that cannot be used (malformed JSON, no
string "text", invalid UTF-8, longer than --max-bytes) yields an error record.

Exit status: 0 when every document passes, 1 when at least one fails, 2 on a
usage error or when an input could not be read or checked (the other inputs
are still checked and reported). --exit-zero turns status 1 into 0, for
reports that should not stop a pipeline.`,
		RunE: func(cmd *cobra.Command, args []string) error {
			return runCheck(cmd.Context(), e, o, args)
		},
	}
	f := cmd.Flags()
	f.StringVar(&o.format, "format", o.format, "output format: text, json or jsonl")
	f.StringVar(&o.input, "input", o.input, "input format: text (one document per file) or jsonl")
	f.Float64Var(&o.failUnder, "fail-under", o.failUnder, "score (0-100) a document needs to pass")
	f.IntVar(&o.maxBytes, "max-bytes", o.maxBytes, "largest document, or JSONL line, in bytes")
	f.IntVar(&o.jobs, "jobs", o.jobs, "number of documents checked in parallel")
	f.BoolVar(&o.exitZero, "exit-zero", false, "exit 0 even when documents fail (input errors still exit 2)")
	return cmd
}

// validate reports flag values that make no sense.
func (o checkOptions) validate(paths []string) error {
	switch {
	case !slices.Contains(output.Formats, o.format):
		return fmt.Errorf("unknown --format %q (want text, json or jsonl)", o.format)
	case o.input != "text" && o.input != "jsonl":
		return fmt.Errorf("unknown --input %q (want text or jsonl)", o.input)
	case o.failUnder < 0 || o.failUnder > 100:
		return fmt.Errorf("--fail-under %v is not between 0 and 100", o.failUnder)
	case o.maxBytes < 1:
		return fmt.Errorf("--max-bytes must be positive")
	case o.jobs < 1:
		return fmt.Errorf("--jobs must be at least 1")
	}
	stdins := 0
	for _, p := range paths {
		if p == batch.Stdin {
			stdins++
		}
	}
	if stdins > 1 {
		return fmt.Errorf("standard input (-) can be read only once")
	}
	return nil
}

// threshold maps --fail-under to checker.Config.Threshold, where 0 means the
// default; a negative threshold lets every score pass, as --fail-under 0 should.
func threshold(failUnder float64) float64 {
	if failUnder == 0 {
		return -1
	}
	return failUnder
}

// runCheck checks every input and writes the report; it sets e.code.
func runCheck(ctx context.Context, e *env, o checkOptions, paths []string) error {
	if err := o.validate(paths); err != nil {
		return err
	}
	if ctx == nil {
		ctx = context.Background()
	}
	eng, err := checker.NewEngine(e.ruleSet(), checker.Config{Threshold: threshold(o.failUnder)})
	if err != nil {
		return err
	}
	w, err := output.New(o.format, e.stdout, e.stderr, e.color)
	if err != nil {
		return err
	}
	src := batch.Inputs(paths, e.stdin, batch.Options{JSONL: o.input == "jsonl", MaxBytes: o.maxBytes})
	var sum output.Summary
	err = batch.Run(ctx, src, o.jobs,
		func(d batch.Document) *output.Record { return checkDocument(eng, d) },
		func(r *output.Record) error {
			sum.Add(r)
			return w.Write(r)
		})
	if err != nil {
		return err
	}
	if err := w.Close(sum); err != nil {
		return err
	}
	e.code = exitCode(sum)
	if o.exitZero && e.code == exitFailed {
		e.code = exitOK
	}
	return nil
}

// checkDocument checks one document; problems become an error record.
func checkDocument(eng *checker.Engine, d batch.Document) *output.Record {
	if d.Err != nil {
		return output.ErrorRecord(d.ID, d.Path, d.Err)
	}
	res, err := eng.CheckText(d.Text)
	if err != nil {
		return output.ErrorRecord(d.ID, d.Path, err)
	}
	return output.NewRecord(d.ID, d.Path, res)
}

// exitCode is exitTrouble when a document could not be checked, else
// exitFailed when one failed, else exitOK.
func exitCode(s output.Summary) int {
	switch {
	case s.Errors > 0:
		return exitTrouble
	case s.Failed > 0:
		return exitFailed
	}
	return exitOK
}
