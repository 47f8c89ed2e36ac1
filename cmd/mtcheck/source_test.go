package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/mtcheck/mtcheck/checker"
	"github.com/mtcheck/mtcheck/rules"
)

// bilingualRules are the test rules and the source-aware rules of the registry.
func bilingualRules() []checker.Rule {
	out := testRules()
	for _, r := range rules.All() {
		if r.Bilingual {
			out = append(out, r)
		}
	}
	return out
}

// bilingualRecord is a record of a document checked against its original.
type bilingualRecord struct {
	ID               string                  `json:"id"`
	Format           string                  `json:"format"`
	Error            string                  `json:"error"`
	Score            float64                 `json:"score"`
	Alignment        []checker.ParagraphPair `json:"alignment"`
	SourceParagraphs []struct {
		Index, Start, End, Line, Words int
	} `json:"source_paragraphs"`
	Findings []checker.Finding `json:"findings"`
}

func runBilingual(t *testing.T, stdin string, args ...string) (result, []bilingualRecord) {
	t.Helper()
	res := runEnv(t, &env{stdin: strings.NewReader(stdin), rules: bilingualRules()}, args...)
	var recs []bilingualRecord
	for line := range strings.Lines(res.stdout) {
		var r bilingualRecord
		require.NoError(t, json.Unmarshal([]byte(line), &r), line)
		recs = append(recs, r)
	}
	return res, recs
}

const (
	englishStory = "Aeralis cuts 1,200 jobs\n\nThe company said on Tuesday that it would cut jobs in its administration.\n\n" +
		"Chief executive Mara Lind did not give a date."
	germanStory = "Aeralis streicht 2.100 Stellen\n\nDas Unternehmen teilte am Dienstag mit, es werde Stellen in der Verwaltung streichen.\n\n" +
		"Vorstandschefin Mara Lind nannte ein Datum."
)

func TestCheckSourceFile(t *testing.T) {
	dir := t.TempDir()
	en, de := filepath.Join(dir, "en.txt"), filepath.Join(dir, "de.txt")
	require.NoError(t, os.WriteFile(en, []byte("\uFEFF"+englishStory), 0o644))
	require.NoError(t, os.WriteFile(de, []byte(germanStory), 0o644))
	res, recs := runBilingual(t, "", "check", "--format", "jsonl", "--source", en, de)
	require.Equal(t, exitFailed, res.code, res.stderr)
	require.Len(t, recs, 1)
	r := recs[0]
	assert.Len(t, r.Alignment, 3)
	for k, pp := range r.Alignment {
		assert.Equal(t, []int{k}, pp.Target)
		assert.Equal(t, []int{k}, pp.Source)
	}
	require.Len(t, r.SourceParagraphs, 3)
	assert.Equal(t, 3, r.SourceParagraphs[0].Start, "source spans count the byte order mark")
	var rules []string
	for _, f := range r.Findings {
		rules = append(rules, f.Rule)
		require.NotNil(t, f.SourceRef, "finding %+v", f)
		enBytes := "\uFEFF" + englishStory
		assert.Equal(t, f.SourceText, enBytes[f.SourceStart:f.SourceEnd])
	}
	assert.Equal(t, []string{"source-number", "source-negation"}, rules)
	assert.Equal(t, "2.100", r.Findings[0].Text)
	assert.Equal(t, "1,200", r.Findings[0].SourceText)

	// The text report shows the original.
	res = runEnv(t, &env{rules: bilingualRules()}, "check", "--exit-zero", "--source", en, de)
	assert.Contains(t, res.stdout, "Original (Byte 16–21): „1,200“")
}

func TestCheckSourceUsage(t *testing.T) {
	dir := t.TempDir()
	en := filepath.Join(dir, "en.txt")
	require.NoError(t, os.WriteFile(en, []byte(englishStory), 0o644))
	for _, args := range [][]string{
		{"check", "--source", en, "a.txt", "b.txt"},
		{"check", "--source", en, "--input", "jsonl", "a.jsonl"},
		{"check", "--source", filepath.Join(dir, "missing.txt"), en},
	} {
		res := runWith(t, nil, args...)
		assert.Equal(t, exitTrouble, res.code, "%v: %s", args, res.stdout)
		assert.Contains(t, res.stderr, "--source", "%v", args)
	}
}

func TestCheckJSONLWithSource(t *testing.T) {
	in := strings.Join([]string{
		`{"id": "a", "text": "Flug 382 landete.", "source": "Flight 328 landed."}`,
		`{"id": "b", "text": "Flug 328 landete.", "source": "Flight 328 landed."}`,
		`{"id": "c", "text": "Nur Deutsch."}`,
		`{"id": "d", "text": "<p>Er kam <b>nicht</b>.</p>", "source": "<p>He did not come.</p>", "format": "html"}`,
		`{"id": "e", "text": "x", "source": ["x"]}`,
	}, "\n")
	res, recs := runBilingual(t, in, "check", "--input", "jsonl", "--format", "jsonl")
	assert.Equal(t, exitTrouble, res.code)
	require.Len(t, recs, 5)
	require.Len(t, recs[0].Findings, 1)
	f := recs[0].Findings[0]
	assert.Equal(t, "source-number", f.Rule)
	assert.Equal(t, "382", f.Text)
	assert.Equal(t, checker.Span{Start: 7, End: 10}, checker.Span{Start: f.SourceStart, End: f.SourceEnd})
	assert.Equal(t, []checker.ParagraphPair{{Target: []int{0}, Source: []int{0}}}, recs[0].Alignment)
	assert.Empty(t, recs[1].Findings)
	assert.Nil(t, recs[2].Alignment, "a record without source is checked alone")
	assert.Empty(t, recs[3].Findings, "HTML on both sides: the negation is there")
	assert.Equal(t, `"source" must be a string`, recs[4].Error)
}

const testXLIFF = `<?xml version="1.0" encoding="UTF-8"?>
<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
 <file source-language="en" target-language="de" datatype="plaintext" original="x.txt">
  <body>
   <trans-unit id="u1">
    <source>Flight <g id="1">328</g> landed at 6:19 p.m.</source>
    <target state="translated">Flug <g id="1">382</g> landete um 18.19 Uhr.</target>
    <note>checked by A.</note>
   </trans-unit>
   <trans-unit id="u2">
    <source>Police found no weapons.</source>
    <target state="needs-review-translation">Die Polizei fand keine Waffen.</target>
   </trans-unit>
  </body>
 </file>
</xliff>
`

func TestCheckXLIFF(t *testing.T) {
	dir := t.TempDir()
	for _, name := range []string{"job.xlf", "job.xml"} {
		path := filepath.Join(dir, name)
		require.NoError(t, os.WriteFile(path, []byte(testXLIFF), 0o644))
		res, recs := runBilingual(t, "", "check", "--format", "jsonl", path)
		require.Equal(t, exitFailed, res.code, res.stderr)
		require.Len(t, recs, 1, name)
		r := recs[0]
		assert.Equal(t, "xliff", r.Format)
		require.Len(t, r.Alignment, 2)
		assert.Equal(t, &checker.Unit{ID: "u1", State: "translated", Notes: []string{"checked by A."}}, r.Alignment[0].Unit)
		assert.Equal(t, "needs-review-translation", r.Alignment[1].State)
		require.Len(t, r.Findings, 1)
		f := r.Findings[0]
		assert.Equal(t, "382", testXLIFF[f.Start:f.End], "target spans count in the XLIFF file")
		assert.Equal(t, "328", testXLIFF[f.SourceStart:f.SourceEnd], "so do source spans")
	}
}

// mqmFixture writes a small MQM set with sources: a number changed (an
// accuracy error), an untouched segment and a human translation.
func mqmFixture(t *testing.T) string {
	t.Helper()
	lines := []string{
		`{"dataset": "fx", "system": "s1", "origin": "mt", "doc": "d", "doc_seg_index": 0, "seg_id": 1, "source": "Flight 328 landed at the airport on Thursday evening.", "target": "Flug 382 landete am Donnerstagabend am Flughafen.", "mqm_score": 5, "errors": [{"start": 5, "end": 8, "category": "accuracy/mistranslation", "severity": "Major"}]}`,
		`{"dataset": "fx", "system": "s2", "origin": "mt", "doc": "d", "doc_seg_index": 0, "seg_id": 1, "source": "Flight 328 landed at the airport on Thursday evening.", "target": "Flug 328 landete am Donnerstagabend am Flughafen.", "mqm_score": 0, "errors": []}`,
		`{"dataset": "fx", "system": "h", "origin": "human", "doc": "d", "doc_seg_index": 0, "seg_id": 1, "source": "Flight 328 landed at the airport on Thursday evening.", "target": "Flug 328 ist am Donnerstagabend auf dem Flughafen gelandet.", "mqm_score": 0, "errors": []}`,
	}
	path := filepath.Join(t.TempDir(), "fx.jsonl")
	require.NoError(t, os.WriteFile(path, []byte(strings.Join(lines, "\n")+"\n"), 0o644))
	return path
}

func TestEvalWithSource(t *testing.T) {
	path := mqmFixture(t)
	res := runEnv(t, &env{rules: bilingualRules()}, "eval", "--with-source", "--format", "json", path)
	require.Equal(t, exitOK, res.code, res.stderr)
	var f struct {
		MQM []struct {
			Groups     []json.RawMessage `json:"groups"`
			WithSource []struct {
				Origin     string `json:"origin"`
				Findings   int    `json:"findings"`
				SourceOnly struct {
					Findings        int `json:"findings"`
					OnErrorSpans    int `json:"on_error_spans"`
					OnAccuracySpans int `json:"on_accuracy_spans"`
				} `json:"source_only"`
			} `json:"with_source"`
		} `json:"mqm"`
	}
	require.NoError(t, json.Unmarshal([]byte(res.stdout), &f))
	require.Len(t, f.MQM, 1)
	require.Len(t, f.MQM[0].WithSource, 2)
	mt := f.MQM[0].WithSource[0]
	assert.Equal(t, "mt", mt.Origin)
	assert.Equal(t, 1, mt.SourceOnly.Findings)
	assert.Equal(t, 1, mt.SourceOnly.OnErrorSpans)
	assert.Equal(t, 1, mt.SourceOnly.OnAccuracySpans)

	res = runEnv(t, &env{rules: bilingualRules()}, "eval", "--with-source", path)
	assert.Contains(t, res.stdout, "MQM fx, machine translation, with source: 2 systems, 2 segments")
	assert.Contains(t, res.stdout, "Findings only with the source: 1, 1 on error spans (100.0%), 1 on accuracy errors (100.0%)")
}

func TestEvalFitSource(t *testing.T) {
	path := mqmFixture(t)
	res := runWith(t, nil, "eval", "--fit-source", path)
	require.Equal(t, exitOK, res.code, res.stderr)
	assert.Contains(t, res.stdout, "Length model fitted on 1 human translations")
	assert.Contains(t, res.stdout, "fittedLengthRatio = ")
	assert.Contains(t, res.stdout, "omissionMinor = ")
	res = runWith(t, nil, "eval", "--fit-source", "--format", "json", path)
	require.Equal(t, exitOK, res.code, res.stderr)
	var fit struct {
		Pairs int     `json:"pairs"`
		Ratio float64 `json:"ratio"`
		MT    int     `json:"mt"`
	}
	require.NoError(t, json.Unmarshal([]byte(res.stdout), &fit))
	assert.Equal(t, 1, fit.Pairs)
	assert.Equal(t, 2, fit.MT)
	assert.InDelta(t, 50.0/44, fit.Ratio, 0.05)
}
