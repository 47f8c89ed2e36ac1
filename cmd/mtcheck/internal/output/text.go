package output

import (
	"bufio"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/mtcheck/mtcheck/checker"
)

// ANSI escape sequences of the text format.
const (
	ansiReset   = "\x1b[0m"
	ansiBold    = "\x1b[1m"
	ansiRed     = "\x1b[31m"
	ansiGreen   = "\x1b[32m"
	ansiYellow  = "\x1b[33m"
	ansiBoldRed = "\x1b[1;31m"
)

// TextWriter writes the report for editors, per document:
//
//	path:line:col: severity rule-id: message
//	    Vorschlag: suggestion
//	  Absatz 1, Zeile 1: 66.7 (3 Wörter, Abzug 1, Überschrift)
//	path: 91.3 Punkte, Abzug 37 (86.4 je 1000 Wörter), 428 Wörter, nicht bestanden
//
// and a summary line at the end, which counts the documents that could not
// be checked ("nicht prüfbar") only when there are any:
//
//	3 Dokumente, 1 nicht bestanden, 1 nicht prüfbar, 3 Befunde, 58 Wörter
//
// A document that could not be checked is printed to the error stream as
// "path: error: message". Documents of a JSONL input are labelled
// "path[id]"; their lines and columns count within the record's text.
type TextWriter struct {
	w      *bufio.Writer
	errOut io.Writer
	color  bool
}

// NewText returns a TextWriter writing reports to w and error records to
// errOut, with ANSI colours when color is set.
func NewText(w, errOut io.Writer, color bool) *TextWriter {
	return &TextWriter{w: bufio.NewWriter(w), errOut: errOut, color: color}
}

// paint wraps s in an ANSI style when colours are on.
func (t *TextWriter) paint(style, s string) string {
	if !t.color || style == "" {
		return s
	}
	return style + s + ansiReset
}

// Label names a record in text reports: its path, or "path[id]" when the ID
// differs from the path.
func Label(r *Record) string {
	if r.ID == "" || r.ID == r.Path {
		return r.Path
	}
	return r.Path + "[" + r.ID + "]"
}

// Write implements Writer.
func (t *TextWriter) Write(r *Record) error {
	label := Label(r)
	if r.Error != "" {
		if err := t.w.Flush(); err != nil {
			return err
		}
		_, err := fmt.Fprintf(t.errOut, "%s: %s %s\n", label, t.paint(ansiBoldRed, "error:"), r.Error)
		return err
	}
	for i := range r.Findings {
		t.finding(label, &r.Findings[i])
	}
	for _, p := range r.Paragraphs {
		t.paragraph(p)
	}
	verdict := t.paint(ansiGreen, "bestanden")
	if !r.Passed {
		verdict = t.paint(ansiRed, "nicht bestanden")
	}
	fmt.Fprintf(t.w, "%s: %s Punkte, Abzug %d (%s je 1000 Wörter), %s, %s\n",
		t.paint(ansiBold, label), num(r.Score), r.Penalty, num(r.PenaltyPer1000),
		plural(r.Words, "Wort", "Wörter"), verdict)
	return t.w.Flush()
}

func (t *TextWriter) finding(label string, f *checker.Finding) {
	fmt.Fprintf(t.w, "%s:%d:%d: %s %s: %s\n", t.paint(ansiBold, label), f.Line, f.Column,
		t.paint(severityStyle(f.Severity), f.Severity.String()), f.Rule, f.Message)
	if len(f.Also) > 0 {
		fmt.Fprintf(t.w, "    Auch gemeldet von: %s\n", strings.Join(f.Also, ", "))
	}
	for _, r := range f.Related {
		fmt.Fprintf(t.w, "    Siehe Zeile %d, Spalte %d: %s\n", r.Line, r.Column, r.Message)
	}
	switch len(f.Suggestions) {
	case 0:
	case 1:
		fmt.Fprintf(t.w, "    Vorschlag: %s\n", t.paint(ansiGreen, f.Suggestions[0]))
	default:
		fmt.Fprintf(t.w, "    Vorschläge: %s\n", t.paint(ansiGreen, strings.Join(f.Suggestions, " | ")))
	}
}

func (t *TextWriter) paragraph(p checker.ParagraphScore) {
	fmt.Fprintf(t.w, "  Absatz %d, Zeile %d: %s (%s, Abzug %d", p.Index+1, p.Line, num(p.Score),
		plural(p.Words, "Wort", "Wörter"), p.Penalty)
	if p.Headline {
		t.w.WriteString(", Überschrift")
	}
	t.w.WriteString(")\n")
}

// Close implements Writer.
func (t *TextWriter) Close(s Summary) error {
	fmt.Fprintf(t.w, "%s, %d nicht bestanden", plural(s.Documents, "Dokument", "Dokumente"), s.Failed)
	if s.Errors > 0 {
		fmt.Fprintf(t.w, ", %d nicht prüfbar", s.Errors)
	}
	fmt.Fprintf(t.w, ", %s, %s\n", plural(s.Findings, "Befund", "Befunde"), plural(s.Words, "Wort", "Wörter"))
	return t.w.Flush()
}

func severityStyle(s checker.Severity) string {
	switch s {
	case checker.Critical:
		return ansiBoldRed
	case checker.Major:
		return ansiRed
	case checker.Minor:
		return ansiYellow
	}
	return ""
}

// num formats a score with at most one decimal: 91.3, 100.
func num(v float64) string { return strconv.FormatFloat(v, 'f', -1, 64) }

func plural(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return strconv.Itoa(n) + " " + many
}
