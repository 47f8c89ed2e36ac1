package lexicon

import (
	"os"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// goldPath is the UD German GSD dev treebank in the shared evaluation
// material, present in development checkouts and CI but not in a fresh clone.
const goldPath = "../../../shared/eval/de_gsd-ud-dev.conllu"

// TestGoldDev measures the lexicon on the gold treebank and fails when a
// figure falls below its floor (or a false-positive rate rises above its
// ceiling). The floors sit a little under the values reached; raise them
// when the lexicon improves.
func TestGoldDev(t *testing.T) {
	fh, err := os.Open(goldPath)
	if err != nil {
		t.Skipf("gold treebank not available: %v", err)
	}
	defer fh.Close()
	f, err := Evaluate(fh)
	require.NoError(t, err)
	t.Logf("\n%s", f)
	for _, name := range []string{"finite", "infinitive", "zu-infinitive", "participle", "subordinator", "relative"} {
		t.Logf("missed %s: %s", name, strings.Join(Top(f.Missed[name], 50), " "))
	}
	for _, name := range []string{"finite-lower-other", "finite-capitalised", "subordinator"} {
		t.Logf("wrong %s: %s", name, strings.Join(Top(f.Wrong[name], 50), " "))
	}

	floors := []struct {
		name       string
		got, floor float64
	}{
		{"finite recall", f.Finite.Recall(), 0.97},
		{"infinitive recall", f.Infinitive.Recall(), 0.94},
		{"infinitive precision", f.Infinitive.Precision(), 0.45},
		{"zu-infinitive recall", f.ZuInfinitive.Recall(), 0.90},
		{"participle recall", f.Participle.Recall(), 0.94},
		{"participle precision", f.Participle.Precision(), 0.70},
		{"KOUS recall", f.Subordinator.Recall(), 0.93},
		{"KOUS precision", f.Subordinator.Precision(), 0.45},
		{"KOUS precision, sure readings", f.SubordinatorSure.Precision(), 0.92},
		{"PRELS recall", f.Relative.Recall(), 0.95},
		{"PRELS precision after a comma", f.RelativeAfterComma.Precision(), 0.45},
	}
	for _, fl := range floors {
		assert.GreaterOrEqual(t, fl.got, fl.floor, fl.name)
	}
	ceilings := []struct {
		name         string
		got, ceiling float64
	}{
		{"finite false positives, lower case", f.FiniteFPLower.Value(), 0.085},
		{"finite false positives, capitalised", f.FiniteFPCap.Value(), 0.08},
		{"finite false positives, capitalised, MaybeNoun skipped", f.FiniteFPCapNoun.Value(), 0.01},
	}
	for _, c := range ceilings {
		assert.LessOrEqual(t, c.got, c.ceiling, c.name)
	}
}

func TestEvaluateSmall(t *testing.T) {
	const conllu = `# text = Er sagte, dass sie kam.
1	Er	er	PRON	PPER	_	2	nsubj	_	_
2	sagte	sagen	VERB	VVFIN	VerbForm=Fin	0	root	_	SpaceAfter=No
3	,	,	PUNCT	$,	_	6	punct	_	_
4	dass	dass	SCONJ	KOUS	_	6	mark	_	_
5	sie	sie	PRON	PPER	_	6	nsubj	_	_
6	kam	kommen	VERB	VVFIN	VerbForm=Fin	2	ccomp	_	SpaceAfter=No
7	.	.	PUNCT	$.	_	2	punct	_	_

1-2	zum	_	_	_	_	_	_	_	_
1	zu	zu	ADP	APPR	_	3	case	_	_
2	dem	der	DET	ART	_	3	det	_	_
3	Essen	Essen	NOUN	NN	_	0	root	_	_
`
	f, err := Evaluate(strings.NewReader(conllu))
	require.NoError(t, err)
	assert.Equal(t, 2, f.Sentences)
	assert.Equal(t, 8, f.Words)
	assert.Equal(t, Score{TP: 2, FP: 1}, f.Finite, "Essen can be a verb form")
	assert.Equal(t, Score{TP: 1}, f.Subordinator)
	assert.Equal(t, 1, f.FiniteFPCap.Total)
	assert.Equal(t, 1, f.FiniteFPCap.Hits, "Essen is also a verb form")
	assert.Equal(t, 0, f.FiniteFPCapNoun.Hits, "but MaybeNoun knows it can be a noun")
	assert.Equal(t, Score{FP: 1}, f.Relative, "dem is not a relative pronoun here")
	assert.Contains(t, f.String(), "finite verbs: recall 100.0%")

	_, err = Evaluate(strings.NewReader("1\tbroken\n"))
	assert.Error(t, err)
}

func TestScoreAndTop(t *testing.T) {
	s := Score{TP: 3, FP: 1, FN: 1}
	assert.InDelta(t, 0.75, s.Recall(), 1e-9)
	assert.InDelta(t, 0.75, s.Precision(), 1e-9)
	assert.Zero(t, Score{}.Recall())
	assert.Zero(t, Rate{}.Value())
	assert.Equal(t, []string{"b×3", "a×1"}, Top(map[string]int{"a": 1, "b": 3, "c": 1}, 2))
}
