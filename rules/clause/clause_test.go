package clause

import (
	"fmt"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/mtcheck/mtcheck/checker"
	"github.com/mtcheck/mtcheck/rules/lexicon"
)

// analyzeText runs the clause analysis on text with the default lexicon.
func analyzeText(t *testing.T, text string) *Analysis {
	t.Helper()
	d, err := checker.Analyze(text)
	require.NoError(t, err)
	return Analyze(d, lexicon.Default())
}

// describe renders a clause compactly: kind ("?" when not sure), boundary,
// text, opener, finite verb candidates, fronted part and flags.
func describe(d *checker.Doc, c Clause) string {
	var b strings.Builder
	b.WriteString(c.Kind.String())
	if !c.Sure {
		b.WriteString("?")
	}
	fmt.Fprintf(&b, "/%s %q", c.Boundary, d.Slice(c.Span(d)))
	if c.Opener >= 0 {
		fmt.Fprintf(&b, " open=%q", d.Text[d.Tokens[c.Opener].Start:d.Tokens[c.OpenerEnd-1].End])
	}
	if len(c.Finite) > 0 {
		var fin []string
		for _, f := range c.Finite {
			fin = append(fin, d.TokenText(f))
		}
		fmt.Fprintf(&b, " fin=%s", strings.Join(fin, ","))
	}
	if f, e, ok := c.Fronted(d); ok {
		fmt.Fprintf(&b, " front=%q", d.Text[d.Tokens[f].Start:d.Tokens[e-1].End])
	}
	for _, fl := range []struct {
		on   bool
		name string
	}{{c.VerbFirst, "v1"}, {c.Question, "question"}, {c.Imperative, "imperative"}, {c.Quoted, "quoted"}} {
		if fl.on {
			b.WriteString(" +" + fl.name)
		}
	}
	return b.String()
}

func TestClauses(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		{"Früher das Unternehmen Sagte er zur Kenntnisnahme dass seine Werbeplattform Twitter ab Dienstag, dem 25.", []string{
			"main/start \"Früher das Unternehmen Sagte er zur Kenntnisnahme\" fin=Sagte front=\"Früher das Unternehmen\"",
			"subordinate/implicit \"dass seine Werbeplattform Twitter ab Dienstag\" open=\"dass\"",
			"fragment/comma \"dem 25\"",
		}},
		{"Vielleicht möchten Sie Twitter lesen Cookie-Richtlinie Und Datenschutz-Bestimmungen vor dem Einlass.", []string{
			"main/start \"Vielleicht möchten Sie Twitter lesen Cookie-Richtlinie\" fin=möchten,lesen front=\"Vielleicht\"",
			"fragment/coordinator \"Datenschutz-Bestimmungen vor dem Einlass\"",
		}},
		{"Er sagte auch, dass „fast alle entweder zurückgekehrt sind oder gesagt haben, dass sie zurückkehren werden“ zu Twitter.", []string{
			"main/start \"Er sagte auch\" fin=sagte front=\"Er\"",
			"subordinate/comma \"dass „fast alle entweder zurückgekehrt sind\" open=\"dass\" fin=sind",
			"unknown?/coordinator \"gesagt haben\" fin=haben +quoted",
			"subordinate/comma \"dass sie zurückkehren werden\" open=\"dass\" fin=zurückkehren,werden +quoted",
			"fragment/quote \"zu Twitter\"",
		}},
		{"„Wie geht es?“, fragte er.", []string{
			"main/start \"Wie geht es\" fin=geht front=\"Wie\" +question +quoted",
			"main/comma \"fragte er\" fin=fragte +v1",
		}},
		{"Lesen Sie den Bericht, den die Regierung gestern veröffentlicht hat, mit dem sie zufrieden ist.", []string{
			"main/start \"Lesen Sie den Bericht\" fin=Lesen +v1 +imperative",
			"relative/comma \"den die Regierung gestern veröffentlicht hat\" open=\"den\" fin=veröffentlicht,hat",
			"relative/comma \"mit dem sie zufrieden ist\" open=\"mit dem\" fin=ist",
		}},
		{"Während der Sitzung sagte er, die Preise steigen.", []string{
			"main/start \"Während der Sitzung sagte er\" fin=sagte front=\"Während der Sitzung\"",
			"main/comma \"die Preise steigen\" fin=steigen front=\"die Preise\"",
		}},
		{"Als er kam, ging sie.", []string{
			"subordinate?/start \"Als er kam\" open=\"Als\" fin=kam",
			"main/comma \"ging sie\" fin=ging +v1",
		}},
		{"Da ist er. Da er krank war, blieb er zu Hause.", []string{
			"main/start \"Da ist er\" fin=ist front=\"Da\"",
			"subordinate?/start \"Da er krank war\" open=\"Da\" fin=war",
			"main/comma \"blieb er zu Hause\" fin=blieb +v1",
		}},
		{"Er sagte, dass er kommt und sie geht.", []string{
			"main/start \"Er sagte\" fin=sagte front=\"Er\"",
			"subordinate/comma \"dass er kommt\" open=\"dass\" fin=kommt",
			"unknown?/coordinator \"sie geht\" fin=geht",
		}},
		{"Es regnete, das ist gewiss.", []string{
			"main/start \"Es regnete\" fin=regnete front=\"Es\"",
			"relative?/comma \"das ist gewiss\" open=\"das\" fin=ist",
		}},
		{"Der Mann, dessen Frau Ärztin ist, kam.", []string{
			"fragment/start \"Der Mann\"",
			"relative/comma \"dessen Frau Ärztin ist\" open=\"dessen Frau\" fin=ist",
			"main/comma \"kam\" fin=kam +v1",
		}},
		{"Er kam, um zu helfen. Es ist geplant eine Halle zu bauen.", []string{
			"main/start \"Er kam\" fin=kam front=\"Er\"",
			"infinitival/comma \"um zu helfen\" open=\"um\"",
			"main/start \"Es ist geplant eine Halle zu bauen\" fin=ist front=\"Es\"",
		}},
		{"Stadtrat beschließt neuen Haushalt", []string{
			"main/start \"Stadtrat beschließt neuen Haushalt\" fin=beschließt front=\"Stadtrat\"",
		}},
		{"Wer Fragen hat, kann sich an das Amt wenden.", []string{
			"subordinate?/start \"Wer Fragen hat\" open=\"Wer\" fin=hat",
			"main/comma \"kann sich an das Amt wenden\" fin=kann,wenden +v1",
		}},
		{"Das geht nicht, außer Sie zahlen mehr.", []string{
			"main/start \"Das geht nicht\" fin=geht front=\"Das\"",
			"main/comma \"außer Sie zahlen mehr\" fin=zahlen front=\"außer Sie\"",
		}},
		{"„Früher hatte die Firma Geld“, sagte er, „und das war gut.“", []string{
			"main/start \"Früher hatte die Firma Geld\" fin=hatte front=\"Früher\" +quoted",
			"main/comma \"sagte er\" fin=sagte +v1",
			"main/coordinator \"das war gut\" fin=war front=\"das\" +quoted",
		}},
		{"Er sagte: „Wir kommen.“", []string{
			"main/start \"Er sagte\" fin=sagte front=\"Er\"",
			"main/colon \"Wir kommen\" fin=kommen front=\"Wir\" +quoted",
		}},
		{"Kommst du morgen (oder später)?", []string{
			"main/start \"Kommst du morgen\" fin=Kommst +v1 +question",
			"fragment/coordinator \"später\" +question",
		}},
		{"Die bekannte Autorin kam – und blieb.", []string{
			"main/start \"Die bekannte Autorin kam\" fin=kam front=\"Die bekannte Autorin\"",
			"main/coordinator \"blieb\" fin=blieb +v1",
		}},
		{"Sie wusste nicht, ob die Preise sinken, seit die Firma verkauft wurde.", []string{
			"main/start \"Sie wusste nicht\" fin=wusste front=\"Sie\"",
			"subordinate/comma \"ob die Preise sinken\" open=\"ob\" fin=sinken",
			"subordinate?/comma \"seit die Firma verkauft wurde\" open=\"seit\" fin=verkauft,wurde",
		}},
		{"Es regnete, die Preise sind gestiegen.", []string{
			"main/start \"Es regnete\" fin=regnete front=\"Es\"",
			"main/comma \"die Preise sind gestiegen\" fin=sind front=\"die Preise\"",
		}},
	}
	for _, tt := range tests {
		a := analyzeText(t, tt.text)
		var got []string
		for _, c := range a.Clauses {
			got = append(got, describe(a.Doc, c))
		}
		assert.Equal(t, tt.want, got, tt.text)
	}
}

// TestNonOpenersAreWeakSubordinators checks that nonOpeners only restrict
// the lexicon's class: each is a weak subordinator there.
func TestNonOpenersAreWeakSubordinators(t *testing.T) {
	lx := lexicon.Default()
	for w := range nonOpeners {
		assert.True(t, lx.IsWeakSubordinator(w), w)
	}
}
