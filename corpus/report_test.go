package corpus

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestWriteTextAnnotated(t *testing.T) {
	f := Compute(checkAll(t, "", annotatedFixtures(t)...))
	f.Cases = f.Cases[:2]
	var b strings.Builder
	require.NoError(t, WriteText(&b, &f))
	assert.Equal(t, `Annotated text: 2 documents
  rule        found  missed  should  gaps  hits  false  neutral  precision  recall
  date-rule       1       2       1     0     2      0        0     100.0%   33.3%
  verb-rule       2       0       0     0     3      0        0     100.0%  100.0%
  noisy-rule      1       0       0     1     1      2        1      33.3%  100.0%
  total           4       3       1     1     6      2        1      75.0%   57.1%
  Not yet covered by a rule (1 mark): calque-rule 1

inline.txt:1:91: false [noisy-rule style/anglicism]: Testregel noisy-rule
    …sagte nichts. Das Meeting war kurz. Das [[Haus]] stand. Sinn machen tut es. Ein Fehler b…
inline.txt:1:105: pending [calque-rule M4]
    …. Das Meeting war kurz. Das Haus stand. [[Sinn machen]] tut es. Ein Fehler bleibt. Dann sagte e…
`, b.String())
}

func TestWriteTextNativeMQMAndRestriction(t *testing.T) {
	native, err := NewNative("n.txt", "Das Haus ist alt.")
	require.NoError(t, err)
	docs := []*Document{native}
	require.NoError(t, ReadMQM(strings.NewReader(mqmFixture), "fx.jsonl", func(d *Document) error {
		docs = append(docs, d)
		return nil
	}))
	f := Compute(checkAll(t, "noisy-rule", docs...))
	f.Cases = nil
	var b strings.Builder
	require.NoError(t, WriteText(&b, &f))
	out := b.String()
	for _, want := range []string{
		"Restricted to rule noisy-rule.\n\n",
		"Native text: 1 document, 4 words, 1 paragraph\n  rule        findings  per 1,000 words\n  noisy-rule         1           250.00\n",
		"  Paragraphs scored below 95: 1 of 1 (100.0%)\n",
		"MQM fx, machine translation: 3 systems, 6 segments, 16 words\n",
		"  Segment Spearman with −MQM: score 0.3914, penalty per word -0.3914\n",
		"  System level (mean score vs mean −MQM): Pearson 0.4274, Kendall tau-b 0.3333\n",
		"  system  segments  mean score  mean −MQM  findings  per 1,000 words\n  sys-a          2       83.35     -0.500         1           200.00\n",
		"MQM fx, human translation: 1 system, 2 segments, 5 words\n",
		"  total              0               0               –\n  Segment Spearman with −MQM: score –, penalty per word –\n",
	} {
		assert.Contains(t, out, want)
	}
	assert.NotContains(t, out, "Annotated text")

	b.Reset()
	require.NoError(t, WriteText(&b, &Figures{}))
	assert.Equal(t, "No documents.\n", b.String())
}
