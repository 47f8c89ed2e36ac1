package main

import (
	"fmt"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/mtcheck/mtcheck/checker"
	"github.com/mtcheck/mtcheck/rules"
)

func TestRulesList(t *testing.T) {
	rs := testRules()
	rs[1].Experimental = true
	rs[2].Title = "Catches KAPUTT"
	res := runEnv(t, &env{rules: rs}, "rules")
	require.Equal(t, exitOK, res.code, res.stderr)
	assert.Equal(t, ""+
		"double-said   fluency/duplicate-verb   major     -  Test rule double-said\n"+
		"filler-word   style/filler             minor     -  Test rule filler-word (experimental)\n"+
		"fatal-marker  accuracy/mistranslation  critical  -  Catches KAPUTT\n", res.stdout)
}

func TestRulesListEmpty(t *testing.T) {
	res := runEnv(t, &env{rules: []checker.Rule{}}, "rules")
	assert.Equal(t, exitOK, res.code)
	assert.Empty(t, res.stdout)
}

func TestRulesShow(t *testing.T) {
	rs := testRules()
	rs[0].Bad = append(rs[0].Bad, "Zwei\nZeilen {{sagte sagte}}.")
	rs[0].Experimental = true
	rs[0].Pack = "news"
	res := runEnv(t, &env{rules: rs}, "rules", "double-said")
	require.Equal(t, exitOK, res.code, res.stderr)
	assert.Equal(t, `Rule:     double-said
Title:    Test rule double-said
Category: fluency/duplicate-verb
Severity: major
Message:  Doppeltes Redeverb.
Pack:     news
Status:   experimental (off unless enabled)

Flags every occurrence of "sagte sagte".
Used by the command tests only.

Bad examples ({{…}} marks what is flagged):
  Er {{sagte sagte}} es.
  Zwei
  Zeilen {{sagte sagte}}.

Good examples:
  Er sagte es.
`, res.stdout)
}

// packRules are the test rules in two packs: "news" with two rules, one of
// them experimental, and "solo" with one.
func packRules() []checker.Rule {
	rs := testRules()
	rs[0].Pack, rs[1].Pack, rs[2].Pack = "news", "news", "solo"
	rs[1].Experimental = true
	return rs
}

func TestRulesShowPack(t *testing.T) {
	tests := []struct {
		name, arg, want string
	}{
		{name: "pack", arg: "news", want: "" +
			"Pack news: 2 rules\n" +
			"double-said  fluency/duplicate-verb  major  news  Test rule double-said\n" +
			"filler-word  style/filler            minor  news  Test rule filler-word (experimental)\n"},
		{name: "pack of one rule", arg: "solo", want: "" +
			"Pack solo: 1 rule\n" +
			"fatal-marker  accuracy/mistranslation  critical  solo  Test rule fatal-marker\n"},
		{name: "suppression", arg: "suppression", want: `Rule:     suppression
Title:    Faulty inline suppression
Category: markup/suppression
Severity: minor
Message:  ` + checker.SuppressionRule().Message + `
Status:   the engine's own rule, not configurable

` + strings.TrimSpace(checker.SuppressionRule().Doc) + "\n"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			res := runEnv(t, &env{rules: packRules()}, "rules", tc.arg)
			require.Equal(t, exitOK, res.code, res.stderr)
			assert.Equal(t, tc.want, res.stdout)
		})
	}

	// A rule's ID beats a pack's name, as in configuration files.
	rs := packRules()
	rs[2].Pack = "double-said"
	res := runEnv(t, &env{rules: rs}, "rules", "double-said")
	require.Equal(t, exitOK, res.code, res.stderr)
	assert.True(t, strings.HasPrefix(res.stdout, "Rule:     double-said\n"), res.stdout)
}

func TestRulesShowRegistryPack(t *testing.T) {
	n := 0
	for _, r := range rules.All() {
		if r.Pack == "leftovers" {
			n++
		}
	}
	require.Greater(t, n, 1)
	res := runEnv(t, &env{}, "rules", "leftovers")
	require.Equal(t, exitOK, res.code, res.stderr)
	lines := strings.Split(strings.TrimSuffix(res.stdout, "\n"), "\n")
	assert.Equal(t, fmt.Sprintf("Pack leftovers: %d rules", n), lines[0])
	require.Len(t, lines, n+1)
	for _, l := range lines[1:] {
		assert.Regexp(t, `^\S+ +markup/leftover +\S+ +leftovers +\S`, l)
	}
}

func TestRulesUnknownName(t *testing.T) {
	tests := []struct {
		name, arg, want string
		registry        bool
	}{
		{name: "no suggestion", arg: "no-such-rule",
			want: `unknown rule or pack "no-such-rule"; mtcheck rules lists them`},
		{name: "rule ID", arg: "double-sad",
			want: `unknown rule or pack "double-sad" (did you mean "double-said"?); mtcheck rules lists them`},
		{name: "pack name", arg: "new",
			want: `unknown rule or pack "new" (did you mean "news"?); mtcheck rules lists them`},
		{name: "engine rule", arg: "supression",
			want: `unknown rule or pack "supression" (did you mean "suppression"?); mtcheck rules lists them`},
		{name: "registry pack", arg: "leftover", registry: true,
			want: `unknown rule or pack "leftover" (did you mean "leftovers"?); mtcheck rules lists them`},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			e := &env{rules: packRules()}
			if tc.registry {
				e.rules = nil
			}
			res := runEnv(t, e, "rules", tc.arg)
			assert.Equal(t, exitTrouble, res.code)
			assert.Empty(t, res.stdout)
			assert.Equal(t, "mtcheck: "+tc.want+"\n", res.stderr)
		})
	}
}

func TestRulesTooManyArgs(t *testing.T) {
	res := runEnv(t, &env{rules: testRules()}, "rules", "a", "b")
	assert.Equal(t, exitTrouble, res.code)
	assert.True(t, strings.HasPrefix(res.stderr, "mtcheck: accepts at most 1 arg"), res.stderr)
}

func TestRulesDefaultsToRegistry(t *testing.T) {
	var ids []string
	for _, r := range (&env{}).ruleSet() {
		ids = append(ids, r.ID)
	}
	var want []string
	for _, r := range rules.All() {
		want = append(want, r.ID)
	}
	assert.Equal(t, want, ids, "nil rules means the registry")
	rs := testRules()
	assert.Len(t, (&env{rules: rs}).ruleSet(), len(rs))
}
