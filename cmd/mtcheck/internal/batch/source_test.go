package batch

import (
	"bytes"
	"compress/gzip"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// writeFiles creates files (path → content) below dir.
func writeFiles(t *testing.T, dir string, files map[string]string) {
	t.Helper()
	for name, content := range files {
		p := filepath.Join(dir, filepath.FromSlash(name))
		require.NoError(t, os.MkdirAll(filepath.Dir(p), 0o755))
		require.NoError(t, os.WriteFile(p, []byte(content), 0o644))
	}
}

func gzipped(t testing.TB, s string) string {
	t.Helper()
	var b bytes.Buffer
	zw := gzip.NewWriter(&b)
	_, err := zw.Write([]byte(s))
	require.NoError(t, err)
	require.NoError(t, zw.Close())
	return b.String()
}

func ids(docs []Document) []string {
	out := make([]string, len(docs))
	for i, d := range docs {
		out[i] = d.ID
	}
	return out
}

// summary renders a document for table tests: its ID (relative to dir
// when dir is set), and its error, or its format and the start of its text
// (of a feed item: its title in brackets; feed_test.go checks their texts).
func summary(dir string, d Document) string {
	id := d.ID
	if rel, err := filepath.Rel(dir, id); dir != "" && err == nil && !strings.HasPrefix(rel, "..") {
		id = filepath.ToSlash(rel)
	}
	switch {
	case d.Err != nil:
		return id + " ERROR " + d.Err.Error()
	case d.Feed != "":
		return id + " " + string(d.Format) + " [" + d.Title + "]"
	}
	text := []rune(d.Text)
	if len(text) > 30 {
		text = text[:30]
	}
	return id + " " + string(d.Format) + " " + string(text)
}

func summaries(dir string, docs []Document) []string {
	out := make([]string, len(docs))
	for i, d := range docs {
		out[i] = summary(dir, d)
	}
	return out
}

// Feeds used by several tests, with German items.
const (
	testRSS = `<?xml version="1.0" encoding="UTF-8"?>
<?xml-stylesheet type="text/xsl" href="rss.xsl"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel>
  <title>Lokales</title>
  <link>https://zeitung.example/lokales</link>
  <description>Nachrichten aus der Stadt</description>
  <item>
    <title>Stadtrat beschließt neuen Radweg</title>
    <link>https://zeitung.example/radweg</link>
    <guid>urn:zeitung:radweg</guid>
    <description>Kurzfassung</description>
    <content:encoded><![CDATA[<p>Der Stadtrat hat am Dienstag den Bau eines Radwegs beschlossen.</p>]]></content:encoded>
  </item>
  <item>
    <title>Bäcker &amp; Söhne schließen</title>
    <link>https://zeitung.example/baecker</link>
    <description>&lt;p&gt;Nach 90 Jahren gibt die Bäckerei auf.&lt;/p&gt;</description>
  </item>
  <item>
    <description>Ein Eintrag ohne Titel, Link und Kennung.</description>
  </item>
</channel>
</rss>`
	testAtom = `<?xml version="1.0" encoding="utf-8"?>
<!-- erzeugt von Hand -->
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>Wirtschaft</title>
  <id>urn:zeitung:wirtschaft</id>
  <entry>
    <title>Mr. Müller übernimmt den Vorsitz</title>
    <id>urn:zeitung:vorsitz</id>
    <link rel="alternate" href="https://zeitung.example/vorsitz"/>
    <summary>Zusammenfassung</summary>
    <content type="html">&lt;p&gt;Er sagte, er freue sich sagte er.&lt;/p&gt;</content>
  </entry>
  <entry>
    <title>Preise steigen</title>
    <id>urn:zeitung:preise</id>
    <content type="text">Die Preise steigen &lt;weiter&gt;.

Zweiter Absatz.</content>
  </entry>
  <entry>
    <title>Nur eine Zusammenfassung</title>
    <link rel="self" href="https://zeitung.example/self"/>
    <summary type="html">&lt;p&gt;Kurz und &lt;b&gt;knapp&lt;/b&gt;.&lt;/p&gt;</summary>
  </entry>
</feed>`
	testJSONFeed = `{
  "version": "https://jsonfeed.org/version/1.1",
  "title": "Kultur",
  "items": [
    {"id": 42, "url": "https://zeitung.example/oper", "title": "Premiere in der Oper", "content_html": "<p>Das Publikum jubelte.</p>"},
    {"id": "k2", "title": "Lesung", "content_text": "Die Autorin las <vor>.\n\nDanach gab es Fragen."},
    {"title": 7},
    {"url": "https://zeitung.example/kino", "summary": "Neue Filme im Kino."}
  ]
}`
)

func TestInputsAutoMode(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{
		"a.txt": "Text", "b.md": "# Titel", "c.markdown": "* Punkt", "d.html": "<p>Absatz</p>",
		"e.htm": "<p>Alt</p>", "f.xhtml": "<html/>", "g.jsonl": `{"id": "g1", "text": "Zeile", "format": "html"}`,
		"h.rss": testRSS, "i.atom": testAtom, "j.xml": testRSS, "k.xml": "<config/>", "l.json": testJSONFeed,
		"m.json": `{"name": "kein Feed"}`, "n.go": "package n", ".hidden.txt": "versteckt", ".git/x.txt": "versteckt",
		"o.txt.gz": gzipped(t, "Gepackt"), "p.MD.GZ": gzipped(t, "# Gepackt"), "q.xml.gz": gzipped(t, testAtom),
		"r.xml.gz": gzipped(t, "<config/>"), "bad.txt.gz": "kein gzip", "s.gz": gzipped(t, "unbekannt"),
		"empty.rss":  `<rss version="2.0"><channel><title>Leer</title></channel></rss>`,
		"broken.rss": `<rss version="2.0"><channel><item><title>Kaputt</title></channel>`,
	})
	var skipped []string
	opt := Options{MaxBytes: 1 << 20, Skipped: func(p, reason string) {
		rel, _ := filepath.Rel(dir, p)
		skipped = append(skipped, filepath.ToSlash(rel)+": "+reason)
	}}
	docs := collect(t, Inputs([]string{dir}, nil, opt))
	assert.Equal(t, []string{
		"a.txt text Text",
		"b.md markdown # Titel",
		"bad.txt.gz ERROR invalid gzip stream: unexpected EOF",
		"broken.rss ERROR malformed RSS feed: XML syntax error on line 1: unexpected EOF",
		"c.markdown markdown * Punkt",
		"d.html html <p>Absatz</p>",
		"e.htm html <p>Alt</p>",
		"empty.rss ERROR feed has no items",
		"f.xhtml html <html/>",
		"g1 html Zeile",
		"urn:zeitung:radweg html [Stadtrat beschließt neuen Radweg]",
		"https://zeitung.example/baecker html [Bäcker & Söhne schließen]",
		"h.rss#3 html []",
		"urn:zeitung:vorsitz html [Mr. Müller übernimmt den Vorsitz]",
		"urn:zeitung:preise html [Preise steigen]",
		"https://zeitung.example/self html [Nur eine Zusammenfassung]",
		"urn:zeitung:radweg html [Stadtrat beschließt neuen Radweg]",
		"https://zeitung.example/baecker html [Bäcker & Söhne schließen]",
		"j.xml#3 html []",
		"42 html [Premiere in der Oper]",
		"k2 html [Lesung]",
		"l.json#3 ERROR malformed JSON Feed item: json: cannot unmarshal number into Go struct field jsonFeedItem.title of type string",
		"https://zeitung.example/kino html []",
		"o.txt.gz text Gepackt",
		"p.MD.GZ markdown # Gepackt",
		"urn:zeitung:vorsitz html [Mr. Müller übernimmt den Vorsitz]",
		"urn:zeitung:preise html [Preise steigen]",
		"https://zeitung.example/self html [Nur eine Zusammenfassung]",
	}, summaries(dir, docs))
	assert.Equal(t, []string{
		".git: hidden", ".hidden.txt: hidden", "k.xml: not a feed", "m.json: not a feed",
		"n.go: unsupported extension", "r.xml.gz: not a feed", "s.gz: unsupported extension",
	}, skipped)
	for _, d := range docs {
		if d.Err == nil {
			assert.Equal(t, d.Format == FormatHTML && d.Feed == "" && !strings.HasSuffix(d.Path, ".jsonl") ||
				d.Format != FormatHTML, d.Raw, "files are raw, records and items are not: %s", d.ID)
		}
	}
}

func TestInputsExplicitFiles(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{
		"notes":       "Nur Text.",
		"page":        "\ufeff<!DOCTYPE html><html><body>Seite</body></html>",
		"feed":        testRSS,
		"packed":      gzipped(t, testAtom),
		"page.xml":    `<?xml version="1.0"?><!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "x"><html/>`,
		"data.xml":    "<daten/>",
		"conf.json":   `{"name": "x"}`,
		"feed.json":   testJSONFeed,
		"notes.go":    "package x",
		".hidden.txt": "versteckt, aber genannt",
	})
	tests := []struct {
		file string
		want []string
	}{
		{"notes", []string{"notes text Nur Text."}},
		{"page", []string{"page html \ufeff<!DOCTYPE html><html><body>Se"}},
		{"feed", []string{"urn:zeitung:radweg html [Stadtrat beschließt neuen Radweg]", "https://zeitung.example/baecker html [Bäcker & Söhne schließen]", "feed#3 html []"}},
		{"packed", []string{"urn:zeitung:vorsitz html [Mr. Müller übernimmt den Vorsitz]", "urn:zeitung:preise html [Preise steigen]", "https://zeitung.example/self html [Nur eine Zusammenfassung]"}},
		{"page.xml", []string{`page.xml html <?xml version="1.0"?><!DOCTYPE`}},
		{"data.xml", []string{"data.xml ERROR XML that is neither a feed (RSS, Atom), XLIFF nor HTML; --input text reads it as text"}},
		{"conf.json", []string{`conf.json ERROR not a JSON Feed (no "version": "https://jsonfeed.org/version/…"); --input jsonl reads JSON Lines, --input text any text`}},
		{"notes.go", []string{"notes.go text package x"}},
		{".hidden.txt", []string{".hidden.txt text versteckt, aber genannt"}},
		{"feed.json", []string{"42 html [Premiere in der Oper]", "k2 html [Lesung]",
			"feed.json#3 ERROR malformed JSON Feed item: json: cannot unmarshal number into Go struct field jsonFeedItem.title of type string",
			"https://zeitung.example/kino html []"}},
		{"missing.txt", []string{"missing.txt ERROR no such file or directory"}},
	}
	for _, tc := range tests {
		t.Run(tc.file, func(t *testing.T) {
			docs := collect(t, Inputs([]string{filepath.Join(dir, tc.file)}, nil, Options{MaxBytes: 1 << 20}))
			assert.Equal(t, tc.want, summaries(dir, docs))
		})
	}
}

func TestInputsForcedModes(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{
		"a.txt": "Text", "b.md": "# Titel", "c.html": "<p>Seite</p>", "d.jsonl": `{"text": "Zeile"}`,
		"e.rss": testRSS, "f.xml": testAtom, "g.xml": "<daten/>", "h.json": testJSONFeed, "i.markdown": "_x_",
	})
	tests := []struct {
		mode    Input
		want    []string
		skipped int
	}{
		{InputText, []string{"a.txt text Text", "b.md text # Titel", "i.markdown text _x_"}, 6},
		{InputMarkdown, []string{"b.md markdown # Titel", "i.markdown markdown _x_"}, 7},
		{InputHTML, []string{"c.html html <p>Seite</p>"}, 8},
		{InputJSONL, []string{"#1 text Zeile"}, 8},
		{InputFeed, nil, 6}, // e.rss, f.xml and h.json: 3 + 3 + 4 items; g.xml is no feed
	}
	for _, tc := range tests {
		t.Run(string(tc.mode), func(t *testing.T) {
			skipped := 0
			docs := collect(t, Inputs([]string{dir}, nil, Options{Input: tc.mode, MaxBytes: 1 << 20,
				Skipped: func(string, string) { skipped++ }}))
			if tc.mode == InputFeed {
				assert.Len(t, docs, 10)
				for _, d := range docs {
					assert.NotEmpty(t, d.Feed, d.ID)
				}
			} else {
				assert.Equal(t, tc.want, summaries(dir, docs))
			}
			assert.Equal(t, tc.skipped, skipped)
		})
	}

	// Files named explicitly are read as the mode says, whatever their extension.
	docs := collect(t, Inputs([]string{filepath.Join(dir, "c.html"), filepath.Join(dir, "a.txt")}, nil,
		Options{Input: InputMarkdown, MaxBytes: 100}))
	assert.Equal(t, []string{"c.html markdown <p>Seite</p>", "a.txt markdown Text"}, summaries(dir, docs))
	docs = collect(t, Inputs([]string{filepath.Join(dir, "a.txt")}, nil, Options{Input: InputFeed, MaxBytes: 100}))
	assert.Equal(t, []string{"a.txt ERROR not a feed: RSS, Atom or JSON Feed expected"}, summaries(dir, docs))
}

func TestInputsStdin(t *testing.T) {
	tests := []struct {
		name  string
		mode  Input
		stdin string
		want  []string
	}{
		{"text", InputAuto, "Der Text.", []string{"- text Der Text."}},
		{"html", InputAuto, "  <!doctype HTML>\n<p>Seite</p>", []string{"- html   <!doctype HTML>\n<p>Seite</p>"}},
		{"rss", InputAuto, testRSS, []string{"urn:zeitung:radweg html [Stadtrat beschließt neuen Radweg]", "https://zeitung.example/baecker html [Bäcker & Söhne schließen]", "-#3 html []"}},
		{"json feed", InputAuto, testJSONFeed, []string{"42 html [Premiere in der Oper]", "k2 html [Lesung]", "-#3 ERROR malformed JSON Feed item: json: cannot unmarshal number into Go struct field jsonFeedItem.title of type string", "https://zeitung.example/kino html []"}},
		{"gzip", InputAuto, gzipped(t, "Gepackter Text."), []string{"- text Gepackter Text."}},
		{"bad gzip", InputAuto, "\x1f\x8bkaputt", []string{"- ERROR invalid gzip stream: unexpected EOF"}},
		{"forced jsonl", InputJSONL, `{"id": "s", "text": "v", "format": "markdown"}`, []string{"s markdown v"}},
		{"forced html", InputHTML, "Kein Markup", []string{"- html Kein Markup"}},
		{"empty", InputAuto, "", []string{"- text "}},
		{"too large", InputAuto, strings.Repeat("x", 101), []string{"- ERROR document is larger than the limit of 100 bytes (--max-bytes)"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			docs := collect(t, Inputs(nil, strings.NewReader(tc.stdin), Options{Input: tc.mode, MaxBytes: 100}))
			if tc.name == "rss" || tc.name == "json feed" {
				docs = collect(t, Inputs([]string{"-"}, strings.NewReader(tc.stdin), Options{Input: tc.mode, MaxBytes: 1 << 20}))
			}
			assert.Equal(t, tc.want, summaries("", docs))
		})
	}
}

func TestInputsTextFiles(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{"d/2.txt": "zwei", "d/1.md": "eins", "big.txt": strings.Repeat("x", 11)})
	missing := filepath.Join(dir, "missing.txt")
	paths := []string{filepath.Join(dir, "d"), missing, "-", filepath.Join(dir, "big.txt")}
	docs := collect(t, Inputs(paths, strings.NewReader("von stdin"), Options{MaxBytes: 10}))
	require.Len(t, docs, 5)
	assert.Equal(t, []string{filepath.Join(dir, "d", "1.md"), filepath.Join(dir, "d", "2.txt"), missing, "-",
		filepath.Join(dir, "big.txt")}, ids(docs))
	assert.Equal(t, "eins", docs[0].Text)
	assert.Equal(t, FormatMarkdown, docs[0].Format)
	assert.Equal(t, "zwei", docs[1].Text)
	assert.Error(t, docs[2].Err)
	assert.Equal(t, Document{ID: "-", Path: "-", Format: FormatText, Text: "von stdin", Raw: true, Unit: 3}, docs[3])
	assert.ErrorContains(t, docs[4].Err, "larger than the limit of 10 bytes")
	assert.Equal(t, []int{0, 1, 2, 3, 4}, []int{docs[0].Unit, docs[1].Unit, docs[2].Unit, docs[3].Unit, docs[4].Unit})
}

func TestInputsDefaultsToStdin(t *testing.T) {
	docs := collect(t, Inputs(nil, strings.NewReader("Text"), Options{MaxBytes: 100}))
	assert.Equal(t, []Document{{ID: "-", Path: "-", Format: FormatText, Text: "Text", Raw: true}}, docs)

	docs = collect(t, Inputs(nil, strings.NewReader("123456"), Options{MaxBytes: 5}))
	require.Len(t, docs, 1)
	assert.ErrorContains(t, docs[0].Err, "larger than the limit", "stdin has no size to stat, the read is capped")
}

func TestInputsJSONLMode(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{
		"b.jsonl":     `{"id": "b1", "text": "x"}` + "\n",
		"a.jsonl":     `{"text": "y"}` + "\n" + `{"id": "a2", "text": "z"}`,
		"skip.txt":    "not read",
		"sub/c.jsonl": `{"id": "c1", "text": "w"}`,
	})
	for _, opt := range []Options{{Input: InputJSONL, MaxBytes: 100}, {JSONL: true, MaxBytes: 100}} {
		docs := collect(t, Inputs([]string{dir, "-"}, strings.NewReader(`{"id": "s", "text": "v"}`), opt))
		assert.Equal(t, []string{"#1", "a2", "b1", "c1", "s"}, ids(docs))
		assert.Equal(t, filepath.Join(dir, "a.jsonl"), docs[0].Path)
		assert.Equal(t, "-", docs[4].Path)
		assert.Equal(t, []int{0, 0, 1, 2, 3}, []int{docs[0].Unit, docs[1].Unit, docs[2].Unit, docs[3].Unit, docs[4].Unit})
		for _, d := range docs {
			assert.NoError(t, d.Err)
		}
	}
}

func TestInputsInvalidOptions(t *testing.T) {
	for _, opt := range []Options{{MaxBytes: 0}, {Input: "xml", MaxBytes: 10}, {MaxBytes: 10, Shard: Shard{K: 3, N: 2}}} {
		docs := collect(t, Inputs(nil, strings.NewReader("x"), opt))
		require.Len(t, docs, 1)
		assert.Error(t, docs[0].Err)
		_, err := Count(nil, opt)
		assert.Equal(t, docs[0].Err, err)
	}
}

func TestCountAndFiles(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{
		"a.txt": "a", "b.jsonl": `{"text": "1"}` + "\n" + `{"text": "2"}`, "c.rss": testRSS, "d.xml": "<x/>",
		"e.go": "x", "sub/f.html": "<p>f</p>",
	})
	paths := []string{dir, "-", "https://zeitung.example/feed", filepath.Join(dir, "missing.txt")}
	skipped := 0
	opt := Options{MaxBytes: 1 << 20, Skipped: func(string, string) { skipped++ },
		Opener: fakeOpener{"https://zeitung.example/feed": {body: testAtom}}}
	n, err := Count(paths, opt)
	require.NoError(t, err)
	assert.Equal(t, 7, n, "4 files of the walk, stdin, the URL, the missing file")
	assert.Zero(t, skipped, "Count does not report skipped files")

	var files []string
	for f, err := range Files(paths, opt) {
		rel, _ := filepath.Rel(dir, f)
		if err != nil {
			rel += " ERROR"
		}
		files = append(files, filepath.ToSlash(rel))
	}
	assert.Equal(t, []string{"a.txt", "b.jsonl", "c.rss", "sub/f.html", "missing.txt ERROR"}, files)
	assert.Zero(t, skipped, "Files does not report skipped files")

	docs := collect(t, Inputs(paths, strings.NewReader("von stdin"), opt))
	assert.Equal(t, 2, skipped)
	units := map[int]int{}
	for _, d := range docs {
		units[d.Unit]++
	}
	assert.Equal(t, map[int]int{0: 1, 1: 2, 2: 3, 3: 1, 4: 1, 5: 3, 6: 1}, units)

	// With sharding, single-document files of other shards are not counted.
	total := 0
	for k := 1; k <= 3; k++ {
		n, err := Count(paths, Options{MaxBytes: 1 << 20, Shard: Shard{K: k, N: 3}})
		require.NoError(t, err)
		assert.GreaterOrEqual(t, n, 4, "streams are read by every shard")
		total += n - 4
	}
	assert.Equal(t, 3, total, "a.txt, sub/f.html and missing.txt are in one shard each")
}

func TestInputsStopsWhenConsumerStops(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{"1.txt": "a", "2.txt": "b", "3.txt": "c", "4.rss": testRSS})
	for _, stop := range []int{1, 2, 4} {
		n := 0
		for range Inputs([]string{dir}, nil, Options{MaxBytes: 1 << 20}) {
			n++
			if n == stop {
				break
			}
		}
		assert.Equal(t, stop, n)
	}
}

func TestParseInputAndFormat(t *testing.T) {
	for _, s := range []string{"auto", "text", "markdown", "html", "feed", "jsonl"} {
		in, err := ParseInput(s)
		require.NoError(t, err)
		assert.Equal(t, Input(s), in)
	}
	in, err := ParseInput("")
	require.NoError(t, err)
	assert.Equal(t, InputAuto, in)
	_, err = ParseInput("rss")
	assert.EqualError(t, err, `unknown --input "rss" (want auto, text, markdown, html, feed, jsonl or xliff)`)

	for _, s := range []string{"text", "markdown", "html"} {
		f, err := ParseFormat(s)
		require.NoError(t, err)
		assert.Equal(t, Format(s), f)
	}
	_, err = ParseFormat("jsonl")
	assert.EqualError(t, err, `unknown format "jsonl" (want text, markdown or html)`)
}

// TestWalkPicksExtensionsInSortedOrder covers the deprecated Walk, which
// the command still uses to find configuration files.
func TestWalkPicksExtensionsInSortedOrder(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{
		"b.md": "", "a.txt": "", "z/y.txt": "", "z/x/w.md": "", "c.go": "", "d.jsonl": "",
		"m/N.TXT": "", "m/notes": "", ".h.txt": "",
	})
	require.NoError(t, os.Symlink(filepath.Join(dir, "z"), filepath.Join(dir, "link.txt")))
	var got []string
	for p, err := range Walk(dir, TextExts) {
		require.NoError(t, err)
		rel, _ := filepath.Rel(dir, p)
		got = append(got, filepath.ToSlash(rel))
	}
	assert.Equal(t, []string{"a.txt", "b.md", "m/N.TXT", "z/x/w.md", "z/y.txt"}, got,
		"recursive, lexical, by extension, no symlinked directory, no hidden file")

	got = nil
	for p, err := range Walk(dir, JSONLExts) {
		require.NoError(t, err)
		got = append(got, filepath.Base(p))
	}
	assert.Equal(t, []string{"d.jsonl"}, got)
}

func TestWalkSingleFileAndMissing(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{"notes.go": "x"})
	var paths []string
	var errs []error
	for p, err := range Walk(filepath.Join(dir, "notes.go"), TextExts) {
		paths, errs = append(paths, p), append(errs, err)
	}
	assert.Equal(t, []string{filepath.Join(dir, "notes.go")}, paths, "an explicit file is taken whatever its extension")
	assert.Equal(t, []error{nil}, errs)

	missing := filepath.Join(dir, "missing.txt")
	paths, errs = nil, nil
	for p, err := range Walk(missing, TextExts) {
		paths, errs = append(paths, p), append(errs, err)
	}
	assert.Equal(t, []string{missing}, paths)
	require.Len(t, errs, 1)
	assert.ErrorContains(t, errs[0], "no such file")
	assert.NotContains(t, errs[0].Error(), missing, "the path is not repeated in the message")
}

// TestInputsGzipLimits: the limit applies to the decompressed size, of a
// document or feed as a whole, of a JSONL stream per line.
func TestInputsGzipLimits(t *testing.T) {
	dir := t.TempDir()
	var jsonl strings.Builder
	for range 200 {
		jsonl.WriteString(`{"text": "Ein Satz, der sich wiederholt."}` + "\n")
	}
	writeFiles(t, dir, map[string]string{
		"bombe.txt.gz":   gzipped(t, strings.Repeat("\x00", 1<<20)),
		"gross.rss.gz":   gzipped(t, testRSS+strings.Repeat(" ", 2000)),
		"viele.jsonl.gz": gzipped(t, jsonl.String()),
		"kurz.txt.gz":    gzipped(t, "Kurz."),
	})
	docs := collect(t, Inputs([]string{dir}, nil, Options{MaxBytes: 1000}))
	require.Len(t, docs, 203)
	assert.Equal(t, "bombe.txt.gz ERROR document is larger than the limit of 1000 bytes (--max-bytes)", summary(dir, docs[0]))
	assert.Equal(t, "gross.rss.gz ERROR feed is larger than the limit of 1000 bytes (--max-bytes)", summary(dir, docs[1]))
	assert.Equal(t, "kurz.txt.gz text Kurz.", summary(dir, docs[2]))
	for _, d := range docs[3:] {
		require.NoError(t, d.Err)
	}
}

func TestLongTextsAreStreamed(t *testing.T) {
	dir := t.TempDir()
	long := strings.Repeat("Ein Satz. ", 20)
	writeFiles(t, dir, map[string]string{"kurz.txt": "Kurz.", "lang.txt": long})
	opt := Options{MaxBytes: 10, StreamAbove: 100}
	docs := collect(t, Inputs([]string{filepath.Join(dir, "kurz.txt"), filepath.Join(dir, "lang.txt"), "-"},
		strings.NewReader(long), opt))
	require.Len(t, docs, 3)
	assert.Equal(t, "Kurz.", docs[0].Text)
	assert.Nil(t, docs[0].Stream)
	for _, d := range docs[1:] {
		require.NoError(t, d.Err, "MaxBytes does not apply to a streamed text")
		require.NotNil(t, d.Stream, d.ID)
		assert.Empty(t, d.Text)
		rc, err := d.Stream()
		require.NoError(t, err)
		b, err := io.ReadAll(rc)
		require.NoError(t, err)
		rc.Close()
		assert.Equal(t, long, string(b), d.ID)
	}
	docs = collect(t, Inputs([]string{"-"}, strings.NewReader(strings.Repeat("x", 50)), opt))
	require.Len(t, docs, 1)
	assert.ErrorContains(t, docs[0].Err, "larger than the limit of 10 bytes", "a text below StreamAbove keeps the limit")
}
