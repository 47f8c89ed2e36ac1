package batch

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"html"
	"io"
	"iter"
	"strconv"
	"strings"

	"github.com/mmcdole/gofeed/atom"
	"github.com/mmcdole/gofeed/rss"
)

// Feed reads a feed (RSS 0.9x, 1.0 or 2.0, Atom 1.0 or JSON Feed) of at most
// maxBytes bytes from r and yields one document per item, in feed order.
// The feed is read whole first (a larger one is one error document), then
// its items are turned into documents one at a time.
//
// An item's document has Format html and Raw unset: its Text is the small
// HTML document <article><h1>TITLE</h1>CONTENT</article>, where TITLE is the
// item's title escaped as HTML text (the <h1> is left out when there is no
// title) and CONTENT its content: RSS content:encoded, else description;
// Atom content, else summary; JSON Feed content_html, else content_text,
// else summary (plain text is escaped, blank lines become paragraphs).
// Offsets, lines and columns of findings in an item therefore refer to this
// text as built, not to the feed's bytes: a feed gives no positions for item
// content.
//
// The ID of an item's document is its own id (RSS guid, Atom id, JSON Feed
// id), else its link, else "PATH#N" (N counts the items from 1). Its
// metadata: Feed is path, ItemID the item's own id, Link its link, Title its
// title as plain text. An item with neither title nor content yields an
// error document.
//
// A feed that cannot be read, is not a feed or cannot be parsed is one error
// document named after path; so is a feed without items ("feed has no
// items"), which would otherwise leave no trace in a report.
func Feed(r io.Reader, path string, maxBytes int) iter.Seq[Document] {
	return func(yield func(Document) bool) {
		data, err := io.ReadAll(io.LimitReader(r, int64(maxBytes)+1))
		switch {
		case err != nil:
			yield(errDoc(path, plainErr(err)))
			return
		case len(data) > maxBytes:
			yield(errDoc(path, feedTooLarge(maxBytes)))
			return
		}
		items, err := parseFeed(data)
		data = nil // the items hold what is needed
		switch {
		case err != nil:
			yield(errDoc(path, err))
			return
		case len(items) == 0:
			yield(errDoc(path, errors.New("feed has no items")))
			return
		}
		for i := range items {
			d := items[i].document(path, i+1)
			items[i] = feedItem{} // done with it
			if !yield(d) {
				return
			}
		}
	}
}

func feedTooLarge(maxBytes int) error {
	return fmt.Errorf("feed is larger than the limit of %d bytes (--max-bytes)", maxBytes)
}

// feedItem is what a document is made of.
type feedItem struct {
	id, link, title string
	// content is the item's HTML content; text says it is plain text.
	content string
	text    bool
	// err says the item cannot be read.
	err error
}

// document is the document of the item, the nth of the feed at path.
func (it *feedItem) document(path string, n int) Document {
	d := Document{Path: path, Feed: path, ItemID: it.id, Link: it.link, Title: it.title}
	switch {
	case it.id != "":
		d.ID = it.id
	case it.link != "":
		d.ID = it.link
	default:
		d.ID = path + "#" + strconv.Itoa(n)
	}
	switch {
	case it.err != nil:
		d.Err = it.err
	case it.title == "" && strings.TrimSpace(it.content) == "":
		d.Err = errors.New("feed item has neither title nor content")
	default:
		d.Text, d.Format = itemHTML(it.title, it.content, it.text), FormatHTML
	}
	return d
}

// itemHTML builds the text of an item's document.
func itemHTML(title, content string, text bool) string {
	var b strings.Builder
	b.Grow(len(title) + len(content) + 40)
	b.WriteString("<article>")
	if title != "" {
		b.WriteString("<h1>")
		b.WriteString(html.EscapeString(title))
		b.WriteString("</h1>")
	}
	if text {
		writeTextAsHTML(&b, content)
	} else {
		b.WriteString(content)
	}
	b.WriteString("</article>")
	return b.String()
}

// writeTextAsHTML writes plain text as HTML paragraphs: one <p> per run of
// non-blank lines, line breaks within one as <br>.
func writeTextAsHTML(b *strings.Builder, text string) {
	text = strings.ReplaceAll(text, "\r\n", "\n")
	for para := range strings.SplitSeq(text, "\n\n") {
		para = strings.Trim(para, "\n")
		if strings.TrimSpace(para) == "" {
			continue
		}
		b.WriteString("<p>")
		for i, line := range strings.Split(para, "\n") {
			if i > 0 {
				b.WriteString("<br>")
			}
			b.WriteString(html.EscapeString(line))
		}
		b.WriteString("</p>")
	}
}

// parseFeed parses a whole feed into its items. The parsers are guarded: a
// panic in one is a malformed feed, not a crash of the batch.
func parseFeed(data []byte) (items []feedItem, err error) {
	defer func() {
		if r := recover(); r != nil {
			items, err = nil, fmt.Errorf("malformed feed: %v", r)
		}
	}()
	head := data
	if len(head) > sniffLen {
		head = head[:sniffLen]
	}
	switch sniff(head) {
	case sniffRSS:
		f, err := (&rss.Parser{}).Parse(bytes.NewReader(data))
		if err != nil {
			return nil, fmt.Errorf("malformed RSS feed: %v", err)
		}
		for _, it := range f.Items {
			items = append(items, rssItem(it))
		}
	case sniffAtom:
		f, err := (&atom.Parser{}).Parse(bytes.NewReader(data))
		if err != nil {
			return nil, fmt.Errorf("malformed Atom feed: %v", err)
		}
		for _, e := range f.Entries {
			items = append(items, atomItem(e))
		}
	case sniffJSONFeed:
		return jsonFeedItems(data)
	default:
		return nil, errors.New("not a feed: RSS, Atom or JSON Feed expected")
	}
	return items, nil
}

// rssItem maps an RSS item; its description and content:encoded are HTML.
func rssItem(it *rss.Item) feedItem {
	if it == nil {
		return feedItem{}
	}
	fi := feedItem{link: strings.TrimSpace(it.Link), title: strings.TrimSpace(it.Title), content: it.Content}
	if it.GUID != nil {
		fi.id = strings.TrimSpace(it.GUID.Value)
	}
	if strings.TrimSpace(fi.content) == "" {
		fi.content = it.Description
	}
	return fi
}

// atomItem maps an Atom entry. Content of type text (or text/…) is plain
// text, html and xhtml content is HTML, content of another media type or by
// reference (src) is not read; the summary, whose type the parser does not
// keep, is taken as HTML (as which plain text reads the same, but for "<"
// and "&").
func atomItem(e *atom.Entry) feedItem {
	if e == nil {
		return feedItem{}
	}
	fi := feedItem{id: strings.TrimSpace(e.ID), title: strings.TrimSpace(e.Title), link: atomLink(e.Links)}
	if c := e.Content; c != nil && c.Src == "" && strings.TrimSpace(c.Value) != "" {
		switch t := strings.ToLower(strings.TrimSpace(c.Type)); {
		case t == "" || t == "text" || strings.HasPrefix(t, "text/") && t != "text/html":
			fi.content, fi.text = c.Value, true
		case t == "html" || t == "xhtml" || t == "text/html" || strings.Contains(t, "xhtml"):
			fi.content = c.Value
		}
	}
	if fi.content == "" {
		fi.content = e.Summary
	}
	return fi
}

// atomLink returns the entry's alternate link: rel "alternate" or none,
// else the first link.
func atomLink(links []*atom.Link) string {
	first := ""
	for _, l := range links {
		if l == nil {
			continue
		}
		if l.Rel == "" || l.Rel == "alternate" {
			return strings.TrimSpace(l.Href)
		}
		if first == "" {
			first = strings.TrimSpace(l.Href)
		}
	}
	return first
}

// jsonFeed is the part of a JSON Feed that is read; the items are decoded
// one by one, so that a bad item is an error document of its own.
type jsonFeed struct {
	Version string            `json:"version"`
	Items   []json.RawMessage `json:"items"`
}

// jsonFeedItem is the part of a JSON Feed item that is read.
type jsonFeedItem struct {
	// ID is a string, or a number, which readers must take as a string.
	ID          json.RawMessage `json:"id"`
	URL         string          `json:"url"`
	ExternalURL string          `json:"external_url"`
	Title       string          `json:"title"`
	ContentHTML string          `json:"content_html"`
	ContentText string          `json:"content_text"`
	Summary     string          `json:"summary"`
}

// jsonFeedItems parses a JSON Feed.
func jsonFeedItems(data []byte) ([]feedItem, error) {
	var f jsonFeed
	if err := json.Unmarshal(data, &f); err != nil {
		return nil, fmt.Errorf("malformed JSON Feed: %v", err)
	}
	if !isJSONFeedVersion(f.Version) {
		return nil, fmt.Errorf(`not a JSON Feed: "version" is %q, want "https://jsonfeed.org/version/…"`, f.Version)
	}
	items := make([]feedItem, len(f.Items))
	for i, raw := range f.Items {
		var it jsonFeedItem
		if err := json.Unmarshal(raw, &it); err != nil {
			items[i].err = fmt.Errorf("malformed JSON Feed item: %v", err)
			continue
		}
		fi := feedItem{id: strings.TrimSpace(jsonID(it.ID)), link: strings.TrimSpace(it.URL), title: strings.TrimSpace(it.Title)}
		if fi.link == "" {
			fi.link = strings.TrimSpace(it.ExternalURL)
		}
		switch {
		case strings.TrimSpace(it.ContentHTML) != "":
			fi.content = it.ContentHTML
		case strings.TrimSpace(it.ContentText) != "":
			fi.content, fi.text = it.ContentText, true
		default:
			fi.content, fi.text = it.Summary, true
		}
		items[i] = fi
	}
	return items, nil
}

// jsonID reads a JSON Feed id: a string, or a number taken literally.
func jsonID(raw json.RawMessage) string {
	raw = bytes.TrimSpace(raw)
	if len(raw) == 0 {
		return ""
	}
	switch c := raw[0]; {
	case c == '"':
		var s string
		if json.Unmarshal(raw, &s) == nil {
			return s
		}
	case c == '-' || c >= '0' && c <= '9':
		return string(raw)
	}
	return ""
}
