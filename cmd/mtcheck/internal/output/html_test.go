package output

import (
	"bytes"
	"errors"
	"fmt"
	"regexp"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/mtcheck/mtcheck/checker"
	"github.com/mtcheck/mtcheck/checker/checkertest"
)

// renderHTML renders records as an HTML report.
func renderHTML(t testing.TB, opt Options, recs ...*Record) string {
	t.Helper()
	var out bytes.Buffer
	runWriter(t, NewHTML(&out, opt), recs...)
	return out.String()
}

// batchRecords returns n records of generated German news text (about 1.5
// to 3 KB each, with the artifacts the test rules find); every 97th is an
// error record. It checks at most 100 distinct texts and gives them new
// names, since writers only read records.
func batchRecords(t testing.TB, n int) []*Record {
	t.Helper()
	const distinct = 100
	checked := make([]*Record, min(n, distinct))
	recs := make([]*Record, n)
	for i := range recs {
		name := fmt.Sprintf("batch/doc-%04d.txt", i)
		if i%97 == 96 {
			recs[i] = ErrorRecord(name, name, errors.New("invalid UTF-8 at byte offset 42"))
			continue
		}
		k := i % distinct
		if checked[k] == nil {
			checked[k] = check(t, "", "", checkertest.GermanText(1500+k%7*250, int64(k)))
		}
		r := *checked[k]
		r.ID, r.Path = name, name
		recs[i] = &r
	}
	return recs
}

var (
	markOpen     = regexp.MustCompile(`<mark class="finding `)
	markAny      = regexp.MustCompile(`<mark\b[^>]*>|</mark>`)
	externalTags = regexp.MustCompile(`(?i)<(img|iframe|frame|object|embed|video|audio|source|track|link|base|input type="image")\b` +
		`|<[a-z][^>]*\s(src|srcset|poster|background|data|action|formaction|ping)\s*=` + `|http-equiv="refresh"`)
	styleBlocks  = regexp.MustCompile(`(?s)<style>(.*?)</style>`)
	scriptBlocks = regexp.MustCompile(`(?s)<script>(.*?)</script>`)
	cssLoads     = regexp.MustCompile(`(?i)url\s*\(|@import|image-set\s*\(`)
	jsLoads      = regexp.MustCompile(`\bfetch\s*\(|XMLHttpRequest|\bimport\s*\(|new\s+(Worker|WebSocket|EventSource|Image)\b|\.src\s*=|sendBeacon|createElement`)
)

// assertSelfContained checks that a report loads nothing: no element with a
// source, no CSS url() or @import, no script that fetches.
func assertSelfContained(t *testing.T, html string) {
	t.Helper()
	assert.Empty(t, externalTags.FindAllString(html, 5), "elements that load resources")
	styles := styleBlocks.FindAllStringSubmatch(html, -1)
	require.Len(t, styles, 1, "one inline style sheet")
	assert.Empty(t, cssLoads.FindAllString(styles[0][1], -1), "CSS that loads resources")
	assert.NotContains(t, html, " style=", "no inline style attributes")
	scripts := scriptBlocks.FindAllStringSubmatch(html, -1)
	require.Len(t, scripts, 1, "one inline script")
	assert.Empty(t, jsLoads.FindAllString(scripts[0][1], -1), "script that loads resources")
	assert.Equal(t, 1, strings.Count(html, "<script"), "no other script element")
	assert.Contains(t, html, `http-equiv="Content-Security-Policy" content="default-src 'none';`)
}

// assertMarks checks that every finding has exactly one first mark and that
// marks nest properly inside every text block.
func assertMarks(t *testing.T, html string, findings int) {
	t.Helper()
	assert.Equal(t, findings, len(markOpen.FindAllString(html, -1)), "one <mark class=\"finding …\"> per finding")
	depth := 0
	for _, tag := range markAny.FindAllString(html, -1) {
		if tag == "</mark>" {
			depth--
		} else {
			depth++
		}
		require.GreaterOrEqual(t, depth, 0, "a mark closed that was not open")
	}
	assert.Zero(t, depth, "every mark is closed")
	ids := regexp.MustCompile(`<mark class="finding [^"]*" id="([^"]+)"`).FindAllStringSubmatch(html, -1)
	links := map[string]bool{}
	for _, l := range regexp.MustCompile(`href="#([^"]+)"`).FindAllStringSubmatch(html, -1) {
		links[l[1]] = true
	}
	seen := map[string]bool{}
	for _, id := range ids {
		if seen[id[1]] || !links[id[1]] {
			t.Fatalf("mark id %s is repeated or not linked from the side list", id[1])
		}
		seen[id[1]] = true
	}
	assert.Len(t, ids, findings)
}

func TestHTMLReport(t *testing.T) {
	recs := sampleRecords(t)
	html := renderHTML(t, testOptions(t), recs...)
	assert.True(t, utf8.ValidString(html), "valid UTF-8")
	assertSelfContained(t, html)
	assertMarks(t, html, countFindings(recs))
	assert.True(t, strings.HasPrefix(html, "<!DOCTYPE html>\n<html lang=\"de\">"))
	assert.True(t, strings.HasSuffix(html, "</html>\n"))

	// German UI, numbers and the summary.
	for _, want := range []string{
		"<h2>Zusammenfassung</h2>", "<dt>nicht bestanden</dt><dd>5</dd>", "<dt>nicht prüfbar</dt><dd>1</dd>",
		"<dt>bestanden</dt><dd>1</dd>", "<h3>Schlechteste Dokumente</h3>", "<h3>Schlechteste Absätze</h3>",
		`<span class="score">83,1</span>`, "Abzug 22 (169,2 je 1.000 Wörter), 130 Wörter",
		`<p class="error-msg">Nicht prüfbar: invalid UTF-8 at byte offset 17</p>`,
		"Auch gemeldet von: english-title", "Siehe Zeile 1, Spalte 1: Erste Fassung des Absatzes",
		`Vorschläge: <span class="sug">Herr Lindqvist</span> | <span class="sug">Lindqvist</span>`,
		`data-rule="dup-verb" title="Doppeltes Redeverb: „sagte der Vorstandschef sagte er“; eine Redeeinleitung streichen. (dup-verb, major)` + "\n" + `Vorschlag: sagte der Vorstandschef"`,
		`<a href="https://example.org/news/42" rel="noopener noreferrer">Quelle</a>`,
		`<a href="#doc-1">-</a>`, "kritisch, Abzug 25",
	} {
		assert.True(t, strings.Contains(html, want), "missing %s", want)
	}
	// The worst document is linked first, before the documents in the page.
	worst := regexp.MustCompile(`<a href="#doc-(\d+)">`).FindAllStringSubmatch(html, 3)
	require.NotEmpty(t, worst)
	assert.Equal(t, "1", worst[0][1], "stdin scores 0 and comes first")
	// Paragraph scores in the margin, only for paragraphs.
	assert.True(t, strings.Contains(html, `<div class="pm" title="Absatz 4, Zeile 7: 72,4 Punkte, Abzug 8, 29 Wörter"><meter min="0" max="100" low="50" high="95" optimum="100" value="72.4"></meter>72,4</div>`))
	assert.False(t, strings.Contains(html, `<div class="gap">`), "no block for the blank lines between paragraphs")
}

// TestHTMLNestedAndCrossingMarks checks the marks of the article: a calque
// inside the doubled verb, a finding crossing its end, a leftover block over
// two paragraphs.
func TestHTMLNestedAndCrossingMarks(t *testing.T) {
	rec := check(t, "a.txt", "a.txt", sampleArticle)
	html := renderHTML(t, testOptions(t), rec)
	assertMarks(t, html, len(rec.Findings))
	assert.Contains(t, html, `data-rule="dup-verb" title=`)
	nested := regexp.MustCompile(`data-rule="dup-verb"[^>]*>sagte der <mark class="finding sev-minor fam-style" id="d0-f3" data-rule="nested-word"[^>]*>Vorstandschef</mark> sagte <mark class="finding sev-minor fam-fluency" id="d0-f4" data-rule="crossing"[^>]*>er</mark></mark><mark class="finding-cont sev-minor fam-fluency" data-rule="crossing"[^>]*> heute in Dresden</mark>`)
	assert.Regexp(t, nested, html, "nested, and crossing split into a continuation")
	block := regexp.MustCompile(`<mark class="finding sev-major fam-markup" id="d0-f6" data-rule="leftover"[^>]*>Bildquelle, Getty Images</mark>` +
		`(?s:.*?)<mark class="finding-cont sev-major fam-markup" data-rule="leftover"[^>]*>Bildunterschrift, </mark>`)
	assert.Regexp(t, block, html, "a block over two paragraphs continues in the second")
}

func TestHTMLEscaping(t *testing.T) {
	evil := "Titel\n\n<script>alert(\"x\")</script> sagte der Chef sagte er & <img src=x onerror=alert(1)> " +
		"url(http://example.org/a.png) @import 'b.css'; </mark><mark class=\"finding x\">"
	rec := check(t, "<b>böse</b>.txt", "<b>böse</b>.txt", evil)
	require.Len(t, rec.Findings, 1)
	rec.Link = "javascript:alert(1)"
	rec.Title = `"><script>alert(2)</script>`
	rec.Findings[0].Message = `<i>Meldung</i> "mit" 'Zeichen'`
	rec.Findings[0].Suggestions = []string{"</span><script>alert(3)</script>"}
	html := renderHTML(t, testOptions(t), rec)
	assertSelfContained(t, html)
	assertMarks(t, html, 1)
	assert.NotContains(t, html, "<script>alert")
	assert.NotContains(t, html, "<img")
	assert.NotContains(t, html, "<b>böse")
	assert.NotContains(t, html, "javascript:", "unsafe links are replaced")
	assert.Contains(t, html, "&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt;")
	assert.Contains(t, html, "&lt;/mark&gt;&lt;mark class=&#34;finding x&#34;&gt;")
	assert.Contains(t, html, "&lt;i&gt;Meldung&lt;/i&gt; &#34;mit&#34; &#39;Zeichen&#39;")
	assert.True(t, utf8.ValidString(html))
}

// TestHTMLRecordWithoutDoc: a record built without its document (decoded
// from JSON) still shows every finding as a mark.
func TestHTMLRecordWithoutDoc(t *testing.T) {
	rec := sampleRecord()
	rec.Findings = append(rec.Findings, checker.Finding{Rule: "x", Severity: checker.Minor, Text: "äöü"})
	html := renderHTML(t, Options{}, rec, ErrorRecord("e", "e", errors.New("kaputt")))
	assertMarks(t, html, 2)
	assert.Contains(t, html, `>sagte sagte</mark> … <mark`)
}

func TestHTMLEmptyRun(t *testing.T) {
	html := renderHTML(t, Options{Title: "Leer & <leer>"})
	assertSelfContained(t, html)
	assert.Contains(t, html, "<title>Leer &amp; &lt;leer&gt;</title>")
	assert.Contains(t, html, "<dt>Dokumente</dt><dd>0</dd>")
}

func TestMarker(t *testing.T) {
	const text = "ab äöü cd ef gh"
	tests := []struct {
		name     string
		from, to int
		spans    []markSpan
		want     string
	}{
		{name: "none", from: 0, to: len(text), want: "ab äöü cd ef gh"},
		{name: "disjoint", from: 0, to: len(text), spans: []markSpan{{0, 2, 0}, {13, 15, 1}},
			want: "<0>ab</> äöü cd <1>ef</> gh"},
		{name: "nested", from: 0, to: len(text), spans: []markSpan{{3, 15, 0}, {13, 15, 1}},
			want: "ab <0>äöü cd <1>ef</></> gh"},
		{name: "same span", from: 0, to: len(text), spans: []markSpan{{0, 2, 1}, {0, 2, 0}},
			want: "<0><1>ab</></> äöü cd ef gh"},
		{name: "crossing", from: 0, to: len(text), spans: []markSpan{{0, 5, 0}, {3, 15, 1}},
			want: "<0>ab <1>ä</></><1+>öü cd ef</> gh"},
		{name: "three crossing", from: 0, to: len(text), spans: []markSpan{{0, 7, 0}, {3, 15, 1}, {5, 18, 2}},
			want: "<0>ab <1>ä<2>ö</></></><1+><2+>ü cd ef</></><2+> gh</>"},
		{name: "adjacent", from: 0, to: len(text), spans: []markSpan{{0, 2, 0}, {2, 3, 1}},
			want: "<0>ab</><1> </>äöü cd ef gh"},
		{name: "clipped to the block", from: 3, to: 15, spans: []markSpan{{0, 5, 0}, {13, 20, 1}},
			want: "<0+>ä</>öü cd <1>ef</>"},
		{name: "inside a character", from: 0, to: len(text), spans: []markSpan{{4, 6, 0}},
			want: "ab <0>äö</>ü cd ef gh"},
		{name: "block ends inside a character", from: 4, to: 6, spans: []markSpan{{0, 18, 0}},
			want: "<0>äö</>"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			m := newMarker(text, 3)
			if tc.name == "clipped to the block" {
				m.started[0] = true
			}
			var b strings.Builder
			for _, p := range m.render(tc.from, tc.to, tc.spans) {
				switch {
				case p.Open && p.First:
					fmt.Fprintf(&b, "<%d>", p.Finding)
				case p.Open:
					fmt.Fprintf(&b, "<%d+>", p.Finding)
				case p.Close:
					b.WriteString("</>")
				default:
					require.True(t, utf8.ValidString(p.Text), "no cut inside a character: %q", p.Text)
					b.WriteString(p.Text)
				}
			}
			assert.Equal(t, tc.want, b.String())
		})
	}
}

// TestHTMLBatch1000 renders 1,000 documents, checks the report and logs its
// size and the time it took.
func TestHTMLBatch1000(t *testing.T) {
	if testing.Short() {
		t.Skip("1,000 documents")
	}
	recs := batchRecords(t, 1000)
	start := time.Now()
	html := renderHTML(t, testOptions(t), recs...)
	elapsed := time.Since(start)
	findings := countFindings(recs)
	t.Logf("1,000 documents, %d findings: %.1f MiB of HTML in %v", findings, float64(len(html))/(1<<20), elapsed)
	assertSelfContained(t, html)
	assertMarks(t, html, findings)
	assert.Equal(t, 1000, strings.Count(html, `<details class="doc `))
	assert.NotContains(t, html, `<details class="doc failed" id="doc-0" open`, "documents start collapsed")
	assert.Less(t, len(html), 16<<20, "the report stays below 16 MiB")
}

func BenchmarkHTML1000(b *testing.B) {
	recs := batchRecords(b, 1000)
	opt := testOptions(b)
	var n int
	for b.Loop() {
		var cw countWriter
		w := NewHTML(&cw, opt)
		var s Summary
		for _, r := range recs {
			s.Add(r)
			if err := w.Write(r); err != nil {
				b.Fatal(err)
			}
		}
		if err := w.Close(s); err != nil {
			b.Fatal(err)
		}
		n = cw.n
	}
	b.ReportMetric(float64(n), "bytes/report")
}

// countWriter counts the bytes written to it.
type countWriter struct{ n int }

func (c *countWriter) Write(p []byte) (int, error) { c.n += len(p); return len(p), nil }
