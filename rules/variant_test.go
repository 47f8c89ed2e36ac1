package rules

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/mtcheck/mtcheck/checker"
	"github.com/mtcheck/mtcheck/checker/checkertest"
)

// TestEnglishDateVariants holds the suggestions of english-date to the
// month names of each variant: Austria writes "Jänner" and "Feber".
func TestEnglishDateVariants(t *testing.T) {
	for _, tc := range []struct {
		variant checker.Variant
		text    string
		want    []string
	}{
		{"", "Der Vertrag läuft seit {{January 5}}.", []string{"5. Januar"}},
		{checker.DeDE, "Der Vertrag läuft seit {{January 5}}.", []string{"5. Januar"}},
		{checker.DeCH, "Der Vertrag läuft seit {{January 5}}.", []string{"5. Januar"}},
		{checker.DeAT, "Der Vertrag läuft seit {{January 5}}.", []string{"5. Jänner"}},
		{checker.DeAT, "{{January 5, 2025}}", []string{"5. Jänner 2025"}},
		{checker.DeAT, "Am {{February 3rd}} wird gewählt.", []string{"3. Feber", "3. Februar"}},
		{checker.DeDE, "Am {{February 3rd}} wird gewählt.", []string{"3. Februar"}},
		{checker.DeAT, "Das Gesetz wurde im {{January 2024}} beschlossen.", []string{"Jänner 2024"}},
		{checker.DeAT, "Die Klage war im {{February}} eingereicht worden.", []string{"Feber", "Februar"}},
		{checker.DeAT, "Die Wahl am {{March 12}} entscheidet.", []string{"12. März"}},
		{checker.DeAT, "Die Schulen bleiben bis {{Friday}} geschlossen.", []string{"Freitag"}},
		{checker.DeAT, "Die Frist endet am {{3/14/2025}}.", []string{"14.3.2025"}},
	} {
		c := checkertest.Fix(tc.text, tc.want...)
		c.Variant = tc.variant
		checkertest.Run(t, englishDate, c)
	}
}

// TestSwissEszettOnlyInSwissText checks that swiss-eszett speaks only for
// de-CH and suggests ss.
func TestSwissEszettOnlyInSwissText(t *testing.T) {
	for _, tc := range []struct {
		variant checker.Variant
		text    string
		suggest [][]string
	}{
		{checker.DeCH, "Die {{Straße}} ist {{groß}}.", [][]string{{"Strasse"}, {"gross"}}},
		{checker.DeCH, "{{Fußball-WM}}: {{ẞ}}", [][]string{{"Fussball-WM"}, {"SS"}}},
		{checker.DeCH, "Die Strasse ist gross.", [][]string{}},
		{checker.DeDE, "Die Straße ist groß.", [][]string{}},
		{checker.DeAT, "Die Straße ist groß.", [][]string{}},
		{"", "Die Straße ist groß.", [][]string{}},
	} {
		checkertest.Run(t, swissEszett, checkertest.Case{Text: tc.text, Suggest: tc.suggest, Variant: tc.variant})
	}
	d, err := checker.Analyze("Grüße aus der Straße")
	require.NoError(t, err)
	got, ok := matchSwissEszett(d, 0)
	assert.True(t, ok)
	assert.Equal(t, "Grüsse", got)
	_, ok = matchSwissEszett(d, 2)
	assert.False(t, ok)
}

// TestVariantRulesOnly lists the rules whose findings depend on the
// variant. Every other rule gives the same findings on its examples in
// every variant; a rule that starts to depend on it belongs in the list
// and in the README's paragraph on language variants.
func TestVariantRulesOnly(t *testing.T) {
	dependent := map[string]bool{"english-date": true, "swiss-eszett": true}
	for _, rule := range All() {
		if dependent[rule.ID] || rule.Bilingual {
			continue
		}
		eng, err := checkertest.Engine(rule)
		require.NoError(t, err)
		for _, ex := range append(append([]string{}, rule.Bad...), rule.Good...) {
			_, text := checker.ExampleVariant(ex)
			plain, _, err := checker.ParseMarked(text)
			require.NoError(t, err)
			var want []checker.Finding
			for i, v := range checker.Variants {
				e, err := eng.WithVariant(v)
				require.NoError(t, err)
				res, err := e.CheckText(plain)
				require.NoError(t, err)
				if i == 0 {
					want = res.Findings
					continue
				}
				assert.Equal(t, want, res.Findings, "rule %s, variant %s: %s", rule.ID, v, plain)
			}
		}
	}
}
