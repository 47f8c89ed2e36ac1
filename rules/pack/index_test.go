package pack

import (
	"fmt"
	"math/rand"
	"os"
	"regexp"
	"regexp/syntax"
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/mtcheck/mtcheck/checker"
	"github.com/mtcheck/mtcheck/checker/checkertest"
)

func TestAffixes(t *testing.T) {
	tests := []struct {
		expr   string
		suffix bool
		want   []string
	}{
		{`(?P<stem>\p{Lu}[\p{L}-]*[a-rt-w])[\x27’]s`, true, []string{"'s", "’s"}},
		{`(?i)(?:1[0-2]|0?[1-9])(?:am|pm)`, true, []string{"am", "pm"}},
		{`abcdef\d+`, false, []string{"abc"}},
		{`Mc[A-Z]\w+`, false, []string{"mc"}},
		{`(?i)foo\d`, false, []string{"foo"}},
		{`Haus(?:es)?`, false, []string{"hau"}},
		{`x[ab]`, false, []string{"xa", "xb"}},
		{`a|bc`, false, []string{"a", "b"}},
		{`\d+`, false, nil},
		{`.*s`, false, nil},
		{`[a-z]+`, true, nil},
	}
	for _, tt := range tests {
		re, err := syntax.Parse("^(?:"+tt.expr+")$", syntax.Perl)
		require.NoError(t, err)
		got, ok := affixes(re, tt.suffix)
		assert.Equal(t, tt.want != nil, ok, tt.expr)
		assert.ElementsMatch(t, tt.want, got, tt.expr)
	}
}

func TestFirstClasses(t *testing.T) {
	tests := map[string]classSet{
		`\d+\.\d`:       1 << classDigit,
		`\p{Lu}\w*`:     1 << classUpper,
		`[a-z]+`:        1 << classLower,
		`(?i)abc`:       1<<classLower | 1<<classUpper,
		`\$|£`:          1 << classOther,
		`x?\d`:          1<<classLower | 1<<classDigit,
		`.+`:            allClasses,
		`(?:ab)*Z`:      1<<classLower | 1<<classUpper,
		`[^a]`:          allClasses,
		`\bfoo`:         1 << classLower,
		`(?:1[0-2]|9)x`: 1 << classDigit,
	}
	for expr, want := range tests {
		re, err := syntax.Parse(expr, syntax.Perl)
		require.NoError(t, err)
		got, _ := firstClasses(re.Simplify())
		assert.Equal(t, want, got, expr)
	}
}

// generatedEntries makes n entries of every pattern form from the words of
// text, so that many of them match it.
func generatedEntries(t *testing.T, n int, text string) []*Entry {
	t.Helper()
	d, err := checker.Analyze(text)
	require.NoError(t, err)
	letters := regexp.MustCompile(`^\p{L}[\p{L}-]*$`)
	var words []string
	for i := range d.Tokens {
		if w := d.TokenText(i); letters.MatchString(w) {
			words = append(words, w)
		}
	}
	rng := rand.New(rand.NewSource(7))
	pair := func() (string, string) {
		i := rng.Intn(len(words) - 1)
		return words[i], words[i+1]
	}
	entries := make([]*Entry, 0, n)
	for i := range n {
		a, b := pair()
		var pats, excs []string
		switch i % 14 {
		case 0:
			pats = []string{a}
		case 1:
			pats = []string{a + " " + b}
		case 2:
			pats = []string{string([]rune(a)[:min(3, len([]rune(a)))]) + "* " + b}
		case 3:
			r := []rune(a)
			pats = []string{"*" + string(r[max(0, len(r)-3):])}
		case 4:
			pats = []string{"[" + a + "] " + b}
		case 5:
			pats = []string{a + " ...3 " + b}
		case 6:
			pats = []string{fmt.Sprintf("/(?i)%s|%s/", regexp.QuoteMeta(a), regexp.QuoteMeta(b))}
		case 7:
			pats = []string{"<number> " + b}
		case 8:
			pats = []string{"=" + a + " {" + b + "}"}
		case 9:
			pats = []string{a, b + " ...2s <punct>"}
			excs = []string{"{" + a + "} " + b}
		case 10:
			pats = []string{"^ " + a, b + " + <punct>"}
		case 11:
			pats = []string{`/\d+[.,]\d+/ ` + b + "|" + a}
		case 12:
			pats = []string{".|,|„ {" + a + "} " + b}
		case 13:
			pats = []string{`/\p{L}+/ ` + a + " <word>"}
		}
		entries = append(entries, testEntry(t, fmt.Sprintf("gen-%d", i), Scope(i%3), pats, excs...))
	}
	return entries
}

// TestIndexMatchesNaive checks that the index changes nothing but speed: a
// pack of 1,000 generated entries finds the same hits as trying every pattern
// at every token, while trying only a small share of the patterns.
func TestIndexMatchesNaive(t *testing.T) {
	text := checkertest.GermanText(32<<10, 3)
	s := testSet(t, generatedEntries(t, 1000, text)...)
	d, err := checker.Analyze(text)
	require.NoError(t, err)

	all := make([]int32, len(s.patterns))
	for i := range all {
		all[i] = int32(i)
	}
	naive := s.runWith(d, func(dst []int32, _, _ string) []int32 { return append(dst, all...) }, nil)
	perText := map[string]int{}
	indexed := s.runWith(d, func(dst []int32, text, lower string) []int32 {
		n := len(dst)
		dst = s.candidates(dst, text, lower)
		perText[text] = len(dst) - n
		return dst
	}, nil)
	tried := 0
	for i := range d.Tokens {
		tried += perText[d.TokenText(i)]
	}
	require.Equal(t, naive, indexed)

	hits := 0
	for _, hs := range indexed {
		hits += len(hs)
	}
	share := float64(tried) / float64(len(d.Tokens)*len(s.patterns))
	t.Logf("%d entries, %d patterns, %d tokens: %d hits; the index tried %.2f%% of the pattern×token pairs",
		len(s.entries), len(s.patterns), len(d.Tokens), hits, 100*share)
	assert.Greater(t, hits, 1000, "the generated entries should match often")
	assert.Less(t, share, 0.05, "the index should rule out most patterns")
}

// syntheticEntries makes n entries in the shape of real packs: each starts with
// its own word, most of which do not occur in German text (like the calques
// and leftovers of a real pack), in every pattern form the index files separately.
func syntheticEntries(t *testing.T, n int) []*Entry {
	rng := rand.New(rand.NewSource(11))
	entries := make([]*Entry, 0, n)
	for i := range n {
		w := make([]byte, 6)
		for k := range w {
			w[k] = byte('a' + rng.Intn(26))
		}
		w = fmt.Appendf(w, "%d", i)
		var pat string
		switch i % 6 {
		case 0:
			pat = string(w) + " Sinn"
		case 1:
			pat = string(w[:4]) + "* ... mach*"
		case 2:
			pat = "*-" + string(w) + " überspringen , <number>"
		case 3:
			pat = "[" + string(w) + "] =" + string(w) + "y"
		case 4:
			pat = "^ " + string(w) + " $"
		case 5:
			pat = fmt.Sprintf(`/(?i)%s(?:en|er)?/ {<word>}`, w)
		}
		entries = append(entries, testEntry(t, fmt.Sprintf("syn-%d", i), ScopeAny, []string{pat}))
	}
	return entries
}

// BenchmarkIndex matches packs of 1 and of 1,000 entries shaped like real ones
// on the same text: the cost should hardly grow with the number of entries.
func BenchmarkIndex(b *testing.B) {
	text := checkertest.GermanText(256<<10, 5)
	d, err := checker.Analyze(text)
	require.NoError(b, err)
	t := &testing.T{}
	entries := syntheticEntries(t, 1000)
	for _, n := range []int{1, 1000} {
		b.Run(fmt.Sprintf("entries=%d", n), func(b *testing.B) {
			s := testSet(t, entries[:n]...)
			b.SetBytes(int64(len(text)))
			b.ReportAllocs()
			for b.Loop() {
				s.run(d)
			}
			b.ReportMetric(float64(d.Words())*float64(b.N)/b.Elapsed().Seconds(), "words/s")
		})
	}
}

func TestIndexTokenPrefersALaterLiteral(t *testing.T) {
	tests := []struct {
		src    string
		offset int
		word   string // the first alternative of the chosen test, "" for the first token
	}{
		{"Sinn ... mach*", 0, ""},
		{".|!|? {Eventuell} ,", 1, "eventuell"},
		{`/\d+/ Wochen|Monate {Notiz}`, 1, "wochen"},
		{"<number> , <word> Jahre", 3, "jahre"},
		{"^ .|: {Am} Ende", 1, "am"},
		{".|! [Also] Sinn", 0, ""},   // optional token: positions are not fixed
		{".|! ... Sinn", 0, ""},      // gap
		{"<cap> ,|;", 0, ""},         // nothing selective
		{"<cap> m* Sinn", 2, "sinn"}, // a one-letter prefix is not selective
	}
	for _, tt := range tests {
		p, err := parsePattern(tt.src)
		require.NoError(t, err, tt.src)
		offset, test := p.indexToken()
		assert.Equal(t, tt.offset, offset, tt.src)
		if tt.word == "" {
			assert.Nil(t, test, tt.src)
		} else if assert.NotNil(t, test, tt.src) {
			assert.Equal(t, tt.word, strings.ToLower(test.alts[0][0]), tt.src)
		}
	}
}

// TestBuiltinPacksIndexMatchesNaive checks the index on the built-in packs:
// on a text of all their examples, every entry finds the same hits as by
// trying every pattern at every token.
func TestBuiltinPacksIndexMatchesNaive(t *testing.T) {
	packs, err := ParseFS(os.DirFS(".."), "packs/*.yaml")
	require.NoError(t, err)
	s, err := newSet(packs)
	require.NoError(t, err)
	var b strings.Builder
	for _, e := range s.entries {
		for k, ex := range append(slices.Clone(e.Bad), e.Good...) {
			text, _, err := checker.ParseMarked(ex)
			require.NoError(t, err)
			if k < len(e.Bad) {
				text += " " + text // a second hit right after the first
			}
			b.WriteString(text + "\n\n")
		}
	}
	b.WriteString(checkertest.GermanText(8<<10, 9))
	d, err := checker.Analyze(b.String())
	require.NoError(t, err)
	all := make([]int32, len(s.patterns))
	for i := range all {
		all[i] = int32(i)
	}
	naive := s.runWith(d, func(dst []int32, _, _ string) []int32 { return append(dst, all...) }, nil)
	indexed := s.run(d)
	require.Equal(t, naive, indexed)
	hits := 0
	for _, hs := range indexed {
		hits += len(hs)
	}
	assert.Greater(t, hits, len(s.entries), "the examples should match")
}
