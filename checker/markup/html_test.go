package markup

import (
	"errors"
	"testing"

	"github.com/mtcheck/mtcheck/checker"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func readHTML(in string) (*checker.Source, error) { return HTML(in, HTMLOptions{}) }

var htmlCases = []extractCase{
	{
		name:  "link splits a word",
		in:    `<p><a href="x">Tweet</a>In der Diskussion</p>`,
		text:  "TweetIn der Diskussion",
		spans: map[string]string{"TweetIn": "Tweet</a>In", "TweetIn der": "Tweet</a>In der", "Diskussion": "Diskussion"},
	},
	{
		name:  "entity",
		in:    `sagte der Milliard&auml;r sagte er`,
		text:  "sagte der Milliardär sagte er",
		spans: map[string]string{"Milliardär": "Milliard&auml;r", "ä": "&auml;", "sagte der Milliardär sagte er": "sagte der Milliard&auml;r sagte er"},
	},
	{
		name: "figure caption is a paragraph of its own",
		in: `<p>Vorher im Text.</p><figure><img src=x alt="Ein Windrad"><figcaption>Bildquelle, Getty Images</figcaption>` +
			`</figure><p>Nachher im Text.</p>`,
		text:  "Vorher im Text.\n\nBildquelle, Getty Images\n\nNachher im Text.",
		spans: map[string]string{"Bildquelle, Getty Images": "Bildquelle, Getty Images", "\n\nBildquelle": "</p><figure><img src=x alt=\"Ein Windrad\"><figcaption>Bildquelle"},
	},
	{
		name: "script, style and other skipped elements",
		in: `<p>Text<script>var s = "<p>Nein</p>";</script> weiter</p><style>p { color: red }</style>` +
			`<noscript>Bitte JavaScript einschalten</noscript><template><p>Vorlage</p></template>` +
			`<p>Nutze <code>x := 1</code> jetzt</p><pre>Code
im Block</pre><p>Ende <button>Teilen</button>gut<svg><text>Icon</text></svg>.</p>` +
			`<select><option>Deutsch</option></select><textarea>Kommentar</textarea><iframe src=x>Rahmen</iframe>`,
		text:  "Text weiter\n\nNutze jetzt\n\nEnde gut.",
		spans: map[string]string{"Text weiter": `Text<script>var s = "<p>Nein</p>";</script> weiter`},
	},
	{
		name:  "suppression comment is kept as a paragraph, other comments skipped",
		in:    "<p>Eins.</p><!-- Werbung --><!-- mtcheck-disable english-date:\n  zitiert --><p>Zwei<!-- x -->mal.</p>",
		text:  "Eins.\n\n<!-- mtcheck-disable english-date: zitiert -->\n\nZweimal.",
		spans: map[string]string{"<!-- mtcheck-disable": "<!-- mtcheck-disable", "english-date: zitiert -->": "english-date:\n  zitiert -->", "Zweimal": "Zwei<!-- x -->mal"},
	},
	{
		name:  "white space collapses",
		in:    "<p>\n  Ein   Satz\n mit\tLeerraum  <b> und </b> Tags </p>\n\n<p> Zweiter Absatz. </p>",
		text:  "Ein Satz mit Leerraum und Tags\n\nZweiter Absatz.",
		spans: map[string]string{"Ein Satz": "Ein   Satz", "Leerraum und": "Leerraum  <b> und", "Satz mit": "Satz\n mit"},
	},
	{
		name:  "line breaks",
		in:    "<p>Zeile eins<br>Zeile zwei<br/>\n <br>Absatz drei<br><span></span><br><br>Absatz vier</p>",
		text:  "Zeile eins\nZeile zwei\n\nAbsatz drei\n\nAbsatz vier",
		spans: map[string]string{"eins\nZeile": "eins<br>Zeile", "zwei\n\nAbsatz": "zwei<br/>\n <br>Absatz"},
	},
	{
		name:      "headlines",
		in:        "<header><h1>Die <em>große</em> Frage</h1></header><h2>\n Unterzeile \n</h2><p>Text.</p><h3></h3>",
		text:      "Die große Frage\n\nUnterzeile\n\nText.",
		headlines: []string{"Die große Frage", "Unterzeile"},
		spans:     map[string]string{"Die große Frage": "Die <em>große</em> Frage"},
	},
	{
		name: "entities",
		in: "<p>10&nbsp;Prozent &bdquo;Zitat&ldquo; &amp; mehr &amp &notit; &#8222;x&#x201C; &#0; &#128; a&#32;b" +
			" &unbekannt; & &#; &fjlig;</p>",
		text: "10\u00a0Prozent „Zitat“ & mehr & ¬it; „x“ \uFFFD € a b &unbekannt; & &#; fj",
		spans: map[string]string{"10\u00a0Prozent": "10&nbsp;Prozent", "„Zitat“": "&bdquo;Zitat&ldquo;", "¬it;": "&notit;",
			"¬": "&not", "€": "&#128;", "a b": "a&#32;b", "fj": "&fjlig;"},
	},
	{
		name:  "soft hyphens are dropped",
		in:    "<p>Die Bundes&shy;netz\u00ADagentur</p>",
		text:  "Die Bundesnetzagentur",
		spans: map[string]string{"Bundesnetzagentur": "Bundes&shy;netz\u00ADagentur"},
	},
	{
		name:  "hidden elements",
		in:    `<p>Sichtbar</p><div hidden><p>Versteckt</p></div><p aria-hidden="true">Auch weg</p><span style="display: none">Weg</span><p aria-hidden="false">Da</p>`,
		text:  "Sichtbar\n\nDa",
		spans: map[string]string{"Da": "Da"},
	},
	{
		name: "article is preferred",
		in: `<html><head><title>Seitentitel</title></head><body><header><nav><a href="/">Startseite</a></nav></header>` +
			`<main><aside>Meistgelesen</aside><article><h1>Titel</h1><p>Text.</p></article><article><p>Zweiter Artikel</p></article></main>` +
			`<footer>Impressum</footer></body></html>`,
		text:      "Titel\n\nText.",
		headlines: []string{"Titel"},
	},
	{
		name:  "main without article",
		in:    `<body><nav>Menü</nav><main><p>Haupttext.</p></main><footer>Fuß</footer></body>`,
		text:  "Haupttext.",
		spans: map[string]string{"Haupttext.": "Haupttext."},
	},
	{
		name: "body without main",
		in:   `<!DOCTYPE html><html><head><meta charset="utf-8"><title>T</title><script>x()</script></head><body><p>Text</p></body></html>`,
		text: "Text",
	},
	{
		name: "fragment: the whole document",
		in:   `<title>Nicht geprüft</title><h2>Kopf</h2>Text ohne Absatz<p>Absatz</p>`,
		text: "Kopf\n\nText ohne Absatz\n\nAbsatz",
	},
	{
		name: "article inside a skipped element does not count",
		in:   `<template><article>Vorlage</article></template><body><p>Text</p></body>`,
		text: "Text",
	},
	{
		name: "self-closing tags open non-void elements, as in browsers",
		in:   `<body><p>Vorher</p><article/><p>Text<br/>mit Umbruch</p><div hidden/><p>Weg</p></body><p>Danach</p>`,
		text: "Text\nmit Umbruch",
	},
	{
		name: "unclosed head ends at the first body element",
		in:   `<html><head><title>T</title><p>Text nach dem Kopf</p>`,
		text: "Text nach dem Kopf",
	},
	{
		name:  "broken markup",
		in:    `<p>Ein <b>fetter <i>Text</p></span><p>a < b und </div> c & d<div><button>Teilen</div><p>Weiter</p><p>offen <a href="`,
		text:  "Ein fetter Text\n\na < b und c & d\n\nWeiter\n\noffen",
		spans: map[string]string{"a < b": "a < b", "und c": "und </div> c"},
	},
	{
		name: "table cells, lists and block elements",
		in: `<table><tr><th>Name</th><th>Wert</th></tr><tr><td>Umsatz</td><td>1,2 Mrd.</td></tr></table>` +
			`<ul><li>Eins</li><li>Zwei<li>Drei</ul><blockquote>Zitat</blockquote><hr>Danach<dl><dt>Begriff</dt><dd>Erklärung</dd></dl>`,
		text: "Name\n\nWert\n\nUmsatz\n\n1,2 Mrd.\n\nEins\n\nZwei\n\nDrei\n\nZitat\n\nDanach\n\nBegriff\n\nErklärung",
	},
	{
		name:  "UTF-8 byte order mark",
		in:    "\uFEFF<p>Grüße</p>",
		text:  "Grüße",
		spans: map[string]string{"Grüße": "Grüße"},
	},
	{
		name:  "decomposed umlauts are normalised",
		in:    "<p>Gru\u0308\u00DFe und Mu&#x308;he</p>",
		text:  "Grüße und Mühe",
		spans: map[string]string{"Grüße": "Gru\u0308\u00DFe", "Mühe": "Mu&#x308;he"},
	},
}

func TestHTML(t *testing.T) {
	for _, tc := range htmlCases {
		t.Run(tc.name, func(t *testing.T) { checkCase(t, tc, readHTML) })
	}
}

func TestHTMLSelect(t *testing.T) {
	page := `<body><div class="nav">Menü</div><div id="story" class="story wide"><p class="lead">Vorspann.</p>` +
		`<div class="body"><p>Erster Absatz.</p><p>Zweiter <span class="body">Absatz</span>.</p></div></div>` +
		`<div class="body">Fremder Text</div><article><p>Artikel</p></article></body>`
	cases := []struct{ sel, text string }{
		{"#story", "Vorspann.\n\nErster Absatz.\n\nZweiter Absatz."},
		{"div.story.wide .body", "Erster Absatz.\n\nZweiter Absatz."},
		{".story p", "Vorspann.\n\nErster Absatz.\n\nZweiter Absatz."},
		{"p.lead, article", "Vorspann.\n\nArtikel"},
		{".body", "Erster Absatz.\n\nZweiter Absatz.\n\nFremder Text"},
		{"DIV#story > p", ""},
		{"section", ""},
		{"* .lead", "Vorspann."},
	}
	for _, tc := range cases {
		t.Run(tc.sel, func(t *testing.T) {
			src, err := HTML(page, HTMLOptions{Select: tc.sel})
			if tc.sel == "DIV#story > p" {
				require.Error(t, err)
				assert.Contains(t, err.Error(), `unsupported ">"`)
				return
			}
			require.NoError(t, err)
			assert.Equal(t, tc.text, src.Text)
			assert.Empty(t, invariants(page, src))
		})
	}
	for _, bad := range []string{"a,,b", "p:first-child", "[hidden]", "a.", "#"} {
		_, err := HTML(page, HTMLOptions{Select: bad})
		assert.Error(t, err, bad)
	}
}

func TestHTMLEncodings(t *testing.T) {
	t.Run("latin-1 from meta charset", func(t *testing.T) {
		in := "<html><head><meta charset=\"iso-8859-1\"></head><body><p>Der K\xe4se kostet 3 \x80, sagte Br\xf6sel.</p></body></html>"
		src := checkCase(t, extractCase{in: in, text: "Der Käse kostet 3 €, sagte Brösel.",
			spans: map[string]string{"Käse": "K\xe4se", "€": "\x80", "Brösel.": "Br\xf6sel."}}, readHTML)
		assert.Equal(t, checker.Windows1252, src.Encoding)
	})
	t.Run("windows-1252 from http-equiv", func(t *testing.T) {
		in := "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1252\">\n<p>\x84Zitat\x93 &auml;</p>"
		src := checkCase(t, extractCase{in: in, text: "„Zitat“ ä", spans: map[string]string{"„Zitat“": "\x84Zitat\x93", "ä": "&auml;"}}, readHTML)
		assert.Equal(t, checker.Windows1252, src.Encoding)
	})
	t.Run("utf-16le with byte order mark", func(t *testing.T) {
		in := utf16le("\uFEFF<p>Grüße, <b>Welt</b></p>")
		src := checkCase(t, extractCase{in: in, text: "Grüße, Welt",
			spans: map[string]string{"Grüße": utf16le("Grüße"), "Welt": utf16le("Welt")}}, readHTML)
		assert.Equal(t, checker.UTF16LE, src.Encoding)
	})
	t.Run("meta utf-8", func(t *testing.T) {
		src := checkCase(t, extractCase{in: `<meta charset=utf-8><p>Grüße</p>`, text: "Grüße"}, readHTML)
		assert.Equal(t, checker.UTF8, src.Encoding)
	})
	t.Run("invalid UTF-8", func(t *testing.T) {
		_, err := HTML("<p>K\xe4se</p>", HTMLOptions{})
		var ie *checker.InputError
		require.True(t, errors.As(err, &ie), "%v", err)
		assert.Equal(t, 4, ie.Offset)
	})
	t.Run("unsupported encoding", func(t *testing.T) {
		_, err := HTML(`<meta charset="shift_jis"><p>x</p>`, HTMLOptions{})
		var ie *checker.InputError
		require.True(t, errors.As(err, &ie), "%v", err)
		assert.Contains(t, err.Error(), "shift_jis")
	})
}

// utf16le encodes s as UTF-16LE (s must be in the Basic Multilingual Plane).
func utf16le(s string) string {
	var b []byte
	for _, r := range s {
		b = append(b, byte(r), byte(r>>8))
	}
	return string(b)
}
