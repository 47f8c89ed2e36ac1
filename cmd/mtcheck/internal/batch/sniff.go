package batch

import (
	"bytes"
	"compress/gzip"
	"encoding/json"
	"io"
)

// sniffLen is how many bytes of a stream are looked at to tell what it is.
const sniffLen = 64 << 10

// sniffKind is what the first bytes of a stream look like.
type sniffKind int

const (
	sniffText sniffKind = iota
	sniffHTML
	sniffRSS      // <rss> (RSS 0.9x, 2.0) or <rdf:RDF> (RSS 0.90, 1.0)
	sniffAtom     // <feed>
	sniffJSONFeed // {"version": "https://jsonfeed.org/version/…", …}
	sniffGzip     // a gzip stream
	sniffXLIFF    // <xliff> (XLIFF 1.2 or 2.0)
)

// input is the input mode that reads a stream of kind k.
func (k sniffKind) input() Input {
	switch k {
	case sniffHTML:
		return InputHTML
	case sniffRSS, sniffAtom, sniffJSONFeed:
		return InputFeed
	case sniffXLIFF:
		return InputXLIFF
	}
	return InputText
}

// Sniff tells by the first bytes of a document (64 KiB are plenty) how
// InputAuto reads it when neither a file extension nor a Content-Type
// decides:
//
//   - InputFeed for a feed: after an optional byte order mark, white space,
//     XML declaration, processing instructions (<?xml-stylesheet …?>),
//     comments and a DOCTYPE, the root element <rss>, <feed> or <rdf:RDF>;
//     or a JSON object whose top-level "version" is
//     "https://jsonfeed.org/version/…" (JSON Feed), within the bytes given;
//   - InputHTML for an HTML page: <!DOCTYPE html>, or <html>, <head> or
//     <body> (any case) as the first element;
//   - InputXLIFF for an XLIFF file: the root element <xliff> after the
//     prolog;
//   - InputText for anything else.
//
// A gzip stream is decompressed (as far as head goes) and sniffed again.
func Sniff(head []byte) Input {
	k := sniff(head)
	if k == sniffGzip {
		zr, err := gzip.NewReader(bytes.NewReader(head))
		if err != nil {
			return InputText
		}
		inner, _ := io.ReadAll(io.LimitReader(zr, sniffLen)) // a truncated stream sniffs as far as it goes
		if k = sniff(inner); k == sniffGzip {
			k = sniffText
		}
	}
	return k.input()
}

// sniff classifies the first bytes of a stream.
func sniff(b []byte) sniffKind {
	if len(b) >= 2 && b[0] == 0x1f && b[1] == 0x8b {
		return sniffGzip
	}
	b = bytes.TrimPrefix(b, []byte("\xef\xbb\xbf"))
	b = trimSpace(b)
	switch {
	case len(b) == 0:
		return sniffText
	case b[0] == '{':
		if isJSONFeed(b) {
			return sniffJSONFeed
		}
	case b[0] == '<':
		return sniffMarkup(b)
	}
	return sniffText
}

// trimSpace drops leading XML white space.
func trimSpace(b []byte) []byte {
	for len(b) > 0 && (b[0] == ' ' || b[0] == '\t' || b[0] == '\n' || b[0] == '\r') {
		b = b[1:]
	}
	return b
}

// sniffMarkup classifies markup by its first element, skipping the prolog:
// declarations, processing instructions, comments and a DOCTYPE. Every step
// consumes what it looks at, so the work is linear in len(b).
func sniffMarkup(b []byte) sniffKind {
	for {
		b = trimSpace(b)
		switch {
		case bytes.HasPrefix(b, []byte("<?")):
			end := bytes.Index(b, []byte("?>"))
			if end < 0 {
				return sniffText
			}
			b = b[end+2:]
		case bytes.HasPrefix(b, []byte("<!--")):
			end := bytes.Index(b[4:], []byte("-->"))
			if end < 0 {
				return sniffText
			}
			b = b[4+end+3:]
		case hasPrefixFold(b, "<!doctype"):
			rest := trimSpace(b[len("<!doctype"):])
			if hasPrefixFold(rest, "html") && len(rest) > 4 && isNameEnd(rest[4]) {
				return sniffHTML
			}
			end := doctypeEnd(rest)
			if end < 0 {
				return sniffText
			}
			b = rest[end+1:]
		case hasElement(b, "rss", false), hasElement(b, "rdf:RDF", false):
			return sniffRSS
		case hasElement(b, "feed", false):
			return sniffAtom
		case hasElement(b, "xliff", false):
			return sniffXLIFF
		case hasElement(b, "html", true), hasElement(b, "head", true), hasElement(b, "body", true):
			return sniffHTML
		default:
			return sniffText
		}
	}
}

// hasElement reports whether b starts with the start tag of element name
// (case-insensitive when fold is set). The name must be followed by what
// ends it, so that more input never changes the answer.
func hasElement(b []byte, name string, fold bool) bool {
	n := 1 + len(name)
	if len(b) < n || b[0] != '<' {
		return false
	}
	if fold && !bytes.EqualFold(b[1:n], []byte(name)) || !fold && string(b[1:n]) != name {
		return false
	}
	return len(b) > n && isNameEnd(b[n])
}

// isNameEnd reports whether c ends an element name.
func isNameEnd(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '>' || c == '/'
}

func hasPrefixFold(b []byte, prefix string) bool {
	return len(b) >= len(prefix) && bytes.EqualFold(b[:len(prefix)], []byte(prefix))
}

// doctypeEnd returns the index of the ">" that ends a DOCTYPE declaration
// whose name starts b, skipping quoted literals and an internal subset in
// brackets; -1 when b holds no end.
func doctypeEnd(b []byte) int {
	var quote byte
	depth := 0
	for i, c := range b {
		switch {
		case quote != 0:
			if c == quote {
				quote = 0
			}
		case c == '"' || c == '\'':
			quote = c
		case c == '[':
			depth++
		case c == ']' && depth > 0:
			depth--
		case c == '>' && depth == 0:
			return i
		}
	}
	return -1
}

// isJSONFeed reports whether b, the start of a JSON object, has a top-level
// "version" whose value starts with the JSON Feed URL, looking only at the
// keys that come before the end of b.
func isJSONFeed(b []byte) bool {
	dec := json.NewDecoder(bytes.NewReader(b))
	depth, wantKey := 0, false
	for {
		tok, err := dec.Token()
		if err != nil {
			return false
		}
		switch tok {
		case json.Delim('{'), json.Delim('['):
			depth++
			if depth == 1 {
				if tok != json.Delim('{') {
					return false
				}
				wantKey = true
			}
			continue
		case json.Delim('}'), json.Delim(']'):
			depth--
			if depth <= 0 {
				return false
			}
			wantKey = depth == 1
			continue
		}
		if depth != 1 {
			continue
		}
		if !wantKey {
			wantKey = true // a scalar value ended
			continue
		}
		wantKey = false
		if tok != "version" {
			continue
		}
		v, err := dec.Token()
		if err != nil {
			return false
		}
		s, ok := v.(string)
		return ok && isJSONFeedVersion(s)
	}
}

// isJSONFeedVersion reports whether s is the "version" of a JSON Feed.
func isJSONFeedVersion(s string) bool {
	for _, prefix := range []string{"https://jsonfeed.org/version/", "http://jsonfeed.org/version/"} {
		if len(s) > len(prefix) && s[:len(prefix)] == prefix {
			return true
		}
	}
	return false
}
