package checker

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestParseVariant(t *testing.T) {
	for in, want := range map[string]Variant{"de-DE": DeDE, "de-at": DeAT, "DE_CH": DeCH, " de-CH ": DeCH} {
		v, err := ParseVariant(in)
		require.NoError(t, err, in)
		assert.Equal(t, want, v, in)
	}
	for _, in := range []string{"", "de", "de-LI", "fr-CH", "auto"} {
		_, err := ParseVariant(in)
		assert.EqualError(t, err, `unknown language variant "`+in+`" (want de-DE, de-AT or de-CH)`)
	}
}

func TestExampleVariant(t *testing.T) {
	for _, tc := range []struct {
		ex, rest string
		v        Variant
	}{
		{"[de-CH] Die {{Straße}}", "Die {{Straße}}", DeCH},
		{"[de-AT] x", "x", DeAT},
		{"[de-DE] x", "x", DeDE},
		{"[de-LI] x", "[de-LI] x", ""},
		{"[de-CH]x", "[de-CH]x", ""},
		{"Die Straße", "Die Straße", ""},
		{"[x]", "[x]", ""},
	} {
		v, rest := ExampleVariant(tc.ex)
		assert.Equal(t, tc.v, v, tc.ex)
		assert.Equal(t, tc.rest, rest, tc.ex)
	}
}

// variantRule reports the variant of the pass at the first token.
var variantRule = Rule{
	ID: "variant-probe", Title: "Variant probe", Category: "locale/spelling", Severity: Minor,
	Message: "variant", Doc: "Reports the variant.",
	Bad: []string{"{{x}}"}, Good: []string{"[de-CH] x"},
	Check: func(p *Pass) {
		if p.Variant() != DeCH && len(p.Doc.Tokens) > 0 {
			p.Report(p.Doc.Tokens[0].Span, string(p.Variant()))
		}
	},
}

func TestEngineVariant(t *testing.T) {
	e, err := NewEngine([]Rule{variantRule}, Config{})
	require.NoError(t, err)
	assert.Equal(t, DeDE, e.Variant())
	res, err := e.CheckText("Wort")
	require.NoError(t, err)
	require.Len(t, res.Findings, 1)
	assert.Equal(t, "de-DE", res.Findings[0].Message, "the zero variant is de-DE")

	at, err := e.WithVariant(DeAT)
	require.NoError(t, err)
	assert.Equal(t, DeAT, at.Variant())
	assert.Equal(t, DeDE, e.Variant(), "WithVariant leaves the engine alone")
	res, err = at.CheckText("Wort")
	require.NoError(t, err)
	assert.Equal(t, "de-AT", res.Findings[0].Message)

	same, err := e.WithVariant("")
	require.NoError(t, err)
	assert.Same(t, e, same)

	ch, err := NewEngine([]Rule{variantRule}, Config{Variant: DeCH})
	require.NoError(t, err)
	res, err = ch.CheckText("Wort")
	require.NoError(t, err)
	assert.Empty(t, res.Findings)

	_, err = NewEngine([]Rule{variantRule}, Config{Variant: "de-LI"})
	assert.EqualError(t, err, `unknown language variant "de-LI" (want de-DE, de-AT or de-CH)`)
	_, err = e.WithVariant("xx")
	assert.Error(t, err)
	require.NoError(t, variantRule.Validate(), "a variant tag is not part of the example's text")
}
