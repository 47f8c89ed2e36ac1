package config

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/mtcheck/mtcheck/checker"
)

// writeFiles creates files (slash-separated names relative to dir) with their contents.
func writeFiles(t *testing.T, dir string, files map[string]string) {
	t.Helper()
	for name, content := range files {
		p := filepath.Join(dir, filepath.FromSlash(name))
		require.NoError(t, os.MkdirAll(filepath.Dir(p), 0o755))
		require.NoError(t, os.WriteFile(p, []byte(content), 0o644))
	}
}

// problems returns the lines of an error made of checker.FileError values.
func problems(t *testing.T, err error) []string {
	t.Helper()
	require.Error(t, err)
	es := checker.AsFileErrors(err)
	require.NotNil(t, es, "want checker.FileErrors, got %T: %v", err, err)
	var out []string
	for _, e := range es {
		out = append(out, e.Error())
	}
	return out
}

// housePack is a valid user pack with one entry.
const housePack = `name: house-style
description: The house style of the newsroom.
category: style/calque
severity: minor
entries:
  - id: corona-krise
    title: '"Corona-Krise" instead of "Corona-Pandemie"'
    message: "Hausstil: „Corona-Pandemie“ statt „Corona-Krise“."
    pattern: 'Corona-Krise'
    bad: ["Die {{Corona-Krise}} traf alle."]
    good: ["Die Corona-Pandemie traf alle."]
`

func TestParseFull(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, FileName)
	c, err := Parse(path, []byte(`# the newsroom's settings
threshold: 90
disable: [english-date, calques]
enable:
  - extraposed-object
severity:
  glued-words: major
  leftovers: Critical
accept: [Musk, "LinkedIn", Elon Musk]
rules: [house-style.yaml, sub/more.yaml, /abs/pack.yaml]
`))
	require.NoError(t, err)
	assert.Equal(t, path, c.Path)
	assert.Equal(t, ThresholdOf(90), c.Threshold)
	assert.Equal(t, []Name{{Value: "english-date", Line: 3, Field: "disable[0]"}, {Value: "calques", Line: 3, Field: "disable[1]"}}, c.Disable)
	assert.Equal(t, []Name{{Value: "extraposed-object", Line: 5, Field: "enable[0]"}}, c.Enable)
	assert.Equal(t, []SeverityOverride{
		{Name{Value: "glued-words", Line: 7, Field: "severity: glued-words"}, checker.Major},
		{Name{Value: "leftovers", Line: 8, Field: "severity: leftovers"}, checker.Critical},
	}, c.Severity)
	assert.Equal(t, []string{"Musk", "LinkedIn", "Elon Musk"}, c.Accept)
	assert.Equal(t, []Name{
		{Value: filepath.Join(dir, "house-style.yaml"), Line: 10, Field: "rules[0]"},
		{Value: filepath.Join(dir, "sub", "more.yaml"), Line: 10, Field: "rules[1]"},
		{Value: filepath.Clean("/abs/pack.yaml"), Line: 10, Field: "rules[2]"},
	}, c.RuleFiles)
	assert.Empty(t, c.Packs, "Parse does not read the packs")
}

func TestParseEmptyAndDefaults(t *testing.T) {
	for _, tc := range []struct{ name, data string }{
		{"empty file", ""},
		{"comments only", "# nothing configured yet\n"},
		{"null document", "~\n"},
		{"empty values", "disable:\nenable:\nseverity:\naccept:\nrules:\n"},
		{"empty lists", "disable: []\nenable: []\nseverity: {}\naccept: []\nrules: []\n"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c, err := Parse("c.yaml", []byte(tc.data))
			require.NoError(t, err)
			assert.Equal(t, &Config{Path: "c.yaml"}, c)
		})
	}
	c, err := Parse("c.yaml", []byte("threshold: 0\n"))
	require.NoError(t, err)
	assert.Equal(t, Threshold{Score: 0, Set: true}, c.Threshold, "threshold 0 is set, and lets every score pass")
}

func TestParseErrors(t *testing.T) {
	tests := []struct {
		name string
		data string
		want []string
	}{
		{"unknown field", "threshold: 90\ncolour: red\n",
			[]string{`c.yaml:2: colour: unknown field "colour" (known: [threshold disable enable severity accept rules variant])`}},
		{"repeated field", "disable: [a]\ndisable: [b]\n",
			[]string{"c.yaml:2: disable: repeated field, first given at line 1"}},
		{"not a mapping", "- disable\n",
			[]string{"c.yaml:1: must be a mapping of fields (known: [threshold disable enable severity accept rules variant])"}},
		{"YAML syntax", "disable: [a\nenable: b\n",
			[]string{"c.yaml:1: did not find expected ',' or ']'"}},
		{"threshold not a number", "threshold: high\n", []string{"c.yaml:1: threshold: must be a number from 0 to 100"}},
		{"threshold quoted", "threshold: \"90\"\n", []string{"c.yaml:1: threshold: must be a number from 0 to 100"}},
		{"threshold too high", "threshold: 100.5\n", []string{"c.yaml:1: threshold: 100.5 is not a number from 0 to 100"}},
		{"threshold negative", "threshold: -1\n", []string{"c.yaml:1: threshold: -1 is not a number from 0 to 100"}},
		{"threshold NaN", "threshold: .nan\n", []string{"c.yaml:1: threshold: .nan is not a number from 0 to 100"}},
		{"disable not a list", "disable: english-date\n", []string{"c.yaml:1: disable: must be a list of strings, e.g. [a, b]"}},
		{"enable item not a string", "enable:\n  - ok\n  - 42\n  - [x]\n", []string{
			"c.yaml:3: enable[1]: must be a string (quote it)",
			"c.yaml:4: enable[2]: must be a string (quote it)",
		}},
		{"empty name", "disable: ['']\n", []string{"c.yaml:1: disable[0]: must not be empty"}},
		{"severity not a mapping", "severity: [glued-words]\n",
			[]string{"c.yaml:1: severity: must be a mapping of rule IDs or pack names to severities, e.g. {glued-words: major}"}},
		{"unknown severity", "severity:\n  glued-words: huge\n",
			[]string{`c.yaml:2: severity: glued-words: unknown severity "huge" (want minor, major or critical)`}},
		{"severity not a string", "severity:\n  glued-words: 5\n",
			[]string{"c.yaml:2: severity: glued-words: must be minor, major or critical"}},
		{"repeated severity", "severity:\n  a: minor\n  a: major\n",
			[]string{"c.yaml:3: severity: a: repeated field, first given at line 2"}},
		{"accept problems", "accept:\n  - ''\n  - ' Musk'\n  - 2024\n", []string{
			"c.yaml:2: accept[0]: must not be empty",
			"c.yaml:3: accept[1]: has white space at its start or end and would never match",
			"c.yaml:4: accept[2]: must be a string (quote it)",
		}},
		{"rules problems", "rules:\n  - a.yaml\n  - ''\n  - ./a.yaml\n", []string{
			"c.yaml:3: rules[1]: must not be empty",
			"c.yaml:4: rules[2]: repeated rule pack, first given at line 2",
		}},
		{"every problem at once, by line", "colour: red\nthreshold: x\ndisable: y\n", []string{
			`c.yaml:1: colour: unknown field "colour" (known: [threshold disable enable severity accept rules variant])`,
			"c.yaml:2: threshold: must be a number from 0 to 100",
			"c.yaml:3: disable: must be a list of strings, e.g. [a, b]",
		}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			c, err := Parse("c.yaml", []byte(tc.data))
			assert.Nil(t, c)
			assert.Equal(t, tc.want, problems(t, err))
		})
	}
}

func TestLoad(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{
		"good/" + FileName:       "rules: [../packs/house.yaml]\naccept: [Musk]\n",
		"packs/house.yaml":       housePack,
		"missing/" + FileName:    "accept: [Musk]\nrules:\n  - nope.yaml\n",
		"broken/" + FileName:     "rules: [bad.yaml]\n",
		"broken/bad.yaml":        "name: Bad\ndescription: d\nentries: []\n",
		"unparsable/" + FileName: "disable: x\nrules: [nope.yaml]\n",
	})
	c, err := Load(filepath.Join(dir, "good", FileName))
	require.NoError(t, err)
	require.Len(t, c.Packs, 1)
	assert.Equal(t, "house-style", c.Packs[0].Name)
	assert.Equal(t, filepath.Join(dir, "packs", "house.yaml"), c.Packs[0].File)
	assert.Equal(t, []string{"Musk"}, c.Accept)

	tests := []struct {
		name, path string
		want       []string
	}{
		{"missing pack file", "missing/" + FileName, []string{filepath.Join(dir, "missing", FileName) +
			":3: rules[0]: cannot read rule pack " + filepath.Join(dir, "missing", "nope.yaml") + ": no such file or directory"}},
		{"broken pack file", "broken/" + FileName, []string{
			filepath.Join(dir, "broken", "bad.yaml") + `:1: name: "Bad" is not kebab-case`,
			filepath.Join(dir, "broken", "bad.yaml") + ":3: entries: must be a non-empty list of entries",
		}},
		{"configuration errors come first", "unparsable/" + FileName, []string{
			filepath.Join(dir, "unparsable", FileName) + ":1: disable: must be a list of strings, e.g. [a, b]"}},
		{"missing configuration", "nowhere/" + FileName, []string{
			filepath.Join(dir, "nowhere", FileName) + ": cannot read the configuration: no such file or directory"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			c, err := Load(filepath.Join(dir, filepath.FromSlash(tc.path)))
			assert.Nil(t, c)
			assert.Equal(t, tc.want, problems(t, err))
		})
	}
}

func TestFind(t *testing.T) {
	root := t.TempDir()
	writeFiles(t, root, map[string]string{
		"a/" + FileName:        "threshold: 90\n",
		"a/b/c/text.txt":       "Text.",
		"a/b/own/" + FileName:  "",
		"a/b/own/deep/x.txt":   "X.",
		"a/file.txt":           "F.",
		"dirconf/placeholder":  "",
		"none/inner/plain.txt": "P.",
	})
	require.NoError(t, os.MkdirAll(filepath.Join(root, "dirconf", FileName), 0o755))
	require.NoError(t, os.MkdirAll(filepath.Join(root, "dirconf", "sub"), 0o755))

	tests := []struct {
		name, dir, want string // want: a path relative to root, "" for none
		err             string
	}{
		{"in the directory itself", "a", "a/" + FileName, ""},
		{"two levels up", "a/b/c", "a/" + FileName, ""},
		{"the nearest wins", "a/b/own/deep", "a/b/own/" + FileName, ""},
		{"a directory that does not exist yet", "a/b/later", "a/" + FileName, ""},
		{"a file instead of a directory", "a/file.txt", "a/" + FileName, ""},
		{"none up to the root", "none/inner", "", ""},
		{"not a regular file", "dirconf/sub", "", "dirconf/" + FileName + ": is not a regular file"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			path, ok, err := Find(filepath.Join(root, filepath.FromSlash(tc.dir)))
			if tc.err != "" {
				require.Error(t, err)
				assert.Equal(t, filepath.Join(root, filepath.FromSlash(tc.err)), err.Error())
				return
			}
			require.NoError(t, err)
			if tc.want == "" {
				assert.False(t, ok, "found %s", path)
				return
			}
			assert.True(t, ok)
			assert.Equal(t, filepath.Join(root, filepath.FromSlash(tc.want)), path)
		})
	}

	t.Run("relative directory", func(t *testing.T) {
		t.Chdir(filepath.Join(root, "a", "b"))
		path, ok, err := Find("c")
		require.NoError(t, err)
		assert.True(t, ok)
		assert.Equal(t, filepath.Join(root, "a", FileName), path, "the path is absolute")
	})
}

func TestErrorsAreSortedAndNameTheFile(t *testing.T) {
	_, err := Parse(filepath.Join("x", FileName), []byte("accept: [3]\nthreshold: 200\n"))
	lines := problems(t, err)
	require.Len(t, lines, 2)
	for _, l := range lines {
		assert.True(t, strings.HasPrefix(l, filepath.Join("x", FileName)+":"), l)
	}
}
