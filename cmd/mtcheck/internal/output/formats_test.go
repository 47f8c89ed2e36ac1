package output

import (
	"bytes"
	"encoding/csv"
	"errors"
	"math/rand"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/mtcheck/mtcheck/checker"
)

func TestNumbers(t *testing.T) {
	de, plain := numbers{}, numbers{plain: true}
	tests := []struct {
		v         float64
		de, plain string
	}{
		{86.7, "86,7", "86.7"}, {100, "100", "100"}, {0, "0", "0"}, {1234, "1.234", "1234"},
		{1234.5, "1.234,5", "1234.5"}, {999.95, "1.000", "1000"}, {1234567.25, "1.234.567,3", "1234567.3"},
		{-12345.6, "-12.345,6", "-12345.6"}, {833.3333, "833,3", "833.3"},
	}
	for _, tc := range tests {
		assert.Equal(t, tc.de, de.dec(tc.v), "%v", tc.v)
		assert.Equal(t, tc.plain, plain.dec(tc.v), "%v", tc.v)
	}
	ints := map[int]string{0: "0", 999: "999", 1000: "1.000", 1234: "1.234", 12345: "12.345", 123456: "123.456",
		1234567: "1.234.567", -1234: "-1.234"}
	for v, want := range ints {
		assert.Equal(t, want, de.int(v))
	}
	assert.Equal(t, "1 Wort", de.count(1, "Wort", "Wörter"))
	assert.Equal(t, "1.234 Wörter", de.count(1234, "Wort", "Wörter"))
	assert.Equal(t, "0 Wörter", de.count(0, "Wort", "Wörter"))
	assert.Equal(t, "2,50", de.seconds(2.5))
	assert.Equal(t, "12,5", de.seconds(12.5))
	assert.Equal(t, "0.04", plain.seconds(0.04))
}

func TestLineWriter(t *testing.T) {
	var out bytes.Buffer
	recs := []*Record{
		check(t, "a.txt", "a.txt", "Er kam am May 1, 2020.\nMr. Musk sagte die Chefin sagte sie es."),
		ErrorRecord("b.txt", "b.txt", errors.New("zu groß\nzweite Zeile")),
		check(t, "x", "in.jsonl", "KAPUTT"),
	}
	runWriter(t, NewLine(&out), recs...)
	assert.Equal(t, `a.txt:1:11: english-date: Englisches Datumsformat: „May 1, 2020“.
a.txt:2:1: honorific: Englische Anrede: „Mr. Musk“.
a.txt:2:10: dup-verb: Doppeltes Redeverb: „sagte die Chefin sagte sie“; eine Redeeinleitung streichen.
b.txt: error: zu groß zweite Zeile
in.jsonl[x]:1:1: fatal: Sinn verkehrt.
`, out.String())
}

func TestCSVWriter(t *testing.T) {
	var out bytes.Buffer
	item := check(t, "urn:1", "https://example.org/feed.xml", "Mr. Musk sagte der Chef sagte er.")
	item.Feed, item.ItemID, item.Link, item.Format = "https://example.org/feed.xml", "urn:1", "https://example.org/1", "html"
	item.Title = "Komma, \"Zitat\" und\nZeilenumbruch"
	recs := []*Record{
		item,
		ErrorRecord("b,c.txt", "b,c.txt", errors.New(`kaputt: "x"`)),
		check(t, "gut.txt", "gut.txt", "Alles gut."),
	}
	runWriter(t, NewCSV(&out), recs...)
	assert.Contains(t, out.String(), `"Komma, ""Zitat"" und`+"\n"+`Zeilenumbruch"`, "RFC 4180 quoting")
	rows, err := csv.NewReader(strings.NewReader(out.String())).ReadAll()
	require.NoError(t, err)
	require.Len(t, rows, 4)
	assert.Equal(t, CSVHeader, rows[0])
	field := func(row []string, name string) string {
		for i, h := range CSVHeader {
			if h == name {
				return row[i]
			}
		}
		t.Fatalf("no column %s", name)
		return ""
	}
	assert.Equal(t, []string{"urn:1", "https://example.org/feed.xml", "14.3", "7", "2", "6", "857.1", "false", "0", "1", "1",
		"dup-verb", "html", "https://example.org/feed.xml", "urn:1", "https://example.org/1", item.Title, ""}, rows[1])
	assert.Equal(t, "b,c.txt", field(rows[2], "id"))
	assert.Equal(t, `kaputt: "x"`, field(rows[2], "error"))
	assert.Equal(t, "", field(rows[2], "score"), "no score for an error record")
	assert.Equal(t, "", field(rows[2], "passed"))
	assert.Equal(t, "true", field(rows[3], "passed"))
	assert.Equal(t, "", field(rows[3], "top_rule"))

	out.Reset()
	runWriter(t, NewCSV(&out))
	assert.Equal(t, strings.Join(CSVHeader, ",")+"\n", out.String(), "the header even without documents")
}

func TestGitHubEscaping(t *testing.T) {
	tests := []struct{ in, data, prop string }{
		{"plain", "plain", "plain"},
		{"100% sicher", "100%25 sicher", "100%25 sicher"},
		{"a\nb\r\nc", "a%0Ab%0D%0Ac", "a%0Ab%0D%0Ac"},
		{"rule: title, more", "rule: title, more", "rule%3A title%2C more"},
		{"%0A literal", "%250A literal", "%250A literal"},
		{"::error::", "::error::", "%3A%3Aerror%3A%3A"},
	}
	for _, tc := range tests {
		assert.Equal(t, tc.data, escapeData(tc.in), tc.in)
		assert.Equal(t, tc.prop, escapeProperty(tc.in), tc.in)
	}
}

func TestGitHubWriter(t *testing.T) {
	dir := t.TempDir()
	summary := filepath.Join(dir, "step-summary.md")
	require.NoError(t, os.WriteFile(summary, []byte("# Vorher\n"), 0o644))
	opt := testOptions(t)
	opt.WorkDir = "/work/news"
	opt.StepSummary = summary
	var out bytes.Buffer
	recs := []*Record{
		check(t, "/work/news/a,b.txt", "/work/news/a,b.txt", "Er kam am May 1, 2020.\n\nDann sagte der Chef sagte er: KAPUTT 100%."),
		check(t, "-", "-", "Mr. Musk | sagte es."),
		ErrorRecord("c.txt", "c.txt", errors.New("invalid UTF-8\nat byte 3")),
	}
	runWriter(t, NewGitHub(&out, opt), recs...)
	assert.Equal(t, `::error file=a%2Cb.txt,line=3,col=31,endLine=3,endColumn=36,title=fatal%3A Meaning reversed::Sinn verkehrt.%0AVorschläge: heil | ganz
::error file=a%2Cb.txt,line=3,col=6,endLine=3,endColumn=28,title=dup-verb%3A Two reporting clauses for one quotation::Doppeltes Redeverb: „sagte der Chef sagte er“; eine Redeeinleitung streichen.%0AVorschlag: sagte der Chef%0ASiehe Zeile 3, Spalte 6: Erste Redeeinleitung: „sagte der Chef“
::warning file=a%2Cb.txt,line=1,col=11,endLine=1,endColumn=21,title=english-date%3A English date format::Englisches Datumsformat: „May 1, 2020“.%0AVorschlag: 1. Mai 2020
::warning title=honorific%3A English honorific before a name::-: Englische Anrede: „Mr. Musk“.%0AVorschläge: Herr Musk | Musk%0AAuch gemeldet von: english-title
::error file=c.txt,title=mtcheck%3A nicht prüfbar::invalid UTF-8%0Aat byte 3
`, out.String(), "worst first within a document, by severity then position; no file for standard input")

	md, err := os.ReadFile(summary)
	require.NoError(t, err)
	s := string(md)
	assert.True(t, strings.HasPrefix(s, "# Vorher\n## mtcheck-Bericht\n"), "appended")
	for _, want := range []string{
		"| 3 | 0 | 2 | 1 | 4 | 18 |",
		"### Schlechteste Dokumente",
		"#### /work/news/a,b.txt: 0 Punkte, nicht bestanden",
		"| 3 | 31 | critical | fatal | KAPUTT | Sinn verkehrt. | heil \\| ganz |",
		"| 1 | 1 | minor | honorific | Mr. Musk | Englische Anrede: „Mr. Musk“. | Herr Musk \\| Musk |",
		"#### c.txt: nicht prüfbar\n\ninvalid UTF-8 at byte 3\n",
		"### Befunde nach Kategorie",
	} {
		assert.True(t, strings.Contains(s, want), "job summary lacks %q:\n%s", want, s)
	}
}

func TestGitHubWithoutStepSummary(t *testing.T) {
	var out bytes.Buffer
	runWriter(t, NewGitHub(&out, Options{}), check(t, "a.txt", "a.txt", "Mr. Musk kam."))
	assert.Equal(t, "::warning file=a.txt,line=1,col=1,endLine=1,endColumn=8,title=honorific::Englische Anrede: „Mr. Musk“.%0AVorschläge: Herr Musk | Musk%0AAuch gemeldet von: english-title\n",
		out.String(), "without rules the title is the rule ID")
}

func TestGitHubStepSummaryBudget(t *testing.T) {
	summary := filepath.Join(t.TempDir(), "s.md")
	w := NewGitHub(&bytes.Buffer{}, Options{StepSummary: summary})
	rec := check(t, "a.txt", "a.txt", strings.Repeat("Mr. Musk kam am May 1, 2020. ", 200))
	var s Summary
	for range 200 {
		s.Add(rec)
		require.NoError(t, w.Write(rec))
	}
	require.NoError(t, w.Close(s))
	fi, err := os.Stat(summary)
	require.NoError(t, err)
	assert.Less(t, fi.Size(), int64(1<<20), "GitHub takes at most 1 MiB")
	md, _ := os.ReadFile(summary)
	assert.Contains(t, string(md), "weitere Dokumente mit Befunden sind hier nicht aufgeführt")
}

// TestSummaryBounded: a run of 10,000 records keeps only the 10 worst
// documents and paragraphs, worst first, ties in input order.
func TestSummaryBounded(t *testing.T) {
	var s Summary
	rng := rand.New(rand.NewSource(1))
	var scores []float64
	for i := range 10000 {
		score := float64(rng.Intn(1000)) / 10
		scores = append(scores, score)
		r := &Record{ID: "d", Path: "p",
			DocScore: checker.DocScore{Score: score, Penalty: 100 - int(score), Words: 100},
			Findings: []checker.Finding{{Rule: "r", Category: "style/x", Severity: checker.Minor}},
			Paragraphs: []checker.ParagraphScore{{Index: 0, Score: score, Penalty: 1, Line: i + 1},
				{Index: 1, Score: 100, Penalty: 0}}}
		s.Add(r)
		require.LessOrEqual(t, len(s.docs), WorstN)
		require.LessOrEqual(t, cap(s.docs), WorstN)
		require.LessOrEqual(t, cap(s.paras), WorstN)
	}
	worst := s.Worst()
	require.Len(t, worst, WorstN)
	slicesSortFloat(scores)
	for i, w := range worst {
		assert.Equal(t, scores[i], w.Score, "rank %d", i)
		if i > 0 {
			assert.LessOrEqual(t, worst[i-1].Score, w.Score)
			if worst[i-1].Score == w.Score {
				assert.Less(t, worst[i-1].Seq, w.Seq, "ties in input order")
			}
		}
	}
	paras := s.WorstParagraphs()
	require.Len(t, paras, WorstN)
	assert.Equal(t, scores[0], paras[0].Score)
	assert.Equal(t, 10000, s.Documents)
	assert.Equal(t, 10000, s.ByRule["r"])
}

func slicesSortFloat(s []float64) {
	for i := 1; i < len(s); i++ {
		for j := i; j > 0 && s[j] < s[j-1]; j-- {
			s[j], s[j-1] = s[j-1], s[j]
		}
	}
}

func TestTextAuditSummary(t *testing.T) {
	t0 := time.Date(2026, 1, 2, 3, 4, 5, 0, time.UTC)
	opt := testOptions(t)
	opt.Start, opt.Now = t0, func() time.Time { return t0.Add(2500 * time.Millisecond) }
	var out, errOut bytes.Buffer
	runWriter(t, NewText(&out, &errOut, opt), sampleRecords(t)...)
	s := out.String()
	audit := s[strings.Index(s, "\nZusammenfassung\n"):]
	assert.Equal(t, `
Zusammenfassung
Schlechteste Dokumente:
     0 Punkte  - (2 Befunde: fatal 1×, dup-verb 1×)
    40 Punkte  https://example.org/feed.xml[https://example.org/news/42] (2 Befunde: leftover 1×, english-date 1×)
    75 Punkte  feeds/export.jsonl[item-7] (3 Befunde: honorific 1×, english-date 1×, glued 1×)
  77,8 Punkte  alt/latin1.txt (2 Befunde: honorific 1×, english-date 1×)
  83,1 Punkte  korpus/artikel 1.txt (10 Befunde: leftover 2×, dup-verb 1×, honorific 2×)
Schlechteste Absätze:
     0 Punkte  -:1  Er sagte sagte es. Dann sagte die Ministerin …
     0 Punkte  korpus/artikel 1.txt:9  Bildquelle, Getty Images
     0 Punkte  korpus/artikel 1.txt:15  Twitter-Inhalte überspringen, 1
     0 Punkte  https://example.org/feed.xml[https://example.org/news/42]:1  Bildquelle, Reuters
  72,4 Punkte  korpus/artikel 1.txt:7  „Wir glauben an den Standort“, sagte der Vorstandschef …
  72,7 Punkte  feeds/export.jsonl[item-7]:3  Mr. Musk schrieb am November 23, 2024 einen …
  77,8 Punkte  alt/latin1.txt:1  Über Mr. Müller schrieb man am May 1, …
    80 Punkte  korpus/artikel 1.txt:3  Neue Batteriefabrik in Sachsen geplant
  87,5 Punkte  https://example.org/feed.xml[https://example.org/news/42]:3  Die Börse schloss am June 5, 2024 fester.
  94,4 Punkte  korpus/artikel 1.txt:13  Kritiker bemängeln den hohen Wasserverbrauch der Anlage. In …
Befunde nach Regel:
  english-date:  4
  honorific:     4
  leftover:      3
  dup-verb:      2
  glued:         2
  crossing:      1
  dup-paragraph: 1
  fatal:         1
  nested-word:   1
Befunde nach Kategorie:
  locale/date-format:         4
  locale/honorific:           4
  markup/leftover:            3
  fluency/duplicate-verb:     2
  fluency/spelling:           2
  accuracy/mistranslation:    1
  fluency/word-order:         1
  markup/duplicate-paragraph: 1
  style/calque:               1
Befunde nach Schweregrad: critical 1, major 5, minor 13
Dokumente: 1 bestanden, 5 nicht bestanden, 1 nicht prüfbar
Wörter: 182 in 2,50 s, 73 Wörter/s

7 Dokumente, 5 nicht bestanden, 1 nicht prüfbar, 19 Befunde, 182 Wörter
`, audit)
	assert.Equal(t, "kaputt.txt: error: invalid UTF-8 at byte offset 17\n", errOut.String())
	assert.Contains(t, s, "korpus/artikel 1.txt: 83,1 Punkte, Abzug 22 (169,2 je 1.000 Wörter), 130 Wörter, nicht bestanden\n")
	assert.NotContains(t, s, "Absatz 1, Zeile 1: 100 (5 Wörter", "no line for a paragraph without findings")
	assert.Contains(t, s, "  Absatz 4, Zeile 7: 72,4 (29 Wörter, Abzug 8)\n")

	out.Reset()
	runWriter(t, NewText(&out, &errOut, Options{}), sampleRecords(t)[0])
	assert.NotContains(t, out.String(), "Zusammenfassung", "no audit summary for one document")
	out.Reset()
	runWriter(t, NewText(&out, &errOut, Options{Summary: SummaryOn}), sampleRecords(t)[0])
	assert.Contains(t, out.String(), "\nZusammenfassung\n", "unless asked for")
}

func TestTee(t *testing.T) {
	var a, b bytes.Buffer
	w := Tee(NewLine(&a), NewCSV(&b))
	runWriter(t, w, check(t, "a.txt", "a.txt", "Mr. Musk kam."))
	assert.Equal(t, "a.txt:1:1: honorific: Englische Anrede: „Mr. Musk“.\n", a.String())
	assert.Equal(t, 2, strings.Count(b.String(), "\n"), "header and one row")
}
