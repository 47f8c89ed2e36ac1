package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"github.com/mtcheck/mtcheck/checker"
	"github.com/mtcheck/mtcheck/checker/markup"
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
	// selector limits HTML input to the article body (--select).
	selector string
	// shard is --shard K/N (K may be "auto": the Kubernetes job index + 1).
	shard string
	// outFile and reportFile are --output and --report; "" means none.
	outFile, reportFile string
	// summary and noSummary force the audit summary of the text format on or off.
	summary, noSummary bool
	verbose, quiet     bool
	// failUnder is --fail-under, set only when given: it beats the configuration's threshold.
	failUnder config.Threshold
	// variant is --variant, "" when not given: it beats the configuration's variant.
	variant  string
	maxBytes int
	jobs     int
	exitZero bool
	// timeout is the time budget of a document per MiB of input, and on top of that; 0 is none.
	timeout time.Duration
	// encoding names the encoding of text input; "" detects UTF-8, UTF-16 and UTF-32.
	encoding string
	// source is --source: the file of the English original of the one
	// PATH, aligned with it paragraph by paragraph.
	source string
	config configFlags
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
	o := checkOptions{format: "text", input: string(batch.InputAuto),
		maxBytes: defaultMaxBytes, jobs: runtime.GOMAXPROCS(0), timeout: defaultTimeout}
	cmd := &cobra.Command{
		Use:   "check [flags] [PATH ...]",
		Short: "Check German texts and score them",
		Long: `Check German texts for literal-translation artifacts and score them.

A PATH is a file, a directory, an http(s):// URL or "-" for standard input (no
PATH reads standard input). Directories are walked recursively in sorted order,
picking every supported file: .txt, .md/.markdown, .html/.htm, .jsonl, feeds
(.rss, .atom, and .xml/.json files whose content is RSS, Atom or JSON Feed),
and any of them compressed as .gz; files passed over are counted (-v names
them). --input auto (the default) picks the format by extension and content;
--input text|markdown|html|feed|jsonl forces one.

HTML is checked without its markup: block elements end paragraphs, inline
elements insert nothing, scripts, styles, code and hidden elements are skipped,
and --select limits the check to the article body (default: <article>, else
<main>, else <body>). Markdown is checked without code, URLs and front matter.
A feed yields one document per item (title and content, checked as HTML).
Positions in reports count in the original file's bytes; for markup the text
of a finding is the extracted text.

With --input jsonl (or a .jsonl file) every line is a record {"id": "...",
"text": "...", "format": "text|markdown|html"} checked as one document; keys
match exactly and other keys are ignored. Blank lines are skipped, and every
other line yields exactly one output record, in order. A line that cannot be
used (malformed JSON, a key given twice, no string "text", invalid UTF-8,
longer than --max-bytes) yields an error record.

Text files and standard input may be UTF-8 (a byte order mark is skipped),
UTF-16 or UTF-32 (recognised by their byte order mark or their NUL bytes);
--encoding windows-1252 reads Windows-1252 and Latin-1 exports. HTML declares
its encoding in a <meta charset>.

Every document gets a time budget of --timeout plus --timeout per MiB of
input (default 10s: 10 s plus 10 s per MiB); a document that needs longer
becomes an error record naming the rule that was running, and the run goes
on. --timeout 0 turns the budget off.

--shard K/N checks only shard K of N (by a stable hash of each record's path,
URL or id), so that N machines split a batch with no coordinator and their
outputs concatenate to one run's; --shard auto/N takes K from the
JOB_COMPLETION_INDEX of a Kubernetes Indexed Job.

Exit status: 0 when every document passes, 1 when at least one fails, 2 on a
usage error or when an input could not be read or checked (the other inputs
are still checked and reported). --exit-zero turns status 1 into 0, for
reports that should not stop a pipeline.

Configuration: every input uses the nearest .mtcheck.yaml in its directory or
above (standard input and URLs: the working directory), or the file --config
names; --no-config ignores them. A broken configuration or rule pack stops the
run with status 2 before anything is checked. --fail-under beats the
threshold of the configuration, --variant (de-DE, de-AT or de-CH: the variety
of German the texts are written in) its variant.`,
		RunE: func(cmd *cobra.Command, args []string) error {
			return runCheck(cmd.Context(), e, o, args)
		},
	}
	f := cmd.Flags()
	f.StringVar(&o.format, "format", o.format, "output format: "+output.FormatList())
	f.StringVar(&o.input, "input", o.input, "input format: auto, text, markdown, html, feed or jsonl")
	f.StringVar(&o.selector, "select", "", "HTML: check only what this selector matches (element, .class, #id, descendants)")
	f.StringVar(&o.shard, "shard", "", "check only shard K of N (K/N, or auto/N in a Kubernetes Indexed Job)")
	f.StringVarP(&o.outFile, "output", "o", "", "write the report to this file instead of standard output")
	f.StringVar(&o.reportFile, "report", "", "also write a self-contained HTML report to this file")
	f.BoolVar(&o.summary, "summary", false, "print the audit summary in the text format even for one document")
	f.BoolVar(&o.noSummary, "no-summary", false, "leave the audit summary out of the text format")
	f.BoolVarP(&o.verbose, "verbose", "v", false, "list every paragraph and the files passed over")
	f.BoolVarP(&o.quiet, "quiet", "q", false, "no progress bar")
	f.Var(thresholdFlag{&o.failUnder}, "fail-under", "score (0-100) a document needs to pass")
	f.StringVar(&o.variant, "variant", "", "variety of German the texts are written in: de-DE, de-AT or de-CH (default: the configuration's, else de-DE)")
	f.IntVar(&o.maxBytes, "max-bytes", o.maxBytes, "largest document, or JSONL line, in bytes")
	f.IntVar(&o.jobs, "jobs", o.jobs, "number of documents checked in parallel")
	f.BoolVar(&o.exitZero, "exit-zero", false, "exit 0 even when documents fail (input errors still exit 2)")
	f.DurationVar(&o.timeout, "timeout", o.timeout, "time budget of a document, and as much again per MiB of input (0: none)")
	f.StringVar(&o.encoding, "encoding", "", "encoding of text input: utf-8, utf-16le, utf-16be, utf-32le, utf-32be or windows-1252 (default: detected)")
	f.StringVar(&o.source, "source", "", "the English original (text, Markdown or HTML file) of the one PATH: check the translation against it")
	o.config.register(cmd, true)
	return cmd
}

// validate reports flag values that make no sense.
func (o checkOptions) validate(paths []string) error {
	switch {
	case !slices.Contains(output.Formats, o.format):
		return fmt.Errorf("unknown --format %q (want %s)", o.format, output.FormatList())
	case o.summary && o.noSummary:
		return fmt.Errorf("--summary and --no-summary exclude each other")
	case !o.failUnder.Valid():
		return fmt.Errorf("--fail-under %v is not between 0 and 100", o.failUnder.Score)
	case o.maxBytes < 1:
		return fmt.Errorf("--max-bytes must be positive")
	case o.jobs < 1:
		return fmt.Errorf("--jobs must be at least 1")
	case o.timeout < 0:
		return fmt.Errorf("--timeout must not be negative")
	}
	if _, err := batch.ParseInput(o.input); err != nil {
		return err
	}
	if o.variant != "" {
		if _, err := checker.ParseVariant(o.variant); err != nil {
			return fmt.Errorf("--variant: %v", err)
		}
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
	if o.source != "" {
		in, _ := batch.ParseInput(o.input)
		switch {
		case len(paths) != 1:
			return fmt.Errorf("--source takes exactly one PATH: the translation of the original")
		case in == batch.InputJSONL || in == batch.InputFeed || in == batch.InputXLIFF:
			return fmt.Errorf("--source needs a text, Markdown or HTML translation, not --input %s (JSON Lines records carry their \"source\", XLIFF files theirs)", in)
		case o.source == batch.Stdin && paths[0] == batch.Stdin:
			return fmt.Errorf("standard input (-) can be read only once")
		}
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
	bopt, err := o.batchOptions(e)
	if err != nil {
		return err
	}
	var skipped []string
	bopt.Skipped = func(path, reason string) {
		if reason == batch.ReasonExtension || reason == batch.ReasonNotFeed {
			skipped = append(skipped, path+" ("+reason+")")
		}
	}
	cache := e.configCache(config.Overrides{Threshold: o.failUnder, Variant: o.variant,
		Labels: config.Labels{Threshold: "--fail-under", Variant: "--variant"}})
	engineFor, rulesOf, err := e.engines(o.config, cache, paths, bopt)
	if err != nil {
		return err
	}
	out, closeOut, err := o.openOutput(e)
	if err != nil {
		return err
	}
	defer closeOut()
	wopt := output.Options{Rules: rulesOf, Version: version(), WorkDir: e.workDir(), Color: e.color && o.outFile == "",
		Verbose: o.verbose, StepSummary: e.env("GITHUB_STEP_SUMMARY"), Start: time.Now()}
	switch {
	case o.summary:
		wopt.Summary = output.SummaryOn
	case o.noSummary:
		wopt.Summary = output.SummaryOff
	}
	w, err := output.New(o.format, out, e.stderr, wopt)
	if err != nil {
		return err
	}
	if o.reportFile != "" {
		f, err := os.Create(o.reportFile)
		if err != nil {
			return fmt.Errorf("--report: %w", err)
		}
		defer f.Close()
		w = output.Tee(w, output.NewHTML(f, wopt))
	}
	bar := o.progress(e, paths, bopt)
	chk := checking{engineFor: engineFor, timeout: o.timeout, selector: o.selector, jobs: o.jobs, maxBytes: o.maxBytes}
	if o.source != "" {
		if chk.original, err = readOriginal(ctx, e, o.source, bopt); err != nil {
			return err
		}
	}
	if o.encoding != "" {
		enc, _ := checker.ParseEncoding(o.encoding) // validated
		chk.encoding = &enc
	}
	var sum output.Summary
	err = batch.Run(ctx, batch.InputsContext(ctx, paths, e.stdin, bopt), o.jobs,
		func(d batch.Document) checked {
			if d.Stream != nil {
				return checked{unit: d.Unit, long: &d} // checked in its turn, window by window
			}
			return checked{record: chk.check(ctx, d), unit: d.Unit}
		},
		func(c checked) error {
			bar.clear()
			if c.long != nil {
				words, err := chk.checkLong(ctx, *c.long, w, &sum)
				bar.add(c.unit, words)
				return err
			}
			sum.Add(c.record)
			bar.add(c.unit, c.record.Words)
			return w.Write(c.record)
		})
	bar.finish()
	if err != nil {
		return err
	}
	if err := w.Close(sum); err != nil {
		return err
	}
	if len(skipped) > 0 {
		files := "files"
		if len(skipped) == 1 {
			files = "file"
		}
		fmt.Fprintf(e.stderr, "mtcheck: passed over %d %s of a format mtcheck does not read", len(skipped), files)
		if o.verbose {
			fmt.Fprintf(e.stderr, ":\n  %s\n", strings.Join(skipped, "\n  "))
		} else {
			fmt.Fprintln(e.stderr, " (-v lists them)")
		}
	}
	e.code = exitCode(sum)
	if o.exitZero && e.code == exitFailed {
		e.code = exitOK
	}
	return nil
}

// readOriginal reads the file of --source, the original the translation is
// checked against: one text, Markdown or HTML document.
func readOriginal(ctx context.Context, e *env, path string, bopt batch.Options) (*batch.Document, error) {
	bopt.Input, bopt.Shard, bopt.StreamAbove, bopt.Skipped = batch.InputAuto, batch.Shard{}, 0, nil
	var docs []batch.Document
	for d := range batch.InputsContext(ctx, []string{path}, e.stdin, bopt) {
		docs = append(docs, d)
		if len(docs) > 1 {
			break
		}
	}
	switch {
	case len(docs) != 1:
		return nil, fmt.Errorf("--source %s: not one document (a directory, JSON Lines or a feed)", path)
	case docs[0].Err != nil:
		return nil, fmt.Errorf("--source %s: %v", path, docs[0].Err)
	case docs[0].Format == batch.FormatXLIFF:
		return nil, fmt.Errorf("--source %s: an XLIFF file holds its own originals; check it alone", path)
	}
	return &docs[0], nil
}

// checked is the record of one document and the input unit it came from,
// or a long text to be checked window by window when its turn comes.
type checked struct {
	record *output.Record
	unit   int
	long   *batch.Document
}

// batchOptions turns the input flags into the batch layer's options.
func (o checkOptions) batchOptions(e *env) (batch.Options, error) {
	in, err := batch.ParseInput(o.input)
	if err != nil {
		return batch.Options{}, err
	}
	opt := batch.Options{Input: in, MaxBytes: o.maxBytes, Opener: e.opener, StreamAbove: streamAbove}
	if o.source != "" {
		opt.StreamAbove = 0 // a translation is checked whole against its original
	}
	if opt.Opener == nil {
		opt.Opener = batch.NewHTTPOpener(batch.HTTPOptions{Version: version(), MaxBytes: o.maxBytes})
	}
	if o.shard != "" {
		spec := o.shard
		if k, n, ok := strings.Cut(spec, "/"); ok && k == "auto" {
			idx, err := strconv.Atoi(e.env("JOB_COMPLETION_INDEX"))
			if err != nil {
				return opt, fmt.Errorf("--shard auto/%s needs JOB_COMPLETION_INDEX, the index of a Kubernetes Indexed Job", n)
			}
			spec = strconv.Itoa(idx+1) + "/" + n
		}
		if opt.Shard, err = batch.ParseShard(spec); err != nil {
			return opt, err
		}
	}
	return opt, opt.Validate()
}

// openOutput returns where the report goes: standard output, or the file of
// --output, created before anything is checked.
func (o checkOptions) openOutput(e *env) (io.Writer, func(), error) {
	if o.outFile == "" || o.outFile == "-" {
		return e.stdout, func() {}, nil
	}
	f, err := os.Create(o.outFile)
	if err != nil {
		return nil, nil, fmt.Errorf("--output: %w", err)
	}
	return f, func() { f.Close() }, nil
}

// engines resolves the configuration of every input before anything is
// checked, so that a broken configuration file stops the run first, and
// returns the function that picks a document's engine and the rules of the
// run (for reports that list them). Without --config or --no-config, the
// local files (as batch.Files lists them) use the nearest configuration file
// above their directory, and standard input and URLs the one above the
// working directory. The engines are built once per configuration file; the
// returned function is safe for concurrent use.
func (e *env) engines(cf configFlags, cache *config.Cache, paths []string, opt batch.Options) (func(batch.Document) (*checker.Engine, error), []checker.Rule, error) {
	if cf.fixed() {
		s, err := cf.setup(cache, "")
		if err != nil {
			return nil, nil, err
		}
		return func(batch.Document) (*checker.Engine, error) { return s.Engine, nil }, s.Engine.Rules(), nil
	}
	wd := e.workDir()
	dirOf := func(path string) string {
		if path == batch.Stdin || batch.IsURL(path) {
			return wd
		}
		return filepath.Dir(path)
	}
	var errs []error
	var ruleSet []checker.Rule
	reported, visited, ids := map[string]bool{}, map[string]bool{}, map[string]bool{}
	visit := func(dir string) {
		if visited[dir] {
			return
		}
		visited[dir] = true
		s, err := cache.Dir(dir)
		if err != nil {
			if !reported[err.Error()] {
				reported[err.Error()] = true
				errs = append(errs, err)
			}
			return
		}
		for _, r := range s.Engine.Rules() {
			if !ids[r.ID] {
				ids[r.ID] = true
				ruleSet = append(ruleSet, r)
			}
		}
	}
	visit(wd)
	opt.Skipped = nil // the walk itself reports them
	for f, err := range batch.Files(paths, opt) {
		if err == nil { // unreadable inputs are reported when their turn comes
			visit(dirOf(f))
		}
	}
	if len(errs) > 0 {
		return nil, nil, errors.Join(errs...)
	}
	return func(d batch.Document) (*checker.Engine, error) {
		s, err := cache.Dir(dirOf(d.Path))
		if err != nil {
			return nil, err
		}
		return s.Engine, nil
	}, ruleSet, nil
}

// checking is how the documents of one run are checked.
type checking struct {
	engineFor func(batch.Document) (*checker.Engine, error)
	// timeout is the time budget per document and per MiB (0: none).
	timeout time.Duration
	// encoding is the encoding of raw input, or nil to detect it.
	encoding *checker.Encoding
	// selector limits HTML pages to the article body (--select).
	selector string
	// jobs is the number of windows of a long text checked at a time.
	jobs int
	// maxBytes is --max-bytes, for a long text that cannot be streamed.
	maxBytes int
	// original is the document of --source, the original every document
	// of the run translates, or nil.
	original *batch.Document
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
		return describe(output.ErrorRecord(d.ID, d.Path, d.Err), d)
	}
	eng, err := c.engineFor(d)
	if err != nil {
		return describe(output.ErrorRecord(d.ID, d.Path, err), d)
	}
	src, err := c.source(d)
	if err != nil {
		return describe(output.ErrorRecord(d.ID, d.Path, err), d)
	}
	if c.timeout > 0 {
		var cancel context.CancelFunc
		ctx, cancel = context.WithTimeout(ctx, budget(c.timeout, len(d.Text)))
		defer cancel()
	}
	res, err := eng.CheckSource(ctx, src)
	if err != nil {
		return describe(output.ErrorRecord(d.ID, d.Path, err), d)
	}
	return describe(output.NewRecord(d.ID, d.Path, res), d)
}

// source prepares a document for the checker by its format: HTML and
// Markdown without their markup, text decoded from its encoding, an XLIFF
// file as its translations with their originals. A document with a source
// (a JSON Lines record's "source") is paired with it as one segment, and
// every document with the original of --source, paragraph by paragraph.
func (c checking) source(d batch.Document) (*checker.Source, error) {
	if c.original != nil && (d.Format == batch.FormatXLIFF || d.Feed != "" || d.ID != d.Path) {
		return nil, errors.New("--source applies to one text, Markdown or HTML file, not to XLIFF, JSON Lines or feeds")
	}
	src, err := c.monolingual(d)
	if err != nil {
		return nil, err
	}
	switch {
	case d.Source != "" && d.Format != batch.FormatXLIFF:
		od := d
		od.Text, od.Source, od.Raw = d.Source, "", false
		orig, err := c.monolingual(od)
		if err != nil {
			return nil, fmt.Errorf("source: %w", err)
		}
		return checker.Segment(src, orig), nil
	case c.original != nil && src.Original == nil:
		orig, err := c.monolingual(*c.original)
		if err != nil {
			return nil, fmt.Errorf("--source %s: %w", c.original.Path, err)
		}
		return src.WithOriginal(orig), nil
	}
	return src, nil
}

// monolingual prepares the text of a document by its format.
func (c checking) monolingual(d batch.Document) (*checker.Source, error) {
	switch d.Format {
	case batch.FormatXLIFF:
		return markup.XLIFF(d.Text)
	case batch.FormatHTML:
		opt := markup.HTMLOptions{}
		if d.Feed == "" {
			opt.Select = c.selector // a feed item is an article of its own
		}
		return markup.HTML(d.Text, opt)
	case batch.FormatMarkdown:
		return markup.Markdown(d.Text)
	}
	if d.Raw {
		return checker.DecodeSource(d.Text, c.encoding)
	}
	return checker.TextSource(d.Text)
}

// describe copies what the batch layer knows about a document into its record.
func describe(r *output.Record, d batch.Document) *output.Record {
	r.Format, r.Feed, r.ItemID, r.Link, r.Title = string(d.Format), d.Feed, d.ItemID, d.Link, d.Title
	return r
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
