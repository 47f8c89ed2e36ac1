package checker

import (
	"context"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// wordRule flags every occurrence of one word; used to test the engine.
func wordRule(id, word string, sev Severity) Rule {
	return Rule{
		ID: id, Title: "Flags " + word, Category: "style/calque", Severity: sev, Message: "Wort „" + word + "“",
		Doc: "Test rule flagging " + word + ".", Bad: []string{"x {{" + word + "}} y"}, Good: []string{"x y"},
		Check: func(p *Pass) {
			for i, tk := range p.Doc.Tokens {
				if p.Doc.TokenText(i) == word {
					p.ReportDiagnostic(Diagnostic{Span: tk.Span, Suggestions: []string{word + "!"}, About: []string{word}})
				}
			}
		},
	}
}

func TestEngineFindingsSortedWithPositions(t *testing.T) {
	e, err := NewEngine([]Rule{wordRule("d-rule", "zwei", Minor), wordRule("b-rule", "zwei", Major),
		wordRule("a-rule", "zwei", Major), wordRule("c-rule", "eins", Minor)}, Config{})
	require.NoError(t, err)
	text := "Titel\n\nEins zwei drei.\nVier eins zwei."
	res, err := e.CheckText(text)
	require.NoError(t, err)
	var got []string
	for _, f := range res.Findings {
		got = append(got, f.Rule+"@"+f.Text+"+"+strings.Join(f.Also, ","))
		assert.Equal(t, text[f.Start:f.End], f.Text)
		assert.Equal(t, NewLineIndex(text).Position(f.Start), f.Position)
		assert.Equal(t, 1, f.Paragraph)
		assert.Equal(t, []string{f.Text + "!"}, f.Suggestions)
	}
	// One finding per span: the most severe, and among equals the rule that
	// runs first (b-rule before a-rule, not alphabetical order).
	assert.Equal(t, []string{"b-rule@zwei+d-rule,a-rule", "c-rule@eins+", "b-rule@zwei+d-rule,a-rule"}, got)
	assert.Equal(t, Position{4, 6}, res.Findings[1].Position)
	assert.Equal(t, "Wort „eins“", res.Findings[1].Message, "empty message falls back to the rule's")
	assert.Equal(t, 5+1+5, res.Penalty, "a merged finding counts once")
}

func TestEngineScoring(t *testing.T) {
	e, err := NewEngine([]Rule{wordRule("major-rule", "schlecht", Major)}, Config{})
	require.NoError(t, err)
	text := "Gut\n\nDas ist schlecht und auch schlecht gemacht, sagen zehn Leute."
	res, err := e.CheckText(text)
	require.NoError(t, err)
	require.Len(t, res.Paragraphs, 2)
	assert.Equal(t, ParagraphScore{Index: 0, Span: Span{0, 3}, Line: 1, Words: 1, Penalty: 0, Score: 100, Headline: true, DocSpan: Span{0, 3}}, res.Paragraphs[0])
	p := res.Paragraphs[1]
	assert.Equal(t, 10, p.Words)
	assert.Equal(t, 10, p.Penalty)
	assert.Equal(t, 0.0, p.Score) // 100 × max(0, 1 − 10/10)
	assert.Equal(t, 3, p.Line)
	// Document: 11 words, penalty 10 → 100 × (1 − 10/11) = 9.1.
	assert.Equal(t, DocScore{Score: 9.1, Penalty: 10, PenaltyPer1000: 909.1, Words: 11, Passed: false}, res.DocScore)

	clean, err := e.CheckText("Alles gut.")
	require.NoError(t, err)
	assert.True(t, clean.Passed)
	assert.Equal(t, 100.0, clean.Score)
}

func TestCriticalFails(t *testing.T) {
	e, err := NewEngine([]Rule{wordRule("crit", "x", Critical)}, Config{Threshold: 10})
	require.NoError(t, err)
	words := strings.Repeat("gut ", 1000)
	res, err := e.CheckText(words + "x")
	require.NoError(t, err)
	assert.Equal(t, 97.5, res.Score)
	assert.False(t, res.Passed, "a critical finding fails whatever the score")
}

func TestScoreFormula(t *testing.T) {
	assert.Equal(t, 100.0, Score(0, 0))
	assert.Equal(t, 0.0, Score(1, 0))
	assert.Equal(t, 66.7, Score(1, 3))
	assert.Equal(t, 0.0, Score(30, 10), "clamped at zero")
	assert.Equal(t, 86.4, PenaltyPer1000(37, 428))
	assert.Equal(t, 0.0, PenaltyPer1000(5, 0))
	assert.Equal(t, 25, Critical.Weight())
	assert.Equal(t, 5, Major.Weight())
	assert.Equal(t, 1, Minor.Weight())
}

func TestEngineConfig(t *testing.T) {
	exp := wordRule("exp", "a", Minor)
	exp.Experimental = true
	rules := []Rule{wordRule("one", "a", Minor), wordRule("two", "a", Minor), exp}

	e, err := NewEngine(rules, Config{})
	require.NoError(t, err)
	assert.Equal(t, []string{"one", "two"}, ruleIDs(e.Rules()), "experimental rules are off by default")
	assert.Equal(t, float64(DefaultThreshold), e.Threshold())

	e, err = NewEngine(rules, Config{Disable: map[string]bool{"one": true}, Enable: map[string]bool{"exp": true},
		Severity: map[string]Severity{"two": Critical}, Threshold: 80})
	require.NoError(t, err)
	assert.Equal(t, []string{"two", "exp"}, ruleIDs(e.Rules()))
	assert.Equal(t, Critical, e.Rules()[0].Severity)
	assert.Equal(t, Minor, rules[1].Severity, "the caller's rules are not modified")
	assert.Equal(t, 80.0, e.Threshold())

	for _, cfg := range []Config{
		{Disable: map[string]bool{"nope": true}},
		{Enable: map[string]bool{"nope": true}},
		{Severity: map[string]Severity{"nope": Minor}},
		{Severity: map[string]Severity{"one": 0}},
	} {
		_, err := NewEngine(rules, cfg)
		assert.Error(t, err)
	}
}

func ruleIDs(rs []Rule) []string {
	var ids []string
	for _, r := range rs {
		ids = append(ids, r.ID)
	}
	return ids
}

func TestRuleValidation(t *testing.T) {
	good := wordRule("good-rule", "a", Minor)
	require.NoError(t, good.Validate())
	mutate := map[string]func(r *Rule){
		"bad id":          func(r *Rule) { r.ID = "Bad_ID" },
		"bad category":    func(r *Rule) { r.Category = "grammar" },
		"unknown family":  func(r *Rule) { r.Category = "other/kind" },
		"no severity":     func(r *Rule) { r.Severity = 0 },
		"no message":      func(r *Rule) { r.Message = " " },
		"no doc":          func(r *Rule) { r.Doc = "" },
		"no bad":          func(r *Rule) { r.Bad = nil },
		"unmarked bad":    func(r *Rule) { r.Bad = []string{"no mark"} },
		"marked good":     func(r *Rule) { r.Good = []string{"a {{mark}}"} },
		"no check":        func(r *Rule) { r.Check = nil },
		"broken bad mark": func(r *Rule) { r.Bad = []string{"a {{b"} },
	}
	for name, m := range mutate {
		r := good
		m(&r)
		assert.Error(t, r.Validate(), name)
	}
	_, err := NewEngine([]Rule{good, good}, Config{})
	assert.ErrorContains(t, err, "duplicate rule ID")
}

func TestMisbehavingRulesBecomeErrors(t *testing.T) {
	panicky := wordRule("panicky", "a", Minor)
	panicky.Check = func(*Pass) { panic("boom") }
	badSpan := wordRule("bad-span", "a", Minor)
	badSpan.Check = func(p *Pass) { p.Report(Span{1, 999}, "") }
	midRune := wordRule("mid-rune", "a", Minor)
	midRune.Check = func(p *Pass) { p.Report(Span{1, 2}, "") } // inside "ä"
	for _, r := range []Rule{panicky, badSpan, midRune} {
		e, err := NewEngine([]Rule{r}, Config{})
		require.NoError(t, err)
		_, err = e.CheckText("Ära")
		assert.ErrorContains(t, err, r.ID)
	}
}

func TestSharedIsComputedOncePerDocument(t *testing.T) {
	calls := 0
	tokens := NewShared(func(p *Pass) int { calls++; return len(p.Doc.Tokens) })
	mk := func(id string) Rule {
		r := wordRule(id, "a", Minor)
		r.Check = func(p *Pass) {
			assert.Equal(t, 3, tokens.Get(p))
		}
		return r
	}
	e, err := NewEngine([]Rule{mk("r-one"), mk("r-two")}, Config{})
	require.NoError(t, err)
	_, err = e.CheckText("a b c")
	require.NoError(t, err)
	_, err = e.CheckText("d e f")
	require.NoError(t, err)
	assert.Equal(t, 2, calls, "once per document, shared by both rules")
}

func TestEngineConcurrentUse(t *testing.T) {
	e, err := NewEngine([]Rule{wordRule("w", "sagte", Major)}, Config{})
	require.NoError(t, err)
	var wg sync.WaitGroup
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func(n int) {
			defer wg.Done()
			text := strings.Repeat("Er sagte es. ", n+1)
			res, err := e.CheckText(text)
			assert.NoError(t, err)
			assert.Len(t, res.Findings, n+1)
		}(g)
	}
	wg.Wait()
}

func TestValidTitle(t *testing.T) {
	for title, ok := range map[string]bool{
		"Two reporting clauses for one quotation": true,
		"":                                 false,
		"Ends with a period.":              false,
		" Padded":                          false,
		strings.Repeat("x", MaxTitleLen):   true,
		strings.Repeat("x", MaxTitleLen+1): false,
		strings.Repeat("ä", MaxTitleLen):   true,
	} {
		assert.Equal(t, ok, ValidTitle(title) == "", "%q: %s", title, ValidTitle(title))
	}
	r := wordRule("no-title", "x", Minor)
	r.Title = ""
	assert.ErrorContains(t, r.Validate(), "title is empty")
}

func TestAcceptList(t *testing.T) {
	phrase := wordRule("phrase", "x", Minor)
	phrase.Check = func(p *Pass) {
		for i := range p.Doc.Sentences {
			p.Report(p.Doc.Sentences[i].Span, "")
		}
	}
	e, err := NewEngine([]Rule{wordRule("eins-rule", "TweetIn", Minor), phrase}, Config{Accept: []string{"TweetIn", "Musk"}})
	require.NoError(t, err)
	res, err := e.CheckText("Ein TweetIn von Musk. Ein Satz.")
	require.NoError(t, err)
	var got []string
	for _, f := range res.Findings {
		got = append(got, f.Rule+":"+f.Text)
	}
	assert.Equal(t, []string{"phrase:Ein TweetIn von Musk.", "phrase:Ein Satz."}, got,
		"the finding about an accepted word is dropped; findings about a construction stay, whatever words they cover")
}

func TestCheckSourceStopsAtTheDeadline(t *testing.T) {
	var sentencesSeen int
	ctx, cancel := context.WithTimeout(context.Background(), time.Hour)
	defer cancel()
	slow := wordRule("slow-rule", "x", Minor)
	slow.Check = func(p *Pass) {
		for range p.Sentences() {
			sentencesSeen++
			if sentencesSeen == 3 {
				cancel() // time runs out while the rule runs
			}
		}
	}
	later := wordRule("later-rule", "x", Minor)
	later.Check = func(*Pass) { t.Error("no rule runs after the deadline") }
	e, err := NewEngine([]Rule{slow, later}, Config{})
	require.NoError(t, err)
	src, err := TextSource(strings.Repeat("Ein Satz. ", 100))
	require.NoError(t, err)

	_, err = e.CheckSource(ctx, src)
	require.Error(t, err)
	assert.Contains(t, err.Error(), `during rule "slow-rule"`)
	assert.Equal(t, 3, sentencesSeen, "the rule's sentence loop ends at the next sentence")

	expired, cancel2 := context.WithDeadline(context.Background(), time.Now().Add(-time.Second))
	defer cancel2()
	_, err = e.CheckSource(expired, src)
	assert.EqualError(t, err, "checking took longer than its time budget (--timeout) and was stopped during the analysis of the text")

	cancelled, cancel3 := context.WithCancel(context.Background())
	cancel3()
	_, err = e.CheckSource(cancelled, src)
	assert.ErrorContains(t, err, "checking was cancelled")
}
