package main

import (
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
	rs[2].Doc = "\n  Catches KAPUTT.  \nSecond line is not listed."
	res := runEnv(t, &env{rules: rs}, "rules")
	require.Equal(t, exitOK, res.code, res.stderr)
	assert.Equal(t, ""+
		"double-said   fluency/duplicate-verb   major     -  Flags every occurrence of \"sagte sagte\".\n"+
		"filler-word   style/filler             minor     -  Flags every occurrence of \"ähm\". (experimental)\n"+
		"fatal-marker  accuracy/mistranslation  critical  -  Catches KAPUTT.\n", res.stdout)
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

func TestRulesUnknownID(t *testing.T) {
	res := runEnv(t, &env{rules: testRules()}, "rules", "no-such-rule")
	assert.Equal(t, exitTrouble, res.code)
	assert.Empty(t, res.stdout)
	assert.Equal(t, "mtcheck: unknown rule \"no-such-rule\" (mtcheck rules lists them)\n", res.stderr)

	res = runEnv(t, &env{rules: testRules()}, "rules", "a", "b")
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
