package corpus

import (
	"encoding/json"
	"fmt"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/mtcheck/mtcheck/checker"
)

// tokenRule flags every token whose text is one of words.
func tokenRule(id, category string, sev checker.Severity, words ...string) checker.Rule {
	set := map[string]bool{}
	for _, w := range words {
		set[w] = true
	}
	return checker.Rule{
		ID: id, Title: "Test rule " + id, Category: category, Severity: sev, Message: "Testregel " + id, Doc: "Flags test words.",
		Bad: []string{"{{" + words[0] + "}}"}, Good: []string{"nichts"},
		Check: func(p *checker.Pass) {
			for i, tk := range p.Doc.Tokens {
				if set[p.Doc.TokenText(i)] {
					p.Report(tk.Span, "")
				}
			}
		},
	}
}

// testRules are the rules of the metric fixtures; every one is minor except verb-rule.
func testRules() []checker.Rule {
	return []checker.Rule{
		tokenRule("date-rule", "locale/date-format", checker.Minor, "Mai"),
		tokenRule("verb-rule", "fluency/duplicate-verb", checker.Major, "sagte"),
		tokenRule("noisy-rule", "style/anglicism", checker.Minor, "Meeting", "Haus", "Mr"),
	}
}

// checkAll checks documents with the test rules, optionally restricted to one.
func checkAll(t *testing.T, only string, docs ...*Document) (Options, []Run) {
	t.Helper()
	cfg := checker.Config{Disable: map[string]bool{}}
	for _, r := range testRules() {
		if only != "" && r.ID != only {
			cfg.Disable[r.ID] = true
		}
	}
	e, err := checker.NewEngine(testRules(), cfg)
	require.NoError(t, err)
	var runs []Run
	for _, d := range docs {
		res, err := e.CheckText(d.Text)
		require.NoError(t, err)
		runs = append(runs, Run{Doc: d, Result: res})
	}
	return Options{Ran: e.Rules(), Known: testRules(), Only: only, Threshold: e.Threshold()}, runs
}

// annotatedFixtures are an inline and a stand-off document whose figures are worked out in the tests.
func annotatedFixtures(t *testing.T) []*Document {
	t.Helper()
	inline, err := ParseInline("inline.txt", "Am {{Mai|date-rule}} kam er. {{Er sagte|verb-rule}} nichts. {{Das Meeting}} war kurz. "+
		"Das Haus stand. {{Sinn machen|calque-rule}} tut es. {{Ein Fehler}} bleibt. Dann {{sagte es|date-rule}} jemand.")
	require.NoError(t, err)
	standOff, err := ParseStandOff("standoff.txt", "Der Chef sagte im Mai etwas. Im Haus war es still. Das Meeting endete spät.",
		"standoff.tsv", strings.Join([]string{
			"S1\tshould\tlocale/date-format\tminor\tim Mai\tunnamed should, covered by date-rule",
			"S2\tclean-ish\tstyle/anglicism\tminor\tIm Haus\tfindings here are neutral",
			"S3\tmust\tfluency/duplicate-verb\tmajor\tDer Chef sagte\tunnamed must, covered by verb-rule",
			"S4\tshould\tstyle/anglicism\tminor\tendete spät\tunnamed should, covered by nothing",
			"S5\tmust\tlocale/date-format\tminor\tetwas\tunnamed must, covered by nothing",
		}, "\n"))
	require.NoError(t, err)
	return []*Document{inline, standOff}
}

func counts(found, missed, shouldFound, gaps, hits, falseAlarms, neutral int) Counts {
	return Counts{Found: found, Missed: missed, ShouldFound: shouldFound, Gaps: gaps, Hits: hits,
		FalseAlarms: falseAlarms, Neutral: neutral}.withRatios()
}

func TestAnnotatedFigures(t *testing.T) {
	f := Compute(checkAll(t, "", annotatedFixtures(t)...))
	require.NotNil(t, f.Annotated)
	a := f.Annotated
	assert.Equal(t, 2, a.Documents)
	// Musts: M1, M2, M3 (unnamed, by noisy-rule), S3 found; M5, M6 (date-rule named, only verb-rule covers it), S5 missed.
	// Findings: Mai ×2, sagte ×3, Meeting (inline) hits; Haus (inline), Meeting (stand-off) false alarms; Haus (clean-ish) neutral.
	assert.Equal(t, counts(4, 3, 1, 1, 6, 2, 1), a.Total)
	assert.InDelta(t, 0.75, *a.Total.Precision, 1e-9)
	assert.InDelta(t, 0.5714, *a.Total.Recall, 1e-9)
	assert.Equal(t, []RuleCounts{
		{Rule: "date-rule", Counts: counts(1, 2, 1, 0, 2, 0, 0)},  // M6 by name, S5 by category missed
		{Rule: "verb-rule", Counts: counts(2, 0, 0, 0, 3, 0, 0)},  // the sagte in M6 is a hit, not a find
		{Rule: "noisy-rule", Counts: counts(1, 0, 0, 1, 1, 2, 1)}, // S4 is a gap by category
	}, a.Rules)
	assert.Equal(t, []Pending{{Rule: "calque-rule", Expectations: 1}}, a.Pending)
	assert.Zero(t, a.OutOfScope)

	var got []string
	for _, c := range f.Cases {
		got = append(got, string(c.Kind)+" "+c.Rule+" "+c.Text)
	}
	assert.Equal(t, []string{
		// inline.txt, by offset
		"false noisy-rule Haus", "pending calque-rule Sinn machen", "missed  Ein Fehler", "missed date-rule sagte es",
		// standoff.txt, by offset
		"missed  etwas", "false noisy-rule Meeting", "gap  endete spät",
	}, got)
	assert.Len(t, f.Violations(), 5, "three misses and two false alarms")
}

func TestAnnotatedFiguresRestrictedToOneRule(t *testing.T) {
	f := Compute(checkAll(t, "date-rule", annotatedFixtures(t)...))
	a := f.Annotated
	// Applicable: M1 (found), M6 (missed), S1 (should found, by category), S5 (missed, by category).
	// Out of scope: M2 (verb-rule did not run), M3 and M5 (unnamed, no category), S3 and S4 (other categories).
	assert.Equal(t, counts(1, 2, 1, 0, 2, 0, 0), a.Total)
	assert.Equal(t, []RuleCounts{{Rule: "date-rule", Counts: counts(1, 2, 1, 0, 2, 0, 0)}}, a.Rules)
	assert.Equal(t, 5, a.OutOfScope)
	assert.Equal(t, []Pending{{Rule: "calque-rule", Expectations: 1}}, a.Pending)
	assert.Equal(t, "date-rule", f.Only)
}

func TestNativeFigures(t *testing.T) {
	d, err := NewNative("native.txt", "Das Haus ist alt.\n\nIm Mai blühen Bäume, sagte sie.\n\nDer Himmel ist blau.")
	require.NoError(t, err)
	f := Compute(checkAll(t, "", d))
	require.NotNil(t, f.Native)
	n := f.Native
	// 4 + 6 + 4 words; paragraph 1 scores 75 (1 of 4), paragraph 2 scores 0 (1 + 5 of 6), paragraph 3 scores 100.
	assert.Equal(t, 14, n.Words)
	assert.Equal(t, 3, n.Paragraphs)
	assert.Equal(t, 2, n.ParagraphsBelow)
	assert.InDelta(t, 0.6667, *n.BelowShare, 1e-9)
	assert.Equal(t, 3, n.Findings)
	assert.InDelta(t, 214.29, n.Per1000, 1e-9)
	assert.Equal(t, []NativeRule{
		{Rule: "date-rule", Findings: 1, Per1000: 71.43},
		{Rule: "verb-rule", Findings: 1, Per1000: 71.43},
		{Rule: "noisy-rule", Findings: 1, Per1000: 71.43},
	}, n.Rules)
	require.Len(t, f.Cases, 3)
	assert.Equal(t, Case{Kind: CaseFalse, DocKind: Native, Doc: "native.txt", Path: "native.txt",
		Position: checker.Position{Line: 3, Column: 4}, Rule: "date-rule", Category: "locale/date-format",
		Message: "Testregel date-rule", Text: "Mai", Context: "Das Haus ist alt.⏎⏎Im [[Mai]] blühen Bäume, sagte sie.⏎⏎Der Himmel is…",
		start: f.Cases[1].start}, f.Cases[1])
	assert.Len(t, f.Violations(), 3, "every finding on native text fails a strict run")
}

const mqmFixture = `{"dataset": "fx", "system": "sys-a", "origin": "mt", "doc": "d", "doc_seg_index": 0, "target": "Mr. Smith kam.", "mqm_score": 1, "errors": [{"start": 0, "end": 3}]}
{"dataset": "fx", "system": "sys-a", "origin": "mt", "doc": "d", "doc_seg_index": 1, "target": "Alles gut.", "mqm_score": 0, "errors": []}
{"dataset": "fx", "system": "sys-b", "origin": "mt", "doc": "d", "doc_seg_index": 0, "target": "Mr. Jones ging.", "mqm_score": 5, "errors": []}
{"dataset": "fx", "system": "sys-b", "origin": "mt", "doc": "d", "doc_seg_index": 1, "target": "Mr. Brown blieb heute.", "mqm_score": 2, "errors": [{"start": 4, "end": 9}]}
{"dataset": "fx", "system": "sys-c", "origin": "mt", "doc": "d", "doc_seg_index": 0, "target": "Gut gemacht.", "mqm_score": 3, "errors": []}
{"dataset": "fx", "system": "sys-c", "origin": "mt", "doc": "d", "doc_seg_index": 1, "target": "Auch gut.", "mqm_score": 1, "errors": []}
{"dataset": "fx", "system": "ref", "origin": "human", "doc": "d", "doc_seg_index": 0, "target": "Herr Smith kam.", "mqm_score": 0, "errors": []}
{"dataset": "fx", "system": "ref", "origin": "human", "doc": "d", "doc_seg_index": 1, "target": "Alles bestens.", "mqm_score": 0.5, "errors": []}
`

func TestMQMFigures(t *testing.T) {
	var docs []*Document
	require.NoError(t, ReadMQM(strings.NewReader(mqmFixture), "fx.jsonl", func(d *Document) error {
		docs = append(docs, d)
		return nil
	}))
	f := Compute(checkAll(t, "", docs...))
	require.Len(t, f.MQM, 1)
	assert.Equal(t, "fx", f.MQM[0].Dataset)
	require.Len(t, f.MQM[0].Groups, 2)
	mt, human := f.MQM[0].Groups[0], f.MQM[0].Groups[1]

	assert.Equal(t, OriginMT, mt.Origin)
	assert.Equal(t, 3, mt.Systems)
	assert.Equal(t, 6, mt.Segments)
	assert.Equal(t, 16, mt.Words)
	// "Mr" is flagged three times; only in sys-a's first segment is it inside an error span.
	assert.Equal(t, 3, mt.Findings)
	assert.Equal(t, 1, mt.OnErrorSpans)
	assert.InDelta(t, 0.3333, *mt.SpanPrecision, 1e-9)
	// Scores [66.7 100 66.7 75 100 100] rank [1.5 5 1.5 3 5 5]; −MQM [−1 0 −5 −2 −3 −1] ranks [4.5 6 1 3 2 4.5]:
	// Σdd = 6.25, Σdx² = 15, Σdy² = 17, ρ = 6.25/√255. Penalty per word ranks are 7 − score ranks.
	assert.InDelta(t, 0.3914, *mt.SegmentSpearmanScore, 1e-9)
	assert.InDelta(t, -0.3914, *mt.SegmentSpearmanPenalty, 1e-9)
	// Systems: a (83.35, −0.5), b (70.85, −3.5), c (100, −2). Pearson: Σdd = 18.75,
	// Σdx² = 427.7317, Σdy² = 4.5. Kendall: (a,b) and (b,c) concordant, (a,c) discordant: 1/3.
	assert.InDelta(t, 0.4274, *mt.SystemPearson, 1e-9)
	assert.InDelta(t, 0.3333, *mt.SystemKendall, 1e-9)
	assert.Equal(t, []SystemRow{
		{System: "sys-a", Segments: 2, MeanScore: 83.35, MeanNegMQM: -0.5, Findings: 1, Per1000: 200},
		{System: "sys-c", Segments: 2, MeanScore: 100, MeanNegMQM: -2, Findings: 0, Per1000: 0},
		{System: "sys-b", Segments: 2, MeanScore: 70.85, MeanNegMQM: -3.5, Findings: 2, Per1000: 285.71},
	}, mt.SystemTable)
	require.NotNil(t, mt.Rules[2].AccuracyPrecision)
	assert.Zero(t, *mt.Rules[2].AccuracyPrecision, "the fixture's errors have no accuracy category")
	assert.Equal(t, MQMRule{Rule: "noisy-rule", Findings: 3, OnErrorSpans: 1, SpanPrecision: mt.SpanPrecision,
		AccuracyPrecision: mt.Rules[2].AccuracyPrecision}, mt.Rules[2])
	assert.Nil(t, mt.Rules[0].SpanPrecision, "a rule without findings has no precision")

	assert.Equal(t, OriginHuman, human.Origin)
	assert.Equal(t, 1, human.Systems)
	assert.Zero(t, human.Findings)
	assert.Nil(t, human.SpanPrecision)
	assert.Nil(t, human.SegmentSpearmanScore, "constant checker scores have no rank correlation")
	assert.Nil(t, human.SystemPearson)
	assert.Nil(t, human.SystemKendall)

	require.Len(t, f.Cases, 2, "findings outside expert spans are listed")
	assert.Equal(t, checker.Position{Line: 3, Column: 1}, f.Cases[0].Position)
	assert.Empty(t, f.Violations(), "MQM findings never fail a strict run")
}

func TestFiguresMarshalJSON(t *testing.T) {
	d, err := NewNative("n.txt", "Ein Satz.")
	require.NoError(t, err)
	b, err := json.Marshal(Compute(checkAll(t, "", d)))
	require.NoError(t, err)
	s := string(b)
	assert.Contains(t, s, `"native":{"documents":1,"words":2,"paragraphs":1,"paragraphs_below_threshold":0,"share_below_threshold":0,`)
	assert.NotContains(t, s, `"annotated"`)
	assert.NotContains(t, s, `"cases"`)

	b, err = json.Marshal(Counts{}.withRatios())
	require.NoError(t, err)
	assert.JSONEq(t, `{"found":0,"missed":0,"should_found":0,"gaps":0,"hits":0,"false_alarms":0,"neutral":0,"precision":null,"recall":null}`, string(b))
}

func TestMarksMayNameAPack(t *testing.T) {
	packed := tokenRule("eins-rule", "style/calque", checker.Minor, "eins")
	packed.Pack = "zahlen"
	e, err := checker.NewEngine([]checker.Rule{packed}, checker.Config{})
	require.NoError(t, err)
	doc, err := ParseInline("pack.txt", "Erst {{eins|zahlen}}, dann {{zwei|zahlen}} und {{drei|ohne-pack}}.")
	require.NoError(t, err)
	res, err := e.CheckText(doc.Text)
	require.NoError(t, err)
	f := Compute(Options{Ran: e.Rules(), Known: []checker.Rule{packed}}, []Run{{Doc: doc, Result: res}})
	require.NotNil(t, f.Annotated)
	assert.Equal(t, 1, f.Annotated.Total.Found, "a finding of a rule in the named pack covers the mark")
	assert.Equal(t, 1, f.Annotated.Total.Missed, "the pack exists, so its unflagged mark is missed")
	assert.Equal(t, []Pending{{Rule: "ohne-pack", Expectations: 1}}, f.Annotated.Pending)
}

func TestGroupPacksFoldsEntriesIntoOneRow(t *testing.T) {
	one := tokenRule("eins-rule", "style/calque", checker.Minor, "eins")
	two := tokenRule("zwei-rule", "style/calque", checker.Minor, "zwei")
	one.Pack, two.Pack = "zahlen", "zahlen"
	solo := tokenRule("solo-rule", "locale/date-format", checker.Minor, "Mai")
	rs := []checker.Rule{solo, one, two}
	e, err := checker.NewEngine(rs, checker.Config{})
	require.NoError(t, err)
	ann, err := ParseInline("a.txt", "{{eins}} und {{zwei}} im {{Mai}}, {{drei}} bleibt.")
	require.NoError(t, err)
	for i, x := range ann.Expected {
		if ann.Text[x.Start:x.End] == "drei" {
			ann.Expected[i].Category = "style/calque"
		}
	}
	native := &Document{Kind: Native, Path: "n.txt", Text: "eins zwei"}
	var runs []Run
	for _, d := range []*Document{ann, native} {
		res, err := e.CheckText(d.Text)
		require.NoError(t, err)
		runs = append(runs, Run{Doc: d, Result: res})
	}
	f := Compute(Options{Ran: e.Rules(), Known: rs, GroupPacks: true}, runs)
	var rows []string
	for _, r := range f.Annotated.Rules {
		rows = append(rows, fmt.Sprintf("%s found=%d missed=%d hits=%d", r.Rule, r.Found, r.Missed, r.Hits))
	}
	// "drei" (style/calque) is uncovered: missed by the pack, whose rules have that category, once.
	assert.Equal(t, []string{"solo-rule found=1 missed=0 hits=1", "zahlen found=2 missed=1 hits=2"}, rows)
	require.NotNil(t, f.Native)
	require.Len(t, f.Native.Rules, 2)
	assert.Equal(t, NativeRule{Rule: "zahlen", Findings: 2, Per1000: per1000(2, 2)}, f.Native.Rules[1])

	f = Compute(Options{Ran: e.Rules(), Known: rs}, runs)
	rows = nil
	for _, r := range f.Annotated.Rules {
		rows = append(rows, r.Rule)
	}
	assert.Equal(t, []string{"solo-rule", "eins-rule", "zwei-rule"}, rows, "without grouping every entry has a row")
}
