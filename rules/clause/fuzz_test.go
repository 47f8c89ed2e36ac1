package clause

import (
	"testing"

	"github.com/mtcheck/mtcheck/checker"
	"github.com/mtcheck/mtcheck/rules/lexicon"
)

// FuzzAnalyze checks that the analysis never panics and that its clauses
// stay inside their sentences, in order, with their verbs inside them.
func FuzzAnalyze(f *testing.F) {
	for _, s := range []string{
		"", "„", "Er sagte, dass „", ", und , oder", "dass", "Der Mann, dessen", "mit dem", "„Wie?“, fragte er.",
		"Früher das Unternehmen Sagte er zur Kenntnisnahme dass seine Werbeplattform Twitter ab Dienstag, dem 25.",
		"Er sagte auch, dass „fast alle zurückgekehrt sind oder gesagt haben, dass sie zurückkehren werden“ zu Twitter.",
		"» « “ ” ‚ ‘ ( ) – — - ; : ! ? …",
	} {
		f.Add(s)
	}
	lx := lexicon.Default()
	f.Fuzz(func(t *testing.T, text string) {
		d, err := checker.Analyze(text)
		if err != nil {
			return
		}
		a := Analyze(d, lx)
		prevEnd := 0
		for _, c := range a.Clauses {
			s := d.Sentences[c.Sentence]
			if c.First < s.First || c.End > s.End || c.First >= c.End || c.First < prevEnd {
				t.Fatalf("clause [%d,%d) outside sentence [%d,%d) or overlapping: %q", c.First, c.End, s.First, s.End, text)
			}
			prevEnd = c.End
			for _, v := range c.Finite {
				if v < c.First || v >= c.End {
					t.Fatalf("finite verb %d outside clause [%d,%d): %q", v, c.First, c.End, text)
				}
			}
			if c.Opener >= 0 && (c.Opener < c.First || c.OpenerEnd > c.End || c.OpenerEnd <= c.Opener) {
				t.Fatalf("opener [%d,%d) outside clause [%d,%d): %q", c.Opener, c.OpenerEnd, c.First, c.End, text)
			}
			a.SubjectAt(c.First, c.End)
			a.StretchEnd(c.First)
		}
	})
}
