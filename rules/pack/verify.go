package pack

import (
	"fmt"

	"github.com/mtcheck/mtcheck/checker"
	"github.com/mtcheck/mtcheck/checker/checkertest"
)

// Verify runs every entry of packs on its own examples with the rule-test
// harness (checker/checkertest), as the rule tests do: each bad example must
// be flagged by its entry exactly at its {{…}} marks (those without a rule
// name or naming the entry) and each good example not at all. The packs are
// compiled together, so that entry IDs are checked across them. Problems
// name the example's file, line and field.
func Verify(packs ...*Pack) error {
	s, err := newSet(packs)
	if err != nil {
		return err
	}
	var errs checker.FileErrors
	for i, e := range s.entries {
		eng, err := checkertest.Engine(s.rule(i))
		if err != nil {
			errs = append(errs, &checker.FileError{File: e.File, Line: e.Line, Field: fmt.Sprintf("entry %q", e.ID), Msg: err.Error()})
			continue
		}
		for k, ex := range e.Bad {
			for _, msg := range checkertest.Problems(eng, e.ID, checkertest.Example(s.rule(i), ex), true) {
				errs = append(errs, &checker.FileError{File: e.File, Line: e.badLines[k], Field: fmt.Sprintf("entry %q: bad[%d]", e.ID, k), Msg: msg})
			}
		}
		for k, ex := range e.Good {
			for _, msg := range checkertest.Problems(eng, e.ID, checkertest.Example(s.rule(i), ex), false) {
				errs = append(errs, &checker.FileError{File: e.File, Line: e.goodLines[k], Field: fmt.Sprintf("entry %q: good[%d]", e.ID, k), Msg: msg})
			}
		}
	}
	return errs.Err()
}
