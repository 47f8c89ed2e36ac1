package pack

import (
	"os"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestPatternSyntax matches one entry on texts whose {{…}} marks are exactly
// what it must flag.
func TestPatternSyntax(t *testing.T) {
	tests := []struct {
		name       string
		patterns   []string
		scope      Scope
		exceptions []string
		texts      []string
	}{
		{"literal ignores case", []string{"sinn"}, ScopeAny, nil,
			[]string{"Das ergibt {{Sinn}}. {{SINN}} und {{sinn}}, aber nicht Sinne oder Unsinn."}},
		{"exact case", []string{"=Sinn"}, ScopeAny, nil,
			[]string{"{{Sinn}} und sinn und SINN."}},
		{"several words", []string{"sagte er"}, ScopeAny, nil,
			[]string{"Dann {{sagte er}}, sagte sie, er sagte."}},
		{"alternatives", []string{"sagte|meinte er"}, ScopeAny, nil,
			[]string{"Dann {{sagte er}}, später {{meinte er}}, nie fragte er."}},
		{"exact alternatives", []string{"=Sehen|Schauen Sie"}, ScopeAny, nil,
			[]string{"{{Sehen Sie}} und sehen Sie und {{Schauen Sie}} und schauen Sie."}},
		{"prefix wildcard", []string{"mach*"}, ScopeAny, nil,
			[]string{"Sie {{machen}} es, die {{Macht}} und {{mach}}, aber nicht Sinnmachen."}},
		{"suffix wildcard", []string{"*-inhalte"}, ScopeAny, nil,
			[]string{"{{Twitter-Inhalte}} und Inhalte und {{YouTube-Inhalte}}, nicht Twitter-Inhalten."}},
		{"inner wildcard", []string{"ver*ung"}, ScopeAny, nil,
			[]string{"{{Verwaltung}}, Verwalter, {{Verfassung}}, {{verung}}."}},
		{"escaped star", []string{`\*`}, ScopeAny, nil,
			[]string{"Fußnote {{*}} hier, Ausnahme + dort."}},
		{"optional token", []string{"Lesen Sie [hier] mehr"}, ScopeAny, nil,
			[]string{"{{Lesen Sie hier mehr}}. {{Lesen Sie mehr}}. Lesen Sie dort mehr."}},
		{"optional first token", []string{"[vielleicht] möchten Sie"}, ScopeAny, nil,
			[]string{"{{Vielleicht möchten Sie}} es. Dann {{möchten Sie}} es."}},
		{"gap", []string{"Sinn ... mach*"}, ScopeAny, nil,
			[]string{"Es würde {{Sinn machen}}. Es würde {{Sinn nicht wirklich machen}}."}},
		{"gap stops at clause punctuation", []string{"Sinn ... mach*"}, ScopeAny, nil,
			[]string{"Das ergibt Sinn, sagt er, machen wir es. Sinn (so er) machen."}},
		{"gap stops at the sentence end", []string{"Sinn ... mach*"}, ScopeAny, nil,
			[]string{"Das ist Sinn. Machen wir weiter."}},
		{"gap length", []string{"Sinn ...2 machen"}, ScopeAny, nil,
			[]string{"{{Sinn nicht machen}}, Sinn aber nicht wirklich machen."}},
		{"default gap is four tokens", []string{"Sinn ... machen"}, ScopeAny, nil,
			[]string{"{{Sinn a b c d machen}}; Sinn a b c d e machen."}},
		{"sentence gap crosses commas", []string{"Sinn ...5s machen"}, ScopeAny, nil,
			[]string{"{{Sinn, sagt er, machen}}. Sinn. Machen."}},
		{"paragraph gap crosses sentences", []string{"„ ...10p “"}, ScopeAny, nil,
			[]string{"{{„Ja. Nein“}}, sagte er.\n\n„Ja.\n\nNein“"}},
		{"regular expression", []string{`/\d+\.\d{1,2}/`}, ScopeAny, nil,
			[]string{"{{35.4}} und 1.000 und {{2.25}} und 35,4."}},
		{"regular expression ignoring case", []string{`/abc/i`}, ScopeAny, nil,
			[]string{"{{ABC}} {{abc}} abcd xabc."}},
		{"regular expression with a space", []string{`/a b/ c`}, ScopeAny, nil,
			[]string{"a b c"}},
		{"number", []string{"<number> Menschen"}, ScopeAny, nil,
			[]string{"{{1.000 Menschen}} und viele Menschen und {{35,4 Menschen}}."}},
		{"kind alternatives", []string{"{“} + <word|number>"}, ScopeAny, nil,
			[]string{"Er sagte {{“}}Ja” und {{“}}2024” und “ nein."}},
		{"capital", []string{"<cap> sagte"}, ScopeAny, nil,
			[]string{"Dann {{Meier sagte}}, er sagte, {{BBC sagte}}."}},
		{"marked span", []string{"Bildquelle , {<cap>}"}, ScopeAny, nil,
			[]string{"Bildquelle, {{Getty}} Images; Bildquelle, dpa"}},
		{"marked span with a gap", []string{"{Sinn ... mach*} es"}, ScopeAny, nil,
			[]string{"Wir wollen {{Sinn machen}} es, {{Sinn nicht machen}} es."}},
		{"glued tokens", []string{`\$ + <number>`}, ScopeAny, nil,
			[]string{"{{$500}} und $ 500 und {{$1,000}}."}},
		{"paragraph start", []string{"^ Sehen Sie :"}, ScopeAny, nil,
			[]string{"{{Sehen Sie:}} Das Video. Er sagte: Sehen Sie: nichts.\n\n{{Sehen Sie:}} mehr"}},
		{"paragraph end", []string{"Ende $"}, ScopeAny, nil,
			[]string{"Das ist das {{Ende}}\n\nEnde gut, alles gut."}},
		{"gap to the paragraph end", []string{"^ Bildquelle , ...6s $"}, ScopeAny, nil,
			[]string{"{{Bildquelle, Getty Images/AFP}}\n\nBildquelle, a b c d e f g\n\nBildquelle, dpa. Mehr"}},
		{"headline only", []string{"Bildquelle"}, ScopeHeadline, nil,
			[]string{"{{Bildquelle}} Getty\n\nDie Bildquelle ist unklar."}},
		{"whole paragraph", []string{"Verwandte Themen"}, ScopeParagraph, nil,
			[]string{"{{Verwandte Themen}}\n\nVerwandte Themen behandeln wir später.\n\nWeitere verwandte Themen"}},
		{"exceptions cancel overlapping hits", []string{"{“} + <word|number>"}, ScopeAny,
			[]string{"<any> + {“}", "„ ...50p {“}"},
			[]string{"{{“}}Ja”, sagte er. „Das reicht nicht “sagte sie. „Ja“ und {{“}}Nein”."}},
		{"exception overlapping the flagged span", []string{"{Sinn} machen"}, ScopeAny, []string{"{Sinn} machen wir"},
			[]string{"{{Sinn}} machen sie. Sinn machen wir."}},
		{"exception outside the flagged span", []string{"{Sinn} machen"}, ScopeAny, []string{"Sinn machen {wir}"},
			[]string{"{{Sinn}} machen sie. {{Sinn}} machen wir."}},
		{"matches do not overlap", []string{"a a"}, ScopeAny, nil,
			[]string{"{{a a}} {{a a}} a"}},
		{"no match across paragraphs", []string{"Ende des"}, ScopeAny, nil,
			[]string{"Das Ende\n\ndes Jahres"}},
		{"first pattern wins", []string{"Sinn machen", "Sinn"}, ScopeAny, nil,
			[]string{"{{Sinn machen}} und {{Sinn}}"}},
		{"URL and symbol kinds", []string{"<url>", "<symbol>"}, ScopeAny, nil,
			[]string{"Siehe {{https://example.org/a}} und {{@mtcheck}} für {{€}}."}},
		{"punct and any", []string{"<punct> + <any>"}, ScopeAny, nil,
			[]string{"Ein {{(Test}} hier."}},
		{"upper and lower", []string{"<upper> <lower>"}, ScopeAny, nil,
			[]string{"Die {{BBC meldet}} und die Bbc meldet."}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := testSet(t, testEntry(t, "test", tt.scope, tt.patterns, tt.exceptions...))
			for _, raw := range tt.texts {
				text, want := marked(t, raw)
				got := hitSpans(t, s, text)[0]
				assert.Equal(t, want, got, "%q\nflagged: %q", raw, texts(text, got))
			}
		})
	}
}

// TestPatternErrors checks that malformed patterns are rejected with a message.
func TestPatternErrors(t *testing.T) {
	tests := map[string]string{
		"":                    "needs at least one token",
		"...":                 "cannot start with a gap",
		"Sinn ...":            "end with a gap only before $",
		"... Sinn":            "cannot start with a gap",
		"Sinn ... ... mach*":  "two gaps in a row",
		"Sinn ...0 machen":    "1 to 50",
		"Sinn ...51 machen":   "1 to 50",
		"[":                   "token test is missing",
		"[Sinn":               "needs its ]",
		"[Sinn machen]":       "needs its ]",
		"]":                   "] without [",
		"[Sinn]":              "not optional",
		"{Sinn":               "{ without }",
		"Sinn}":               "} without {",
		"{[a]} b":             "marked span",
		"{a} {b}":             "at most one span",
		"<nmber>":             "unknown token test <nmber>",
		"<word":               "< without >",
		"<word>x":             "must end at white space",
		"/abc":                "without its closing /",
		"/(/":                 "bad regular expression",
		"//":                  "empty regular expression",
		"/a/x":                "must end at white space",
		"a + + b":             "two + in a row",
		"+ a":                 "+ must stand between two tokens",
		"a +":                 "+ must stand between two tokens",
		"a + [b]":             "not optional",
		"[a] + b":             "not optional",
		"a ... + b":           "+ must stand between two tokens",
		"a ^":                 "^ must come before the first token",
		"$ a":                 "$ must come after the last token",
		"a|":                  "empty word alternative",
		"=":                   "empty word",
		"Sinn ...x machen":    "",
		"a {Sinn ... } mach*": "",
	}
	for src, want := range tests {
		_, err := parsePattern(src)
		if want == "" {
			assert.NoError(t, err, src)
			continue
		}
		require.Error(t, err, src)
		assert.Contains(t, err.Error(), want, src)
	}
}

// refAlternatives splits a word test (without its "=") into its
// alternatives the way the parser did before it read literal words in one
// piece: rune by rune, * and | unescaped.
func refAlternatives(s string) []glob {
	var out []glob
	cur := glob{""}
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == '\\' && i+n < len(s):
			r2, n2 := utf8.DecodeRuneInString(s[i+n:])
			cur[len(cur)-1] += string(r2)
			n += n2
		case r == '*':
			cur = append(cur, "")
		case r == '|':
			out = append(out, cur)
			cur = glob{""}
		default:
			cur[len(cur)-1] += string(r)
		}
		i += n
	}
	return append(out, cur)
}

// TestWordAlternatives compares the parser's word alternatives with
// refAlternatives on every word test of the built-in packs and on escapes.
func TestWordAlternatives(t *testing.T) {
	packs, err := ParseFS(os.DirFS(".."), "packs/*.yaml")
	require.NoError(t, err)
	srcs := []string{`a\|b|c`, `\*x*y\\`, `x\`, `ä*ö|Ü\ß`, `=Aber|DOCH`, `a**b`, `*`}
	for _, p := range packs {
		for _, e := range p.Entries {
			srcs = append(srcs, e.Patterns...)
			srcs = append(srcs, e.Exceptions...)
		}
	}
	for _, src := range srcs {
		ps := &patternParser{src: src, pat: &pattern{src: src, groups: map[string]bool{}}}
		for ps.skipSpace(); ps.pos < len(ps.src); ps.skipSpace() {
			n := ps.rawLen()
			raw := ps.src[ps.pos : ps.pos+n]
			if n == 0 || strings.ContainsAny(raw[:1], "<[/{^$+.…") {
				ps.pos += max(n, 1)
				continue
			}
			var el element
			if err := ps.words(&el); err != nil {
				continue
			}
			word := strings.TrimPrefix(raw, "=")
			want := refAlternatives(word)
			if !el.test.exact {
				for _, g := range want {
					for i := range g {
						g[i] = strings.ToLower(g[i])
					}
				}
			}
			require.Equal(t, want, el.test.alts, "%q in %q", raw, src)
		}
	}
}
