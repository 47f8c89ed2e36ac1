package output

import (
	"bufio"
	"fmt"
	"io"
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

// TextWriter writes the German report for editors, per document:
//
//	path:line:col: severity rule-id: message
//	    Auch gemeldet von: other-rule
//	    Siehe Zeile 1, Spalte 1: Erste Fassung des Absatzes
//	    Vorschlag: suggestion
//	  Absatz 2, Zeile 3: 90,7 (54 Wörter, Abzug 5)
//	path: 91,3 Punkte, Abzug 5 (86,4 je 1.000 Wörter), 57 Wörter, nicht bestanden
//
// Paragraph lines are printed for the paragraphs with findings only, or for
// every paragraph with Options.Verbose. Numbers are German unless
// Options.PlainNumbers; severity names and rule IDs are the identifiers of
// the configuration and stay as they are.
//
// After the last document comes, for a run of more than one document (or
// always with SummaryOn, never with SummaryOff), the audit summary: the
// worst documents with their dominant rules, the worst paragraphs with the
// start of their text, findings by rule, category and severity, documents
// passed, failed and not checkable, words and words per second. The last
// line is always the count, which names the documents that could not be
// checked ("nicht prüfbar") only when there are any:
//
//	3 Dokumente, 1 nicht bestanden, 1 nicht prüfbar, 3 Befunde, 58 Wörter
//
// A document that could not be checked is printed to the error stream as
// "path: error: message". Documents of a JSONL input are labelled
// "path[id]"; their lines and columns count within the record's text.
type TextWriter struct {
	w      *bufio.Writer
	errOut io.Writer
	opt    Options
	n      numbers
}

// NewText returns a TextWriter writing reports to w and error records to
// errOut.
func NewText(w, errOut io.Writer, opt Options) *TextWriter {
	return &TextWriter{w: bufio.NewWriter(w), errOut: errOut, opt: opt, n: numbers{plain: opt.PlainNumbers}}
}

// paint wraps s in an ANSI style when colours are on.
func (t *TextWriter) paint(style, s string) string {
	if !t.opt.Color || style == "" {
		return s
	}
	return style + s + ansiReset
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
	if r.Title != "" {
		fmt.Fprintf(t.w, "  Titel: %s\n", r.Title)
	}
	if r.Link != "" {
		fmt.Fprintf(t.w, "  Link: %s\n", r.Link)
	}
	for _, p := range r.Paragraphs {
		if t.opt.Verbose || p.Penalty > 0 {
			t.paragraph(p)
		}
	}
	return t.score(r)
}

// score writes the line with the document's score.
func (t *TextWriter) score(r *Record) error {
	label := Label(r)
	verdict := t.paint(ansiGreen, "bestanden")
	if !r.Passed {
		verdict = t.paint(ansiRed, "nicht bestanden")
	}
	fmt.Fprintf(t.w, "%s: %s Punkte, Abzug %s (%s je %s Wörter), %s, %s\n",
		t.paint(ansiBold, label), t.n.dec(r.Score), t.n.int(r.Penalty), t.n.dec(r.PenaltyPer1000),
		t.n.int(1000), t.n.count(r.Words, "Wort", "Wörter"), verdict)
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
	if f.SourceRef != nil {
		fmt.Fprintf(t.w, "    Original (Byte %d–%d): „%s“\n", f.SourceStart, f.SourceEnd, excerptOf(f.SourceText))
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
	fmt.Fprintf(t.w, "  Absatz %d, Zeile %d: %s (%s, Abzug %s", p.Index+1, p.Line, t.n.dec(p.Score),
		t.n.count(p.Words, "Wort", "Wörter"), t.n.int(p.Penalty))
	if p.Headline {
		t.w.WriteString(", Überschrift")
	}
	t.w.WriteString(")\n")
}

// Close implements Writer.
func (t *TextWriter) Close(s Summary) error {
	t.opt.elapsed(&s)
	if t.opt.Summary == SummaryOn || t.opt.Summary == SummaryAuto && s.Documents > 1 {
		t.audit(&s)
	}
	n := t.n
	fmt.Fprintf(t.w, "%s, %s nicht bestanden", n.count(s.Documents, "Dokument", "Dokumente"), n.int(s.Failed))
	if s.Errors > 0 {
		fmt.Fprintf(t.w, ", %s nicht prüfbar", n.int(s.Errors))
	}
	fmt.Fprintf(t.w, ", %s, %s\n", n.count(s.Findings, "Befund", "Befunde"), n.count(s.Words, "Wort", "Wörter"))
	return t.w.Flush()
}

// audit prints the audit summary of a batch.
func (t *TextWriter) audit(s *Summary) {
	n := t.n
	heading := func(h string) { fmt.Fprintf(t.w, "%s\n", t.paint(ansiBold, h)) }
	t.w.WriteString("\n")
	heading("Zusammenfassung")
	if worst := s.Worst(); len(worst) > 0 {
		heading("Schlechteste Dokumente:")
		width := 0
		for _, d := range worst {
			width = max(width, len([]rune(n.dec(d.Score))))
		}
		for _, d := range worst {
			var rules []string
			for _, rc := range d.Rules {
				rules = append(rules, fmt.Sprintf("%s %s×", rc.Rule, n.int(rc.Count)))
			}
			fmt.Fprintf(t.w, "  %*s Punkte  %s (%s: %s)\n", width, n.dec(d.Score), d.Label(),
				n.count(d.Findings, "Befund", "Befunde"), strings.Join(rules, ", "))
		}
	}
	if worst := s.WorstParagraphs(); len(worst) > 0 {
		heading("Schlechteste Absätze:")
		width := 0
		for _, p := range worst {
			width = max(width, len([]rune(n.dec(p.Score))))
		}
		for _, p := range worst {
			fmt.Fprintf(t.w, "  %*s Punkte  %s:%d", width, n.dec(p.Score), p.Label(), p.Line)
			if p.Text != "" {
				fmt.Fprintf(t.w, "  %s", p.Text)
			}
			t.w.WriteString("\n")
		}
	}
	t.counts("Befunde nach Regel:", s.ByRule)
	t.counts("Befunde nach Kategorie:", s.ByCategory)
	if len(s.BySeverity) > 0 {
		var parts []string
		for _, sev := range []checker.Severity{checker.Critical, checker.Major, checker.Minor} {
			if c := s.BySeverity[sev.String()]; c > 0 {
				parts = append(parts, t.paint(severityStyle(sev), sev.String())+" "+n.int(c))
			}
		}
		fmt.Fprintf(t.w, "%s %s\n", t.paint(ansiBold, "Befunde nach Schweregrad:"), strings.Join(parts, ", "))
	}
	fmt.Fprintf(t.w, "%s %s bestanden, %s nicht bestanden, %s nicht prüfbar\n", t.paint(ansiBold, "Dokumente:"),
		n.int(s.Passed), n.int(s.Failed), n.int(s.Errors))
	fmt.Fprintf(t.w, "%s %s", t.paint(ansiBold, "Wörter:"), n.int(s.Words))
	if s.Elapsed > 0 {
		fmt.Fprintf(t.w, " in %s s, %s Wörter/s", n.seconds(s.Elapsed.Seconds()), n.int(int(s.WordsPerSecond()+0.5)))
	}
	t.w.WriteString("\n\n")
}

// counts prints the entries of m under a heading, most frequent first.
func (t *TextWriter) counts(heading string, m map[string]int) {
	if len(m) == 0 {
		return
	}
	fmt.Fprintf(t.w, "%s\n", t.paint(ansiBold, heading))
	cs := sortedCounts(m)
	width := 0
	for _, c := range cs {
		width = max(width, len(c.Name)+1)
	}
	for _, c := range cs {
		fmt.Fprintf(t.w, "  %-*s %s\n", width, c.Name+":", t.n.int(c.Count))
	}
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

// excerptOf shortens a text of the original for the report: its first 160
// characters, on one line.
func excerptOf(s string) string {
	s = strings.Join(strings.Fields(s), " ")
	if r := []rune(s); len(r) > 160 {
		return string(r[:160]) + " …"
	}
	return s
}
