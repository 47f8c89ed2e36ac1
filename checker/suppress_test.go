package checker

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestParseDirective(t *testing.T) {
	tests := []struct {
		text string
		ok   bool
		want Directive
	}{
		{"<!-- mtcheck-disable english-date: Zitat aus dem Original -->", true,
			Directive{Kind: Disable, Rules: []string{"english-date"}, Reason: "Zitat aus dem Original"}},
		{"<!-- mtcheck-enable english-date -->", true, Directive{Kind: Enable, Rules: []string{"english-date"}}},
		{"mtcheck-disable-next-paragraph a-rule, b-rule: Name einer Firma", true,
			Directive{Kind: DisableNextParagraph, Rules: []string{"a-rule", "b-rule"}, Reason: "Name einer Firma"}},
		{"<!--mtcheck-disable-next-paragraph leftovers:Absicht-->", true,
			Directive{Kind: DisableNextParagraph, Rules: []string{"leftovers"}, Reason: "Absicht"}},
		{"mtcheck-disable-next-paragraph a-rule", true, Directive{Kind: DisableNextParagraph, Rules: []string{"a-rule"}}},
		{"Wir nutzen mtcheck-disable nie.", false, Directive{}},
		{"<!-- mtcheck-disable a-rule: x", false, Directive{}},
		{"mtcheck-disable a-rule: x -->", false, Directive{}},
	}
	for _, tt := range tests {
		got, ok := parseDirective(tt.text, Span{0, len(tt.text)})
		assert.Equal(t, tt.ok, ok, tt.text)
		if tt.ok {
			tt.want.Span = Span{0, len(tt.text)}
			assert.Equal(t, tt.want, got, tt.text)
		}
	}
}

func TestDirectiveParagraphsLeaveTheModel(t *testing.T) {
	d, err := Analyze("Eins zwei.\n\n<!-- mtcheck-disable w: Grund -->\n\nDrei vier.")
	require.NoError(t, err)
	require.Len(t, d.Paragraphs, 2)
	require.Len(t, d.Directives, 1)
	assert.Equal(t, 4, d.Words())
	assert.Equal(t, "Drei vier.", d.Slice(d.Paragraphs[1].Span))
	assert.Equal(t, 1, d.Sentences[len(d.Sentences)-1].Paragraph)
}

func TestSuppressions(t *testing.T) {
	packed := wordRule("packed", "drei", Minor)
	packed.Pack = "zahlen"
	e, err := NewEngine([]Rule{wordRule("eins-rule", "eins", Minor), wordRule("zwei-rule", "zwei", Minor), packed}, Config{})
	require.NoError(t, err)
	type hit struct{ rule, text string }
	tests := []struct {
		name string
		text string
		want []hit
	}{
		{"no directive", "eins zwei\n\neins", []hit{{"eins-rule", "eins"}, {"zwei-rule", "zwei"}, {"eins-rule", "eins"}}},
		{"next paragraph only",
			"mtcheck-disable-next-paragraph eins-rule: Eigenname\n\neins zwei\n\neins",
			[]hit{{"zwei-rule", "zwei"}, {"eins-rule", "eins"}}},
		{"disable until enable",
			"<!-- mtcheck-disable eins-rule: Zitat -->\n\neins\n\neins\n\n<!-- mtcheck-enable eins-rule -->\n\neins",
			[]hit{{"eins-rule", "eins"}}},
		{"pack name", "mtcheck-disable-next-paragraph zahlen: Liste\n\ndrei eins", []hit{{"eins-rule", "eins"}}},
		{"unused suppression is reported",
			"mtcheck-disable-next-paragraph zwei-rule: alt\n\neins",
			[]hit{{"suppression", "mtcheck-disable-next-paragraph zwei-rule: alt"}, {"eins-rule", "eins"}}},
		{"missing reason is reported but still silences",
			"mtcheck-disable-next-paragraph eins-rule\n\neins",
			[]hit{{"suppression", "mtcheck-disable-next-paragraph eins-rule"}}},
		{"unknown rule is reported",
			"mtcheck-disable-next-paragraph keine-regel: Tippfehler\n\neins",
			[]hit{{"suppression", "mtcheck-disable-next-paragraph keine-regel: Tippfehler"}, {"eins-rule", "eins"}}},
		{"stray enable is reported", "<!-- mtcheck-enable eins-rule -->\n\nzwei",
			[]hit{{"suppression", "<!-- mtcheck-enable eins-rule -->"}, {"zwei-rule", "zwei"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res, err := e.CheckText(tt.text)
			require.NoError(t, err)
			var got []hit
			for _, f := range res.Findings {
				got = append(got, hit{f.Rule, f.Text})
				assert.Equal(t, tt.text[f.Start:f.End], f.Text)
				if f.Rule == "suppression" {
					assert.Equal(t, "markup/suppression", f.Category)
					assert.NotEmpty(t, f.Message)
				}
			}
			assert.Equal(t, tt.want, got)
		})
	}
}

func TestSuppressionOfDisabledRuleIsNotUnused(t *testing.T) {
	e, err := NewEngine([]Rule{wordRule("eins-rule", "eins", Minor)}, Config{Disable: map[string]bool{"eins-rule": true}})
	require.NoError(t, err)
	res, err := e.CheckText("mtcheck-disable-next-paragraph eins-rule: Grund\n\neins")
	require.NoError(t, err)
	assert.Empty(t, res.Findings)
}

func TestStrayEnableIsChargedToTheNextParagraph(t *testing.T) {
	e, err := NewEngine([]Rule{wordRule("some-rule", "zzz", Minor)}, Config{})
	require.NoError(t, err)
	for _, tc := range []struct {
		text string
		para int
	}{
		{"Erster Absatz.\n\nZweiter Absatz.\n\nmtcheck-enable some-rule\n\nDritter Absatz.", 2},
		{"Erster Absatz.\n\nZweiter Absatz.\n\nmtcheck-enable some-rule", 1},
	} {
		res, err := e.CheckText(tc.text)
		require.NoError(t, err)
		require.Len(t, res.Findings, 1)
		f := res.Findings[0]
		assert.Equal(t, "suppression", f.Rule)
		assert.Equal(t, tc.para, f.Paragraph)
		assert.Equal(t, "mtcheck-enable some-rule", f.Text, "the finding stays at the directive")
		assert.Equal(t, 1, res.Paragraphs[tc.para].Penalty)
		assert.Equal(t, 0, res.Paragraphs[0].Penalty)
	}
}
