package config

import (
	"sync"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/mtcheck/mtcheck/checker"
	"github.com/mtcheck/mtcheck/rules/pack"
)

// overrideRules are rules of several categories: alpha and beta (written in
// Go, beta experimental), the pack pk (pk-two experimental) and the pack other.
func overrideRules(...*pack.Pack) ([]checker.Rule, error) {
	rs := testRules()
	for i, c := range []string{"style/test", "style/test", "locale/date-format", "locale/quotes", "markup/leftover"} {
		rs[i].Category = c
	}
	return rs, nil
}

// overrideSetup builds the setup of the configuration file data over overrideRules.
func overrideSetup(t testing.TB, data string) *Setup {
	t.Helper()
	c, err := Parse("c.yaml", []byte(data))
	require.NoError(t, err)
	s, err := c.Build(Options{Rules: overrideRules})
	require.NoError(t, err)
	return s
}

func ruleIDs(e *checker.Engine) []string {
	var out []string
	for _, r := range e.Rules() {
		out = append(out, r.ID)
	}
	return out
}

func TestEngineWith(t *testing.T) {
	tests := []struct {
		name string
		file string // the configuration file under the overrides
		o    Overrides
		runs []string
	}{
		{"nothing", "", Overrides{}, []string{"alpha", "pk-one", "ot-one"}},
		{"disable a rule", "", Overrides{Disable: []string{"alpha"}}, []string{"pk-one", "ot-one"}},
		{"disable a pack", "", Overrides{Disable: []string{"pk"}}, []string{"alpha", "ot-one"}},
		{"enable an experimental rule", "", Overrides{Enable: []string{"beta"}}, []string{"alpha", "beta", "pk-one", "ot-one"}},
		{"enable a pack with an experimental rule", "", Overrides{Enable: []string{"pk"}},
			[]string{"alpha", "pk-one", "pk-two", "ot-one"}},
		{"a rule's ID beats its pack", "", Overrides{Disable: []string{"pk"}, Enable: []string{"pk-two"}},
			[]string{"alpha", "pk-two", "ot-one"}},
		{"enable beats the file", "disable: [alpha, pk]\n", Overrides{Enable: []string{"alpha"}}, []string{"alpha", "ot-one"}},
		{"disable beats the file", "enable: [beta]\n", Overrides{Disable: []string{"beta"}}, []string{"alpha", "pk-one", "ot-one"}},
		{"the file applies where the overrides say nothing", "disable: [ot-one]\n", Overrides{Enable: []string{"beta"}},
			[]string{"alpha", "beta", "pk-one"}},
		{"only a rule", "", Overrides{Only: true, Enable: []string{"ot-one"}}, []string{"ot-one"}},
		{"only an experimental rule", "", Overrides{Only: true, Enable: []string{"beta"}}, []string{"beta"}},
		{"only a rule the file turns off", "disable: [alpha]\n", Overrides{Only: true, Enable: []string{"alpha"}}, []string{"alpha"}},
		{"only a pack", "", Overrides{Only: true, Enable: []string{"pk"}}, []string{"pk-one", "pk-two"}},
		{"only a pack but one rule", "", Overrides{Only: true, Enable: []string{"pk"}, Disable: []string{"pk-one"}}, []string{"pk-two"}},
		{"disable a category", "", Overrides{DisableCategories: []string{"locale/date-format"}}, []string{"alpha", "ot-one"}},
		{"disable a family", "", Overrides{DisableCategories: []string{"locale"}}, []string{"alpha", "ot-one"}},
		{"enable a family", "", Overrides{EnableCategories: []string{"locale"}}, []string{"alpha", "pk-one", "pk-two", "ot-one"}},
		{"a category beats its family", "", Overrides{DisableCategories: []string{"locale"}, EnableCategories: []string{"locale/quotes"}},
			[]string{"alpha", "pk-two", "ot-one"}},
		{"a rule's ID beats its category", "", Overrides{DisableCategories: []string{"style"}, Enable: []string{"beta"}},
			[]string{"beta", "pk-one", "ot-one"}},
		{"a pack beats a category", "", Overrides{DisableCategories: []string{"locale/date-format"}, Enable: []string{"pk"}},
			[]string{"alpha", "pk-one", "pk-two", "ot-one"}},
		{"only a family", "", Overrides{Only: true, EnableCategories: []string{"markup"}}, []string{"ot-one"}},
		{"only a family and a rule", "", Overrides{Only: true, EnableCategories: []string{"style"}, Enable: []string{"pk-one"}},
			[]string{"alpha", "beta", "pk-one"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			eng, err := overrideSetup(t, tc.file).EngineWith(tc.o)
			require.NoError(t, err)
			assert.Equal(t, tc.runs, ruleIDs(eng))
		})
	}
}

func TestEngineWithZeroOverridesIsTheSetupsEngine(t *testing.T) {
	s := overrideSetup(t, "disable: [alpha]\n")
	eng, err := s.EngineWith(Overrides{Labels: Labels{Enable: "enabledRules"}})
	require.NoError(t, err)
	assert.Same(t, s.Engine, eng)
}

func TestEngineWithSeverityThresholdAccept(t *testing.T) {
	s := overrideSetup(t, "threshold: 80\nseverity: {alpha: major}\naccept: [Drei]\n")
	eng, err := s.EngineWith(Overrides{
		Enable:   []string{"pk"},
		Severity: map[string]string{"pk": "critical", "pk-one": "major"},
		Accept:   []string{"Eins"},
	})
	require.NoError(t, err)
	sev := map[string]checker.Severity{}
	for _, r := range eng.Rules() {
		sev[r.ID] = r.Severity
	}
	assert.Equal(t, map[string]checker.Severity{"alpha": checker.Major, "pk-one": checker.Major, "pk-two": checker.Critical,
		"ot-one": checker.Minor}, sev, "the file's severities stay; the rule's ID beats its pack")
	assert.Equal(t, 80.0, eng.Threshold(), "the file's threshold stays")
	res, err := eng.CheckText("Alpha, Eins, Zwei und Drei.")
	require.NoError(t, err)
	assert.Equal(t, []string{"Alpha", "Zwei"}, findingTexts(res), "both accept lists apply")

	for _, tc := range []struct {
		t    Threshold
		want float64
	}{{ThresholdOf(50), 50}, {ThresholdOf(0), -1}, {ThresholdOf(100), 100}} {
		eng, err := s.EngineWith(Overrides{Threshold: tc.t})
		require.NoError(t, err)
		assert.Equal(t, tc.want, eng.Threshold(), "threshold %v", tc.t)
	}
}

func TestEngineWithErrors(t *testing.T) {
	tests := []struct {
		name string
		o    Overrides
		want []string
	}{
		{"unknown rule with a suggestion", Overrides{Disable: []string{"alpah"}},
			[]string{`disable: unknown rule or pack "alpah" (did you mean "alpha"?); mtcheck rules lists them`}},
		{"unknown pack with a suggestion", Overrides{Enable: []string{"othre"}},
			[]string{`enable: unknown rule or pack "othre" (did you mean "other"?); mtcheck rules lists them`}},
		{"unknown name without a suggestion", Overrides{Only: true, Enable: []string{"calques"}},
			[]string{`enable: unknown rule or pack "calques"; mtcheck rules lists them`}},
		{"a category is not a rule", Overrides{Disable: []string{"locale"}},
			[]string{`disable: unknown rule or pack "locale"; mtcheck rules lists them`}},
		{"unknown category with a suggestion", Overrides{DisableCategories: []string{"lokale"}},
			[]string{`disable-categories: unknown category "lokale" (did you mean "locale"?); mtcheck rules lists them`}},
		{"unknown kind with a suggestion", Overrides{EnableCategories: []string{"locale/quote"}},
			[]string{`enable-categories: unknown category "locale/quote" (did you mean "locale/quotes"?); mtcheck rules lists them`}},
		{"a family without rules", Overrides{EnableCategories: []string{"accuracy"}},
			[]string{`enable-categories: unknown category "accuracy"; mtcheck rules lists them`}},
		{"the labels of a request", Overrides{Disable: []string{"beat"}, EnableCategories: []string{"x"},
			Labels: Labels{Disable: "disabledRules", EnableCategories: "enabledCategories"}}, []string{
			`disabledRules: unknown rule or pack "beat" (did you mean "beta"?); mtcheck rules lists them`,
			`enabledCategories: unknown category "x"; mtcheck rules lists them`}},
		{"a rule disabled and enabled", Overrides{Disable: []string{"pk", "beta"}, Enable: []string{"beta", "pk"}}, []string{
			`enable: "beta" is disabled too (disable)`,
			`enable: "pk" is disabled too (disable)`}},
		{"a category disabled and enabled", Overrides{DisableCategories: []string{"style"}, EnableCategories: []string{"style"}},
			[]string{`enable-categories: "style" is disabled too (disable-categories)`}},
		{"only without anything to run", Overrides{Only: true, Disable: []string{"alpha"}},
			[]string{"only: turns every rule off: enable rules, packs or categories to run"}},
		{"the suppression rule", Overrides{Enable: []string{"suppression"}}, []string{`enable: "suppression" is the engine's own ` +
			`rule for faulty suppressions and cannot be configured; fix the directives it reports`}},
		{"empty names", Overrides{Disable: []string{""}, EnableCategories: []string{""}},
			[]string{"disable: must not be empty", "enable-categories: must not be empty"}},
		{"severity", Overrides{Severity: map[string]string{"pk": "huge", "nope": "minor", "alpha": "major"}}, []string{
			`severity: pk: unknown severity "huge" (want minor, major or critical)`,
			`severity: nope: unknown rule or pack "nope"; mtcheck rules lists them`}},
		{"threshold", Overrides{Threshold: ThresholdOf(120), Labels: Labels{Threshold: "--fail-under"}},
			[]string{"--fail-under: 120 is not a number from 0 to 100"}},
		{"accept", Overrides{Accept: []string{"Musk", " Musk", ""}}, []string{
			`accept: " Musk" has white space at its start or end and would never match`,
			`accept: "" must not be empty`}},
	}
	s := overrideSetup(t, "")
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			eng, err := s.EngineWith(tc.o)
			assert.Nil(t, eng)
			assert.Equal(t, tc.want, problems(t, err))
		})
	}
}

// TestBuildAppliesTheOptionsOverrides: the overrides of Options make
// Setup.Engine and Settings, and their problems stop the build.
func TestBuildAppliesTheOptionsOverrides(t *testing.T) {
	c, err := Parse("c.yaml", []byte("disable: [alpha]\n"))
	require.NoError(t, err)
	s, err := c.Build(Options{Rules: overrideRules, Overrides: Overrides{Enable: []string{"beta"}, Threshold: ThresholdOf(70)}})
	require.NoError(t, err)
	assert.Equal(t, []string{"beta", "pk-one", "ot-one"}, ruleIDs(s.Engine))
	assert.Equal(t, 70.0, s.Engine.Threshold())
	assert.True(t, s.Settings.Enable["beta"])

	_, err = c.Build(Options{Rules: overrideRules, Overrides: Overrides{Enable: []string{"alpah"}}})
	assert.Equal(t, []string{`enable: unknown rule or pack "alpah" (did you mean "alpha"?); mtcheck rules lists them`},
		problems(t, err))
}

// TestEngineWithIsSafeForConcurrentUse builds engines from one setup in
// parallel (run with -race) and leaves the setup as it was.
func TestEngineWithIsSafeForConcurrentUse(t *testing.T) {
	s := overrideSetup(t, "disable: [alpha]\nseverity: {pk: major}\naccept: [Drei]\n")
	before := s.Settings
	disable, severity := cloneMap(s.Settings.Disable), cloneMap(s.Settings.Severity)
	overrides := []Overrides{
		{Enable: []string{"alpha"}, Accept: []string{"Eins"}},
		{Only: true, Enable: []string{"pk"}, Severity: map[string]string{"pk-two": "minor"}},
		{DisableCategories: []string{"locale"}, Threshold: ThresholdOf(0)},
	}
	var wg sync.WaitGroup
	for g := range 8 {
		wg.Go(func() {
			for range 20 {
				_, err := s.EngineWith(overrides[g%len(overrides)])
				assert.NoError(t, err)
			}
		})
	}
	wg.Wait()
	assert.Equal(t, before, s.Settings)
	assert.Equal(t, disable, s.Settings.Disable)
	assert.Equal(t, severity, s.Settings.Severity)
	assert.Equal(t, []string{"Drei"}, s.Settings.Accept)
}

// BenchmarkEngineWith measures an engine per request over the full registry.
func BenchmarkEngineWith(b *testing.B) {
	s, err := (&Config{}).Build(Options{})
	require.NoError(b, err)
	o := Overrides{Disable: []string{"english-date", "calques"}, EnableCategories: []string{"locale"}}
	for b.Loop() {
		if _, err := s.EngineWith(o); err != nil {
			b.Fatal(err)
		}
	}
}
