package main

import (
	"compress/gzip"
	"encoding/json"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/mtcheck/mtcheck/checker"
	"github.com/mtcheck/mtcheck/corpus"
)

// evalRules are the rules of the eval tests.
func evalRules() []checker.Rule {
	return []checker.Rule{
		phraseRule("double-said", "fluency/duplicate-verb", checker.Major, "sagte sagte", "Doppeltes Redeverb."),
		phraseRule("filler-word", "style/filler", checker.Minor, "ähm", "Füllwort."),
	}
}

// evalCorpus writes a small corpus of every format and returns its directory:
//
//	inline.txt    one named mark found, one unnamed mark missed, one false alarm ("ähm")
//	native.txt    one finding ("ähm") in 4 words
//	standoff.txt  one must found
//	mqm.jsonl.gz  one finding on an error span, one outside
func evalCorpus(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	files := map[string]string{
		"inline.txt":                 "Er {{sagte sagte|double-said}} es.\n\nSie kam, ähm, {{zu spät}}.\n",
		"native.txt":                 "Ähm, nein. ähm ja.\n",
		"standoff.txt":               "Wir sagte sagte nichts.\n",
		"standoff.annotations.tsv":   "C1\tmust\tfluency/duplicate-verb\tmajor\tsagte sagte\tzwei Verben\n",
		"notes.md":                   "not a corpus file\n",
		"testdata/ignored.txt":       "ähm ähm ähm\n",
		"sub/also-native.txt":        "Alles gut.\n",
		"sub/also-native-second.txt": "Auch gut.\n",
	}
	for name, text := range files {
		path := filepath.Join(dir, name)
		require.NoError(t, os.MkdirAll(filepath.Dir(path), 0o755))
		require.NoError(t, os.WriteFile(path, []byte(text), 0o644))
	}
	f, err := os.Create(filepath.Join(dir, "mqm.jsonl.gz"))
	require.NoError(t, err)
	zw := gzip.NewWriter(f)
	_, err = zw.Write([]byte(
		`{"dataset": "t", "system": "s1", "origin": "mt", "doc": "d", "doc_seg_index": 0, "target": "Er sagte sagte es.", "mqm_score": 5, "errors": [{"start": 3, "end": 14}]}` + "\n" +
			`{"dataset": "t", "system": "s2", "origin": "mt", "doc": "d", "doc_seg_index": 0, "target": "Er sagte sagte nichts.", "mqm_score": 0, "errors": []}` + "\n"))
	require.NoError(t, err)
	require.NoError(t, zw.Close())
	require.NoError(t, f.Close())
	return dir
}

func evalRun(t *testing.T, args ...string) result {
	t.Helper()
	return runEnv(t, &env{rules: evalRules()}, append([]string{"eval"}, args...)...)
}

func TestEvalJSONFigures(t *testing.T) {
	dir := evalCorpus(t)
	r := evalRun(t, "--format", "json", dir)
	require.Equal(t, exitOK, r.code, r.stderr)
	var f corpus.Figures
	require.NoError(t, json.Unmarshal([]byte(r.stdout), &f))

	require.NotNil(t, f.Annotated)
	a := f.Annotated.Total
	assert.Equal(t, 2, f.Annotated.Documents)
	assert.Equal(t, []int{2, 1, 2, 1}, []int{a.Found, a.Missed, a.Hits, a.FalseAlarms})
	assert.InDelta(t, 0.6667, *a.Precision, 1e-9)
	assert.InDelta(t, 0.6667, *a.Recall, 1e-9)

	require.NotNil(t, f.Native)
	assert.Equal(t, 3, f.Native.Documents, "testdata is skipped")
	assert.Equal(t, 1, f.Native.Findings)
	assert.Equal(t, 8, f.Native.Words)

	require.Len(t, f.MQM, 1)
	mt := f.MQM[0].Groups[0]
	assert.Equal(t, corpus.OriginMT, mt.Origin)
	assert.Equal(t, []int{2, 2, 1}, []int{mt.Segments, mt.Findings, mt.OnErrorSpans})
	assert.Empty(t, f.Cases, "cases only with --show")
}

func TestEvalTextTables(t *testing.T) {
	r := evalRun(t, evalCorpus(t))
	require.Equal(t, exitOK, r.code, r.stderr)
	for _, want := range []string{
		"Annotated text: 2 documents\n" +
			"  rule         found  missed  should  gaps  hits  false  neutral  precision  recall\n" +
			"  double-said      2       0       0     0     2      0        0     100.0%  100.0%\n" +
			"  filler-word      0       0       0     0     0      1        0       0.0%       –\n" +
			"  total            2       1       0     0     2      1        0      66.7%   66.7%\n",
		"Native text: 3 documents, 8 words, 3 paragraphs\n",
		"  filler-word         1           125.00\n",
		"  Paragraphs scored below 95: 1 of 3 (33.3%)\n",
		"MQM t, machine translation: 2 systems, 2 segments, 8 words\n",
		"  total               2               1           50.0%\n",
	} {
		assert.Contains(t, r.stdout, want)
	}
}

func TestEvalShowCases(t *testing.T) {
	dir := evalCorpus(t)
	r := evalRun(t, "--show", "missed,false", filepath.Join(dir, "inline.txt"))
	require.Equal(t, exitOK, r.code, r.stderr)
	path := filepath.Join(dir, "inline.txt")
	assert.Contains(t, r.stdout, path+":3:10: false [filler-word style/filler]: Füllwort.\n    Er sagte sagte es.⏎⏎Sie kam, [[ähm]], zu spät.⏎\n")
	assert.Contains(t, r.stdout, path+":3:17: missed [M2]\n    Er sagte sagte es.⏎⏎Sie kam, ähm, [[zu spät]].⏎\n",
		"the column counts the stripped {{ of the mark back in")

	r = evalRun(t, "--show", "false", filepath.Join(dir, "inline.txt"))
	assert.NotContains(t, r.stdout, "missed [M2]")
}

func TestEvalStrictAndFailUnder(t *testing.T) {
	dir := evalCorpus(t)
	tests := []struct {
		name   string
		args   []string
		code   int
		stderr string
	}{
		{"plain run passes", []string{dir}, exitOK, ""},
		{"strict fails on a miss and false alarms", []string{"--strict", dir}, exitFailed,
			"mtcheck: eval: strict: 1 missed, 2 false alarms (list them with --show missed,false)\n"},
		{"strict passes on a clean corpus", []string{"--strict", filepath.Join(dir, "standoff.txt"), filepath.Join(dir, "sub")}, exitOK, ""},
		{"MQM findings never fail strict", []string{"--strict", filepath.Join(dir, "mqm.jsonl.gz")}, exitOK, ""},
		{"fail-under below the figures", []string{"--fail-under", "60", dir}, exitOK, ""},
		{"fail-under above the figures", []string{"--fail-under", "70", dir}, exitFailed,
			"mtcheck: eval: precision 66.7% is under --fail-under 70%\nmtcheck: eval: recall 66.7% is under --fail-under 70%\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := evalRun(t, tt.args...)
			assert.Equal(t, tt.code, r.code)
			assert.Equal(t, tt.stderr, r.stderr)
		})
	}
}

func TestEvalRestrictedToOneRule(t *testing.T) {
	r := evalRun(t, "--rule", "filler-word", "--format", "json", evalCorpus(t))
	require.Equal(t, exitOK, r.code, r.stderr)
	var f corpus.Figures
	require.NoError(t, json.Unmarshal([]byte(r.stdout), &f))
	assert.Equal(t, "filler-word", f.Only)
	require.Len(t, f.Annotated.Rules, 1)
	assert.Equal(t, "filler-word", f.Annotated.Rules[0].Rule)
	assert.Equal(t, 3, f.Annotated.OutOfScope, "both double-said expectations and the unnamed mark without category")
	assert.Zero(t, f.MQM[0].Groups[0].Findings)
}

func TestEvalTrouble(t *testing.T) {
	dir := evalCorpus(t)
	bad := filepath.Join(dir, "bad")
	require.NoError(t, os.MkdirAll(bad, 0o755))
	require.NoError(t, os.WriteFile(filepath.Join(bad, "x.txt"), []byte("Die Stadt. Die Stadt.\n"), 0o644))
	require.NoError(t, os.WriteFile(filepath.Join(bad, "x.annotations.tsv"), []byte("# c\nX1\tmust\tstyle/calque\tminor\tDie Stadt\tn\n"), 0o644))
	require.NoError(t, os.WriteFile(filepath.Join(bad, "m.jsonl"), []byte("{broken\n"), 0o644))

	tests := []struct {
		name   string
		args   []string
		stderr []string
	}{
		{"missing path", []string{filepath.Join(dir, "nope.txt"), filepath.Join(dir, "standoff.txt")},
			[]string{"mtcheck: eval: stat " + filepath.Join(dir, "nope.txt") + ": no such file or directory"}},
		{"bad annotations and JSON", []string{bad}, []string{
			"mtcheck: eval: " + filepath.Join(bad, "m.jsonl") + ":1: malformed JSON",
			"mtcheck: eval: " + filepath.Join(bad, "x.annotations.tsv") + `:2: quote "Die Stadt" occurs 2 times`,
		}},
		{"unknown format", []string{filepath.Join(dir, "notes.md")}, []string{"unknown corpus format"}},
		{"unknown rule", []string{"--rule", "nope", dir}, []string{`mtcheck: --rule: unknown rule or pack "nope"; mtcheck rules lists them`}},
		{"a typo in --rule", []string{"--rule", "filler-wort", dir},
			[]string{`mtcheck: --rule: unknown rule or pack "filler-wort" (did you mean "filler-word"?)`}},
		{"bad format", []string{"--format", "xml", dir}, []string{`unknown --format "xml"`}},
		{"bad show", []string{"--show", "all", dir}, []string{`unknown --show "all"`}},
		{"bad fail-under", []string{"--fail-under", "120", dir}, []string{"--fail-under 120 is not between 0 and 100"}},
		{"no path", nil, []string{"requires at least 1 arg"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := evalRun(t, tt.args...)
			assert.Equal(t, exitTrouble, r.code)
			for _, s := range tt.stderr {
				assert.Contains(t, r.stderr, s)
			}
		})
	}
	r := evalRun(t, filepath.Join(dir, "nope.txt"), filepath.Join(dir, "standoff.txt"))
	assert.Contains(t, r.stdout, "Annotated text: 1 document", "readable inputs are still evaluated")
}

// TestEvalProjectCorpusStrict runs the real registry over the project corpus,
// as CI would: it must pass --strict.
func TestEvalProjectCorpusStrict(t *testing.T) {
	r := runEnv(t, &env{}, "eval", "--strict", "--show", "missed,false", filepath.Join("..", "..", "corpus"))
	assert.Equal(t, exitOK, r.code, r.stdout+r.stderr)
}

func TestEvalInject(t *testing.T) {
	treebank := filepath.Join("..", "..", "corpus", "testdata", "conllu", "mini.conllu")
	r := runEnv(t, &env{}, "eval", "--inject", "--category", "spacing,duplicate-word", "--format", "json", treebank)
	require.Equal(t, exitOK, r.code, r.stderr)
	var figs []corpus.InjectionFigures
	require.NoError(t, json.Unmarshal([]byte(r.stdout), &figs))
	require.Len(t, figs, 1)
	require.Len(t, figs[0].Halves, 3, "tune, held out, all")
	all := figs[0].Halves[2]
	var names []string
	for _, c := range all.Categories {
		names = append(names, c.Name)
	}
	assert.Equal(t, []string{"spacing", "duplicate-word"}, names, "only the categories asked for, in report order")
	assert.Positive(t, all.Injected)
	assert.Positive(t, all.Found, "the registry finds doubled words and stray spaces")
	assert.Equal(t, figs[0].Halves[0].Injected+figs[0].Halves[1].Injected, all.Injected)
	assert.Empty(t, all.Missed, "cases only with --show")

	// The phrase rules of evalRules find none of the injected errors.
	r = evalRun(t, "--inject", "--category", "spacing", "--fail-under", "10", treebank)
	assert.Equal(t, exitFailed, r.code, r.stderr)
	assert.Contains(t, r.stderr, "held-out recall 0.0 % is below 10.0 %")
	assert.Contains(t, r.stdout, "held out (second half)")

	r = evalRun(t, "--inject", "--show", "missed", "--category", "spacing", treebank)
	assert.Contains(t, r.stdout, "  missed ", "--show lists the missed errors")

	r = evalRun(t, "--inject", filepath.Join(t.TempDir(), "absent.conllu"), treebank)
	assert.Equal(t, exitTrouble, r.code)
	assert.Contains(t, r.stderr, "absent.conllu")
	assert.Contains(t, r.stdout, "Error injection into "+treebank, "readable treebanks are still evaluated")

	r = evalRun(t, "--inject", "--category", "typo", treebank)
	assert.Equal(t, exitTrouble, r.code)
	assert.Contains(t, r.stderr, `unknown --category "typo"`)
}
