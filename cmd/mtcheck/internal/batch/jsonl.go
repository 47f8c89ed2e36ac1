package batch

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"iter"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/mtcheck/mtcheck/checker"
)

// JSONL yields one document per line of r, each line a JSON object
// {"id": "...", "text": "...", "source": "...", "format": "..."}, where
// "format" (text, markdown or html; absent or null: text) is the markup of
// the text and of the source, "source" (optional; absent, null or "": none)
// is the English original the text translates, and "id" is optional. Lines are read one at a time with a cap of
// maxBytes bytes (without the line break), so memory stays bounded however
// long the stream is.
//
// Every non-blank line yields exactly one document, in order; blank lines
// (empty or only white space) are skipped but still counted for line numbers.
// A line that cannot be used yields a document with Err set: a line longer
// than maxBytes (the rest of it is discarded up to its newline), invalid
// UTF-8 (the error names the byte offset within the line; this is checked on
// the raw bytes, since encoding/json would silently replace them), malformed
// JSON, a key that occurs twice in the object, a missing or non-string
// "text", a "source" that is not a string, or a "format" that is not one of
// the formats. Keys match exactly
// ("Text" is not "text") and unknown keys are ignored. The ID is the
// record's "id" (a non-empty string, or a number taken literally) when it
// can be read, else "#<line number>". Records are UTF-8 (Raw is unset). A
// read error ends the stream with one error document.
func JSONL(r io.Reader, path string, maxBytes int) iter.Seq[Document] {
	return func(yield func(Document) bool) {
		lr := newLineReader(r, maxBytes)
		for {
			line, tooLong, err := lr.next()
			if err == io.EOF {
				return
			}
			if err != nil {
				yield(lineDoc(path, lr.n+1, plainErr(err)))
				return
			}
			var d Document
			switch {
			case tooLong:
				d = lineDoc(path, lr.n, fmt.Errorf("line %d is longer than the limit of %d bytes (--max-bytes)", lr.n, maxBytes))
			case len(bytes.TrimSpace(line)) == 0:
				continue
			default:
				d = parseLine(line, lr.n, path)
			}
			if !yield(d) {
				return
			}
		}
	}
}

// lineID is the ID of a JSONL record without a usable "id".
func lineID(n int) string { return "#" + strconv.Itoa(n) }

// lineDoc is the document of line n of the JSONL stream path, known by its
// line number, which is unique only within the stream: its shard key names
// the stream too.
func lineDoc(path string, n int, err error) Document {
	id := lineID(n)
	return Document{ID: id, Path: path, Err: err, key: path + id}
}

// jsonlRecord holds the values of the keys a JSONL record is read for; every
// other key is ignored. To read another key, add a field and a case in field.
type jsonlRecord struct {
	id, text, source, format jsonValue
}

// field returns where the value of key goes, nil for a key that is ignored.
func (r *jsonlRecord) field(key string) *jsonValue {
	switch key {
	case "id":
		return &r.id
	case "text":
		return &r.text
	case "source":
		return &r.source
	case "format":
		return &r.format
	}
	return nil
}

// jsonValue is the value of a known key, read as far as the reader needs it.
type jsonValue struct {
	// kind is the first byte of the value: '"', '-', a digit, '{', '[', 't',
	// 'f' or 'n'; 0 when the key is absent.
	kind byte
	// s is the content of a string or the literal of a number.
	s string
	// twice says the key occurs more than once, which makes the value ambiguous.
	twice bool
}

// UnmarshalJSON keeps the kind of a value the decoder has validated, and the
// content of a string or the literal of a number.
func (v *jsonValue) UnmarshalJSON(b []byte) error {
	v.twice = v.kind != 0
	v.kind = b[0]
	switch {
	case v.kind == '"':
		var err error
		v.s, err = decodeString(b)
		return err
	case v.kind == '-' || v.kind >= '0' && v.kind <= '9':
		v.s = string(b)
	}
	return nil
}

// skipValue is the target of the values of ignored keys: the decoder checks
// their syntax and nothing is kept.
type skipValue struct{}

// UnmarshalJSON implements json.Unmarshaler.
func (*skipValue) UnmarshalJSON([]byte) error { return nil }

var errNotObject = errors.New("the line is not a JSON object")

// parseLine turns one non-blank JSONL line (line number n) into a document.
func parseLine(line []byte, n int, path string) Document {
	d := lineDoc(path, n, nil)
	// Validate before decoding: encoding/json replaces invalid bytes with U+FFFD.
	var utf8Err error
	if !utf8.Valid(line) {
		utf8Err = lineUTF8Error(checker.ValidateUTF8(string(line)))
	}
	var rec jsonlRecord
	dup, err := decodeObject(bytes.TrimSpace(line), &rec)
	if err != nil {
		d.Err = utf8Err
		if d.Err == nil {
			d.Err = fmt.Errorf("malformed JSON: %v", err)
		}
		return d
	}
	id, idErr := decodeID(rec.id)
	if utf8Err != nil && (!utf8.ValidString(id) || strings.ContainsRune(id, utf8.RuneError)) {
		// The id holds the invalid bytes, raw or replaced by an escape's decoding.
		id = ""
	}
	if id != "" && !rec.id.twice {
		d.ID, d.key = id, ""
	}
	switch {
	case utf8Err != nil:
		d.Err = utf8Err
	case dup != "":
		d.Err = fmt.Errorf("duplicate key %q", dup)
	case idErr != nil:
		d.Err = idErr
	case rec.text.kind == 0 || rec.text.kind == 'n':
		d.Err = errors.New(`missing "text"`)
	case rec.text.kind != '"':
		d.Err = errors.New(`"text" must be a string`)
	case rec.source.kind != 0 && rec.source.kind != 'n' && rec.source.kind != '"':
		d.Err = errors.New(`"source" must be a string`)
	default:
		d.Format, d.Err = decodeFormat(rec.format)
		if d.Err == nil {
			d.Text, d.Source = rec.text.s, rec.source.s
		}
	}
	return d
}

// decodeFormat reads the "format": one of the formats; missing or null is
// text.
func decodeFormat(v jsonValue) (Format, error) {
	switch v.kind {
	case 0, 'n':
		return FormatText, nil
	case '"':
		f, err := ParseFormat(v.s)
		if err != nil {
			return "", fmt.Errorf(`unknown "format" %q (want text, markdown or html)`, v.s)
		}
		return f, nil
	}
	return "", errors.New(`"format" must be a string`)
}

// decodeObject reads the JSON object data, which has no surrounding white
// space, key by key into rec, and returns the first key that occurs twice at
// the top level, if any. It fails when data is not exactly one JSON object.
func decodeObject(data []byte, rec *jsonlRecord) (dup string, err error) {
	if len(data) == 0 || data[0] != '{' {
		return "", errNotObject
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	if _, err := dec.Token(); err != nil { // the '{'
		return "", err
	}
	seen := map[string]bool{}
	for {
		tok, err := dec.Token()
		if err == io.EOF { // the line ends inside the object
			return "", io.ErrUnexpectedEOF
		}
		if err != nil {
			return "", err
		}
		if tok == json.Delim('}') {
			break
		}
		key := tok.(string) // in key position the decoder returns only strings
		if seen[key] && dup == "" {
			dup = key
		}
		seen[key] = true
		var target json.Unmarshaler = &skipValue{}
		if v := rec.field(key); v != nil {
			target = v
		}
		if err := dec.Decode(target); err != nil {
			return "", err
		}
	}
	if dec.InputOffset() != int64(len(data)) {
		return "", errors.New("more data after the object")
	}
	return dup, nil
}

// decodeString decodes a JSON string that the JSON scanner has already
// accepted. Without escapes, the fast path, its content is the string itself.
func decodeString(raw []byte) (string, error) {
	if bytes.IndexByte(raw, '\\') < 0 {
		return string(raw[1 : len(raw)-1]), nil
	}
	var s string
	err := json.Unmarshal(raw, &s)
	return s, err
}

// decodeID reads the "id": a string, or a number taken literally. Missing,
// null or "" gives "".
func decodeID(v jsonValue) (string, error) {
	switch c := v.kind; {
	case c == 0 || c == 'n':
		return "", nil
	case c == '"' || c == '-' || c >= '0' && c <= '9':
		return v.s, nil
	}
	return "", errors.New(`"id" must be a string or a number`)
}

// lineUTF8Error rephrases the checker's error so that it is clear the offset
// is counted within the line.
func lineUTF8Error(err error) error {
	var ie *checker.InputError
	if errors.As(err, &ie) && ie.Offset >= 0 {
		return fmt.Errorf("invalid UTF-8 at byte offset %d of the line", ie.Offset)
	}
	return err
}

// lineReader reads lines of at most max bytes, discarding the rest of longer ones.
type lineReader struct {
	r   *bufio.Reader
	max int
	buf []byte
	n   int // number of the line last returned, from 1
}

func newLineReader(r io.Reader, max int) *lineReader {
	return &lineReader{r: bufio.NewReaderSize(r, 64<<10), max: max}
}

// next returns the next line without its "\n" or "\r\n". The slice is valid
// until the following call. A line longer than max comes back empty with
// tooLong set. At the end of the input err is io.EOF.
func (lr *lineReader) next() (line []byte, tooLong bool, err error) {
	lr.buf = lr.buf[:0]
	read := false
	for {
		chunk, err := lr.r.ReadSlice('\n')
		read = read || len(chunk) > 0
		if !tooLong {
			// Allow for the line break, which is cut off below.
			if len(lr.buf)+len(chunk) > lr.max+2 {
				tooLong = true
				lr.buf = lr.buf[:0]
			} else {
				lr.buf = append(lr.buf, chunk...)
			}
		}
		switch {
		case err == bufio.ErrBufferFull:
			continue
		case err == io.EOF && !read:
			return nil, false, io.EOF
		case err != nil && err != io.EOF:
			return nil, false, err
		}
		break
	}
	lr.n++
	if tooLong {
		return nil, true, nil
	}
	line = bytes.TrimSuffix(lr.buf, []byte("\n"))
	line = bytes.TrimSuffix(line, []byte("\r"))
	if len(line) > lr.max {
		return nil, true, nil
	}
	return line, false, nil
}
