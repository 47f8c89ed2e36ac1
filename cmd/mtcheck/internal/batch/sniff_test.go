package batch

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestSniff(t *testing.T) {
	tests := []struct {
		name string
		head string
		want sniffKind
	}{
		{"empty", "", sniffText},
		{"plain text", "Der Bürgermeister sagte.", sniffText},
		{"rss", `<rss version="2.0">`, sniffRSS},
		{"rss with declaration, BOM and white space", "\ufeff  \n<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<rss>", sniffRSS},
		{"rss with stylesheet and comment", `<?xml version="1.0"?><?xml-stylesheet href="a.xsl"?><!-- Kommentar <rss> --><rss version="2.0">`, sniffRSS},
		{"rss 0.91 DOCTYPE", `<?xml version="1.0"?><!DOCTYPE rss PUBLIC "-//Netscape Communications//DTD RSS 0.91//EN" "http://my.netscape.com/rss-0.91.dtd"><rss version="0.91">`, sniffRSS},
		{"DOCTYPE with internal subset", `<!DOCTYPE rss [<!ENTITY auml "&#228;"> <!ENTITY gt ">">]><rss>`, sniffRSS},
		{"rss 1.0", `<?xml version="1.0"?><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">`, sniffRSS},
		{"rss at the end of the head is undecided", `<rss`, sniffText},
		{"html DOCTYPE at the end of the head is undecided", `<!DOCTYPE html`, sniffText},
		{"atom", `<feed xmlns="http://www.w3.org/2005/Atom">`, sniffAtom},
		{"atom, empty element", `<feed/>`, sniffAtom},
		{"atom, line break", "<feed\nxmlns=\"x\">", sniffAtom},
		{"element names are exact", `<rsstext>`, sniffText},
		{"XML is case-sensitive", `<RSS version="2.0">`, sniffText},
		{"feeds in the wrong namespace prefix are not recognised", `<atom:feed>`, sniffText},
		{"other XML", `<?xml version="1.0"?><config/>`, sniffText},
		{"unterminated declaration", `<?xml version="1.0"`, sniffText},
		{"unterminated comment", `<!-- <rss>`, sniffText},
		{"unterminated DOCTYPE", `<!DOCTYPE rss "a>`, sniffText},
		{"html doctype", "<!DOCTYPE html>\n<html>", sniffHTML},
		{"html doctype, lower case", "<!doctype html>", sniffHTML},
		{"xhtml doctype", `<?xml version="1.0"?><!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "x">`, sniffHTML},
		{"DOCTYPE htmlx is no HTML", `<!DOCTYPE htmlx><rss>`, sniffRSS},
		{"html element", `<HTML lang="de">`, sniffHTML},
		{"html after a comment", "<!-- generiert -->\n<html>", sniffHTML},
		{"body", `<body>`, sniffHTML},
		{"head", `<head><title>x</title>`, sniffHTML},
		{"a fragment is text", `<p>Absatz</p>`, sniffText},
		{"json feed", `{"version": "https://jsonfeed.org/version/1.1", "items": []}`, sniffJSONFeed},
		{"json feed, version after other keys", `{"title": "T", "home_page_url": "https://x", "author": {"name": "A", "version": "no"}, "tags": [1, {"version": "x"}], "version": "https://jsonfeed.org/version/1"`, sniffJSONFeed},
		{"json feed, http", `{"version":"http://jsonfeed.org/version/1"}`, sniffJSONFeed},
		{"json feed, truncated after the version", `{"version": "https://jsonfeed.org/version/1", "items": [{"id": "1", "con`, sniffJSONFeed},
		{"json, nested version only", `{"meta": {"version": "https://jsonfeed.org/version/1"}}`, sniffText},
		{"json, version as a value", `{"key": "version", "x": "https://jsonfeed.org/version/1"}`, sniffText},
		{"json, other version", `{"version": "1.0"}`, sniffText},
		{"json, version not a string", `{"version": 1}`, sniffText},
		{"json, version prefix only", `{"version": "https://jsonfeed.org/version/"}`, sniffText},
		{"json, truncated before the version", `{"title": "T", "items": [`, sniffText},
		{"json array", `[{"version": "https://jsonfeed.org/version/1"}]`, sniffText},
		{"jsonl", `{"id": "1", "text": "a"}` + "\n" + `{"id": "2"}`, sniffText},
		{"gzip", "\x1f\x8b\x08\x00", sniffGzip},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.want, sniff([]byte(tc.head)))
		})
	}
}

func TestSniffExported(t *testing.T) {
	assert.Equal(t, InputFeed, Sniff([]byte(testRSS)))
	assert.Equal(t, InputFeed, Sniff([]byte(testAtom)))
	assert.Equal(t, InputFeed, Sniff([]byte(testJSONFeed)))
	assert.Equal(t, InputHTML, Sniff([]byte("<!DOCTYPE html>")))
	assert.Equal(t, InputText, Sniff([]byte("Text")))
	assert.Equal(t, InputFeed, Sniff([]byte(gzipped(t, testRSS))), "gzip is looked into")
	truncated := gzipped(t, testAtom+strings.Repeat(" ", 1000))
	assert.Equal(t, InputFeed, Sniff([]byte(truncated[:len(truncated)/2])), "as far as the head goes")
	assert.Equal(t, InputText, Sniff([]byte("\x1f\x8bkaputt")))
	assert.Equal(t, InputText, Sniff([]byte(gzipped(t, gzipped(t, testRSS)))), "gzip in gzip is not unpacked twice")
}
