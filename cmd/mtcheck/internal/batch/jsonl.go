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
	"unicode/utf8"

	"github.com/mtcheck/mtcheck/checker"
)

// JSONL yields one document per line of r, each line a JSON object
// {"id": "...", "text": "..."}. Lines are read one at a time with a cap of
// maxBytes bytes (without the line break), so memory stays bounded however
// long the stream is.
//
// Every non-blank line yields exactly one document, in order; blank lines
// (empty or only white space) are skipped but still counted for line numbers.
// A line that cannot be used yields a document with Err set: a line longer
// than maxBytes (the rest of it is discarded up to its newline), invalid
// UTF-8 (the error names the byte offset within the line; this is checked on
// the raw bytes, since encoding/json would silently replace them), malformed
// JSON, or a missing or non-string "text". The ID is the record's "id" (a
// non-empty string, or a number taken literally) when it can be read, else
// "#<line number>". A read error ends the stream with one error document.
func JSONL(r io.Reader, path string, maxBytes int) iter.Seq[Document] {
	return func(yield func(Document) bool) {
		lr := newLineReader(r, maxBytes)
		for {
			line, tooLong, err := lr.next()
			if err == io.EOF {
				return
			}
			if err != nil {
				yield(Document{ID: lineID(lr.n + 1), Path: path, Err: plainErr(err)})
				return
			}
			var d Document
			switch {
			case tooLong:
				d = Document{ID: lineID(lr.n), Path: path,
					Err: fmt.Errorf("line %d is longer than the limit of %d bytes (--max-bytes)", lr.n, maxBytes)}
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

// jsonlRecord keeps the raw bytes of the fields so that their types can be
// checked and the id read even when the rest of the line is unusable.
type jsonlRecord struct {
	ID   json.RawMessage `json:"id"`
	Text json.RawMessage `json:"text"`
}

var errNotObject = errors.New("the line is not a JSON object")

// parseLine turns one non-blank JSONL line (line number n) into a document.
// Fields other than "id" and "text" are ignored.
func parseLine(line []byte, n int, path string) Document {
	d := Document{ID: lineID(n), Path: path}
	// Validate before decoding: encoding/json replaces invalid bytes with U+FFFD.
	var utf8Err error
	if !utf8.Valid(line) {
		utf8Err = checker.ValidateUTF8(string(line))
	}
	var rec jsonlRecord
	err := errNotObject
	if trimmed := bytes.TrimSpace(line); len(trimmed) > 0 && trimmed[0] == '{' {
		err = json.Unmarshal(trimmed, &rec)
	}
	if err != nil {
		if utf8Err != nil {
			d.Err = lineUTF8Error(utf8Err)
		} else {
			d.Err = fmt.Errorf("malformed JSON: %v", err)
		}
		return d
	}
	id, idErr := decodeID(rec.ID)
	if id != "" {
		d.ID = id
	}
	switch {
	case utf8Err != nil:
		d.Err = lineUTF8Error(utf8Err)
	case idErr != nil:
		d.Err = idErr
	case len(rec.Text) == 0 || string(rec.Text) == "null":
		d.Err = errors.New(`missing "text"`)
	case rec.Text[0] != '"':
		d.Err = errors.New(`"text" must be a string`)
	default:
		d.Text, d.Err = decodeString(rec.Text)
	}
	return d
}

// decodeString decodes a raw JSON string that the JSON scanner has already
// accepted. Without escapes its content is the string itself.
func decodeString(raw json.RawMessage) (string, error) {
	if bytes.IndexByte(raw, '\\') < 0 {
		return string(raw[1 : len(raw)-1]), nil
	}
	var s string
	if err := json.Unmarshal(raw, &s); err != nil {
		return "", fmt.Errorf("malformed JSON: %v", err)
	}
	return s, nil
}

// decodeID reads a raw "id": a string, or a number taken literally. Missing
// or null gives "". An id that is itself invalid UTF-8 is left unread.
func decodeID(raw json.RawMessage) (string, error) {
	if len(raw) == 0 || string(raw) == "null" || !utf8.Valid(raw) {
		return "", nil
	}
	switch c := raw[0]; {
	case c == '"':
		return decodeString(raw)
	case c == '-' || c >= '0' && c <= '9':
		return string(raw), nil
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
