package rules

import (
	"path"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/mtcheck/mtcheck/checker"
	"github.com/mtcheck/mtcheck/rules/pack"
)

// pack rules of the registry, in registry order.
func registryPackRules() []checker.Rule {
	var out []checker.Rule
	for _, r := range All() {
		if r.Pack != "" {
			out = append(out, r)
		}
	}
	return out
}

// TestBuiltinPacks checks the embedded pack files: each is named after its
// pack, every entry's examples hold when all packs are matched together, and
// the registry carries every entry as a rule of its pack.
func TestBuiltinPacks(t *testing.T) {
	packs, err := Packs()
	require.NoError(t, err)
	require.NotEmpty(t, packs)
	var ids []string
	for _, p := range packs {
		assert.Equal(t, p.Name+".yaml", path.Base(p.File), "pack %q must live in a file of its name", p.Name)
		for _, e := range p.Entries {
			ids = append(ids, p.Name+"/"+e.ID)
		}
	}
	require.NoError(t, pack.Verify(packs...))
	var got []string
	for _, r := range registryPackRules() {
		got = append(got, r.Pack+"/"+r.ID)
	}
	assert.Equal(t, ids, got, "registry pack rules")
}

// userPack is a pack as a user might write one, with the given entry ID.
func userPack(t *testing.T, id string) *pack.Pack {
	t.Helper()
	p, err := pack.Parse("user.yaml", []byte(`name: user
description: A user's pack.
category: style/calque
severity: minor
entries:
  - id: `+id+`
    title: '"Corona-Krise" instead of "Corona-Pandemie"'
    message: "Hausstil: „Corona-Pandemie“ statt „Corona-Krise“."
    pattern: 'Corona-Krise'
    bad: ["Die {{Corona-Krise}} traf alle."]
    good: ["Die Corona-Pandemie traf alle."]
`))
	require.NoError(t, err)
	return p
}

func TestWithPacks(t *testing.T) {
	rs, err := WithPacks(userPack(t, "corona-krise"))
	require.NoError(t, err)
	all := All()
	require.Len(t, rs, len(all)+1)
	for i, r := range all {
		assert.Equal(t, r.ID, rs[i].ID, "the registry comes first, in order")
	}
	last := rs[len(rs)-1]
	assert.Equal(t, "corona-krise", last.ID)
	assert.Equal(t, "user", last.Pack)

	eng, err := checker.NewEngine(rs, checker.Config{})
	require.NoError(t, err)
	res, err := eng.CheckText("Bildquelle, Getty Images\n\nDie Corona-Krise traf alle.")
	require.NoError(t, err)
	var got []string
	for _, f := range res.Findings {
		got = append(got, f.Rule+": "+f.Text)
	}
	assert.Equal(t, []string{"image-source-label: Bildquelle, Getty Images", "corona-krise: Corona-Krise"}, got)

	_, err = WithPacks(userPack(t, "english-date"))
	require.Error(t, err)
	assert.Contains(t, err.Error(), `user.yaml:6: entry "english-date": id: is the ID of a built-in rule`)
	_, err = WithPacks(userPack(t, "english-time-zone"))
	require.Error(t, err)
	assert.Contains(t, err.Error(), `user.yaml:6: entry "english-time-zone": id: duplicate id, first defined at locale.yaml:`)
}
