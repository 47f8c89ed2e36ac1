package batch

import (
	"bytes"
	"encoding/json"
	"io"
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
			case d.Err != nil && d.Text != "":
				t.Errorf("line %q: error %v and text %q", line, d.Err, d.Text)
			case len(line) > maxBytes && d.Err == nil:
				t.Errorf("line %q is longer than %d bytes but accepted", line, maxBytes)
			}
			if text, ok := wellFormed(line); ok && len(line) <= maxBytes {
				if d.Err != nil {
					t.Errorf("well-formed line %q: %v", line, d.Err)
				} else if d.Text != text {
					t.Errorf("well-formed line %q: text %q, want %q", line, d.Text, text)
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
// returns its text: valid UTF-8, one JSON object with unique top-level keys,
// a string "text" and an "id" that is absent, null, a string or a number.
func wellFormed(line []byte) (string, bool) {
	if !utf8.Valid(line) || !json.Valid(line) {
		return "", false
	}
	var fields map[string]json.RawMessage
	if json.Unmarshal(line, &fields) != nil || fields == nil || countKeys(line) != len(fields) {
		return "", false
	}
	raw, ok := fields["text"]
	if !ok || raw[0] != '"' {
		return "", false
	}
	if id, ok := fields["id"]; ok && !strings.ContainsRune(`"-0123456789n`, rune(id[0])) {
		return "", false
	}
	var text string
	if json.Unmarshal(raw, &text) != nil {
		return "", false
	}
	return text, true
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
