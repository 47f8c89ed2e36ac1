package output

import (
	"bytes"
	"encoding/json"
	"errors"
	"io"
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/mtcheck/mtcheck/checker"
)

// sampleRecord is a checked document with one finding and two paragraphs.
func sampleRecord() *Record {
	return &Record{
		ID: "a.txt", Path: "a.txt",
		DocScore: checker.DocScore{Score: 91.3, Penalty: 5, PenaltyPer1000: 86.4, Words: 57, Passed: false},
		Paragraphs: []checker.ParagraphScore{
			{Index: 0, Span: checker.Span{Start: 0, End: 17}, Line: 1, Words: 3, Penalty: 0, Score: 100, Headline: true},
			{Index: 1, Span: checker.Span{Start: 19, End: 300}, Line: 3, Words: 54, Penalty: 5, Score: 90.7},
		},
		Findings: []checker.Finding{{
			Rule: "duplicate-reporting-verb", Category: "fluency/duplicate-verb", Severity: checker.Major,
			Message: "Doppeltes Redeverb.", Span: checker.Span{Start: 40, End: 51},
			Position: checker.Position{Line: 3, Column: 22}, Paragraph: 1, Text: "sagte sagte",
			Suggestions: []string{"sagte"},
		}},
	}
}

func keys(m map[string]any) []string {
	var out []string
	for k := range m {
		out = append(out, k)
	}
	slices.Sort(out)
	return out
}

func sorted(s ...string) []string { slices.Sort(s); return s }

// TestSchemaNames pins the JSON names other tools parse, including those that
// come from checker's types.
func TestSchemaNames(t *testing.T) {
	b, err := json.Marshal(sampleRecord())
	require.NoError(t, err)
	var doc map[string]any
	require.NoError(t, json.Unmarshal(b, &doc))
	assert.Equal(t, sorted("id", "path", "score", "penalty", "penalty_per_1000_words", "words", "passed",
		"paragraphs", "findings"), keys(doc), "error is omitted when empty")
	para := doc["paragraphs"].([]any)[0].(map[string]any)
	assert.Equal(t, sorted("index", "start", "end", "line", "words", "penalty", "score", "headline"), keys(para))
	f := doc["findings"].([]any)[0].(map[string]any)
	assert.Equal(t, sorted("rule", "category", "severity", "message", "start", "end", "line", "column",
		"paragraph", "text", "suggestions"), keys(f))
	assert.Equal(t, "major", f["severity"])
	assert.Equal(t, 91.3, doc["score"])
	assert.Equal(t, 86.4, doc["penalty_per_1000_words"])

	b, err = json.Marshal(Summary{Documents: 3, Passed: 1, Failed: 1, Findings: 4, Words: 50, Errors: 1})
	require.NoError(t, err)
	assert.JSONEq(t, `{"documents": 3, "passed": 1, "failed": 1, "errors": 1, "findings": 4, "words": 50,
		"by_severity": {}, "by_rule": {}, "by_category": {}, "worst": [], "worst_paragraphs": []}`, string(b))
}

// TestRecordMetadata pins the additive fields of feed items and typed
// inputs, on checked and error records, and that they are left out when empty.
func TestRecordMetadata(t *testing.T) {
	r := sampleRecord()
	r.Format, r.Feed, r.ItemID, r.Link, r.Title = "html", "https://example.org/feed.xml", "urn:1",
		"https://example.org/1", "Titel"
	b, err := json.Marshal(r)
	require.NoError(t, err)
	var doc map[string]any
	require.NoError(t, json.Unmarshal(b, &doc))
	assert.Equal(t, sorted("id", "path", "format", "feed", "item_id", "link", "title", "score", "penalty",
		"penalty_per_1000_words", "words", "passed", "paragraphs", "findings"), keys(doc))
	assert.Equal(t, "urn:1", doc["item_id"])

	e := ErrorRecord("x", "x", errors.New("kaputt"))
	e.Feed, e.Link = "f", "l"
	b, err = json.Marshal(e)
	require.NoError(t, err)
	assert.Equal(t, `{"id":"x","path":"x","feed":"f","link":"l","error":"kaputt","paragraphs":[],"findings":[]}`, string(b))
}

// TestRecordJSON pins which fields a record has: an error record has no
// score block, a checked one all of it, zero values included.
func TestRecordJSON(t *testing.T) {
	zero := NewRecord("z", "z.txt", &checker.Result{DocScore: checker.DocScore{Penalty: 30, Words: 3}})
	tests := []struct {
		name string
		rec  *Record
		want string
	}{
		{name: "error record", rec: ErrorRecord("x", "x", errors.New("kaputt")),
			want: `{"id":"x","path":"x","error":"kaputt","paragraphs":[],"findings":[]}`},
		{name: "score 0, not passed", rec: zero,
			want: `{"id":"z","path":"z.txt","score":0,"penalty":30,"penalty_per_1000_words":0,"words":3,"passed":false,` +
				`"paragraphs":[],"findings":[]}`},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			b, err := json.Marshal(tc.rec)
			require.NoError(t, err)
			assert.Equal(t, tc.want, string(b), "pointer")
			b, err = json.Marshal(*tc.rec)
			require.NoError(t, err)
			assert.Equal(t, tc.want, string(b), "value")
			var out bytes.Buffer
			w := NewJSONL(&out)
			require.NoError(t, w.Write(tc.rec))
			assert.Equal(t, tc.want+"\n", out.String(), "JSONL writer")
		})
	}
}

func TestNewRecordNeverNull(t *testing.T) {
	r := NewRecord("id", "p", &checker.Result{DocScore: checker.DocScore{Score: 100, Passed: true}})
	b, err := json.Marshal(r)
	require.NoError(t, err)
	assert.Contains(t, string(b), `"paragraphs":[]`)
	assert.Contains(t, string(b), `"findings":[]`)
}

func TestSummaryAdd(t *testing.T) {
	var s Summary
	s.Add(sampleRecord())
	s.Add(&Record{DocScore: checker.DocScore{Words: 3, Passed: true}})
	s.Add(ErrorRecord("e", "e", errors.New("x")))
	assert.Equal(t, []int{3, 1, 1, 1, 1, 60}, []int{s.Documents, s.Passed, s.Failed, s.Errors, s.Findings, s.Words},
		"an error record counts as an error, not as a failed document")
	assert.Equal(t, map[string]int{"duplicate-reporting-verb": 1}, s.ByRule)
	assert.Equal(t, map[string]int{"fluency/duplicate-verb": 1}, s.ByCategory)
	assert.Equal(t, map[string]int{"major": 1}, s.BySeverity)
	require.Len(t, s.Worst(), 1)
	assert.Equal(t, []RuleCount{{Rule: "duplicate-reporting-verb", Count: 1, Penalty: 5}}, s.Worst()[0].Rules)
	require.Len(t, s.WorstParagraphs(), 1, "only paragraphs with a penalty")
	assert.Equal(t, 3, s.WorstParagraphs()[0].Line)
}

func TestJSONWriter(t *testing.T) {
	var out bytes.Buffer
	w := NewJSON(&out)
	require.NoError(t, w.Write(sampleRecord()))
	first := out.String()
	assert.True(t, strings.HasPrefix(first, `{"version":1,"documents":[`), "streamed: header and record before Close")
	assert.Contains(t, first, `"sagte sagte"`)
	require.NoError(t, w.Write(ErrorRecord("b", "b", errors.New("kaputt <&>"))))
	require.NoError(t, w.Close(Summary{Documents: 2, Failed: 1, Errors: 1, Findings: 1, Words: 57}))
	assert.Contains(t, out.String(), "kaputt <&>", "no HTML escaping")

	var got struct {
		Version   int              `json:"version"`
		Documents []map[string]any `json:"documents"`
		Summary   map[string]any   `json:"summary"`
	}
	dec := json.NewDecoder(&out)
	dec.DisallowUnknownFields()
	require.NoError(t, dec.Decode(&got))
	assert.Equal(t, 1, got.Version)
	require.Len(t, got.Documents, 2)
	assert.Equal(t, "a.txt", got.Documents[0]["id"])
	assert.Equal(t, "kaputt <&>", got.Documents[1]["error"])
	assert.NotContains(t, got.Documents[1], "score", "an error record has no score")
	assert.Equal(t, map[string]any{"documents": 2.0, "passed": 0.0, "failed": 1.0, "errors": 1.0, "findings": 1.0,
		"words": 57.0, "by_severity": map[string]any{}, "by_rule": map[string]any{}, "by_category": map[string]any{},
		"worst": []any{}, "worst_paragraphs": []any{}}, got.Summary)
}

func TestJSONWriterNoDocuments(t *testing.T) {
	var out bytes.Buffer
	require.NoError(t, NewJSON(&out).Close(Summary{}))
	assert.JSONEq(t, `{"version": 1, "documents": [], "summary": {"documents": 0, "passed": 0, "failed": 0, "errors": 0,
		"findings": 0, "words": 0, "by_severity": {}, "by_rule": {}, "by_category": {}, "worst": [], "worst_paragraphs": []}}`,
		out.String())
}

func TestJSONLWriter(t *testing.T) {
	var out bytes.Buffer
	w := NewJSONL(&out)
	require.NoError(t, w.Write(sampleRecord()))
	require.NoError(t, w.Write(ErrorRecord("#2", "-", errors.New("kaputt"))))
	require.NoError(t, w.Close(Summary{Documents: 2}))
	lines := strings.Split(strings.TrimSuffix(out.String(), "\n"), "\n")
	require.Len(t, lines, 2, "one line per document, no summary")
	var r Record
	require.NoError(t, json.Unmarshal([]byte(lines[1]), &r))
	assert.Equal(t, "#2", r.ID)
	assert.Equal(t, "kaputt", r.Error)
}

func TestTextWriter(t *testing.T) {
	var out, errOut bytes.Buffer
	w := NewText(&out, &errOut, Options{})
	rec := sampleRecord()
	rec.Findings = append(rec.Findings, checker.Finding{Rule: "filler", Severity: checker.Minor,
		Message: "Füllwort.", Position: checker.Position{Line: 4, Column: 1}, Suggestions: []string{"a", "b"}},
		checker.Finding{Rule: "bare", Severity: checker.Critical, Message: "Ohne Vorschlag.",
			Position: checker.Position{Line: 5, Column: 2}, Also: []string{"other"},
			Related: []checker.Related{{Position: checker.Position{Line: 1, Column: 3}, Message: "Erste Stelle"}}})
	require.NoError(t, w.Write(rec))
	require.NoError(t, w.Write(ErrorRecord("-[#7]", "-", errors.New("invalid UTF-8"))))
	require.NoError(t, w.Write(&Record{ID: "doc-9", Path: "in.jsonl", Title: "Ein Titel", Link: "https://example.org/9",
		DocScore:   checker.DocScore{Score: 100, Words: 1234, Passed: true},
		Paragraphs: []checker.ParagraphScore{{Line: 1, Words: 1234, Score: 100}}}))
	require.NoError(t, w.Close(Summary{Documents: 3, Failed: 1, Findings: 3, Words: 1291, Errors: 1}))
	assert.Equal(t, `a.txt:3:22: major duplicate-reporting-verb: Doppeltes Redeverb.
    Vorschlag: sagte
a.txt:4:1: minor filler: Füllwort.
    Vorschläge: a | b
a.txt:5:2: critical bare: Ohne Vorschlag.
    Auch gemeldet von: other
    Siehe Zeile 1, Spalte 3: Erste Stelle
  Absatz 2, Zeile 3: 90,7 (54 Wörter, Abzug 5)
a.txt: 91,3 Punkte, Abzug 5 (86,4 je 1.000 Wörter), 57 Wörter, nicht bestanden
  Titel: Ein Titel
  Link: https://example.org/9
in.jsonl[doc-9]: 100 Punkte, Abzug 0 (0 je 1.000 Wörter), 1.234 Wörter, bestanden

Zusammenfassung
Dokumente: 0 bestanden, 1 nicht bestanden, 1 nicht prüfbar
Wörter: 1.291

3 Dokumente, 1 nicht bestanden, 1 nicht prüfbar, 3 Befunde, 1.291 Wörter
`, out.String(), "paragraph lines only where there are findings; German numbers")
	assert.Equal(t, "-[-[#7]]: error: invalid UTF-8\n", errOut.String())
	assert.NotContains(t, out.String(), "\x1b[", "no colour unless asked")
}

func TestTextWriterVerbosePlain(t *testing.T) {
	var out bytes.Buffer
	w := NewText(&out, io.Discard, Options{Verbose: true, PlainNumbers: true, Summary: SummaryOff})
	require.NoError(t, w.Write(sampleRecord()))
	require.NoError(t, w.Close(Summary{Documents: 2, Failed: 1, Findings: 1, Words: 1057}))
	assert.Equal(t, `a.txt:3:22: major duplicate-reporting-verb: Doppeltes Redeverb.
    Vorschlag: sagte
  Absatz 1, Zeile 1: 100 (3 Wörter, Abzug 0, Überschrift)
  Absatz 2, Zeile 3: 90.7 (54 Wörter, Abzug 5)
a.txt: 91.3 Punkte, Abzug 5 (86.4 je 1000 Wörter), 57 Wörter, nicht bestanden
2 Dokumente, 1 nicht bestanden, 1 Befund, 1057 Wörter
`, out.String(), "every paragraph with Verbose; no audit summary with SummaryOff")
}

func TestTextWriterColour(t *testing.T) {
	var out, errOut bytes.Buffer
	w := NewText(&out, &errOut, Options{Color: true})
	require.NoError(t, w.Write(sampleRecord()))
	require.NoError(t, w.Write(ErrorRecord("b", "b", errors.New("x"))))
	require.NoError(t, w.Close(Summary{Documents: 1, Failed: 1}))
	assert.Contains(t, out.String(), ansiRed+"major"+ansiReset)
	assert.Contains(t, out.String(), ansiGreen+"sagte"+ansiReset)
	assert.Contains(t, errOut.String(), ansiBoldRed+"error:"+ansiReset)
}

func TestNew(t *testing.T) {
	for _, f := range Formats {
		w, err := New(f, &bytes.Buffer{}, &bytes.Buffer{}, Options{})
		require.NoError(t, err, f)
		assert.NotNil(t, w)
		require.NoError(t, w.Close(Summary{}), f)
	}
	_, err := New("xml", &bytes.Buffer{}, &bytes.Buffer{}, Options{})
	assert.ErrorContains(t, err, `unknown format "xml" (want text, json, jsonl, csv, line, sarif, github or html)`)
}
