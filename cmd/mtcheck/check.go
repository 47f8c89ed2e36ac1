package main

import (
	"context"
	"errors"
	"fmt"
	"path/filepath"
	"runtime"
	"slices"
	"strconv"
	"time"

	"github.com/spf13/cobra"

	"github.com/mtcheck/mtcheck/checker"
	"github.com/mtcheck/mtcheck/cmd/mtcheck/internal/batch"
	"github.com/mtcheck/mtcheck/cmd/mtcheck/internal/output"
	"github.com/mtcheck/mtcheck/rules/config"
)

// defaultMaxBytes is the default --max-bytes: 16 MiB.
const defaultMaxBytes = 16 << 20

// checkOptions are the flags of the check command.
type checkOptions struct {
	format string
	input  string
	// failUnder is --fail-under, set only when given: it beats the configuration's threshold.
	failUnder config.Threshold
	maxBytes  int
	jobs      int
	exitZero  bool
	// timeout is the time budget of a document per MiB of input, and on top of that; 0 is none.
	timeout time.Duration
	// encoding names the encoding of text input; "" detects UTF-8, UTF-16 and UTF-32.
	encoding string
	config   configFlags
}

// thresholdFlag is a flag that sets a config.Threshold when it is given.
type thresholdFlag struct{ t *config.Threshold }

func (f thresholdFlag) String() string { return f.t.String() }

func (f thresholdFlag) Set(s string) error {
	v, err := strconv.ParseFloat(s, 64)
	if err != nil {
		return err
	}
	*f.t = config.ThresholdOf(v)
	return nil
}

func (f thresholdFlag) Type() string { return "float" }

func newCheckCmd(e *env) *cobra.Command {
	o := checkOptions{format: "text", input: "text",
		maxBytes: defaultMaxBytes, jobs: runtime.GOMAXPROCS(0), timeout: defaultTimeout}
	cmd := &cobra.Command{
		Use:   "check [flags] [PATH ...]",
		Short: "Check German texts and score them",
		Long: `Check German texts for literal-translation artifacts and score them.

A PATH is a file or a directory; directories are walked recursively in sorted
order, picking .txt and .md files (.jsonl with --input jsonl). "-" or no PATH
reads standard input.

With --input jsonl every line is a record {"id": "...", "text": "..."} checked
as one document; keys match exactly and other keys are ignored. Blank lines
are skipped, and every other line yields exactly one output record, in
order. A line that cannot be used (malformed JSON, a key given twice, no
string "text", invalid UTF-8, longer than --max-bytes) yields an error record.

Text files and standard input may be UTF-8 (a byte order mark is skipped),
UTF-16 or UTF-32 (recognised by their byte order mark or their NUL bytes);
--encoding windows-1252 reads Windows-1252 and Latin-1 exports. Positions
always count in the input's own bytes.

Every document gets a time budget of --timeout plus --timeout per MiB of
input (default 10s: 10 s plus 10 s per MiB); a document that needs longer
becomes an error record naming the rule that was running, and the run goes
on. --timeout 0 turns the budget off.

Exit status: 0 when every document passes, 1 when at least one fails, 2 on a
usage error or when an input could not be read or checked (the other inputs
are still checked and reported). --exit-zero turns status 1 into 0, for
reports that should not stop a pipeline.

Configuration: every input uses the nearest .mtcheck.yaml in its directory or
above (standard input: the working directory), or the file --config names;
--no-config ignores them. A broken configuration or rule pack stops the run
with status 2 before anything is checked. --fail-under beats the threshold of
the configuration.`,
		RunE: func(cmd *cobra.Command, args []string) error {
			return runCheck(cmd.Context(), e, o, args)
		},
	}
	f := cmd.Flags()
	f.StringVar(&o.format, "format", o.format, "output format: text, json or jsonl")
	f.StringVar(&o.input, "input", o.input, "input format: text (one document per file) or jsonl")
	f.Var(thresholdFlag{&o.failUnder}, "fail-under", "score (0-100) a document needs to pass")
	f.IntVar(&o.maxBytes, "max-bytes", o.maxBytes, "largest document, or JSONL line, in bytes")
	f.IntVar(&o.jobs, "jobs", o.jobs, "number of documents checked in parallel")
	f.BoolVar(&o.exitZero, "exit-zero", false, "exit 0 even when documents fail (input errors still exit 2)")
	f.DurationVar(&o.timeout, "timeout", o.timeout, "time budget of a document, and as much again per MiB of input (0: none)")
	f.StringVar(&o.encoding, "encoding", "", "encoding of text input: utf-8, utf-16le, utf-16be, utf-32le, utf-32be or windows-1252 (default: detected)")
	o.config.register(cmd, true)
	return cmd
}

// validate reports flag values that make no sense.
func (o checkOptions) validate(paths []string) error {
	switch {
	case !slices.Contains(output.Formats, o.format):
		return fmt.Errorf("unknown --format %q (want text, json or jsonl)", o.format)
	case o.input != "text" && o.input != "jsonl":
		return fmt.Errorf("unknown --input %q (want text or jsonl)", o.input)
	case !o.failUnder.Valid():
		return fmt.Errorf("--fail-under %v is not between 0 and 100", o.failUnder.Score)
	case o.maxBytes < 1:
		return fmt.Errorf("--max-bytes must be positive")
	case o.jobs < 1:
		return fmt.Errorf("--jobs must be at least 1")
	case o.timeout < 0:
		return fmt.Errorf("--timeout must not be negative")
	}
	if o.encoding != "" {
		if _, err := checker.ParseEncoding(o.encoding); err != nil {
			return fmt.Errorf("--encoding: %v", err)
		}
	}
	if err := o.config.validate(); err != nil {
		return err
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

// runCheck checks every input and writes the report; it sets e.code.
func runCheck(ctx context.Context, e *env, o checkOptions, paths []string) error {
	if err := o.validate(paths); err != nil {
		return err
	}
	if ctx == nil {
		ctx = context.Background()
	}
	exts := batch.TextExts
	if o.input == "jsonl" {
		exts = batch.JSONLExts
	}
	cache := e.configCache(config.Overrides{Threshold: o.failUnder, Labels: config.Labels{Threshold: "--fail-under"}})
	engineFor, err := e.engines(o.config, cache, paths, exts)
	if err != nil {
		return err
	}
	w, err := output.New(o.format, e.stdout, e.stderr, output.Options{Color: e.color})
	if err != nil {
		return err
	}
	src := batch.Inputs(paths, e.stdin, batch.Options{JSONL: o.input == "jsonl", MaxBytes: o.maxBytes})
	var sum output.Summary
	chk := checking{engineFor: engineFor, timeout: o.timeout}
	if o.encoding != "" {
		enc, _ := checker.ParseEncoding(o.encoding) // validated
		chk.encoding = &enc
	}
	err = batch.Run(ctx, src, o.jobs,
		func(d batch.Document) *output.Record { return chk.check(ctx, d) },
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

// engines resolves the configuration of every input before anything is
// checked, so that a broken configuration file stops the run first, and
// returns the function that picks a document's engine. Without --config or
// --no-config, the inputs (operands walked with exts, as batch.Inputs does)
// use the nearest configuration file above their directory, and standard
// input the one above the working directory. The engines are built once per
// configuration file; the returned function is safe for concurrent use.
func (e *env) engines(cf configFlags, cache *config.Cache, paths, exts []string) (func(batch.Document) (*checker.Engine, error), error) {
	if cf.fixed() {
		s, err := cf.setup(cache, "")
		if err != nil {
			return nil, err
		}
		return func(batch.Document) (*checker.Engine, error) { return s.Engine, nil }, nil
	}
	wd := e.workDir()
	dirOf := func(path string) string {
		if path == batch.Stdin {
			return wd
		}
		return filepath.Dir(path)
	}
	var errs []error
	reported, visited := map[string]bool{}, map[string]bool{}
	visit := func(dir string) {
		if visited[dir] {
			return
		}
		visited[dir] = true
		if _, err := cache.Dir(dir); err != nil && !reported[err.Error()] {
			reported[err.Error()] = true
			errs = append(errs, err)
		}
	}
	if len(paths) == 0 {
		visit(wd)
	}
	for _, p := range paths {
		if p == batch.Stdin {
			visit(wd)
			continue
		}
		for f, err := range batch.Walk(p, exts) {
			if err == nil { // unreadable inputs are reported when their turn comes
				visit(dirOf(f))
			}
		}
	}
	if len(errs) > 0 {
		return nil, errors.Join(errs...)
	}
	return func(d batch.Document) (*checker.Engine, error) {
		s, err := cache.Dir(dirOf(d.Path))
		if err != nil {
			return nil, err
		}
		return s.Engine, nil
	}, nil
}

// checking is how the documents of one run are checked.
type checking struct {
	engineFor func(batch.Document) (*checker.Engine, error)
	// timeout is the time budget per document and per MiB (0: none).
	timeout time.Duration
	// encoding is the encoding of raw input, or nil to detect it.
	encoding *checker.Encoding
}

// defaultTimeout is the default --timeout.
const defaultTimeout = 10 * time.Second

// budget returns the time budget of a document of n bytes: the timeout, and
// the timeout again for every MiB.
func budget(timeout time.Duration, n int) time.Duration {
	return timeout + time.Duration(float64(timeout)*float64(n)/(1<<20))
}

// check checks one document with the engine engineFor picks for it, within
// its time budget; problems become an error record.
func (c checking) check(ctx context.Context, d batch.Document) *output.Record {
	if d.Err != nil {
		return output.ErrorRecord(d.ID, d.Path, d.Err)
	}
	eng, err := c.engineFor(d)
	if err != nil {
		return output.ErrorRecord(d.ID, d.Path, err)
	}
	var src *checker.Source
	if d.Raw {
		src, err = checker.DecodeSource(d.Text, c.encoding)
	} else {
		src, err = checker.TextSource(d.Text)
	}
	if err != nil {
		return output.ErrorRecord(d.ID, d.Path, err)
	}
	if c.timeout > 0 {
		var cancel context.CancelFunc
		ctx, cancel = context.WithTimeout(ctx, budget(c.timeout, len(d.Text)))
		defer cancel()
	}
	res, err := eng.CheckSource(ctx, src)
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
