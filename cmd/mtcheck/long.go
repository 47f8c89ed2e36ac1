package main

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"time"

	"github.com/mtcheck/mtcheck/checker"
	"github.com/mtcheck/mtcheck/cmd/mtcheck/internal/batch"
	"github.com/mtcheck/mtcheck/cmd/mtcheck/internal/output"
)

// streamAbove is the size from which a plain text is checked window by
// window (checker.Engine.CheckStream), and streamWindow the size of a window.
const (
	streamAbove  = 4 << 20
	streamWindow = 131072
)

// checkLong checks a long plain text window by window and writes its record
// in parts as the windows are done, so that memory stays bounded however
// long the text is; it returns the words checked. A text that is not UTF-8
// (UTF-16, --encoding), or a report format that needs the whole document,
// is read whole instead, within --max-bytes.
func (c checking) checkLong(ctx context.Context, d batch.Document, w output.Writer, sum *output.Summary) (int, error) {
	rec := describe(&output.Record{ID: d.ID, Path: d.Path}, d)
	rc, err := d.Stream()
	if err != nil {
		return 0, c.writeWhole(describe(output.ErrorRecord(d.ID, d.Path, err), d), w, sum)
	}
	defer rc.Close()
	br := bufio.NewReaderSize(rc, 64<<10)
	head, _ := br.Peek(4096)
	enc, _ := checker.DetectEncoding(string(head))
	pw, parts := output.AsPartWriter(w)
	if !parts || enc != checker.UTF8 || c.encoding != nil && *c.encoding != checker.UTF8 {
		d.Text, d.Raw = readLimited(br, c.maxBytes)
		if d.Raw {
			r := c.check(ctx, d)
			return r.Words, c.writeWhole(r, w, sum)
		}
		return 0, c.writeWhole(describe(output.ErrorRecord(d.ID, d.Path,
			fmt.Errorf("document is larger than the limit of %d bytes (--max-bytes)", c.maxBytes)), d), w, sum)
	}
	eng, err := c.engineFor(d)
	if err != nil {
		return 0, c.writeWhole(describe(output.ErrorRecord(d.ID, d.Path, err), d), w, sum)
	}
	tally := sum.Begin()
	if err := pw.Begin(rec); err != nil {
		return 0, err
	}
	sink := &partSink{rec: rec, w: pw, tally: tally}
	opt := checker.StreamOptions{Window: streamWindow, Jobs: c.jobs}
	if c.timeout > 0 {
		opt.Budget = func(n int) time.Duration { return budget(c.timeout, n) }
	}
	score, err := eng.CheckStream(ctx, br, opt, sink)
	if sink.err != nil {
		return 0, sink.err
	}
	if err != nil {
		rec.Error = err.Error()
	} else {
		rec.DocScore = score
	}
	sum.End(rec, tally)
	return rec.Words, pw.End(rec)
}

// writeWhole counts and writes a record of a long text read whole.
func (c checking) writeWhole(r *output.Record, w output.Writer, sum *output.Summary) error {
	sum.Add(r)
	return w.Write(r)
}

// readLimited reads r whole if it has at most limit bytes.
func readLimited(r io.Reader, limit int) (string, bool) {
	b, err := io.ReadAll(io.LimitReader(r, int64(limit)+1))
	if err != nil || len(b) > limit {
		return "", false
	}
	return string(b), true
}

// partSink hands the parts of a streamed check to a writer and a summary.
type partSink struct {
	rec   *output.Record
	w     output.PartWriter
	tally *output.DocTally
	err   error
}

func (s *partSink) Paragraphs(ps []checker.ParagraphScore) error {
	s.tally.Paragraphs(s.rec, ps)
	s.err = s.w.Paragraphs(s.rec, ps)
	return s.err
}

func (s *partSink) Findings(fs []checker.Finding) error {
	s.tally.Findings(fs)
	s.err = s.w.Findings(s.rec, fs)
	return s.err
}
