package rules

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/mtcheck/mtcheck/checker"
	"github.com/mtcheck/mtcheck/checker/checkertest"
)

// collect is a StreamSink that keeps everything.
type collect struct {
	paras    []checker.ParagraphScore
	findings []checker.Finding
}

func (c *collect) Paragraphs(ps []checker.ParagraphScore) error {
	c.paras = append(c.paras, ps...)
	return nil
}

func (c *collect) Findings(fs []checker.Finding) error {
	c.findings = append(c.findings, fs...)
	return nil
}

// described renders findings for comparison: everything a report shows.
func described(fs []checker.Finding) []string {
	var out []string
	for _, f := range fs {
		s := fmt.Sprintf("%s %d-%d %d:%d p%d %q %q %v also=%v", f.Rule, f.Start, f.End, f.Line, f.Column, f.Paragraph,
			f.Text, f.Message, f.Suggestions, f.Also)
		for _, r := range f.Related {
			s += fmt.Sprintf(" rel=%d-%d@%d:%d", r.Start, r.End, r.Line, r.Column)
		}
		out = append(out, s)
	}
	return out
}

// streamTexts are texts whose streamed check must equal the whole check:
// the seed (when there), the corpus texts, and generated news text.
func streamTexts(t *testing.T) map[string]string {
	texts := map[string]string{
		"generated": checkertest.GermanText(60<<10, 7),
		"leftover block across windows": strings.Repeat("Ein Absatz mit Text, der lang genug ist, damit ein Fenster voll wird.\n\n", 30) +
			"Twitter-Inhalte überspringen, 1\n\nTwitter-Inhalte zulassen?\n\nEnde des Twitter-Inhalts, 1\n\n" +
			strings.Repeat("Noch ein ganz normaler Absatz mit Text.\n\n", 20),
		"duplicates far apart": "Eine Überschrift mit mehreren Wörtern\n\n" + strings.Repeat("Ein gewöhnlicher Satz steht hier. Noch einer folgt.\n\n", 40) +
			"Eine Überschrift mit mehreren Wörtern\n\nDer Satz endet mit einem Komma,\n\nund geht klein weiter.",
		"suppression across windows": "mtcheck-disable english-date: Zitat aus dem Original\n\n" +
			strings.Repeat("Am November 23, 2024 geschah es, sagte er im Interview.\n\n", 30) +
			"mtcheck-enable english-date\n\nAm November 24, 2024 geschah es.\n\nmtcheck-disable-next-paragraph english-honorific: nichts\n\nGanz ohne Anrede.",
		"one paragraph per line": strings.Repeat("Mr. Smith kam am Montag. Er sagte nichts.\nDie Regierung hat neue Regeln vorgestellt.\n", 40),
	}
	if data, err := os.ReadFile(filepath.Join("..", "..", "shared", "seeds", "000_1eb09675d5154259.txt")); err == nil {
		texts["seed"] = string(data)
	}
	for _, name := range []string{"annotated/markup.txt", "sample/artikel.txt", "annotated/struktur.txt"} {
		if data, err := os.ReadFile(filepath.Join("..", "corpus", name)); err == nil {
			text, _, err := checker.ParseMarked(string(data))
			require.NoError(t, err)
			texts[name] = text
		}
	}
	return texts
}

// TestStreamEqualsWholeCheck: checked window by window, in windows of any
// size, a text gives the same findings, paragraph scores and score as
// checked whole.
func TestStreamEqualsWholeCheck(t *testing.T) {
	eng, err := checker.NewEngine(All(), checker.Config{})
	require.NoError(t, err)
	for name, text := range streamTexts(t) {
		t.Run(name, func(t *testing.T) {
			whole, err := eng.CheckText(text)
			require.NoError(t, err)
			for _, window := range []int{1, 300, 2000, 1 << 20} {
				for _, jobs := range []int{1, 3} {
					var c collect
					score, err := eng.CheckStream(context.Background(), strings.NewReader(text),
						checker.StreamOptions{Window: window, Jobs: jobs}, &c)
					require.NoError(t, err)
					assert.Equal(t, described(whole.Findings), described(sortedLikeWhole(c.findings)),
						"window %d, jobs %d", window, jobs)
					assert.Equal(t, withoutSuppressionFaults(whole), withoutDocSpans(c.paras), "window %d", window)
					assert.Equal(t, whole.DocScore, score, "window %d", window)
				}
			}
		})
	}
}

// sortedLikeWhole puts the findings of faulty suppressions, which a stream
// reports last, back in their place.
func sortedLikeWhole(fs []checker.Finding) []checker.Finding {
	out := append([]checker.Finding(nil), fs...)
	for i := 1; i < len(out); i++ {
		for j := i; j > 0 && out[j].Start < out[j-1].Start; j-- {
			out[j], out[j-1] = out[j-1], out[j]
		}
	}
	return out
}

func withoutDocSpans(ps []checker.ParagraphScore) []checker.ParagraphScore {
	out := append([]checker.ParagraphScore(nil), ps...)
	for i := range out {
		out[i].DocSpan = checker.Span{}
	}
	return out
}

// withoutSuppressionFaults returns the paragraph scores of a whole check
// as a stream gives them: faults of suppressions, known only at the end of
// a stream, count in the document's score but not in their paragraph's.
func withoutSuppressionFaults(res *checker.Result) []checker.ParagraphScore {
	out := withoutDocSpans(res.Paragraphs)
	for _, f := range res.Findings {
		if f.Rule == checker.SuppressionRule().ID && f.Paragraph >= 0 {
			p := &out[f.Paragraph]
			p.Penalty -= f.Severity.Weight()
			p.Score = checker.Score(p.Penalty, p.Words)
		}
	}
	return out
}
