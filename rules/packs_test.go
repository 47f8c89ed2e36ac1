package rules

import (
	"os"
	"path"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/mtcheck/mtcheck/checker"
	"github.com/mtcheck/mtcheck/rules/pack"
)

// seedDir holds the seed article and its annotations, next to the project; absent in a fresh clone.
var seedDir = filepath.Join("..", "..", "shared", "seeds")

// seedName is the seed article's file name without extension.
const seedName = "000_1eb09675d5154259"

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
	_, err = WithPacks(userPack(t, "twelve-hour-time"))
	require.Error(t, err)
	assert.Contains(t, err.Error(), `user.yaml:6: entry "twelve-hour-time": id: duplicate id, first defined at locale.yaml:`)
}

// annotation is one line of a seed's annotations file.
type annotation struct {
	id, level, quote string
	span             checker.Span
}

// readAnnotations reads the annotations of a seed article and locates each quote in text.
func readAnnotations(t *testing.T, file, text string) []annotation {
	t.Helper()
	raw, err := os.ReadFile(file)
	require.NoError(t, err)
	var out []annotation
	for _, line := range strings.Split(string(raw), "\n") {
		cols := strings.Split(line, "\t")
		if strings.HasPrefix(line, "#") || len(cols) < 5 {
			continue
		}
		a := annotation{id: cols[0], level: cols[1], quote: strings.ReplaceAll(cols[4], `\n`, "\n")}
		at := strings.Index(text, a.quote)
		require.GreaterOrEqual(t, at, 0, "quote of %s not in the article: %q", a.id, a.quote)
		a.span = checker.Span{Start: at, End: at + len(a.quote)}
		out = append(out, a)
	}
	return out
}

// TestPacksSeed runs the pack rules alone on the seed article: the leftovers the
// packs are for must be covered, and every finding must fall on an annotated quote.
func TestPacksSeed(t *testing.T) {
	raw, err := os.ReadFile(filepath.Join(seedDir, seedName+".txt"))
	if os.IsNotExist(err) {
		t.Skipf("%s not present", seedDir)
	}
	require.NoError(t, err)
	text := string(raw)
	anns := readAnnotations(t, filepath.Join(seedDir, seedName+".annotations.tsv"), text)
	eng, err := checker.NewEngine(registryPackRules(), checker.Config{})
	require.NoError(t, err)
	res, err := eng.CheckText(text)
	require.NoError(t, err)

	covered := map[string]bool{}
	for _, f := range res.Findings {
		var on []string
		for _, a := range anns {
			if a.span.Overlaps(f.Span) {
				covered[a.id] = true
				on = append(on, a.id)
			}
		}
		t.Logf("%s line %d: %q covers %v", f.Rule, f.Line, f.Text, on)
		assert.NotEmpty(t, on, "finding of %s outside the annotated quotes: %q", f.Rule, f.Text)
	}
	for _, id := range []string{"S04", "S12", "S13", "S18", "S22", "S14", "S23"} {
		assert.True(t, covered[id], "annotation %s not covered", id)
	}
}

// TestPacksNative measures the pack rules on native German text, per pack and
// per entry: every finding there is a false positive.
func TestPacksNative(t *testing.T) {
	raw, err := os.ReadFile(nativeText)
	if os.IsNotExist(err) {
		t.Skipf("%s not present", nativeText)
	}
	require.NoError(t, err)
	rs := registryPackRules()
	eng, err := checker.NewEngine(rs, checker.Config{})
	require.NoError(t, err)
	res, err := eng.CheckText(string(raw))
	require.NoError(t, err)
	words := res.Doc.Words()
	require.Positive(t, words)

	perRule, perPack := map[string]int{}, map[string]int{}
	packOf := map[string]string{}
	for _, r := range rs {
		packOf[r.ID] = r.Pack
		perPack[r.Pack] += 0
	}
	for _, f := range res.Findings {
		perRule[f.Rule]++
		perPack[packOf[f.Rule]]++
		t.Logf("%s line %d: %q", f.Rule, f.Line, f.Text)
	}
	for _, r := range rs {
		t.Logf("%-12s %-30s %2d findings, %.2f per 1,000 words", r.Pack, r.ID, perRule[r.ID], per1000(perRule[r.ID], words))
	}
	names := make([]string, 0, len(perPack))
	for name := range perPack {
		names = append(names, name)
	}
	sort.Strings(names)
	for _, name := range names {
		t.Logf("pack %-10s %2d findings, %.2f per 1,000 words", name, perPack[name], per1000(perPack[name], words))
	}
	total := per1000(len(res.Findings), words)
	t.Logf("all packs: %d findings in %d words, %.2f per 1,000 words", len(res.Findings), words, total)
	assert.LessOrEqual(t, total, maxNativeFindingsPer1000)
}
