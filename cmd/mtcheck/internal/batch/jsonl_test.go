package batch

import (
	"io"
	"strconv"
	"strings"
	"testing"
	"testing/iotest"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func collect(t *testing.T, docs func(func(Document) bool)) []Document {
	t.Helper()
	var out []Document
	for d := range docs {
		out = append(out, d)
	}
	return out
}

func TestJSONLLines(t *testing.T) {
	const max = 64
	tests := []struct {
		name    string
		line    string
		skip    bool   // no document expected
		id      string // expected ID
		text    string // expected text when there is no error
		format  Format // expected format when there is no error; "" for text
		errPart string // expected part of the error message, "" for none
	}{
		{name: "valid", line: `{"id": "a1", "text": "Er sagte es."}`, id: "a1", text: "Er sagte es."},
		{name: "escapes and extra fields", line: `{"text": "Zeile\nzwei \u00e4 <b>", "id": "x", "lang": "de"}`, id: "x", text: "Zeile\nzwei ä <b>"},
		{name: "numeric id", line: `{"id": 17, "text": "a"}`, id: "17", text: "a"},
		{name: "no id", line: `{"text": "ohne id"}`, id: "#1", text: "ohne id"},
		{name: "null id", line: `{"id": null, "text": "b"}`, id: "#1", text: "b"},
		{name: "empty text", line: `{"id": "e", "text": ""}`, id: "e", text: ""},
		{name: "crlf", line: "{\"id\": \"c\", \"text\": \"t\"}\r", id: "c", text: "t"},
		{name: "malformed JSON", line: `{"id": "m", "text": "unterminated}`, id: "#1", errPart: "malformed JSON"},
		{name: "trailing garbage", line: `{"id": "g", "text": "t"} x`, id: "#1", errPart: "malformed JSON"},
		{name: "not an object", line: `["a", "b"]`, id: "#1", errPart: "not a JSON object"},
		{name: "missing text", line: `{"id": "nt"}`, id: "nt", errPart: `missing "text"`},
		{name: "null text", line: `{"id": "nt", "text": null}`, id: "nt", errPart: `missing "text"`},
		{name: "non-string text", line: `{"id": "ns", "text": 42}`, id: "ns", errPart: `"text" must be a string`},
		{name: "bad id type", line: `{"id": ["x"], "text": "t"}`, id: "#1", errPart: `"id" must be a string or a number`},
		{name: "invalid UTF-8 in text", line: "{\"id\": \"u\", \"text\": \"ab\xffc\"}", id: "u", errPart: "invalid UTF-8 at byte offset 23 of the line"},
		{name: "invalid UTF-8 in id", line: "{\"id\": \"\xc3\", \"text\": \"t\"}", id: "#1", errPart: "invalid UTF-8 at byte offset 8 of the line"},
		{name: "invalid UTF-8 and malformed", line: "{\"id\": \"v\", \xfe", id: "#1", errPart: "invalid UTF-8 at byte offset 12 of the line"},
		{name: "over-long line", line: `{"id": "long", "text": "` + strings.Repeat("x", max) + `"}`, id: "#1", errPart: "longer than the limit of 64 bytes"},
		{name: "key case matters", line: `{"id": "two", "text": "Mr. Eins.", "Text": "Sauber."}`, id: "two", text: "Mr. Eins."},
		{name: "only a capitalised text", line: `{"id": "x", "TEXT": "Sauber."}`, id: "x", errPart: `missing "text"`},
		{name: "capitalised id is ignored", line: `{"ID": "x", "text": "a"}`, id: "#1", text: "a"},
		{name: "escaped key", line: `{"te\u0078t": "a", "\u0069d": "e"}`, id: "e", text: "a"},
		{name: "duplicate text", line: `{"id": "two", "text": "Mr. Eins.", "text": "Sauber."}`, id: "two", errPart: `duplicate key "text"`},
		{name: "duplicate text, escaped", line: `{"text": "a", "te\u0078t": "b"}`, id: "#1", errPart: `duplicate key "text"`},
		{name: "duplicate id", line: `{"id": "a", "text": "t", "id": "b"}`, id: "#1", errPart: `duplicate key "id"`},
		{name: "duplicate text and id", line: `{"text": "a", "id": "a", "text": "b", "id": "b"}`, id: "#1", errPart: `duplicate key "text"`},
		{name: "duplicate other key", line: `{"id": "o", "lang": "de", "text": "t", "lang": "en"}`, id: "o", errPart: `duplicate key "lang"`},
		{name: "nested duplicates are not checked", line: `{"meta": {"k": 1, "k": [2, {"k": 3}]}, "text": "t"}`, id: "#1", text: "t"},
		{name: "nested text is ignored", line: `{"m": {"text": "innen"}, "text": "außen", "x": [{"text": 1}]}`, id: "#1", text: "außen"},
		{name: "empty object", line: `{}`, id: "#1", errPart: `missing "text"`},
		{name: "empty id", line: `{"id": "", "text": "a"}`, id: "#1", text: "a"},
		{name: "number id literally", line: `{"id": -1.5e3, "text": "a"}`, id: "-1.5e3", text: "a"},
		{name: "boolean id", line: `{"id": true, "text": "a"}`, id: "#1", errPart: `"id" must be a string or a number`},
		{name: "object text", line: `{"id": "o", "text": {"de": "a"}}`, id: "o", errPart: `"text" must be a string`},
		{name: "two objects", line: `{"text": "a"} {"text": "b"}`, id: "#1", errPart: "malformed JSON"},
		{name: "trailing comma", line: `{"text": "a",}`, id: "#1", errPart: "malformed JSON"},
		{name: "missing colon", line: `{"text" "a"}`, id: "#1", errPart: "malformed JSON"},
		{name: "white space around", line: " \t{\"text\": \"a\"} ", id: "#1", text: "a"},
		{name: "format html", line: `{"id": "h", "text": "<p>a</p>", "format": "html"}`, id: "h", text: "<p>a</p>", format: FormatHTML},
		{name: "format markdown", line: `{"format": "markdown", "text": "# a"}`, id: "#1", text: "# a", format: FormatMarkdown},
		{name: "format text", line: `{"text": "a", "format": "text"}`, id: "#1", text: "a"},
		{name: "null format", line: `{"text": "a", "format": null}`, id: "#1", text: "a"},
		{name: "escaped format", line: `{"text": "a", "format": "ht\u006dl"}`, id: "#1", text: "a", format: FormatHTML},
		{name: "unknown format", line: `{"id": "u", "text": "a", "format": "rss"}`, id: "u", errPart: `unknown "format" "rss" (want text, markdown or html)`},
		{name: "format case matters", line: `{"id": "u", "text": "a", "format": "HTML"}`, id: "u", errPart: `unknown "format" "HTML"`},
		{name: "empty format", line: `{"id": "u", "text": "a", "format": ""}`, id: "u", errPart: `unknown "format" ""`},
		{name: "non-string format", line: `{"id": "u", "text": "a", "format": 1}`, id: "u", errPart: `"format" must be a string`},
		{name: "duplicate format", line: `{"text": "a", "format": "html", "format": "text"}`, id: "#1", errPart: `duplicate key "format"`},
		{name: "capitalised format is ignored", line: `{"text": "a", "Format": "rss"}`, id: "#1", text: "a"},
		{name: "missing text beats a bad format", line: `{"format": "rss"}`, id: "#1", errPart: `missing "text"`},
		{name: "blank line", line: "", skip: true},
		{name: "white space line", line: " \t\r", skip: true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			docs := collect(t, JSONL(strings.NewReader(tc.line+"\n"), "in.jsonl", max))
			if tc.skip {
				assert.Empty(t, docs)
				return
			}
			require.Len(t, docs, 1)
			d := docs[0]
			assert.Equal(t, tc.id, d.ID)
			assert.Equal(t, "in.jsonl", d.Path)
			if tc.errPart == "" {
				require.NoError(t, d.Err)
				assert.Equal(t, tc.text, d.Text)
				if tc.format == "" {
					tc.format = FormatText
				}
				assert.Equal(t, tc.format, d.Format)
				assert.False(t, d.Raw)
				return
			}
			require.Error(t, d.Err)
			assert.Contains(t, d.Err.Error(), tc.errPart)
			assert.Empty(t, d.Text)
		})
	}
}

func TestJSONLStreamKeepsOrderAndLineNumbers(t *testing.T) {
	long := `{"id": "long", "text": "` + strings.Repeat("y", 5000) + `"}`
	in := strings.Join([]string{
		`{"text": "eins"}`,
		``,
		long,
		`{"text": "vier"}`,
		`kaputt`,
		`{"id": "last", "text": "ohne Zeilenende"}`,
	}, "\n")
	// A one-byte reader makes every read short, exercising partial lines.
	docs := collect(t, JSONL(iotest.OneByteReader(strings.NewReader(in)), "-", 100))
	require.Len(t, docs, 5)
	assert.Equal(t, []string{"#1", "#3", "#4", "#5", "last"},
		[]string{docs[0].ID, docs[1].ID, docs[2].ID, docs[3].ID, docs[4].ID})
	assert.Equal(t, "eins", docs[0].Text)
	assert.ErrorContains(t, docs[1].Err, "line 3 is longer")
	assert.Equal(t, "vier", docs[2].Text, "the rest of the long line must be discarded")
	assert.ErrorContains(t, docs[3].Err, "malformed JSON")
	assert.Equal(t, "ohne Zeilenende", docs[4].Text)
}

func TestLineReaderLimits(t *testing.T) {
	const max = 10
	in := strings.Repeat("a", max) + "\n" + // exactly max: accepted
		strings.Repeat("b", max) + "\r\n" + // max plus CR: accepted
		strings.Repeat("c", max+1) + "\n" + // one too many
		strings.Repeat("d", 200000) + "\n" + // far longer than the reader's buffer
		"e"
	lr := newLineReader(strings.NewReader(in), max)
	type got struct {
		line    string
		tooLong bool
	}
	var lines []got
	for {
		line, tooLong, err := lr.next()
		if err == io.EOF {
			break
		}
		require.NoError(t, err)
		lines = append(lines, got{string(line), tooLong})
	}
	assert.Equal(t, []got{
		{strings.Repeat("a", max), false},
		{strings.Repeat("b", max), false},
		{"", true},
		{"", true},
		{"e", false},
	}, lines)
	assert.Equal(t, 5, lr.n)
	assert.LessOrEqual(t, cap(lr.buf), 64<<10+max+2, "the line buffer must not grow with an over-long line")
}

func TestJSONLReadError(t *testing.T) {
	r := io.MultiReader(strings.NewReader("{\"text\": \"ok\"}\n{\"te"), iotest.ErrReader(io.ErrUnexpectedEOF))
	docs := collect(t, JSONL(r, "f.jsonl", 100))
	require.Len(t, docs, 2)
	assert.NoError(t, docs[0].Err)
	assert.Equal(t, "#2", docs[1].ID)
	assert.ErrorIs(t, docs[1].Err, io.ErrUnexpectedEOF)
}

// BenchmarkJSONL reads a stream of typical records: an id, a text of a few
// hundred bytes and one more field.
func BenchmarkJSONL(b *testing.B) {
	var in strings.Builder
	for i := range 1000 {
		in.WriteString(`{"id": "doc-` + strconv.Itoa(i) + `", "lang": "de", "text": "` +
			strings.Repeat("Der Bürgermeister sagte, dass alles gut sei. ", 10) + `"}` + "\n")
	}
	data := in.String()
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		for d := range JSONL(strings.NewReader(data), "b.jsonl", 1<<20) {
			if d.Err != nil {
				b.Fatal(d.Err)
			}
		}
	}
}
