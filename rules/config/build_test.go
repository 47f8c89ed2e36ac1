package config

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/mtcheck/mtcheck/checker"
	"github.com/mtcheck/mtcheck/rules"
	"github.com/mtcheck/mtcheck/rules/internal/editdist"
	"github.com/mtcheck/mtcheck/rules/pack"
)

// wordRule returns a test rule that flags every token equal to word.
func wordRule(id, packName string, sev checker.Severity, experimental bool, word string) checker.Rule {
	return checker.Rule{
		ID: id, Title: "Test rule " + id, Category: "style/test", Severity: sev, Message: "Testbefund.", Pack: packName, Experimental: experimental,
		Doc: "Flags " + word + ".", Bad: []string{"{{" + word + "}}"}, Good: []string{"Gut."},
		Check: func(p *checker.Pass) {
			for i, tok := range p.Doc.Tokens {
				if p.Doc.TokenText(i) == word {
					p.ReportDiagnostic(checker.Diagnostic{Span: tok.Span, About: []string{word}})
				}
			}
		},
	}
}

// testRules is a rule set with two rules written in Go and two packs.
func testRules() []checker.Rule {
	return []checker.Rule{
		wordRule("alpha", "", checker.Minor, false, "Alpha"),
		wordRule("beta", "", checker.Minor, true, "Beta"),
		wordRule("pk-one", "pk", checker.Minor, false, "Eins"),
		wordRule("pk-two", "pk", checker.Major, true, "Zwei"),
		wordRule("ot-one", "other", checker.Minor, false, "Drei"),
	}
}

// testSource is a RuleSource over testRules that compiles user packs on their own.
func testSource(userPacks ...*pack.Pack) ([]checker.Rule, error) {
	rs := testRules()
	if len(userPacks) == 0 {
		return rs, nil
	}
	extra, err := pack.Compile(userPacks...)
	if err != nil {
		return nil, err
	}
	return append(rs, extra...), nil
}

func parse(t *testing.T, data string) *Config {
	t.Helper()
	c, err := Parse("c.yaml", []byte(data))
	require.NoError(t, err)
	return c
}

func TestBuildSettings(t *testing.T) {
	tests := []struct {
		name     string
		data     string
		disable  []string
		enable   []string
		severity map[string]checker.Severity
		runs     []string
	}{
		{name: "default", runs: []string{"alpha", "pk-one", "ot-one"}},
		{name: "rule by ID", data: "disable: [alpha]\nenable: [beta]\n",
			disable: []string{"alpha"}, enable: []string{"beta"}, runs: []string{"beta", "pk-one", "ot-one"}},
		{name: "pack by name", data: "disable: [pk]\n",
			disable: []string{"pk-one", "pk-two"}, runs: []string{"alpha", "ot-one"}},
		{name: "enabling a pack turns on its experimental rules", data: "enable: [pk]\n",
			enable: []string{"pk-one", "pk-two"}, runs: []string{"alpha", "pk-one", "pk-two", "ot-one"}},
		{name: "an ID beats its pack", data: "disable: [pk]\nenable: [pk-two]\n",
			disable: []string{"pk-one"}, enable: []string{"pk-two"}, runs: []string{"alpha", "pk-two", "ot-one"}},
		{name: "an ID beats its pack the other way round", data: "enable: [pk]\ndisable: [pk-one]\n",
			disable: []string{"pk-one"}, enable: []string{"pk-two"}, runs: []string{"alpha", "pk-two", "ot-one"}},
		{name: "severity by ID and by pack, the ID winning", data: "severity: {pk: critical, pk-one: minor, alpha: major}\n",
			severity: map[string]checker.Severity{"alpha": checker.Major, "pk-one": checker.Minor, "pk-two": checker.Critical},
			runs:     []string{"alpha", "pk-one", "ot-one"}},
		{name: "repeated names are harmless", data: "disable: [alpha, alpha]\n",
			disable: []string{"alpha"}, runs: []string{"pk-one", "ot-one"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			s, err := parse(t, tc.data).Build(Options{Rules: testSource})
			require.NoError(t, err)
			assert.ElementsMatch(t, tc.disable, keys(s.Settings.Disable), "disable")
			assert.ElementsMatch(t, tc.enable, keys(s.Settings.Enable), "enable")
			sev := tc.severity
			if sev == nil {
				sev = map[string]checker.Severity{}
			}
			assert.Equal(t, sev, s.Settings.Severity)
			var runs []string
			for _, r := range s.Engine.Rules() {
				runs = append(runs, r.ID)
				if want, ok := sev[r.ID]; ok {
					assert.Equal(t, want, r.Severity, "engine severity of %s", r.ID)
				}
			}
			assert.Equal(t, tc.runs, runs)
			assert.Len(t, s.Rules, len(testRules()), "Rules lists every rule, running or not")
		})
	}
}

func keys(m map[string]bool) []string {
	var out []string
	for k, v := range m {
		if v {
			out = append(out, k)
		}
	}
	return out
}

func TestBuildThreshold(t *testing.T) {
	tests := []struct {
		name     string
		data     string
		override Threshold
		want     float64 // the engine's threshold
	}{
		{"default", "", Threshold{}, checker.DefaultThreshold},
		{"from the file", "threshold: 80\n", Threshold{}, 80},
		{"0 lets every score pass", "threshold: 0\n", Threshold{}, -1},
		{"the override beats the file", "threshold: 80\n", ThresholdOf(90), 90},
		{"an override of 0", "threshold: 80\n", ThresholdOf(0), -1},
		{"an override without a file threshold", "", ThresholdOf(90), 90},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			s, err := parse(t, tc.data).Build(Options{Rules: testSource, Overrides: Overrides{Threshold: tc.override}})
			require.NoError(t, err)
			assert.Equal(t, tc.want, s.Engine.Threshold())
		})
	}
}

func TestBuildErrors(t *testing.T) {
	tests := []struct {
		name string
		data string
		want []string
	}{
		{"unknown name with a suggestion", "disable: [alpah]\n",
			[]string{`c.yaml:1: disable[0]: unknown rule or pack "alpah" (did you mean "alpha"?); mtcheck rules lists them`}},
		{"unknown name without a suggestion", "enable:\n  - calques\n",
			[]string{`c.yaml:2: enable[0]: unknown rule or pack "calques"; mtcheck rules lists them`}},
		{"unknown pack in severity", "severity:\n  pack: major\n",
			[]string{`c.yaml:2: severity: pack: unknown rule or pack "pack" (did you mean "pk"?); mtcheck rules lists them`}},
		{"disabled and enabled", "disable: [pk, beta]\nenable: [beta, pk]\n", []string{
			`c.yaml:2: enable[0]: "beta" is disabled too, at line 1 (disable[1])`,
			`c.yaml:2: enable[1]: "pk" is disabled too, at line 1 (disable[0])`,
		}},
		{"the suppression rule", "disable: [suppression]\n", []string{`c.yaml:1: disable[0]: "suppression" is the engine's own ` +
			`rule for faulty suppressions and cannot be configured; fix the directives it reports`}},
		{"every problem, by line", "severity: {nope: minor}\ndisable: [zzz]\n", []string{
			`c.yaml:1: severity: nope: unknown rule or pack "nope"; mtcheck rules lists them`,
			`c.yaml:2: disable[0]: unknown rule or pack "zzz"; mtcheck rules lists them`,
		}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			s, err := parse(t, tc.data).Build(Options{Rules: testSource})
			assert.Nil(t, s)
			assert.Equal(t, tc.want, problems(t, err))
		})
	}
}

func TestBuildAcceptList(t *testing.T) {
	text := "Alpha trifft Eins und Drei."
	s, err := parse(t, "").Build(Options{Rules: testSource})
	require.NoError(t, err)
	res, err := s.Engine.CheckText(text)
	require.NoError(t, err)
	assert.Equal(t, []string{"Alpha", "Eins", "Drei"}, findingTexts(res))

	s, err = parse(t, "accept: [Alpha, Drei, eins]\n").Build(Options{Rules: testSource})
	require.NoError(t, err)
	res, err = s.Engine.CheckText(text)
	require.NoError(t, err)
	assert.Equal(t, []string{"Eins"}, findingTexts(res), "the accept list is case-sensitive")
}

func findingTexts(res *checker.Result) []string {
	var out []string
	for _, f := range res.Findings {
		out = append(out, f.Text)
	}
	return out
}

// TestRegistry builds configurations over the real registry: pack names of
// the built-in packs resolve to their entries, user packs are compiled with
// them, and overrides show in the findings.
func TestRegistry(t *testing.T) {
	builtin, err := rules.Packs()
	require.NoError(t, err)
	require.NotEmpty(t, builtin)
	name := builtin[0].Name
	var entries []string
	for _, e := range builtin[0].Entries {
		entries = append(entries, e.ID)
	}

	t.Run("a built-in pack by name", func(t *testing.T) {
		c := parse(t, fmt.Sprintf("disable: [%s, english-date]\n", name))
		s, err := c.Build(Options{})
		require.NoError(t, err)
		assert.ElementsMatch(t, append(entries, "english-date"), keys(s.Settings.Disable))
		for _, r := range s.Engine.Rules() {
			assert.NotEqual(t, name, r.Pack, "rule %s of a disabled pack runs", r.ID)
		}
	})

	t.Run("severity override and accept list in findings", func(t *testing.T) {
		text := "Der Milliardär schrieb einen TweetIn der Diskussion ging es um Mr. Musk."
		eng, err := parse(t, "").Engine()
		require.NoError(t, err)
		res, err := eng.CheckText(text)
		require.NoError(t, err)
		sev := map[string]checker.Severity{}
		for _, f := range res.Findings {
			sev[f.Rule] = f.Severity
		}
		require.Contains(t, sev, "glued-words")
		require.Contains(t, sev, "english-honorific")
		assert.Equal(t, checker.Minor, sev["glued-words"])

		eng, err = parse(t, "severity: {glued-words: critical}\naccept: [Musk]\n").Engine()
		require.NoError(t, err)
		res, err = eng.CheckText(text)
		require.NoError(t, err)
		sev = map[string]checker.Severity{}
		for _, f := range res.Findings {
			sev[f.Rule] = f.Severity
		}
		assert.Equal(t, checker.Critical, sev["glued-words"])
		assert.NotContains(t, sev, "english-honorific", "Mr. Musk covers an accepted name")
		assert.False(t, res.Passed, "a critical finding fails the document")
	})

	t.Run("a user pack", func(t *testing.T) {
		dir := t.TempDir()
		writeFiles(t, dir, map[string]string{FileName: "rules: [house.yaml]\nseverity: {house-style: major}\n", "house.yaml": housePack})
		c, err := Load(filepath.Join(dir, FileName))
		require.NoError(t, err)
		s, err := c.Build(Options{})
		require.NoError(t, err)
		assert.Len(t, s.Rules, len(rules.All())+1)
		res, err := s.Engine.CheckText("Die Corona-Krise traf alle.")
		require.NoError(t, err)
		require.Len(t, res.Findings, 1)
		f := res.Findings[0]
		assert.Equal(t, []any{"corona-krise", "Corona-Krise", checker.Major}, []any{f.Rule, f.Text, f.Severity})
	})

	t.Run("a user pack that reuses a built-in ID", func(t *testing.T) {
		dir := t.TempDir()
		writeFiles(t, dir, map[string]string{FileName: "rules: [house.yaml]\n",
			"house.yaml": strings.Replace(housePack, "id: corona-krise", "id: english-date", 1)})
		c, err := Load(filepath.Join(dir, FileName))
		require.NoError(t, err)
		_, err = c.Build(Options{})
		assert.Equal(t, []string{filepath.Join(dir, "house.yaml") + `:6: entry "english-date": id: is the ID of a built-in rule`},
			problems(t, err))
	})

	t.Run("a user pack named like a built-in one", func(t *testing.T) {
		dir := t.TempDir()
		writeFiles(t, dir, map[string]string{FileName: "rules: [house.yaml]\n",
			"house.yaml": strings.Replace(housePack, "name: house-style", "name: "+name, 1)})
		c, err := Load(filepath.Join(dir, FileName))
		require.NoError(t, err)
		_, err = c.Build(Options{})
		lines := problems(t, err)
		require.Len(t, lines, 1)
		assert.True(t, strings.HasPrefix(lines[0], filepath.Join(dir, "house.yaml")+":1: name: pack \""+name+"\" is also defined in"), lines[0])
	})
}

func TestCache(t *testing.T) {
	root := t.TempDir()
	writeFiles(t, root, map[string]string{
		FileName:                    "disable: [alpha]\n",
		"strict/" + FileName:        "threshold: 99\nseverity: {pk: critical}\n",
		"broken/" + FileName:        "disable: [nope]\n",
		"plain/a/b/placeholder.txt": "",
		"strict/x/placeholder.txt":  "",
	})
	var builds atomic.Int32
	source := func(ps ...*pack.Pack) ([]checker.Rule, error) {
		builds.Add(1)
		return testSource(ps...)
	}
	c := NewCache(Options{Rules: source})

	dirs := []string{root, filepath.Join(root, "plain"), filepath.Join(root, "plain", "a", "b"),
		filepath.Join(root, "strict"), filepath.Join(root, "strict", "x")}
	var wg sync.WaitGroup
	got := make([][]*Setup, 8)
	for g := range got {
		wg.Go(func() {
			for _, d := range slices.Concat(dirs, dirs) {
				s, err := c.Dir(d)
				if assert.NoError(t, err) {
					got[g] = append(got[g], s)
				}
			}
		})
	}
	wg.Wait()
	assert.EqualValues(t, 2, builds.Load(), "one build per configuration file")
	for _, ss := range got {
		require.Len(t, ss, 2*len(dirs))
		for i, s := range ss {
			assert.Same(t, got[0][i], s)
		}
	}
	top, strict := got[0][0], got[0][3]
	assert.Same(t, top, got[0][2], "plain/a/b uses the root's file")
	assert.Same(t, strict, got[0][4])
	assert.Equal(t, filepath.Join(root, FileName), top.Config.Path)
	assert.Equal(t, filepath.Join(root, "strict", FileName), strict.Config.Path)
	assert.Equal(t, 99.0, strict.Engine.Threshold())
	assert.True(t, top.Settings.Disable["alpha"])
	assert.False(t, strict.Settings.Disable["alpha"], "files are not merged")

	s, err := c.File(filepath.Join(root, "strict", FileName))
	require.NoError(t, err)
	assert.Same(t, strict, s, "--config and discovery share the cache")

	d1, err := c.Default()
	require.NoError(t, err)
	d2, err := c.Default()
	require.NoError(t, err)
	assert.Same(t, d1, d2)
	assert.Empty(t, d1.Config.Path)

	_, err1 := c.Dir(filepath.Join(root, "broken"))
	_, err2 := c.Dir(filepath.Join(root, "broken"))
	assert.Equal(t, []string{filepath.Join(root, "broken", FileName) +
		`:1: disable[0]: unknown rule or pack "nope"; mtcheck rules lists them`}, problems(t, err1))
	assert.Same(t, checker.AsFileErrors(err1)[0], checker.AsFileErrors(err2)[0], "a broken file is loaded once")
}

// TestREADMEExample parses the example of the README's "Configuration"
// section and resolves its names against the registry, so that the
// documentation keeps to the schema.
func TestREADMEExample(t *testing.T) {
	data, err := os.ReadFile(filepath.Join("..", "..", "README.md"))
	require.NoError(t, err)
	_, section, ok := strings.Cut(string(data), "\n## Configuration\n")
	require.True(t, ok, "README has a Configuration section")
	_, example, ok := strings.Cut(section, "```yaml\n")
	require.True(t, ok, "the section has a YAML example")
	example, _, ok = strings.Cut(example, "```")
	require.True(t, ok)
	c, err := Parse(FileName, []byte(example))
	require.NoError(t, err)
	assert.True(t, c.Threshold.Set)
	assert.NotEmpty(t, c.Disable)
	assert.NotEmpty(t, c.Severity)
	assert.NotEmpty(t, c.Accept)
	require.Len(t, c.RuleFiles, 1)
	c.RuleFiles = nil // the example's pack file does not exist
	_, err = c.Build(Options{})
	assert.NoError(t, err)
}

// TestAcceptDropsOnlyFindingsAboutAcceptedWords: an accepted name silences
// the findings about that name, never the findings about a construction that
// merely contains it.
func TestAcceptDropsOnlyFindingsAboutAcceptedWords(t *testing.T) {
	text := "Musk verklagt Microsoft\n\nMusk verklagt Microsoft\n\n" +
		"„Das ist illegal“, sagte Musk sagte er in einem Tweet.\n\nFrüher Musk sagte, dass er gehe.\n\nMr. Musk lachte."
	rulesOf := func(cfg string) []string {
		eng, err := parse(t, cfg).Engine()
		require.NoError(t, err)
		res, err := eng.CheckText(text)
		require.NoError(t, err)
		var ids []string
		for _, f := range res.Findings {
			ids = append(ids, f.Rule)
		}
		return ids
	}
	all := rulesOf("")
	assert.Equal(t, []string{"duplicate-paragraph", "duplicate-reporting-verb", "verb-second", "english-honorific"}, all)
	assert.Equal(t, []string{"duplicate-paragraph", "duplicate-reporting-verb", "verb-second"}, rulesOf("accept: [Musk]\n"),
		"only the honorific before the accepted name is dropped")
}

// TestAcceptOnTheSeed: accepting a brand named in the seed's consent box
// must not drop the leftovers and the word-order finding around it.
func TestAcceptOnTheSeed(t *testing.T) {
	data, err := os.ReadFile("../../../shared/seeds/000_1eb09675d5154259.txt")
	if err != nil {
		t.Skip("the seed article is not here:", err)
	}
	count := func(cfg string) int {
		eng, err := parse(t, cfg).Engine()
		require.NoError(t, err)
		res, err := eng.CheckText(string(data))
		require.NoError(t, err)
		return len(res.Findings)
	}
	assert.Equal(t, count(""), count("accept: [Twitter]\n"))
}

func TestEditDistance(t *testing.T) {
	tests := []struct {
		a, b string
		want int
	}{
		{"", "", 0}, {"", "abc", 3}, {"leftover", "leftovers", 1}, {"kitten", "sitting", 3},
		{"supression", "suppression", 1}, {"ab", "ba", 2},
	}
	for _, tc := range tests {
		assert.Equal(t, tc.want, editdist.Levenshtein([]byte(tc.a), []byte(tc.b)), "%q %q", tc.a, tc.b)
		assert.Equal(t, tc.want, editdist.Levenshtein([]byte(tc.b), []byte(tc.a)), "%q %q", tc.b, tc.a)
	}
}
