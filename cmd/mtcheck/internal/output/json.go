package output

import (
	"bufio"
	"bytes"
	"encoding/json"
	"io"
)

// encoder marshals values compactly without escaping <, > and &.
type encoder struct {
	buf bytes.Buffer
	enc *json.Encoder
}

func newEncoder() *encoder {
	e := &encoder{}
	e.enc = json.NewEncoder(&e.buf)
	e.enc.SetEscapeHTML(false)
	return e
}

// marshal returns the encoding of v without a trailing newline; the slice is
// valid until the next call.
func (e *encoder) marshal(v any) ([]byte, error) {
	e.buf.Reset()
	if err := e.enc.Encode(v); err != nil {
		return nil, err
	}
	return bytes.TrimSuffix(e.buf.Bytes(), []byte("\n")), nil
}

// JSONWriter writes one JSON document
//
//	{"version": 1, "documents": [DOC, ...], "summary": {...}}
//
// streaming: the header before the first record, each record as it comes
// (one per line), and the summary on Close.
type JSONWriter struct {
	w       *bufio.Writer
	enc     *encoder
	started bool
	n       int
	parts   *jsonParts
}

// NewJSON returns a JSONWriter writing to w.
func NewJSON(w io.Writer) *JSONWriter {
	return &JSONWriter{w: bufio.NewWriter(w), enc: newEncoder()}
}

func (j *JSONWriter) start() {
	if !j.started {
		j.w.WriteString(`{"version":1,"documents":[`)
		j.started = true
	}
}

// Write implements Writer.
func (j *JSONWriter) Write(r *Record) error {
	b, err := j.enc.marshal(r.jsonValue())
	if err != nil {
		return err
	}
	j.start()
	if j.n > 0 {
		j.w.WriteByte(',')
	}
	j.n++
	j.w.WriteByte('\n')
	j.w.Write(b)
	return j.w.Flush()
}

// Close implements Writer.
func (j *JSONWriter) Close(s Summary) error {
	b, err := j.enc.marshal(s)
	if err != nil {
		return err
	}
	j.start()
	j.w.WriteString("\n],\"summary\":")
	j.w.Write(b)
	j.w.WriteString("}\n")
	return j.w.Flush()
}

// JSONLWriter writes one record per line and no summary.
type JSONLWriter struct {
	w     *bufio.Writer
	enc   *encoder
	parts *jsonParts
}

// NewJSONL returns a JSONLWriter writing to w.
func NewJSONL(w io.Writer) *JSONLWriter {
	return &JSONLWriter{w: bufio.NewWriter(w), enc: newEncoder()}
}

// Write implements Writer.
func (j *JSONLWriter) Write(r *Record) error {
	b, err := j.enc.marshal(r.jsonValue())
	if err != nil {
		return err
	}
	j.w.Write(b)
	j.w.WriteByte('\n')
	return j.w.Flush()
}

// Close implements Writer; JSON Lines have no summary record.
func (j *JSONLWriter) Close(Summary) error { return j.w.Flush() }
