package main

import (
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/mtcheck/mtcheck/rules"
	"github.com/mtcheck/mtcheck/rules/config"
)

// TestCheckVariant checks the language variant of check: the file's
// variant, and --variant beating it.
func TestCheckVariant(t *testing.T) {
	const swiss = "Die Straße bleibt seit January 5 gesperrt.\n"
	tests := []struct {
		name   string
		config string
		args   []string
		want   []string // rule: suggestion
	}{
		{"default", "", nil, []string{"english-date: 5. Januar"}},
		{"file de-CH", "variant: de-CH\n", nil, []string{"swiss-eszett: Strasse", "english-date: 5. Januar"}},
		{"file de-AT", "variant: de-AT\n", nil, []string{"english-date: 5. Jänner"}},
		{"--variant de-CH", "", []string{"--variant", "de-CH"}, []string{"swiss-eszett: Strasse", "english-date: 5. Januar"}},
		{"--variant beats the file", "variant: de-CH\n", []string{"--variant", "de-at"}, []string{"english-date: 5. Jänner"}},
		{"--variant de-DE beats the file", "variant: de-CH\n", []string{"--variant=de-DE"}, []string{"english-date: 5. Januar"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			dir := writeTree(t, t.TempDir(), map[string]string{config.FileName: tc.config, "doc.txt": swiss})
			args := append([]string{"check", "--format", "json", "--exit-zero", filepath.Join(dir, "doc.txt")}, tc.args...)
			res := runEnv(t, &env{rules: rules.All()}, args...)
			require.Equal(t, exitOK, res.code, res.stderr)
			r := decodeReport(t, res.stdout)
			require.Len(t, r.Documents, 1)
			var got []string
			for _, f := range r.Documents[0].Findings {
				got = append(got, f.Rule+": "+f.Suggestions[0])
			}
			assert.Equal(t, tc.want, got)
		})
	}
}

func TestCheckVariantErrors(t *testing.T) {
	res := runEnv(t, &env{rules: rules.All()}, "check", "--variant", "de-LI", "-")
	assert.Equal(t, exitTrouble, res.code)
	assert.Contains(t, res.stderr, `--variant: unknown language variant "de-LI" (want de-DE, de-AT or de-CH)`)

	dir := writeTree(t, t.TempDir(), map[string]string{config.FileName: "threshold: 90\nvariant: swiss\n", "doc.txt": "Text.\n"})
	res = runEnv(t, &env{rules: rules.All()}, "check", filepath.Join(dir, "doc.txt"))
	assert.Equal(t, exitTrouble, res.code)
	assert.Contains(t, res.stderr, config.FileName+`:2: variant: unknown language variant "swiss" (want de-DE, de-AT or de-CH)`)
}
