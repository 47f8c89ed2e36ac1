package clause

import (
	"bufio"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/mtcheck/mtcheck/checker"
	"github.com/mtcheck/mtcheck/rules/lexicon"
)

// goldTreebank is the UD German GSD dev split, kept in the shared directory
// next to the project; absent in a fresh clone.
var goldTreebank = filepath.Join("..", "..", "..", "shared", "eval", "de_gsd-ud-dev.conllu")

// goldToken is one word of a gold sentence with its byte offset in the
// sentence text the test rebuilds.
type goldToken struct {
	start  int
	form   string
	finite bool
}

// readGold parses the word lines of a CoNLL-U file into sentences, skipping
// multi-word token ranges and empty nodes.
func readGold(t *testing.T, path string) [][]goldToken {
	f, err := os.Open(path)
	if os.IsNotExist(err) {
		t.Skipf("%s not present", path)
	}
	require.NoError(t, err)
	defer f.Close()
	var out [][]goldToken
	var cur []goldToken
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		if line == "" {
			if len(cur) > 0 {
				out = append(out, cur)
			}
			cur = nil
			continue
		}
		cols := strings.Split(line, "\t")
		if strings.HasPrefix(line, "#") || len(cols) < 10 || strings.ContainsAny(cols[0], "-.") {
			continue
		}
		cur = append(cur, goldToken{form: cols[1], finite: strings.Contains(cols[5], "VerbForm=Fin") &&
			(cols[3] == "VERB" || cols[3] == "AUX"), start: boolToInt(!strings.Contains(cols[9], "SpaceAfter=No"))})
	}
	require.NoError(t, sc.Err())
	if len(cur) > 0 {
		out = append(out, cur)
	}
	return out
}

func boolToInt(b bool) int {
	if b {
		return 1
	}
	return 0
}

// rebuild joins the forms of a gold sentence into text and sets each word's
// byte offset; start holds 1 on input when a space follows the word.
func rebuild(sent []goldToken) string {
	var b strings.Builder
	for i := range sent {
		space := sent[i].start == 1
		sent[i].start = b.Len()
		b.WriteString(sent[i].form)
		if space {
			b.WriteByte(' ')
		}
	}
	return b.String()
}

// TestGoldClauses measures the clause analysis against the gold treebank:
// how many finite verb candidates (and unambiguous finite verbs) are finite
// verbs in gold, how many gold finite verbs are candidates, how often a sure
// verb-final clause really ends in a finite verb, and how often the verb
// after a main clause's fronted part is finite.
func TestGoldClauses(t *testing.T) {
	sents := readGold(t, goldTreebank)
	lx := lexicon.Default()
	var candidates, candidateHits, sure, sureHits, goldFinite, goldFound int
	var verbFinal, verbFinalEnd, frontedMain, frontedHit int
	for _, sent := range sents {
		text := rebuild(sent)
		d, err := checker.Analyze(text)
		require.NoError(t, err)
		gold := map[int]bool{} // token start → gold finite
		for _, g := range sent {
			gold[g.start] = g.finite
		}
		a := Analyze(d, lx)
		isCandidate := map[int]bool{}
		for _, c := range a.Clauses {
			for _, f := range c.Finite {
				isCandidate[d.Tokens[f].Start] = true
				candidates++
				if gold[d.Tokens[f].Start] {
					candidateHits++
				}
				if a.Lexicon().IsOnlyFinite(a.Text(f)) {
					sure++
					if gold[d.Tokens[f].Start] {
						sureHits++
					}
				}
			}
			if c.Kind.VerbFinal() && c.Sure {
				if last := c.LastWord(d); last >= 0 && anyGoldFinite(d, gold, c) {
					verbFinal++
					if gold[d.Tokens[last].Start] {
						verbFinalEnd++
					}
				}
			}
			if first, end, ok := c.Fronted(d); ok && end > first {
				frontedMain++
				if gold[d.Tokens[end].Start] {
					frontedHit++
				}
			}
		}
		for _, g := range sent {
			if g.finite {
				goldFinite++
				if isCandidate[g.start] {
					goldFound++
				}
			}
		}
	}
	precision := float64(candidateHits) / float64(candidates)
	surePrecision := float64(sureHits) / float64(sure)
	recall := float64(goldFound) / float64(goldFinite)
	final := float64(verbFinalEnd) / float64(verbFinal)
	fronted := float64(frontedHit) / float64(frontedMain)
	t.Logf("%d sentences: finite candidates %d, precision %.3f, recall %.3f (%d gold finite verbs)",
		len(sents), candidates, precision, recall, goldFinite)
	t.Logf("unambiguous finite verbs (lexicon.IsOnlyFinite) %d, precision %.3f", sure, surePrecision)
	t.Logf("sure verb-final clauses with a gold finite verb: %d, ending in a gold finite verb: %.3f", verbFinal, final)
	t.Logf("main clauses with a fronted part: %d, verb after it is finite in gold: %.3f", frontedMain, fronted)
	assert.Greater(t, precision, 0.7, "candidates include infinitives and participles with finite homographs")
	assert.Greater(t, surePrecision, 0.95)
	assert.Greater(t, recall, 0.95)
	assert.Greater(t, final, 0.85)
	assert.Greater(t, fronted, 0.85)
}

// anyGoldFinite reports whether clause c contains a gold finite verb.
func anyGoldFinite(d *checker.Doc, gold map[int]bool, c Clause) bool {
	for i := c.First; i < c.End; i++ {
		if gold[d.Tokens[i].Start] {
			return true
		}
	}
	return false
}
