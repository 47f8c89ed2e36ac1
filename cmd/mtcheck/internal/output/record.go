// Package output renders check results as text for editors, as one JSON
// document, or as JSON Lines. Every writer streams: it writes each record as
// it arrives and keeps nothing but counters.
package output

import (
	"fmt"
	"io"

	"github.com/mtcheck/mtcheck/checker"
)

// Record is the report of one document, the DOC of the JSON schema:
//
//	{"id", "path", "score", "penalty", "penalty_per_1000_words", "words",
//	 "passed", "paragraphs": [...], "findings": [...]}
//
// or, for a document that could not be checked, an error record without
// the score fields:
//
//	{"id", "path", "error", "paragraphs": [], "findings": []}
type Record struct {
	ID   string `json:"id"`
	Path string `json:"path"`
	checker.DocScore
	// Error tells why the document could not be checked; DocScore is then
	// zero and left out of the JSON.
	Error      string                   `json:"error,omitempty"`
	Paragraphs []checker.ParagraphScore `json:"paragraphs"`
	Findings   []checker.Finding        `json:"findings"`
	// Doc is the analysed document, for writers that show the text (nil for
	// error records). Its Text is what the findings' DocSpan refer to.
	Doc *checker.Doc `json:"-"`
}

// NewRecord builds the record of a checked document.
func NewRecord(id, path string, res *checker.Result) *Record {
	r := &Record{ID: id, Path: path, DocScore: res.DocScore,
		Paragraphs: res.Paragraphs, Findings: res.Findings, Doc: res.Doc}
	if r.Paragraphs == nil {
		r.Paragraphs = []checker.ParagraphScore{}
	}
	if r.Findings == nil {
		r.Findings = []checker.Finding{}
	}
	return r
}

// ErrorRecord builds the record of a document that could not be checked. It
// has no score and neither passes nor fails.
func ErrorRecord(id, path string, err error) *Record {
	return &Record{ID: id, Path: path, Error: err.Error(),
		Paragraphs: []checker.ParagraphScore{}, Findings: []checker.Finding{}}
}

// checkedJSON is a Record without its MarshalJSON method: the JSON of a
// checked document, every field included.
type checkedJSON Record

// errorJSON is the JSON of an error record: no score fields.
type errorJSON struct {
	ID         string                   `json:"id"`
	Path       string                   `json:"path"`
	Error      string                   `json:"error"`
	Paragraphs []checker.ParagraphScore `json:"paragraphs"`
	Findings   []checker.Finding        `json:"findings"`
}

// jsonValue returns the value whose encoding is the record's JSON.
func (r *Record) jsonValue() any {
	if r.Error == "" {
		return (*checkedJSON)(r)
	}
	return &errorJSON{ID: r.ID, Path: r.Path, Error: r.Error, Paragraphs: r.Paragraphs, Findings: r.Findings}
}

// MarshalJSON encodes the record; an error record leaves out "score",
// "penalty", "penalty_per_1000_words", "words" and "passed".
func (r Record) MarshalJSON() ([]byte, error) {
	return newEncoder().marshal(r.jsonValue())
}

// Summary counts the records of a run.
type Summary struct {
	Documents int `json:"documents"`
	// Failed counts checked documents that did not pass.
	Failed int `json:"failed"`
	// Errors counts documents that could not be checked (error records).
	Errors   int `json:"errors"`
	Findings int `json:"findings"`
	Words    int `json:"words"`
}

// Add counts one record.
func (s *Summary) Add(r *Record) {
	s.Documents++
	switch {
	case r.Error != "":
		s.Errors++
	case !r.Passed:
		s.Failed++
	}
	s.Findings += len(r.Findings)
	s.Words += r.Words
}

// Writer renders records one by one and closes the report with a summary.
type Writer interface {
	// Write renders one record.
	Write(r *Record) error
	// Close ends the report with the summary and flushes it.
	Close(s Summary) error
}

// Formats are the names New accepts.
var Formats = []string{"text", "json", "jsonl"}

// New returns the writer of a format. Reports go to out; the text format
// prints error records to errOut and uses ANSI colours when color is set.
func New(format string, out, errOut io.Writer, color bool) (Writer, error) {
	switch format {
	case "text":
		return NewText(out, errOut, color), nil
	case "json":
		return NewJSON(out), nil
	case "jsonl":
		return NewJSONL(out), nil
	}
	return nil, fmt.Errorf("unknown format %q (want text, json or jsonl)", format)
}
