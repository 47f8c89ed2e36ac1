package batch

import (
	"bytes"
	"compress/gzip"
	"encoding/json"
	"html"
	"io"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"
)

// FuzzJSONL reads arbitrary bytes as a JSONL stream and checks the reader's
// contract: one document per non-blank line, each with an ID, either an error
// or valid UTF-8 text, and no error for a plain well-formed record.
func FuzzJSONL(f *testing.F) {
	const maxBytes = 64
	for _, seed := range []string{
		`{"id": "a1", "text": "Er sagte es."}` + "\n",
		`{"id": "two", "text": "Mr. Eins.", "Text": "Sauber."}`,
		`{"id": "two", "text": "Mr. Eins.", "text": "Sauber."}` + "\r\n",
		`{"te\u0078t": "a", "text": "b"}`,
		`{"id": 1e3, "text": "\u00e4\ud800", "m": {"k": [1, {"k": 2}], "k": null}}`,
		"{\"id\": \"\xc3\", \"text\": \"ab\xffc\"}\n\n \t\r\n{\"text\": \"\"}",
		`{"id": ["x"], "text": "t"} {"text": "u"}`,
		"\r\n\r" + strings.Repeat(" ", maxBytes+1) + "\n" + strings.Repeat("x", 3*maxBytes),
		"\u00a0{\"text\": \"nbsp\"}\u0085\n",
		`{"text": "a",}` + "\n[1]\nnull\n{}\n",
		`{"text": "<p>a</p>", "format": "html"}` + "\n" + `{"text": "a", "format": "rss"}`,
		`{"text": "a", "format": null, "Format": 1}` + "\n" + `{"text": "a", "format": "markdown", "format": "text"}`,
		`{"text": "a", "source": "b"}` + "\n" + `{"text": "a", "source": 1}` + "\n" + `{"source": "s", "text": "t", "source": null}`,
	} {
		f.Add([]byte(seed))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		var docs []Document
		for d := range JSONL(bytes.NewReader(data), "f.jsonl", maxBytes) {
			docs = append(docs, d)
		}
		lines := fuzzLines(data, maxBytes)
		if len(docs) != len(lines) {
			t.Fatalf("%d documents for %d non-blank lines", len(docs), len(lines))
		}
		for i, d := range docs {
			line := lines[i]
			switch {
			case d.ID == "":
				t.Errorf("line %q: empty ID", line)
			case d.Path != "f.jsonl":
				t.Errorf("line %q: path %q", line, d.Path)
			case d.Err == nil && !utf8.ValidString(d.Text):
				t.Errorf("line %q: no error but text %q is not valid UTF-8", line, d.Text)
			case d.Err != nil && (d.Text != "" || d.Source != ""):
				t.Errorf("line %q: error %v and text %q, source %q", line, d.Err, d.Text, d.Source)
			case d.Err == nil && !utf8.ValidString(d.Source):
				t.Errorf("line %q: no error but source %q is not valid UTF-8", line, d.Source)
			case len(line) > maxBytes && d.Err == nil:
				t.Errorf("line %q is longer than %d bytes but accepted", line, maxBytes)
			}
			if d.Err == nil && !slices.Contains(Formats, d.Format) {
				t.Errorf("line %q: no error but format %q", line, d.Format)
			}
			if text, source, format, ok := wellFormed(line); ok && len(line) <= maxBytes {
				switch {
				case d.Err != nil:
					t.Errorf("well-formed line %q: %v", line, d.Err)
				case d.Text != text:
					t.Errorf("well-formed line %q: text %q, want %q", line, d.Text, text)
				case d.Source != source:
					t.Errorf("well-formed line %q: source %q, want %q", line, d.Source, source)
				case d.Format != format:
					t.Errorf("well-formed line %q: format %q, want %q", line, d.Format, format)
				}
			}
		}
	})
}

// fuzzLines splits data into lines the way the JSONL reader does: at "\n",
// without one "\r" before it, the last line without a line break counted
// when it is not empty. It returns the lines that yield a document: the
// non-blank ones and those longer than maxBytes.
func fuzzLines(data []byte, maxBytes int) [][]byte {
	parts := bytes.Split(data, []byte("\n"))
	if len(parts[len(parts)-1]) == 0 {
		parts = parts[:len(parts)-1]
	}
	var out [][]byte
	for _, p := range parts {
		p = bytes.TrimSuffix(p, []byte("\r"))
		if len(p) > maxBytes || len(bytes.TrimSpace(p)) > 0 {
			out = append(out, p)
		}
	}
	return out
}

// wellFormed reports whether line is a record the reader must accept, and
// returns its text, source and format: valid UTF-8, one JSON object with
// unique top-level keys, a string "text", an "id" that is absent, null, a
// string or a number, a "source" that is absent, null or a string, and a
// "format" that is absent, null or the name of a format.
func wellFormed(line []byte) (string, string, Format, bool) {
	if !utf8.Valid(line) || !json.Valid(line) {
		return "", "", "", false
	}
	var fields map[string]json.RawMessage
	if json.Unmarshal(line, &fields) != nil || fields == nil || countKeys(line) != len(fields) {
		return "", "", "", false
	}
	raw, ok := fields["text"]
	if !ok || raw[0] != '"' {
		return "", "", "", false
	}
	if id, ok := fields["id"]; ok && !strings.ContainsRune(`"-0123456789n`, rune(id[0])) {
		return "", "", "", false
	}
	var source string
	if src, ok := fields["source"]; ok && src[0] != 'n' {
		if src[0] != '"' || json.Unmarshal(src, &source) != nil {
			return "", "", "", false
		}
	}
	format := FormatText
	if f, ok := fields["format"]; ok && f[0] != 'n' {
		var name string
		if json.Unmarshal(f, &name) != nil || !slices.Contains(Formats, Format(name)) {
			return "", "", "", false
		}
		format = Format(name)
	}
	var text string
	if json.Unmarshal(raw, &text) != nil {
		return "", "", "", false
	}
	return text, source, format, true
}

// countKeys returns the number of top-level keys of a valid JSON object,
// duplicates included, walking its tokens.
func countKeys(obj []byte) int {
	dec := json.NewDecoder(bytes.NewReader(obj))
	n, depth, wantKey := 0, 0, false
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			return n
		}
		if err != nil {
			return -1
		}
		switch tok {
		case json.Delim('{'), json.Delim('['):
			depth++
			wantKey = depth == 1
			continue
		case json.Delim('}'), json.Delim(']'):
			depth--
		default:
			if depth == 1 && wantKey {
				n++
				wantKey = false
				continue
			}
		}
		wantKey = depth == 1 // a value of the top object ended
	}
}

// FuzzFeed reads arbitrary bytes as a feed and checks the reader's
// contract: at least one document; either one error document for the feed
// as a whole (ID and Path the feed's, no Feed), or one document per item,
// each with an ID, Feed set, and either an error or the item's HTML text,
// <article>, the escaped title as <h1>, the content, </article>; the same
// documents on a second read; and no panic.
func FuzzFeed(f *testing.F) {
	const maxBytes = 4096
	for _, seed := range []string{
		testRSS, testAtom, testJSONFeed, "", "Text", "<rss>", `<rss version="2.0"><channel></channel></rss>`,
		`<rdf:RDF><item><title>T</title></item></rdf:RDF>`,
		`<feed><entry><title type="html">&lt;b&gt;</title><content type="text">a &amp; b</content></entry></feed>`,
		`<feed><entry><content type="xhtml"><div><p>x</p></div></content><link href="l"/></entry></feed>`,
		`{"version": "https://jsonfeed.org/version/1", "items": [{"id": 1.5e3}, {"id": [1]}, null, 3, {"content_text": "a\n\nb"}]}`,
		`{"version": "https://jsonfeed.org/version/1", "items": {}}`,
		"<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><rss><channel><item><title>\xfc</title></item></channel></rss>",
		"<!DOCTYPE rss [<!ENTITY a \"b\">]><rss><channel><item><title>&a;</title></item></channel></rss>",
		`<rss><channel><item><guid> </guid><link> </link><title> t </title></item></channel></rss>`,
	} {
		f.Add([]byte(seed))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		const path = "f.xml"
		read := func() []Document {
			var docs []Document
			for d := range Feed(bytes.NewReader(data), path, maxBytes) {
				docs = append(docs, d)
			}
			return docs
		}
		docs := read()
		if len(docs) == 0 {
			t.Fatal("no document")
		}
		if docs[0].Feed == "" { // the feed as a whole
			d := docs[0]
			if len(docs) != 1 || d.Err == nil || d.ID != path || d.Path != path || d.Text != "" {
				t.Fatalf("feed error document %+v among %d", d, len(docs))
			}
		} else {
			if len(data) > maxBytes {
				t.Fatalf("%d bytes, larger than the limit, but read", len(data))
			}
			if k := sniff(data); k != sniffRSS && k != sniffAtom && k != sniffJSONFeed {
				t.Fatalf("not sniffed as a feed (%v) but read as one", k)
			}
		}
		for i, d := range docs {
			switch {
			case d.ID == "":
				t.Errorf("document %d: empty ID", i)
			case d.Path != path:
				t.Errorf("document %d: path %q", i, d.Path)
			case d.Raw:
				t.Errorf("document %d: raw", i)
			case (d.Err == nil) == (d.Text == ""):
				t.Errorf("document %d: error %v and text %q", i, d.Err, d.Text)
			}
			if d.Feed == "" && i > 0 {
				t.Errorf("document %d: a feed error after items", i)
			}
			if d.Err != nil {
				continue
			}
			if d.Feed != path || d.Format != FormatHTML {
				t.Errorf("document %d: feed %q, format %q", i, d.Feed, d.Format)
			}
			want := "<article>"
			if d.Title != "" {
				want += "<h1>" + html.EscapeString(d.Title) + "</h1>"
			}
			if !strings.HasPrefix(d.Text, want) || !strings.HasSuffix(d.Text, "</article>") {
				t.Errorf("document %d: text %q does not start with %q and end with </article>", i, d.Text, want)
			}
			if strings.TrimSpace(d.Title) != d.Title || strings.TrimSpace(d.ItemID) != d.ItemID {
				t.Errorf("document %d: title %q or item id %q not trimmed", i, d.Title, d.ItemID)
			}
			if d.ItemID != "" && d.ID != d.ItemID {
				t.Errorf("document %d: ID %q, item id %q", i, d.ID, d.ItemID)
			}
		}
		again := read()
		if len(again) != len(docs) {
			t.Fatalf("%d documents, then %d", len(docs), len(again))
		}
		for i := range docs {
			if docs[i].ID != again[i].ID || docs[i].Text != again[i].Text {
				t.Errorf("document %d differs on a second read", i)
			}
		}
	})
}

// FuzzSniff sniffs arbitrary bytes and checks: no panic; a known kind; the
// same answer with white space or a byte order mark in front; once a feed
// or HTML is recognised, more bytes after the head do not change the
// answer; Sniff agrees with sniff outside gzip.
func FuzzSniff(f *testing.F) {
	for _, seed := range []string{
		"", "Text", testRSS, testAtom, testJSONFeed, "<!DOCTYPE html><html>", "<!-- x --><html>",
		`<!DOCTYPE rss [<!ENTITY x ">">]><rss>`, `{"a": [{"version": 1}], "version": "https://jsonfeed.org/version/1"}`,
		"\ufeff<rdf:RDF ", "<?xml?><?pi?><!--c--><feed>", "\x1f\x8b\x08\x00", `{"version"`, "<!doctype html ",
	} {
		f.Add([]byte(seed), []byte(" mehr"))
	}
	var gz bytes.Buffer
	zw := gzip.NewWriter(&gz)
	_, _ = zw.Write([]byte(testRSS))
	_ = zw.Close()
	f.Add(gz.Bytes(), []byte{})
	f.Fuzz(func(t *testing.T, data, more []byte) {
		k := sniff(data)
		if k < sniffText || k > sniffGzip {
			t.Fatalf("unknown kind %d", k)
		}
		in := Sniff(data)
		if in != InputText && in != InputHTML && in != InputFeed {
			t.Fatalf("Sniff: %q", in)
		}
		if k != sniffGzip && in != k.input() {
			t.Errorf("Sniff %q, sniff %v", in, k)
		}
		if k == sniffGzip {
			return
		}
		bom := []byte("\xef\xbb\xbf")
		if !bytes.HasPrefix(data, bom) {
			if got := sniff(append(slices.Clip(bom), data...)); got != k {
				t.Errorf("with a BOM: %v, without: %v", got, k)
			}
			if got := sniff(append([]byte(" \r\n\t"), data...)); got != k {
				t.Errorf("with white space in front: %v, without: %v", got, k)
			}
		}
		if k != sniffText {
			if got := sniff(append(slices.Clip(data), more...)); got != k {
				t.Errorf("%v, but %v with more bytes", k, got)
			}
		}
	})
}
