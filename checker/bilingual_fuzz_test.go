package checker

import (
	"context"
	"testing"
	"unicode/utf8"
)

// FuzzAlign checks the length-based alignment on arbitrary lengths and the
// analysis of arbitrary bilingual texts: the steps cover every unit of both
// sides exactly once and in order, every paragraph of both sides is in
// exactly one pair, and the pairs' spans lie inside their texts.
func FuzzAlign(f *testing.F) {
	f.Add([]byte{10, 20, 30}, []byte{12, 25, 33}, "Eins.\n\nZwei.", "One.\n\nTwo.\n\nThree.")
	f.Add([]byte{}, []byte{200, 1, 0}, "", "Only an original.")
	f.Add([]byte{255, 255, 0, 0, 7}, []byte{}, "Nur Text.\n\n\n\nMehr.", "")
	f.Fuzz(func(t *testing.T, tl, sl []byte, target, original string) {
		if len(tl) > 300 || len(sl) > 300 {
			return
		}
		ints := func(b []byte) []int {
			out := make([]int, len(b))
			for i, c := range b {
				out[i] = int(c) * 3
			}
			return out
		}
		checkSteps(t, AlignLengths(ints(tl), ints(sl), DefaultAlign), len(tl), len(sl))
		for _, st := range AlignLengths(ints(tl), ints(sl), DefaultAlign) {
			if st.Cost < 0 || st.Cost != st.Cost {
				t.Fatalf("step %+v has a negative or NaN cost", st)
			}
		}
		if !utf8.ValidString(target) || !utf8.ValidString(original) {
			return
		}
		ts, err := TextSource(target)
		if err != nil {
			t.Fatal(err)
		}
		os, err := TextSource(original)
		if err != nil {
			t.Fatal(err)
		}
		for _, src := range []*Source{ts.WithOriginal(os), Segment(ts, os)} {
			d, err := AnalyzeSource(context.Background(), src)
			if err != nil {
				t.Fatal(err)
			}
			if !validAlignment(d) {
				t.Fatalf("alignment %+v does not cover %d and %d paragraphs once", d.Alignment, len(d.Paragraphs), len(d.Original.Paragraphs))
			}
			for _, pp := range d.Alignment {
				if pp.TargetSpan.Start < 0 || pp.TargetSpan.End > len(d.Text) || pp.TargetSpan.Start > pp.TargetSpan.End ||
					pp.SourceSpan.Start < 0 || pp.SourceSpan.End > len(d.Original.Text) || pp.SourceSpan.Start > pp.SourceSpan.End {
					t.Fatalf("pair %+v outside texts of %d and %d bytes", pp, len(d.Text), len(d.Original.Text))
				}
				steps := d.PairSentences(pp)
				for _, st := range steps {
					nt, ns := st.Kind.Shape()
					if nt > 0 && st.Target+nt > len(d.Sentences) || ns > 0 && st.Source+ns > len(d.Original.Sentences) {
						t.Fatalf("sentence step %+v outside %d and %d sentences", st, len(d.Sentences), len(d.Original.Sentences))
					}
				}
			}
		}
	})
}
