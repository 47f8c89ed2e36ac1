package markup

import (
	"errors"
	"strings"
	"testing"

	"github.com/mtcheck/mtcheck/checker"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

var markdownCases = []extractCase{
	{
		name: "code blocks are skipped, prose is kept",
		in: "Am March 3, 2025 begann der Prozess.\n\n```text\nNovember 23, 2024\n```\n\n" +
			"    Indented: May 1, 2020\n\nDanach.\n",
		text:  "Am March 3, 2025 begann der Prozess.\n\nDanach.",
		spans: map[string]string{"March 3, 2025": "March 3, 2025", "\n\nDanach": "\n\n```text\nNovember 23, 2024\n```\n\n    Indented: May 1, 2020\n\nDanach"},
	},
	{
		name:  "inline code is skipped",
		in:    "Mit `go test ./...` prüfen wir alles.",
		text:  "Mit prüfen wir alles.",
		spans: map[string]string{"Mit prüfen": "Mit `go test ./...` prüfen"},
	},
	{
		name:  "link text is kept, URL skipped",
		in:    "Ein [Tweet](https://x.com/status/1 \"Titel\")In der Diskussion, siehe [Bericht][ref].\n\n[ref]: https://example.org/bericht\n",
		text:  "Ein TweetIn der Diskussion, siehe Bericht.",
		spans: map[string]string{"TweetIn": "Tweet](https://x.com/status/1 \"Titel\")In", "Bericht.": "Bericht][ref]."},
	},
	{
		name: "images, autolinks and inline HTML are skipped",
		in:   "Foto: ![Bildquelle, Getty Images](bild.jpg) und <https://example.org> mit <span class=\"x\">Text</span>.",
		text: "Foto: und mit Text.",
	},
	{
		name:  "YAML front matter is skipped",
		in:    "---\ntitle: March 3, 2025\ntags: [a, b]\n---\n# Titel\n\nText.\n",
		text:  "Titel\n\nText.",
		spans: map[string]string{"Titel": "Titel"}, headlines: []string{"Titel"},
	},
	{
		name: "TOML front matter is skipped",
		in:   "+++\ntitle = \"x\"\n+++\nText.\n",
		text: "Text.",
	},
	{
		name: "unclosed front matter is a thematic break and a paragraph",
		in:   "---\nText.\n",
		text: "Text.",
	},
	{
		name:  "escapes and entities map back",
		in:    "Ein \\*Stern\\* und Milliard&auml;r, 5 &#8364; \\&auml; &notit; \\a.",
		text:  "Ein *Stern* und Milliardär, 5 € &auml; &notit; \\a.",
		spans: map[string]string{"*Stern*": "\\*Stern\\*", "Milliardär": "Milliard&auml;r", "€": "&#8364;", "&auml;": "\\&auml;"},
	},
	{
		name:  "soft hyphens are dropped",
		in:    "Die Bundes&shy;netz\u00ADagentur",
		text:  "Die Bundesnetzagentur",
		spans: map[string]string{"Bundesnetzagentur": "Bundes&shy;netz\u00ADagentur"},
	},
	{
		name:  "emphasis delimiters are markup",
		in:    "Ein *Tweet*In der **Diskussion** und ~~alt~~ neu, 2*3*4.",
		text:  "Ein TweetIn der Diskussion und alt neu, 234.",
		spans: map[string]string{"TweetIn": "Tweet*In", "Diskussion": "Diskussion", "234": "2*3*4"},
	},
	{
		name:      "headings, lists and block quotes",
		in:        "# Erste *Zeile* #\n\nZweite\n======\n\n- eins\n- zwei\n  weiter\n\n1. drei\n\n> Zitat\n> geht weiter\nfaul\n\n- [x] erledigt\n",
		text:      "Erste Zeile\n\nZweite\n\neins\n\nzwei\nweiter\n\ndrei\n\nZitat\ngeht weiter\nfaul\n\nerledigt",
		headlines: []string{"Erste Zeile", "Zweite"},
		spans:     map[string]string{"Zitat\ngeht": "Zitat\n> geht", "zwei\nweiter": "zwei\n  weiter"},
	},
	{
		name:  "line breaks",
		in:    "Eins  \nzwei\\\ndrei\nvier   fünf<br>sechs",
		text:  "Eins\nzwei\ndrei\nvier fünf\nsechs",
		spans: map[string]string{"Eins\nzwei": "Eins  \nzwei", "zwei\ndrei": "zwei\\\ndrei", "vier fünf": "vier   fünf", "fünf\nsechs": "fünf<br>sechs"},
	},
	{
		name: "tables",
		in:   "| Name | Wert |\n|------|-----:|\n| Umsatz | 1,2 Mrd. \\| netto |\n| `x` | **fett** |\n",
		text: "Name\n\nWert\n\nUmsatz\n\n1,2 Mrd. | netto\n\nfett",
	},
	{
		name:      "blocks out of input order in the tree are written in input order",
		in:        "Titel\nSpalte\n-|\n-",
		text:      "Titel\n\nSpalte",
		headlines: []string{"Titel"},
		spans:     map[string]string{"Titel": "Titel", "Spalte": "Spalte"},
	},
	{
		name:  "suppression comment stays a paragraph",
		in:    "Eins.\n\n<!-- mtcheck-disable english-date:\n  zitiert -->\n\n<!-- ein Kommentar -->\n\n<div>\nHTML\n</div>\n\nZwei.\n",
		text:  "Eins.\n\n<!-- mtcheck-disable english-date: zitiert -->\n\nZwei.",
		spans: map[string]string{"<!-- mtcheck-disable english-date: zitiert -->": "<!-- mtcheck-disable english-date:\n  zitiert -->"},
	},
	{
		name:  "byte order mark",
		in:    "\uFEFF---\na: b\n---\nGrüße",
		text:  "Grüße",
		spans: map[string]string{"Grüße": "Grüße"},
	},
	{
		name:  "decomposed umlauts are normalised",
		in:    "Gru\u0308\u00DFe",
		text:  "Grüße",
		spans: map[string]string{"Grüße": "Gru\u0308\u00DFe"},
	},
	{
		name: "nesting deeper than maxNesting is cut",
		in:   strings.Repeat("> ", 40) + "tief\n\n" + strings.Repeat("> ", 3) + "Zitat\n\n" + strings.Repeat("1. ", 40) + "Liste\n\nflach",
		text: "Zitat\n\nflach",
	},
	{
		name: "empty",
		in:   "",
		text: "",
	},
}

func TestMarkdown(t *testing.T) {
	for _, tc := range markdownCases {
		t.Run(tc.name, func(t *testing.T) { checkCase(t, tc, Markdown) })
	}
}

func TestMarkdownInvalidUTF8(t *testing.T) {
	_, err := Markdown("# Titel\n\nK\xe4se")
	var ie *checker.InputError
	require.True(t, errors.As(err, &ie), "%v", err)
	assert.Equal(t, 10, ie.Offset)
}

// TestMarkdownMatchesRendering: on documents without HTML the reader's words
// are those of the rendered page.
func TestMarkdownMatchesRendering(t *testing.T) {
	for _, in := range []string{
		"*a **b** c*", "[a\\]b](c) und [x]", "a\\\\*b*", "&amp;amp; \\&amp; &#x; &#1234567; &#12345678;",
		"`a` `` b ` `` c", "foo\\\nbar", "***\n- - -\n1) x", "\t- a\n\n\tb", "Ein [Tweet](u)In",
		"# a #\n## b\n\nc\n---", "| a |\n|---|\n| `b` \\| c |", "![a *b*](c) d", "***a**", "_a_b_ __c__",
		"&nbsp;x&NotEqualTilde;y", "a  \nb", "> a\n>\n> b", "- [ ] offen\n- [x] erledigt", "~~a~~ ~b~",
		"[a]\n\n[a]: /u 'T'", "\\*\\_\\`\\#", "a\r\nb\r\n\r\nc", "h\n=\n\nt",
	} {
		got, want, ok := renderedWords(in)
		require.True(t, ok, in)
		assert.Equal(t, want, got, "%q", in)
	}
}
