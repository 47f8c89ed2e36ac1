package main

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/mtcheck/mtcheck/checker"
)

// report is the JSON report, decoded strictly.
type report struct {
	Version   int         `json:"version"`
	Documents []docRecord `json:"documents"`
	Summary   struct {
		Documents, Passed, Failed, Errors, Findings, Words int
		BySeverity                                         map[string]int  `json:"by_severity"`
		ByRule                                             map[string]int  `json:"by_rule"`
		ByCategory                                         map[string]int  `json:"by_category"`
		Worst                                              json.RawMessage `json:"worst"`
		WorstParagraphs                                    json.RawMessage `json:"worst_paragraphs"`
	} `json:"summary"`
}

type docRecord struct {
	ID         string                   `json:"id"`
	Path       string                   `json:"path"`
	Format     string                   `json:"format"`
	Feed       string                   `json:"feed"`
	ItemID     string                   `json:"item_id"`
	Link       string                   `json:"link"`
	Title      string                   `json:"title"`
	Score      float64                  `json:"score"`
	Penalty    int                      `json:"penalty"`
	Per1000    float64                  `json:"penalty_per_1000_words"`
	Words      int                      `json:"words"`
	Passed     bool                     `json:"passed"`
	Error      string                   `json:"error"`
	Paragraphs []checker.ParagraphScore `json:"paragraphs"`
	Findings   []checker.Finding        `json:"findings"`
}

func decodeReport(t *testing.T, s string) report {
	t.Helper()
	var r report
	dec := json.NewDecoder(strings.NewReader(s))
	dec.DisallowUnknownFields()
	require.NoError(t, dec.Decode(&r), s)
	assert.False(t, dec.More(), "exactly one JSON document")
	return r
}

func decodeLines(t *testing.T, s string) []docRecord {
	t.Helper()
	var out []docRecord
	for line := range strings.Lines(s) {
		var r docRecord
		dec := json.NewDecoder(strings.NewReader(line))
		dec.DisallowUnknownFields()
		require.NoError(t, dec.Decode(&r), line)
		out = append(out, r)
	}
	return out
}

// longClean has 30 words and no finding.
var longClean = strings.Repeat("Das Wetter ist heute gut. ", 6)

func TestCheckExitCodes(t *testing.T) {
	tests := []struct {
		name    string
		stdin   string
		args    []string
		code    int
		errPart string
	}{
		{name: "clean", stdin: "Er sagte es.", code: exitOK},
		{name: "empty input", stdin: "", code: exitOK},
		{name: "failing", stdin: "Er sagte sagte es.", code: exitFailed},
		{name: "minor passes at 95", stdin: longClean + "ähm", code: exitOK},
		{name: "minor fails at 97", stdin: longClean + "ähm", args: []string{"--fail-under", "97"}, code: exitFailed},
		{name: "fail-under 0 passes everything", stdin: "sagte sagte", args: []string{"--fail-under", "0"}, code: exitOK},
		{name: "critical always fails", stdin: longClean + "KAPUTT", args: []string{"--fail-under", "0"}, code: exitFailed},
		{name: "exit-zero hides failure", stdin: "Er sagte sagte es.", args: []string{"--exit-zero"}, code: exitOK},
		{name: "exit-zero keeps trouble", stdin: "Gut \xff.", args: []string{"--exit-zero"}, code: exitTrouble, errPart: "invalid UTF-8"},
		{name: "invalid UTF-8", stdin: "Gut \xff.", code: exitTrouble, errPart: "-: error: invalid UTF-8 at byte offset 4"},
		{name: "too large", stdin: "Er sagte es.", args: []string{"--max-bytes", "5"}, code: exitTrouble, errPart: "larger than the limit of 5 bytes"},
		{name: "trouble beats failure", stdin: "{\"text\": \"sagte sagte\"}\n{\"text\": 3}\n", args: []string{"--input", "jsonl"},
			code: exitTrouble, errPart: `-[#2]: error: "text" must be a string`},
		{name: "unknown format", args: []string{"--format", "xml"}, code: exitTrouble, errPart: `unknown --format "xml"`},
		{name: "unknown input", args: []string{"--input", "csv"}, code: exitTrouble, errPart: `unknown --input "csv"`},
		{name: "bad jobs", args: []string{"--jobs", "0"}, code: exitTrouble, errPart: "--jobs must be at least 1"},
		{name: "bad max-bytes", args: []string{"--max-bytes", "0"}, code: exitTrouble, errPart: "--max-bytes must be positive"},
		{name: "bad threshold", args: []string{"--fail-under", "101"}, code: exitTrouble, errPart: "not between 0 and 100"},
		{name: "negative threshold", args: []string{"--fail-under", "-1"}, code: exitTrouble, errPart: "--fail-under -1 is not between 0 and 100"},
		{name: "infinite threshold", args: []string{"--fail-under", "Inf"}, code: exitTrouble, errPart: "--fail-under +Inf is not between 0 and 100"},
		{name: "NaN threshold", args: []string{"--fail-under", "NaN"}, code: exitTrouble, errPart: "--fail-under NaN is not between 0 and 100"},
		{name: "unknown flag", args: []string{"--colour"}, code: exitTrouble, errPart: "unknown flag"},
		{name: "stdin twice", args: []string{"-", "-"}, code: exitTrouble, errPart: "only once"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			res := runWith(t, strings.NewReader(tc.stdin), append([]string{"check"}, tc.args...)...)
			assert.Equal(t, tc.code, res.code, "stdout: %s\nstderr: %s", res.stdout, res.stderr)
			if tc.errPart != "" {
				assert.Contains(t, res.stderr, tc.errPart)
			} else {
				assert.Empty(t, res.stderr)
			}
		})
	}
}

func TestCheckRuleFailureIsAnInputError(t *testing.T) {
	bad := phraseRule("panicky", "style/panic", checker.Minor, "PANIK", "Panik.")
	check := bad.Check
	bad.Check = func(p *checker.Pass) {
		if strings.Contains(p.Doc.Text, "PANIK") {
			panic("boom")
		}
		check(p)
	}
	e := &env{stdin: strings.NewReader("{\"id\": \"p\", \"text\": \"PANIK\"}\n{\"id\": \"ok\", \"text\": \"Gut.\"}\n"),
		rules: []checker.Rule{bad}}
	res := runEnv(t, e, "check", "--input", "jsonl", "--format", "jsonl")
	assert.Equal(t, exitTrouble, res.code)
	recs := decodeLines(t, res.stdout)
	require.Len(t, recs, 2)
	assert.Contains(t, recs[0].Error, `rule "panicky" failed: boom`)
	assert.True(t, recs[1].Passed)
}

func TestCheckEmptyRuleSet(t *testing.T) {
	res := runEnv(t, &env{stdin: strings.NewReader("sagte sagte KAPUTT"), rules: []checker.Rule{}}, "check")
	assert.Equal(t, exitOK, res.code)
	assert.Contains(t, res.stdout, "1 Dokument, 0 nicht bestanden, 0 Befunde, 3 Wörter")
}

func TestCheckUnreadableFileDoesNotStopTheRun(t *testing.T) {
	dir := t.TempDir()
	good := filepath.Join(dir, "good.txt")
	require.NoError(t, os.WriteFile(good, []byte("Er sagte sagte es.\n"), 0o644))
	missing := filepath.Join(dir, "missing.txt")

	res := runWith(t, nil, "check", missing, good)
	assert.Equal(t, exitTrouble, res.code)
	assert.Equal(t, missing+": error: no such file or directory\n", res.stderr)
	assert.Contains(t, res.stdout, good+":1:4: major double-said: Doppeltes Redeverb.\n    Vorschlag: sagte\n")
	assert.Contains(t, res.stdout, "2 Dokumente, 1 nicht bestanden, 1 nicht prüfbar, 1 Befund, 4 Wörter\n")

	res = runWith(t, nil, "check", "--format", "json", missing, good)
	assert.Equal(t, exitTrouble, res.code)
	assert.Empty(t, res.stderr, "json reports errors as records")
	r := decodeReport(t, res.stdout)
	require.Len(t, r.Documents, 2)
	assert.Equal(t, missing, r.Documents[0].ID)
	assert.Contains(t, r.Documents[0].Error, "no such file")
	assert.Equal(t, good, r.Documents[1].ID)
	assert.Len(t, r.Documents[1].Findings, 1)
	assert.Equal(t, 1, r.Summary.Failed)
	assert.Equal(t, 1, r.Summary.Errors)
}

// TestCheckErrorRecordsHaveNoScore checks, through every format, that a
// document that could not be checked has no score and counts as an error,
// not as a failed document.
func TestCheckErrorRecordsHaveNoScore(t *testing.T) {
	in := strings.Join([]string{
		`{"id": "ok", "text": "Gut."}`,
		`{"id": "bad", "text": "Er sagte sagte es."}`,
		`{"id": "broken", "text": 3}`,
	}, "\n")
	errorKeys := []string{"error", "findings", "id", "paragraphs", "path"}
	checkedKeys := []string{"findings", "format", "id", "paragraphs", "passed", "path", "penalty", "penalty_per_1000_words",
		"score", "words"}
	tests := []struct {
		format string
		verify func(t *testing.T, stdout string)
	}{
		{format: "json", verify: func(t *testing.T, stdout string) {
			var raw struct {
				Documents []map[string]any
				Summary   map[string]any
			}
			require.NoError(t, json.Unmarshal([]byte(stdout), &raw))
			require.Len(t, raw.Documents, 3)
			assert.Equal(t, checkedKeys, sortedKeys(raw.Documents[0]))
			assert.Equal(t, checkedKeys, sortedKeys(raw.Documents[1]))
			assert.Equal(t, false, raw.Documents[1]["passed"])
			assert.Equal(t, 0.0, raw.Documents[1]["score"], "a score of 0 is kept")
			assert.Equal(t, errorKeys, sortedKeys(raw.Documents[2]))
			for k, v := range map[string]any{"documents": 3.0, "passed": 1.0, "failed": 1.0, "errors": 1.0, "findings": 1.0, "words": 5.0} {
				assert.Equal(t, v, raw.Summary[k], k)
			}
		}},
		{format: "jsonl", verify: func(t *testing.T, stdout string) {
			var keys [][]string
			for line := range strings.Lines(stdout) {
				var raw map[string]any
				require.NoError(t, json.Unmarshal([]byte(line), &raw))
				keys = append(keys, sortedKeys(raw))
			}
			assert.Equal(t, [][]string{checkedKeys, checkedKeys, errorKeys}, keys)
		}},
		{format: "text", verify: func(t *testing.T, stdout string) {
			assert.Contains(t, stdout, "3 Dokumente, 1 nicht bestanden, 1 nicht prüfbar, 1 Befund, 5 Wörter\n")
		}},
	}
	for _, tc := range tests {
		t.Run(tc.format, func(t *testing.T) {
			res := runWith(t, strings.NewReader(in), "check", "--input", "jsonl", "--format", tc.format)
			assert.Equal(t, exitTrouble, res.code)
			tc.verify(t, res.stdout)
		})
	}
}

func TestCheckDirectoryWalk(t *testing.T) {
	dir := t.TempDir()
	files := map[string]string{
		"b.md": "B.", "a.txt": "A.", "sub/z.txt": "Z.", "sub/deep/y.md": "Y.",
		"ignored.go": "package x", "sub/records.jsonl": `{"id": "r1", "text": "R."}`, ".hidden/h.txt": "H.",
	}
	for name, content := range files {
		p := filepath.Join(dir, filepath.FromSlash(name))
		require.NoError(t, os.MkdirAll(filepath.Dir(p), 0o755))
		require.NoError(t, os.WriteFile(p, []byte(content), 0o644))
	}
	res := runWith(t, nil, "check", "--format", "json", "--jobs", "3", dir)
	require.Equal(t, exitOK, res.code, res.stderr)
	r := decodeReport(t, res.stdout)
	var got, formats []string
	for _, d := range r.Documents {
		rel, err := filepath.Rel(dir, d.Path)
		require.NoError(t, err)
		got = append(got, filepath.ToSlash(rel)+"#"+strings.TrimPrefix(d.ID, d.Path))
		formats = append(formats, d.Format)
	}
	assert.Equal(t, []string{"a.txt#", "b.md#", "sub/deep/y.md#", "sub/records.jsonl#r1", "sub/z.txt#"}, got,
		"every supported file, in walk order; a JSONL file yields its records")
	assert.Equal(t, []string{"text", "markdown", "markdown", "text", "text"}, formats)
	assert.Equal(t, 5, r.Summary.Documents)
	assert.Equal(t, 5, r.Summary.Words)
	assert.Equal(t, "mtcheck: passed over 1 file of a format mtcheck does not read (-v lists them)\n", res.stderr,
		"hidden files are not reported")

	res = runWith(t, nil, "check", "--format", "json", "-v", dir)
	assert.Contains(t, res.stderr, filepath.Join(dir, "ignored.go")+" (unsupported extension)")
}

func TestCheckJSONSchemaNames(t *testing.T) {
	res := runWith(t, strings.NewReader("Titel\n\nEr sagte sagte es ähm."), "check", "--format", "json")
	require.Equal(t, exitFailed, res.code)
	var raw map[string]any
	require.NoError(t, json.Unmarshal([]byte(res.stdout), &raw))
	assert.Equal(t, []string{"documents", "summary", "version"}, sortedKeys(raw))
	assert.Equal(t, 1.0, raw["version"])
	assert.Equal(t, []string{"by_category", "by_rule", "by_severity", "documents", "errors", "failed", "findings", "passed",
		"words", "worst", "worst_paragraphs"}, sortedKeys(raw["summary"].(map[string]any)))
	doc := raw["documents"].([]any)[0].(map[string]any)
	assert.Equal(t, []string{"findings", "format", "id", "paragraphs", "passed", "path", "penalty", "penalty_per_1000_words",
		"score", "words"}, sortedKeys(doc))
	assert.Equal(t, "-", doc["id"])
	assert.Equal(t, "-", doc["path"])
	para := doc["paragraphs"].([]any)[0].(map[string]any)
	assert.Equal(t, []string{"end", "headline", "index", "line", "penalty", "score", "start", "words"}, sortedKeys(para))
	assert.Equal(t, true, para["headline"])
	fs := doc["findings"].([]any)
	require.Len(t, fs, 2)
	assert.Equal(t, []string{"about", "category", "column", "end", "line", "message", "paragraph", "rule", "severity", "start",
		"suggestions", "text"}, sortedKeys(fs[0].(map[string]any)))
	assert.Equal(t, "major", fs[0].(map[string]any)["severity"])

	r := decodeReport(t, res.stdout)
	assert.Equal(t, 6, r.Summary.Words)
	assert.Equal(t, 6, r.Documents[0].Penalty)
	assert.Equal(t, 0.0, r.Documents[0].Score)
	assert.Equal(t, 1000.0, r.Documents[0].Per1000)
	assert.Equal(t, 1, r.Documents[0].Findings[1].Paragraph)

	// A document without paragraphs or findings still has [] rather than null.
	res = runWith(t, strings.NewReader(""), "check", "--format", "jsonl")
	assert.Contains(t, res.stdout, `"paragraphs":[],"findings":[]`)
}

func sortedKeys(m map[string]any) []string {
	var out []string
	for k := range m {
		out = append(out, k)
	}
	slicesSort(out)
	return out
}

// spanText has findings on several lines, after multi-byte characters.
const spanText = "Überschrift mit ähm\n\nDer Bürgermeister 🙂 sagte sagte, dass ähm alles gut sei. Er sagte sagte es.\n„Ähm“ — nein: ähm.\n\n• Punkt ähm sagte sagte KAPUTT\n"

// TestFindingSpansAllFormats checks every finding of every output format
// against the input: text == input[start:end], line and column from checker.
func TestFindingSpansAllFormats(t *testing.T) {
	li := checker.NewLineIndex(spanText)
	const want = 8 // 3 × "sagte sagte", 4 × "ähm", 1 × "KAPUTT"
	verify := func(t *testing.T, fs []checker.Finding) {
		require.Len(t, fs, want)
		for _, f := range fs {
			require.True(t, 0 <= f.Start && f.Start < f.End && f.End <= len(spanText), "%+v", f)
			assert.Equal(t, spanText[f.Start:f.End], f.Text)
			assert.Equal(t, li.Position(f.Start), f.Position, "%+v", f)
		}
	}
	jsonlIn, err := json.Marshal(map[string]string{"id": "x", "text": spanText})
	require.NoError(t, err)

	var fromJSON []checker.Finding
	t.Run("json", func(t *testing.T) {
		res := runWith(t, strings.NewReader(spanText), "check", "--format", "json")
		r := decodeReport(t, res.stdout)
		require.Len(t, r.Documents, 1)
		fromJSON = r.Documents[0].Findings
		verify(t, fromJSON)
	})
	t.Run("jsonl", func(t *testing.T) {
		res := runWith(t, strings.NewReader(spanText), "check", "--format", "jsonl")
		recs := decodeLines(t, res.stdout)
		require.Len(t, recs, 1)
		verify(t, recs[0].Findings)
	})
	t.Run("jsonl input", func(t *testing.T) {
		res := runWith(t, strings.NewReader(string(jsonlIn)+"\n"), "check", "--input", "jsonl", "--format", "json")
		r := decodeReport(t, res.stdout)
		require.Len(t, r.Documents, 1)
		assert.Equal(t, "x", r.Documents[0].ID)
		verify(t, r.Documents[0].Findings)
	})
	t.Run("text", func(t *testing.T) {
		res := runWith(t, strings.NewReader(spanText), "check")
		re := regexp.MustCompile(`(?m)^-:(\d+):(\d+): (minor|major|critical) ([a-z-]+): `)
		ms := re.FindAllStringSubmatch(res.stdout, -1)
		require.Len(t, ms, want)
		require.Len(t, fromJSON, want)
		for i, m := range ms {
			f := fromJSON[i]
			line, _ := strconv.Atoi(m[1])
			col, _ := strconv.Atoi(m[2])
			assert.Equal(t, li.Position(f.Start), checker.Position{Line: line, Column: col})
			assert.Equal(t, f.Severity.String(), m[3])
			assert.Equal(t, f.Rule, m[4])
		}
		assert.Contains(t, res.stdout, "    Vorschläge: heil | ganz\n")
	})
}

func TestCheckTextReport(t *testing.T) {
	res := runWith(t, strings.NewReader("Titel\n\nEr sagte sagte es heute."), "check")
	assert.Equal(t, exitFailed, res.code)
	assert.Equal(t, `-:3:4: major double-said: Doppeltes Redeverb.
    Vorschlag: sagte
  Absatz 2, Zeile 3: 0 (5 Wörter, Abzug 5)
-: 16,7 Punkte, Abzug 5 (833,3 je 1.000 Wörter), 6 Wörter, nicht bestanden
1 Dokument, 1 nicht bestanden, 1 Befund, 6 Wörter
`, res.stdout, "German numbers; only paragraphs with findings")

	verbose := runWith(t, strings.NewReader("Titel\n\nEr sagte sagte es heute."), "check", "-v")
	assert.Contains(t, verbose.stdout, "  Absatz 1, Zeile 1: 100 (1 Wort, Abzug 0, Überschrift)\n", "-v lists every paragraph")

	colour := runEnv(t, &env{stdin: strings.NewReader("Er sagte sagte es."), rules: testRules(), color: true}, "check")
	assert.Contains(t, colour.stdout, "\x1b[31mmajor\x1b[0m")
	assert.NotContains(t, res.stdout, "\x1b[")
}

func TestCheckJSONLInputErrorsKeepIDs(t *testing.T) {
	in := strings.Join([]string{
		`{"id": "a", "text": "Gut."}`,
		`{"id": "b", "text": "` + strings.Repeat("x", 100) + `"}`,
		``,
		"{\"id\": \"c\", \"text\": \"\xff\"}",
		`{"id": "d"}`,
		`{"text": "ohne id"}`,
	}, "\n")
	res := runWith(t, strings.NewReader(in), "check", "--input", "jsonl", "--format", "jsonl", "--max-bytes", "60")
	assert.Equal(t, exitTrouble, res.code)
	recs := decodeLines(t, res.stdout)
	require.Len(t, recs, 5, "the blank line is skipped")
	var ids, errs []string
	for _, r := range recs {
		ids = append(ids, r.ID)
		errs = append(errs, r.Error)
		assert.Equal(t, "-", r.Path)
	}
	assert.Equal(t, []string{"a", "#2", "c", "d", "#6"}, ids)
	assert.Equal(t, []string{"", "line 2 is longer than the limit of 60 bytes (--max-bytes)",
		"invalid UTF-8 at byte offset 21 of the line", `missing "text"`, ""}, errs)
}

// TestCheckJSONL100k streams 100,000 JSONL lines through run: every line
// yields one record, in order, and bad lines make the exit code 2.
func TestCheckJSONL100k(t *testing.T) {
	const n = 100000
	var in strings.Builder
	in.Grow(n * 40)
	wantErr := func(i int) bool { return i%1000 == 500 || i%1000 == 700 }
	for i := range n {
		switch {
		case i%1000 == 500:
			in.WriteString(`{"id": "d` + strconv.Itoa(i) + `", "text": ` + "\n") // malformed
		case i%1000 == 700:
			in.WriteString(`{"id": "d` + strconv.Itoa(i) + "\", \"text\": \"a\xe4b\"}\n") // Latin-1, not UTF-8
		case i%3 == 0:
			in.WriteString(`{"id": "d` + strconv.Itoa(i) + `", "text": "Er sagte sagte es."}` + "\n")
		default:
			in.WriteString(`{"id": "d` + strconv.Itoa(i) + `", "text": "Gut."}` + "\n")
		}
	}
	start := time.Now()
	res := runWith(t, strings.NewReader(in.String()), "check", "--input", "jsonl", "--format", "jsonl")
	t.Logf("run: %v", time.Since(start))
	assert.Equal(t, exitTrouble, res.code)
	assert.Empty(t, res.stderr)
	// Records are checked by prefix, since the record encoding is fixed
	// ({"id":…,"path":…, …}), and decoded only where an error is expected:
	// this loop runs 100,000 times under -race.
	i := 0
	for line := range strings.Lines(res.stdout) {
		wantID := "d" + strconv.Itoa(i)
		if i%1000 == 500 {
			wantID = "#" + strconv.Itoa(i+1) // malformed: the id could not be read
		}
		prefix := `{"id":"` + wantID + `","path":"-",`
		passed := strings.Contains(line, `"passed":true,`)
		hasErr := strings.Contains(line, `"error":`)
		if !strings.HasPrefix(line, prefix) || hasErr != wantErr(i) || passed != (!wantErr(i) && i%3 != 0) {
			t.Fatalf("record %d = %s, want id %q, error %v", i, line, wantID, wantErr(i))
		}
		if wantErr(i) {
			var r docRecord
			require.NoError(t, json.Unmarshal([]byte(line), &r))
			require.Equal(t, wantID, r.ID)
			require.NotEmpty(t, r.Error)
		}
		i++
	}
	assert.Equal(t, n, i)
}

// TestCheckStopsWhenTheContextIsCancelled: the context of run (in main, the
// one Ctrl-C and SIGTERM cancel) reaches the batch, which stops and exits 2.
func TestCheckStopsWhenTheContextIsCancelled(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	dir := t.TempDir()
	for _, name := range []string{"a.txt", "b.txt"} {
		require.NoError(t, os.WriteFile(filepath.Join(dir, name), []byte("Er sagte sagte es.\n"), 0o644))
	}
	r := runEnv(t, &env{ctx: ctx, rules: testRules()}, "check", "--format", "jsonl", dir)
	assert.Equal(t, exitTrouble, r.code)
	assert.Equal(t, "mtcheck: context canceled\n", r.stderr)
	assert.Empty(t, r.stdout, "no document is checked")
}
