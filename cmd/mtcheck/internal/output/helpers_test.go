package output

import (
	"context"
	"errors"
	"fmt"
	"regexp"
	"strings"
	"sync"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/mtcheck/mtcheck/checker"
)

// regexRule returns a test rule that reports every match of re (group 1 if
// the pattern has one) with the diagnostic build makes of it.
func regexRule(id, category string, sev checker.Severity, title, message, pattern string,
	build func(text string, sp checker.Span) checker.Diagnostic) checker.Rule {
	re := regexp.MustCompile(pattern)
	return checker.Rule{
		ID: id, Title: title, Category: category, Severity: sev, Message: message,
		Doc:  "Test rule: flags every match of " + pattern + ".",
		Bad:  []string{"Ein {{Beispiel}} für " + id + "."},
		Good: []string{"Ein gutes Beispiel."},
		Check: func(p *checker.Pass) {
			text := p.Doc.Text
			for _, m := range re.FindAllStringSubmatchIndex(text, -1) {
				sp := checker.Span{Start: m[0], End: m[1]}
				if len(m) > 2 && m[2] >= 0 {
					sp = checker.Span{Start: m[2], End: m[3]}
				}
				d := checker.Diagnostic{Span: sp}
				if build != nil {
					d = build(text, sp)
					d.Span = sp
				}
				p.ReportDiagnostic(d)
			}
		},
	}
}

var months = map[string]string{"January": "Januar", "February": "Februar", "March": "März", "April": "April",
	"May": "Mai", "June": "Juni", "July": "Juli", "August": "August", "September": "September",
	"October": "Oktober", "November": "November", "December": "Dezember"}

// testRules are the rules of the writer tests: enough to produce findings
// with suggestions, related places, merged rules (also), nested and crossing
// spans, blocks of leftovers over two paragraphs, and every severity.
func testRules() []checker.Rule {
	dupVerb := regexp.MustCompile(`^(sagte (?:der|die) \p{L}+) sagte (?:er|sie)$`)
	date := regexp.MustCompile(`^(\p{L}+) (\d{1,2}), (\d{4})$`)
	return []checker.Rule{
		regexRule("dup-verb", "fluency/duplicate-verb", checker.Major, "Two reporting clauses for one quotation",
			"Doppeltes Redeverb.", `sagte (?:der|die) \p{L}+ sagte (?:er|sie)`,
			func(text string, sp checker.Span) checker.Diagnostic {
				m := dupVerb.FindStringSubmatchIndex(text[sp.Start:sp.End])
				first := checker.Span{Start: sp.Start, End: sp.Start + m[3]}
				return checker.Diagnostic{
					Message:     "Doppeltes Redeverb: „" + text[sp.Start:sp.End] + "“; eine Redeeinleitung streichen.",
					Suggestions: []string{text[first.Start:first.End]},
					Related:     []checker.RelatedSpan{{Span: first, Message: "Erste Redeeinleitung: „" + text[first.Start:first.End] + "“"}},
				}
			}),
		regexRule("honorific", "locale/honorific", checker.Minor, "English honorific before a name",
			"Englische Anrede.", `(?:Mr|Mrs|Ms)\. \p{Lu}\p{L}+`,
			func(text string, sp checker.Span) checker.Diagnostic {
				name := text[strings.Index(text[sp.Start:sp.End], " ")+sp.Start+1 : sp.End]
				return checker.Diagnostic{Message: "Englische Anrede: „" + text[sp.Start:sp.End] + "“.",
					Suggestions: []string{"Herr " + name, name}, About: []string{name}}
			}),
		regexRule("english-title", "style/anglicism", checker.Minor, "English title kept in German text",
			"Englischer Titel.", `(?:Mr|Mrs|Ms)\. \p{Lu}\p{L}+`, nil),
		regexRule("english-date", "locale/date-format", checker.Minor, "English date format",
			"Englisches Datumsformat.", `(?:January|February|March|April|May|June|July|August|September|October|November|December) \d{1,2}, \d{4}`,
			func(text string, sp checker.Span) checker.Diagnostic {
				m := date.FindStringSubmatch(text[sp.Start:sp.End])
				return checker.Diagnostic{Message: "Englisches Datumsformat: „" + m[0] + "“.",
					Suggestions: []string{m[2] + ". " + months[m[1]] + " " + m[3]}}
			}),
		regexRule("glued", "fluency/spelling", checker.Minor, "Two words glued together",
			"Zusammengeklebte Wörter.", `(?:^|[^\p{L}])(\p{Lu}\p{Ll}+\p{Lu}\p{Ll}+)`,
			func(text string, sp checker.Span) checker.Diagnostic {
				w := text[sp.Start:sp.End]
				i := strings.IndexFunc(w[1:], func(r rune) bool { return r >= 'A' && r <= 'Z' || r == 'Ä' || r == 'Ö' || r == 'Ü' }) + 1
				return checker.Diagnostic{Message: "Zusammengeklebte Wörter: „" + w + "“.",
					Suggestions: []string{w[:i] + ". " + w[i:]}, About: []string{w}}
			}),
		regexRule("leftover", checker.LeftoverCategory, checker.Major, "Leftover of the scraped page",
			"Rest der Originalseite.", `Bildquelle, [^\n]+|Bildunterschrift, |Twitter-Inhalte überspringen, \d+`, nil),
		regexRule("nested-word", "style/calque", checker.Minor, "Calque inside a quotation",
			"Lehnübersetzung.", `Vorstandschef`, nil),
		regexRule("crossing", "fluency/word-order", checker.Minor, "Odd word order",
			"Ungewöhnliche Wortstellung.", `er heute in \p{L}+`, nil),
		regexRule("fatal", "accuracy/mistranslation", checker.Critical, "Meaning reversed",
			"Sinn verkehrt.", `KAPUTT`, func(string, checker.Span) checker.Diagnostic {
				return checker.Diagnostic{Suggestions: []string{"heil", "ganz"}}
			}),
		dupParagraphRule(),
	}
}

// dupParagraphRule flags a paragraph that repeats an earlier one.
func dupParagraphRule() checker.Rule {
	return checker.Rule{
		ID: "dup-paragraph", Title: "Paragraph printed twice", Category: "markup/duplicate-paragraph",
		Severity: checker.Minor, Message: "Doppelter Absatz.",
		Doc: "Test rule: flags a paragraph that repeats an earlier one.",
		Bad: []string{"A\n\n{{A}}"}, Good: []string{"A\n\nB"},
		Check: func(p *checker.Pass) {
			seen := map[string]checker.Span{}
			for _, para := range p.Doc.Paragraphs {
				t := p.Doc.Text[para.Start:para.End]
				if first, ok := seen[t]; ok {
					p.ReportDiagnostic(checker.Diagnostic{Span: para.Span,
						Message: "Doppelter Absatz: wiederholt einen früheren Absatz.",
						Related: []checker.RelatedSpan{{Span: first, Message: "Erste Fassung des Absatzes"}}})
					continue
				}
				seen[t] = para.Span
			}
		},
	}
}

var (
	engineOnce sync.Once
	testEng    *checker.Engine
	engineErr  error
)

// testEngine returns the engine of the writer tests.
func testEngine(t testing.TB) *checker.Engine {
	t.Helper()
	engineOnce.Do(func() { testEng, engineErr = checker.NewEngine(testRules(), checker.Config{}) })
	require.NoError(t, engineErr)
	return testEng
}

// testOptions are writer options with the test rules and a version.
func testOptions(t testing.TB) Options {
	return Options{Rules: testEngine(t).Rules(), Version: "v0.0.0-test"}
}

// check checks a UTF-8 text with the test engine.
func check(t testing.TB, id, path, text string) *Record {
	t.Helper()
	res, err := testEngine(t).CheckText(text)
	require.NoError(t, err)
	return NewRecord(id, path, res)
}

// checkRaw checks raw input bytes in an encoding (decoded: Extracted).
func checkRaw(t testing.TB, id, path, raw string, enc checker.Encoding) *Record {
	t.Helper()
	src, err := checker.DecodeSource(raw, &enc)
	require.NoError(t, err)
	res, err := testEngine(t).CheckSource(context.Background(), src)
	require.NoError(t, err)
	return NewRecord(id, path, res)
}

// sampleArticle is a machine-translated German news article with the
// artifacts the test rules catch: a headline printed twice, an English date,
// a doubled reporting verb with a calque inside and a crossing finding, an
// English honorific flagged by two rules, a block of leftovers over two
// paragraphs, glued words and an embed leftover.
const sampleArticle = `Neue Batteriefabrik in Sachsen geplant

Neue Batteriefabrik in Sachsen geplant

Der Batteriehersteller Voltaris will bis Ende 2026 ein Werk bei Chemnitz bauen. Das gab das Unternehmen am March 3, 2025 bekannt. Rund 1.200 Arbeitsplätze sollen entstehen, davon 300 für Auszubildende.

„Wir glauben an den Standort“, sagte der Vorstandschef sagte er heute in Dresden. Mr. Lindqvist verwies auf die gut ausgebildeten Fachkräfte der Region und die Nähe zu den Autowerken.

Bildquelle, Getty Images

Bildunterschrift, Das geplante Werk soll 2027 die Produktion aufnehmen.

Kritiker bemängeln den hohen Wasserverbrauch der Anlage. In einem separaten BerichtDie Umweltverbände forderten eine unabhängige Prüfung der Genehmigung.

Twitter-Inhalte überspringen, 1

Die Landesregierung begrüßte die Pläne. Über Fördermittel in Höhe von 150 Millionen Euro soll im Sommer entschieden werden; Ms. Öztürk aus dem Wirtschaftsministerium sprach von einem „wichtigen Signal“.
`

// sampleRecords is a realistic set of records: the article as a text file,
// the same kind of text from standard input, a JSONL record, a feed item,
// a Windows-1252 file (decoded, so no fixes), an error record and a clean
// document.
func sampleRecords(t testing.TB) []*Record {
	t.Helper()
	article := check(t, "korpus/artikel 1.txt", "korpus/artikel 1.txt", sampleArticle)
	stdin := check(t, "-", "-", "Er sagte sagte es. Dann sagte die Ministerin sagte sie: KAPUTT.\n")
	jsonl := check(t, "item-7", "feeds/export.jsonl", "Titel\n\nMr. Musk schrieb am November 23, 2024 einen TweetIn der Nacht.")
	feed := check(t, "https://example.org/news/42", "https://example.org/feed.xml",
		"Bildquelle, Reuters\n\nDie Börse schloss am June 5, 2024 fester.")
	feed.Feed, feed.ItemID, feed.Link, feed.Title, feed.Format = "https://example.org/feed.xml",
		"urn:news:42", "https://example.org/news/42", "Börse schließt fester", "html"
	latin := checkRaw(t, "alt/latin1.txt", "alt/latin1.txt", "\xdcber Mr. M\xfcller schrieb man am May 1, 2020.", checker.Windows1252)
	broken := ErrorRecord("kaputt.txt", "kaputt.txt", errors.New("invalid UTF-8 at byte offset 17"))
	clean := check(t, "gut.txt", "gut.txt", "Alles in Ordnung\n\nDer Text hat keine Spuren einer Übersetzung.")
	return []*Record{article, stdin, jsonl, feed, latin, broken, clean}
}

// runWriter writes records through w and closes it with their summary.
func runWriter(t testing.TB, w Writer, recs ...*Record) Summary {
	t.Helper()
	var s Summary
	for _, r := range recs {
		s.Add(r)
		require.NoError(t, w.Write(r))
	}
	require.NoError(t, w.Close(s))
	return s
}

// countFindings counts the findings of records.
func countFindings(recs []*Record) int {
	n := 0
	for _, r := range recs {
		n += len(r.Findings)
	}
	return n
}

// TestSampleFindings pins what the test rules find in the sample article,
// so that the writer tests below know what they render.
func TestSampleFindings(t *testing.T) {
	r := check(t, "a", "a", sampleArticle)
	var got []string
	for _, f := range r.Findings {
		s := fmt.Sprintf("%d:%d %s %q", f.Line, f.Column, f.Rule, f.Text)
		if len(f.Also) > 0 {
			s += " also=" + strings.Join(f.Also, ",")
		}
		if len(f.Related) > 0 {
			s += fmt.Sprintf(" related=%d", len(f.Related))
		}
		got = append(got, s)
	}
	require.Equal(t, []string{
		`3:1 dup-paragraph "Neue Batteriefabrik in Sachsen geplant" related=1`,
		`5:108 english-date "March 3, 2025"`,
		`7:32 dup-verb "sagte der Vorstandschef sagte er" related=1`,
		`7:42 nested-word "Vorstandschef"`,
		`7:62 crossing "er heute in Dresden"`,
		`7:83 honorific "Mr. Lindqvist" also=english-title`,
		`9:1 leftover "Bildquelle, Getty Images\n\nBildunterschrift, " related=2`,
		`13:77 glued "BerichtDie"`,
		`15:1 leftover "Twitter-Inhalte überspringen, 1"`,
		`17:125 honorific "Ms. Öztürk" also=english-title`,
	}, got)
}
