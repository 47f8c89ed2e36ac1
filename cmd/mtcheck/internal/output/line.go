package output

import (
	"bufio"
	"fmt"
	"io"
	"strings"
)

// LineWriter writes one line per finding, the format editors read into
// quickfix lists (Vim's errorformat "%f:%l:%c: %m", Emacs' compilation mode,
// VS Code problem matchers):
//
//	path:line:col: rule-id: message
//
// and, for a document that could not be checked, on the same stream:
//
//	path: error: message
//
// Error records go to the same output as the findings because quickfix
// tools read standard output only; the exit status (2) says so too.
// Line breaks in a message are replaced by spaces, so that one finding is
// one line. The label is Label's: a JSONL record is "path[id]", and its line
// and column count within the record's text. There is no summary line.
type LineWriter struct {
	w *bufio.Writer
}

// NewLine returns a LineWriter writing to w.
func NewLine(w io.Writer) *LineWriter { return &LineWriter{w: bufio.NewWriter(w)} }

// oneLine replaces line breaks by spaces.
var oneLine = strings.NewReplacer("\r\n", " ", "\n", " ", "\r", " ")

// Write implements Writer.
func (l *LineWriter) Write(r *Record) error {
	label := oneLine.Replace(Label(r))
	if r.Error != "" {
		fmt.Fprintf(l.w, "%s: error: %s\n", label, oneLine.Replace(r.Error))
		return l.w.Flush()
	}
	for i := range r.Findings {
		f := &r.Findings[i]
		fmt.Fprintf(l.w, "%s:%d:%d: %s: %s\n", label, f.Line, f.Column, f.Rule, oneLine.Replace(f.Message))
	}
	return l.w.Flush()
}

// Close implements Writer; the line format has no summary.
func (l *LineWriter) Close(Summary) error { return l.w.Flush() }
