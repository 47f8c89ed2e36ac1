package pack

import (
	"testing"
	"testing/fstest"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/mtcheck/mtcheck/checker"
)

const templatePack = `name: demo
description: Demo pack.
category: locale/number-format
severity: major
entries:
  - id: decimal-point
    title: English decimal point
    message: "Dezimalpunkt: „$0“ → „${int},${frac}“ vor $2."
    pattern: '{/(?P<int>\d+)\.(?P<frac>\d{1,2})/} Prozent|Milliarden'
    suggestions: ["${int},${frac}", "$$${int}", "$0"]
    bad: ["Es sind {{2.5}} Prozent."]
    good: ["Es sind 2,5 Prozent."]
  - id: sinn-machen
    title: '"Sinn machen" for "make sense"'
    category: style/calque
    severity: minor
    message: "„Sinn machen“ ist eine Lehnübersetzung."
    pattern: ['Sinn ... machen', '/(?P<verb>macht|machte)/ ... Sinn']
    suggestions: ["ergibt $2 Sinn", "${verb} keinen Sinn", "ergibt Sinn"]
    bad: ["Das würde {{Sinn machen}}.", "Das {{macht keinen Sinn}}."]
    good: ["Das ergibt Sinn."]
`

func TestSuggestionsAndMessages(t *testing.T) {
	p, err := Parse("demo.yaml", []byte(templatePack))
	require.NoError(t, err)
	require.NoError(t, Verify(p))
	rules, err := Compile(p)
	require.NoError(t, err)
	eng, err := checker.NewEngine(rules, checker.Config{})
	require.NoError(t, err)

	res, err := eng.CheckText("Es sind 2.5 Prozent von 35.40 Milliarden. Das würde Sinn nicht machen. Das macht keinen Sinn.")
	require.NoError(t, err)
	type finding struct {
		rule, text, message string
		suggestions         []string
	}
	var got []finding
	for _, f := range res.Findings {
		got = append(got, finding{f.Rule, f.Text, f.Message, f.Suggestions})
	}
	assert.Equal(t, []finding{
		{"decimal-point", "2.5", "Dezimalpunkt: „2.5“ → „2,5“ vor Prozent.", []string{"2,5", "$2"}},
		{"decimal-point", "35.40", "Dezimalpunkt: „35.40“ → „35,40“ vor Milliarden.", []string{"35,40", "$35"}},
		{"sinn-machen", "Sinn nicht machen", "„Sinn machen“ ist eine Lehnübersetzung.", []string{"ergibt nicht Sinn", "ergibt Sinn"}},
		{"sinn-machen", "macht keinen Sinn", "„Sinn machen“ ist eine Lehnübersetzung.", []string{"ergibt keinen Sinn", "ergibt Sinn"}},
	}, got)
	assert.Equal(t, "Dezimalpunkt: „…“ → „…,…“ vor ….", rules[0].Message, "default message with placeholders")
	assert.Equal(t, checker.Major, rules[0].Severity)
	assert.Equal(t, checker.Minor, rules[1].Severity)
	assert.Equal(t, "style/calque", rules[1].Category)
	assert.Equal(t, "demo", rules[1].Pack)
	assert.Equal(t, p.Entries[1].Bad, rules[1].Bad)
}

func TestTemplateErrors(t *testing.T) {
	for src, want := range map[string]string{
		"$":          "bad reference",
		"a $x":       "bad reference",
		"${":         "want ${name}",
		"${}":        "want ${name}",
		"$1 ${a} $$": "",
	} {
		_, err := parseTemplate(src)
		if want == "" {
			assert.NoError(t, err, src)
		} else if assert.Error(t, err, src) {
			assert.Contains(t, err.Error(), want, src)
		}
	}
}

// TestRulesShareOneMatch checks that the rules of one set report what the
// shared per-document match holds, rather than each matching on its own: a
// rule running first plants fake matches under the set's key.
func TestRulesShareOneMatch(t *testing.T) {
	p, err := Parse("demo.yaml", []byte(templatePack))
	require.NoError(t, err)
	s, err := newSet([]*Pack{p})
	require.NoError(t, err)
	planted := make([][]hit, len(s.entries))
	planted[1] = []hit{{span: checker.Span{Start: 0, End: 3}}}
	calls := 0
	s.hits = checker.NewShared(func(*checker.Pass) [][]hit { calls++; return planted })
	plant := checker.Rule{ID: "plant", Title: "Plant", Category: "markup/leftover", Severity: checker.Minor, Message: "-", Doc: "-",
		Bad: []string{"{{x}}"}, Good: []string{"x"}, Check: func(pass *checker.Pass) { s.shared(pass) }}
	eng, err := checker.NewEngine([]checker.Rule{plant, s.rule(0), s.rule(1)}, checker.Config{})
	require.NoError(t, err)
	res, err := eng.CheckText("Das würde Sinn machen, 2.5 Prozent.")
	require.NoError(t, err)
	require.Len(t, res.Findings, 1)
	assert.Equal(t, "sinn-machen", res.Findings[0].Rule)
	assert.Equal(t, "Das", res.Findings[0].Text)
	assert.Equal(t, 1, calls, "the matches are computed once for all rules of the set")
}

func TestParseFS(t *testing.T) {
	fsys := fstest.MapFS{
		"packs/demo.yaml":   {Data: []byte(templatePack)},
		"packs/broken.yaml": {Data: []byte("name: broken\n")},
		"packs/README.md":   {Data: []byte("not a pack")},
	}
	_, err := ParseFS(fsys, "packs/*.yaml")
	assertError(t, err, "broken.yaml", 1, "description", "missing")
	delete(fsys, "packs/broken.yaml")
	packs, err := ParseFS(fsys, "packs/*.yaml")
	require.NoError(t, err)
	require.Len(t, packs, 1)
	assert.Equal(t, "demo.yaml", packs[0].File)
}
