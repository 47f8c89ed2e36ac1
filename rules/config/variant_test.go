package config

import (
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/mtcheck/mtcheck/checker"
)

func TestParseVariant(t *testing.T) {
	path := filepath.Join(t.TempDir(), FileName)
	for _, tc := range []struct {
		file string
		want checker.Variant
	}{
		{"variant: de-CH\n", checker.DeCH},
		{"variant: de-at\n", checker.DeAT},
		{"variant: de_DE\n", checker.DeDE},
		{"threshold: 90\n", ""},
	} {
		c, err := Parse(path, []byte(tc.file))
		require.NoError(t, err, tc.file)
		assert.Equal(t, tc.want, c.Variant, tc.file)
	}
	_, err := Parse(path, []byte("threshold: 90\nvariant: de-LI\n"))
	assert.Equal(t, []string{path + `:2: variant: unknown language variant "de-LI" (want de-DE, de-AT or de-CH)`}, problems(t, err))
	_, err = Parse(path, []byte("variant: [de-CH]\n"))
	assert.Equal(t, []string{path + ":1: variant: must be a string (quote it)"}, problems(t, err))
	_, err = Parse(path, []byte("variante: de-CH\n"))
	assert.Contains(t, problems(t, err)[0], `variante`)
}

func TestBuildVariant(t *testing.T) {
	c, err := Parse("", []byte("variant: de-CH\n"))
	require.NoError(t, err)
	s, err := c.Build(Options{})
	require.NoError(t, err)
	assert.Equal(t, checker.DeCH, s.Settings.Variant)
	assert.Equal(t, checker.DeCH, s.Engine.Variant())

	// an override beats the file, as --variant does
	s2, err := c.Build(Options{Overrides: Overrides{Variant: "de-AT"}})
	require.NoError(t, err)
	assert.Equal(t, checker.DeAT, s2.Engine.Variant())

	def, err := (&Config{}).Build(Options{})
	require.NoError(t, err)
	assert.Equal(t, checker.DeDE, def.Engine.Variant())
}

func TestEngineWithVariant(t *testing.T) {
	s, err := (&Config{}).Build(Options{})
	require.NoError(t, err)
	for _, v := range checker.Variants {
		e, err := s.EngineWith(Overrides{Variant: string(v)})
		require.NoError(t, err)
		assert.Equal(t, v, e.Variant())
		again, err := s.EngineWith(Overrides{Variant: string(v)})
		require.NoError(t, err)
		assert.Same(t, e, again, "one engine per variant, built with the setup")
		assert.Equal(t, len(s.Engine.Rules()), len(e.Rules()))
	}
	e, err := s.EngineWith(Overrides{Variant: "de-DE"})
	require.NoError(t, err)
	assert.Same(t, s.Engine, e, "the default variant is the setup's engine")

	// with other overrides the variant is kept
	e, err = s.EngineWith(Overrides{Variant: "de-CH", Disable: []string{"english-date"}})
	require.NoError(t, err)
	assert.Equal(t, checker.DeCH, e.Variant())
	e, err = s.EngineWith(Overrides{Disable: []string{"english-date"}})
	require.NoError(t, err)
	assert.Equal(t, checker.DeDE, e.Variant())

	_, err = s.EngineWith(Overrides{Variant: "fr-CH", Labels: Labels{Variant: "language"}})
	assert.Equal(t, []string{`language: unknown language variant "fr-CH" (want de-DE, de-AT or de-CH)`}, problems(t, err))
	_, err = s.EngineWith(Overrides{Variant: "xx", Disable: []string{"english-date"}})
	assert.Equal(t, []string{`variant: unknown language variant "xx" (want de-DE, de-AT or de-CH)`}, problems(t, err))
}
