package batch

import (
	"strings"
	"testing"
	"testing/iotest"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestFeedItems(t *testing.T) {
	docs := collect(t, Feed(strings.NewReader(testRSS), "lokales.rss", 1<<20))
	require.Len(t, docs, 3)
	assert.Equal(t, Document{
		ID: "urn:zeitung:radweg", Path: "lokales.rss", Format: FormatHTML,
		Text: "<article><h1>Stadtrat beschließt neuen Radweg</h1><p>Der Stadtrat hat am Dienstag den Bau eines Radwegs beschlossen.</p></article>",
		Feed: "lokales.rss", ItemID: "urn:zeitung:radweg", Link: "https://zeitung.example/radweg",
		Title: "Stadtrat beschließt neuen Radweg",
	}, docs[0], "content:encoded beats the description")
	assert.Equal(t, Document{
		ID: "https://zeitung.example/baecker", Path: "lokales.rss", Format: FormatHTML,
		Text: "<article><h1>Bäcker &amp; Söhne schließen</h1><p>Nach 90 Jahren gibt die Bäckerei auf.</p></article>",
		Feed: "lokales.rss", Link: "https://zeitung.example/baecker", Title: "Bäcker & Söhne schließen",
	}, docs[1], "no guid: the link is the ID; the title is escaped, the description is HTML")
	assert.Equal(t, Document{
		ID: "lokales.rss#3", Path: "lokales.rss", Format: FormatHTML, Feed: "lokales.rss",
		Text: "<article>Ein Eintrag ohne Titel, Link und Kennung.</article>",
	}, docs[2], "no guid, no link: FEED#INDEX; no title: no heading")
}

func TestFeedFormats(t *testing.T) {
	tests := []struct {
		name string
		feed string
		want []string // ID | Title | Text, or ID | ERROR message
	}{
		{
			name: "RSS 1.0",
			feed: `<?xml version="1.0"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/">
  <channel rdf:about="https://zeitung.example/"><title>Alt</title></channel>
  <item rdf:about="https://zeitung.example/wahl">
    <title>Wahl im Herbst</title>
    <link>https://zeitung.example/wahl</link>
    <description>Die Wahl findet im Herbst statt.</description>
  </item>
</rdf:RDF>`,
			want: []string{"https://zeitung.example/wahl | Wahl im Herbst | <article><h1>Wahl im Herbst</h1>Die Wahl findet im Herbst statt.</article>"},
		},
		{
			name: "RSS 0.91 with a DOCTYPE",
			feed: `<?xml version="1.0" encoding="ISO-8859-1"?>
<!DOCTYPE rss PUBLIC "-//Netscape Communications//DTD RSS 0.91//EN" "http://my.netscape.com/publish/formats/rss-0.91.dtd">
<rss version="0.91"><channel><title>Alt</title>
<item><title>Gr` + "\xfc" + `ne Woche</title><link>https://zeitung.example/gruen</link><description>Viel Gr` + "\xfc" + `n.</description></item>
</channel></rss>`,
			want: []string{"https://zeitung.example/gruen | Grüne Woche | <article><h1>Grüne Woche</h1>Viel Grün.</article>"},
		},
		{
			name: "Atom content types",
			feed: `<feed xmlns="http://www.w3.org/2005/Atom"><title>T</title>
<entry><id>a1</id><title>Text</title><content type="text">A &lt; B &amp; C</content></entry>
<entry><id>a2</id><title>XHTML</title><content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>Ein <b>fetter</b> Satz.</p></div></content></entry>
<entry><id>a3</id><title>Extern</title><content src="https://zeitung.example/x" type="text/html"/><summary>Nur die Zusammenfassung.</summary></entry>
<entry><id>a4</id><title>Bild</title><content type="image/png">iVBORw0KGgo=</content><summary>Ein Bild.</summary></entry>
</feed>`,
			want: []string{
				"a1 | Text | <article><h1>Text</h1><p>A &lt; B &amp; C</p></article>",
				"a2 | XHTML | <article><h1>XHTML</h1><p>Ein <b>fetter</b> Satz.</p></article>",
				"a3 | Extern | <article><h1>Extern</h1>Nur die Zusammenfassung.</article>",
				"a4 | Bild | <article><h1>Bild</h1>Ein Bild.</article>",
			},
		},
		{
			name: "JSON Feed",
			feed: testJSONFeed,
			want: []string{
				"42 | Premiere in der Oper | <article><h1>Premiere in der Oper</h1><p>Das Publikum jubelte.</p></article>",
				"k2 | Lesung | <article><h1>Lesung</h1><p>Die Autorin las &lt;vor&gt;.</p><p>Danach gab es Fragen.</p></article>",
				"f#3 | ERROR malformed JSON Feed item: json: cannot unmarshal number into Go struct field jsonFeedItem.title of type string",
				"https://zeitung.example/kino |  | <article><p>Neue Filme im Kino.</p></article>",
			},
		},
		{
			name: "a title with markup characters",
			feed: `<rss version="2.0"><channel><item><guid>t</guid><title><![CDATA[<script>alert("x")</script> & "Zitat"]]></title><description>Text.</description></item></channel></rss>`,
			want: []string{`t | <script>alert("x")</script> & "Zitat" | <article><h1>&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt; &amp; &#34;Zitat&#34;</h1>Text.</article>`},
		},
		{
			name: "an item with neither title nor content",
			feed: `<rss version="2.0"><channel><item><guid>leer</guid><title>  </title><description> </description></item><item><title>Danach</title></item></channel></rss>`,
			want: []string{"leer | ERROR feed item has neither title nor content", "f#2 | Danach | <article><h1>Danach</h1></article>"},
		},
		{
			name: "duplicate guids stay two items",
			feed: `<rss version="2.0"><channel><item><guid>g</guid><title>Eins</title></item><item><guid>g</guid><title>Zwei</title></item></channel></rss>`,
			want: []string{"g | Eins | <article><h1>Eins</h1></article>", "g | Zwei | <article><h1>Zwei</h1></article>"},
		},
		{name: "no items", feed: `<feed xmlns="http://www.w3.org/2005/Atom"><title>Leer</title></feed>`, want: []string{"f | ERROR feed has no items"}},
		{name: "JSON Feed without items", feed: `{"version": "https://jsonfeed.org/version/1", "title": "Leer"}`, want: []string{"f | ERROR feed has no items"}},
		{name: "not a feed", feed: "Nur Text.", want: []string{"f | ERROR not a feed: RSS, Atom or JSON Feed expected"}},
		{name: "HTML", feed: "<html><body>Seite</body></html>", want: []string{"f | ERROR not a feed: RSS, Atom or JSON Feed expected"}},
		{name: "empty", feed: "", want: []string{"f | ERROR not a feed: RSS, Atom or JSON Feed expected"}},
		// The XML parser repairs a mismatched end tag, as browsers do with feeds.
		{name: "mismatched end tag", feed: `<rss version="2.0"><channel><item><title>A</title></channel></rss>`, want: []string{"f#1 | A | <article><h1>A</h1></article>"}},
		{name: "truncated RSS", feed: `<rss version="2.0"><channel><item><title>A</title>`, want: []string{"f | ERROR malformed RSS feed: XML syntax error on line 1: unexpected EOF"}},
		{name: "truncated Atom", feed: `<feed><entry><title>A`, want: []string{"f | ERROR malformed Atom feed: XML syntax error on line 1: unexpected EOF"}},
		{name: "bad XML", feed: `<rss version="2.0"><channel><item><title>A<</title></item></channel></rss>`, want: []string{"f | ERROR malformed RSS feed: XML syntax error on line 1: expected element name after <"}},
		{name: "malformed JSON", feed: `{"version": "https://jsonfeed.org/version/1", "items": [}`, want: []string{"f | ERROR malformed JSON Feed: invalid character '}' looking for beginning of value"}},
		{name: "JSON Feed with a bad version", feed: `{"version": "https://jsonfeed.org/version/1", "version": "2", "items": []}`, want: []string{`f | ERROR not a JSON Feed: "version" is "2", want "https://jsonfeed.org/version/…"`}},
		{name: "too large", feed: `<rss version="2.0"><channel><item><title>` + strings.Repeat("x", 2000) + `</title></item></channel></rss>`, want: []string{"f | ERROR feed is larger than the limit of 2000 bytes (--max-bytes)"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var got []string
			for d := range Feed(strings.NewReader(tc.feed), "f", 2000) {
				assert.Equal(t, "f", d.Path)
				if d.Err != nil {
					assert.Empty(t, d.Text)
					got = append(got, d.ID+" | ERROR "+d.Err.Error())
					continue
				}
				assert.Equal(t, "f", d.Feed)
				assert.Equal(t, FormatHTML, d.Format)
				assert.False(t, d.Raw)
				got = append(got, d.ID+" | "+d.Title+" | "+d.Text)
			}
			assert.Equal(t, tc.want, got)
		})
	}
}

func TestFeedReadError(t *testing.T) {
	docs := collect(t, Feed(iotest.ErrReader(iotest.ErrTimeout), "f.rss", 100))
	require.Len(t, docs, 1)
	assert.Equal(t, "f.rss", docs[0].ID)
	assert.ErrorIs(t, docs[0].Err, iotest.ErrTimeout)
}

func TestFeedIsLazy(t *testing.T) {
	n := 0
	for d := range Feed(strings.NewReader(testRSS), "f", 1<<20) {
		require.NoError(t, d.Err)
		n++
		break
	}
	assert.Equal(t, 1, n)
}

func TestWriteTextAsHTML(t *testing.T) {
	tests := []struct{ in, want string }{
		{"", ""},
		{"Ein Satz.", "<p>Ein Satz.</p>"},
		{"Zeile eins\nZeile zwei\n\n\n\nNeuer Absatz & mehr", "<p>Zeile eins<br>Zeile zwei</p><p>Neuer Absatz &amp; mehr</p>"},
		{"\r\n\r\nA\r\nB\r\n\r\n", "<p>A<br>B</p>"},
		{" \n\n \n", ""},
	}
	for _, tc := range tests {
		var b strings.Builder
		writeTextAsHTML(&b, tc.in)
		assert.Equal(t, tc.want, b.String(), "%q", tc.in)
	}
}
