package corpus

import (
	"context"
	"fmt"

	"github.com/mtcheck/mtcheck/checker"
)

// Evaluate expands paths (see Expand), loads every corpus file (see LoadFile),
// checks each document with e and returns the figures. It sets opts.Ran and
// opts.Threshold from the engine. A path, file or record that cannot be read
// or checked does not stop it: the problems are returned, and the figures
// cover everything else.
func Evaluate(e *checker.Engine, opts Options, paths []string) (Figures, []error) {
	opts.Ran = e.Rules()
	opts.Threshold = e.Threshold()
	t := NewTally(opts)
	var errs []error
	for _, p := range paths {
		files, err := Expand([]string{p})
		if err != nil {
			errs = append(errs, err)
		}
		for _, file := range files {
			err := LoadFile(file, func(d *Document) error {
				res, err := e.CheckText(d.Text)
				if err != nil {
					errs = append(errs, fmt.Errorf("%s: %w", d.ID, err))
					return nil
				}
				if opts.WithSource && d.Kind == MQM && d.Source != "" {
					with, err := CheckWithSource(e, d)
					if err != nil {
						errs = append(errs, fmt.Errorf("%s: %w", d.ID, err))
						return nil
					}
					t.AddWithSource(d, res, with)
					return nil
				}
				t.Add(d, res)
				return nil
			})
			if err != nil {
				errs = append(errs, err)
			}
		}
	}
	return t.Figures(), errs
}

// CheckWithSource checks a document against its English source (an MQM
// segment with its "source"), as one segment: the whole text pairs with
// the whole source (checker.Segment).
func CheckWithSource(e *checker.Engine, d *Document) (*checker.Result, error) {
	tsrc, err := checker.TextSource(d.Text)
	if err != nil {
		return nil, err
	}
	osrc, err := checker.TextSource(d.Source)
	if err != nil {
		return nil, fmt.Errorf("source: %w", err)
	}
	return e.CheckSource(context.Background(), checker.Segment(tsrc, osrc))
}
