package pack

import (
	"fmt"
	"strings"

	"github.com/mtcheck/mtcheck/checker"
)

// Verify runs every entry of packs on its own examples, matching all entries
// of packs together as the compiled rules do: each bad example must be flagged
// by its entry exactly at its {{…}} marks (those without a rule name or naming
// the entry) and each good example not at all. Problems name the example's
// file, line and field.
func Verify(packs ...*Pack) error {
	s, err := newSet(packs)
	if err != nil {
		return err
	}
	var errs checker.FileErrors
	for i, e := range s.entries {
		for k, ex := range e.Bad {
			if msg := s.verifyExample(i, ex, true); msg != "" {
				errs = append(errs, &checker.FileError{File: e.File, Line: e.badLines[k], Field: fmt.Sprintf("entry %q: bad[%d]", e.ID, k), Msg: msg})
			}
		}
		for k, ex := range e.Good {
			if msg := s.verifyExample(i, ex, false); msg != "" {
				errs = append(errs, &checker.FileError{File: e.File, Line: e.goodLines[k], Field: fmt.Sprintf("entry %q: good[%d]", e.ID, k), Msg: msg})
			}
		}
	}
	return errs.Err()
}

// verifyExample checks one example of entry i and describes what is wrong, or returns "".
func (s *set) verifyExample(i int, ex string, bad bool) string {
	text, marks, err := checker.ParseMarked(ex)
	if err != nil {
		return err.Error()
	}
	d, err := checker.Analyze(text)
	if err != nil {
		return err.Error()
	}
	var want, got []string
	for _, m := range marks {
		if m.Rule == "" || m.Rule == s.entries[i].ID {
			want = append(want, fmt.Sprintf("%q@%d", text[m.Start:m.End], m.Start))
		}
	}
	for _, h := range s.run(d)[i] {
		got = append(got, fmt.Sprintf("%q@%d", d.Slice(h.span), h.span.Start))
	}
	switch {
	case bad && len(want) == 0:
		return "has no {{…}} mark for this entry"
	case strings.Join(want, " ") == strings.Join(got, " "):
		return ""
	case len(got) == 0:
		return fmt.Sprintf("expected %s to be flagged, but nothing is", strings.Join(want, ", "))
	case !bad:
		return fmt.Sprintf("a good example, but %s is flagged", strings.Join(got, ", "))
	}
	return fmt.Sprintf("expected %s to be flagged, but %s is", strings.Join(want, ", "), strings.Join(got, ", "))
}
