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
//	 "passed", "error" (only when set), "paragraphs": [...], "findings": [...]}
type Record struct {
	ID   string `json:"id"`
	Path string `json:"path"`
	checker.DocScore
	// Error tells why the document could not be checked.
	Error      string                   `json:"error,omitempty"`
	Paragraphs []checker.ParagraphScore `json:"paragraphs"`
	Findings   []checker.Finding        `json:"findings"`
}

// NewRecord builds the record of a checked document.
func NewRecord(id, path string, res *checker.Result) *Record {
	r := &Record{ID: id, Path: path, DocScore: res.DocScore,
		Paragraphs: res.Paragraphs, Findings: res.Findings}
	if r.Paragraphs == nil {
		r.Paragraphs = []checker.ParagraphScore{}
	}
	if r.Findings == nil {
		r.Findings = []checker.Finding{}
	}
	return r
}

// ErrorRecord builds the record of a document that could not be checked. It
// does not pass.
func ErrorRecord(id, path string, err error) *Record {
	return &Record{ID: id, Path: path, Error: err.Error(),
		Paragraphs: []checker.ParagraphScore{}, Findings: []checker.Finding{}}
}

// Summary counts the records of a run.
type Summary struct {
	Documents int `json:"documents"`
	// Failed counts documents that did not pass, error records included.
	Failed   int `json:"failed"`
	Findings int `json:"findings"`
	Words    int `json:"words"`
	// Errors counts error records; it is not part of the JSON summary.
	Errors int `json:"-"`
}

// Add counts one record.
func (s *Summary) Add(r *Record) {
	s.Documents++
	if !r.Passed {
		s.Failed++
	}
	if r.Error != "" {
		s.Errors++
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
