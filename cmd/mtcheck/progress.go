package main

import (
	"fmt"
	"time"

	"github.com/schollz/progressbar/v3"

	"github.com/mtcheck/mtcheck/cmd/mtcheck/internal/batch"
)

// progressBar shows how far a batch has got on stderr: inputs done of all,
// words per second and the time left. A nil bar shows nothing.
type progressBar struct {
	bar *progressbar.ProgressBar
	// shared says the report goes to the same terminal.
	shared bool
	start  time.Time
	words  int
	unit   int // the last input unit seen, so that records of one unit count once
}

// progress returns the bar of a run: only when stderr is a terminal, there
// is more than one input and --quiet is not given. The inputs are counted
// first (files below directories, URLs), so that the total is known.
func (o checkOptions) progress(e *env, paths []string, opt batch.Options) *progressBar {
	if !e.progress || o.quiet {
		return nil
	}
	opt.Skipped = nil
	total, err := batch.Count(paths, opt)
	if err != nil || total < 2 {
		return nil
	}
	bar := progressbar.NewOptions(total,
		progressbar.OptionSetWriter(e.stderr),
		progressbar.OptionSetDescription("Prüfe"),
		progressbar.OptionShowCount(),
		progressbar.OptionSetPredictTime(true),
		progressbar.OptionThrottle(100*time.Millisecond),
		progressbar.OptionClearOnFinish(),
		progressbar.OptionSetWidth(30),
	)
	return &progressBar{bar: bar, start: time.Now(), unit: -1, shared: e.outTerminal && o.outFile == ""}
}

// add counts a record of the input unit with the given words.
func (p *progressBar) add(unit, words int) {
	if p == nil {
		return
	}
	p.words += words
	if unit != p.unit {
		p.unit = unit
		if s := time.Since(p.start).Seconds(); s > 0 {
			p.bar.Describe(fmt.Sprintf("Prüfe (%.0f Wörter/s)", float64(p.words)/s))
		}
		_ = p.bar.Add(1)
	}
}

// clear takes the bar off its line before the report writes to the same
// terminal; the next add draws it again.
func (p *progressBar) clear() {
	if p != nil && p.shared {
		_ = p.bar.Clear()
	}
}

// finish clears the bar.
func (p *progressBar) finish() {
	if p != nil {
		_ = p.bar.Finish()
	}
}
