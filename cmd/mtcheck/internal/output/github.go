package output

import (
	"bufio"
	"bytes"
	"cmp"
	"fmt"
	"io"
	"os"
	"slices"
	"strconv"
	"strings"

	"github.com/mtcheck/mtcheck/checker"
)

// stepSummaryBudget bounds the findings tables of the job summary: GitHub
// takes at most 1 MiB per step, and the counts at the top need room too.
const stepSummaryBudget = 900 << 10

// GitHubWriter writes GitHub Actions workflow commands, one annotation per
// finding:
//
//		::error file=a.txt,line=3,col=22,endLine=3,endColumn=32,title=duplicate-reporting-verb%3A Two reporting clauses::Doppeltes Redeverb.%0AVorschlag: sagte
//
//	  - Critical and major findings are "error" annotations, minor ones
//	    "warning".
//	  - Within a document the worst come first: by severity, then position.
//	    Documents keep their input order, so that the output streams (GitHub
//	    shows only the first annotations of each level per step).
//	  - file= is the path relative to Options.WorkDir with forward slashes; a
//	    record without a file (standard input, JSONL records, feed items)
//	    gets no file, line or column, and its label starts the message.
//	    col= and endColumn= (inclusive: the column of the last character) are
//	    given only when the finding starts and ends on the same line.
//	  - title= is "rule-id: Title" (the rule's title from Options.Rules).
//	  - The message is the German message, then the suggestions, the other
//	    rules that flagged the same place and the related places, one per line.
//	  - Escaping: in the message % → %25, \r → %0D, \n → %0A; in properties
//	    also : → %3A and , → %2C.
//	  - A document that could not be checked is an error annotation titled
//	    "mtcheck: nicht prüfbar".
//
// With Options.StepSummary set (the command passes $GITHUB_STEP_SUMMARY),
// Close appends a German Markdown job summary to that file: the counts, the
// worst documents, and a table of findings per document with findings or
// an error (up to about 900 KiB; later documents are counted instead).
type GitHubWriter struct {
	w       *bufio.Writer
	opt     Options
	n       numbers
	order   []int
	md      bytes.Buffer
	omitted int
}

// NewGitHub returns a GitHubWriter writing workflow commands to w.
func NewGitHub(w io.Writer, opt Options) *GitHubWriter {
	return &GitHubWriter{w: bufio.NewWriter(w), opt: opt, n: numbers{plain: opt.PlainNumbers}}
}

// escapeData escapes the message of a workflow command.
var escapeData = strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A").Replace

// escapeProperty escapes a property value of a workflow command.
var escapeProperty = strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A", ":", "%3A", ",", "%2C").Replace

// githubLevel maps a severity to an annotation command.
func githubLevel(s checker.Severity) string {
	if s == checker.Minor {
		return "warning"
	}
	return "error"
}

// command writes one workflow command.
func (g *GitHubWriter) command(level string, props [][2]string, message string) {
	g.w.WriteString("::" + level)
	for i, p := range props {
		if i == 0 {
			g.w.WriteByte(' ')
		} else {
			g.w.WriteByte(',')
		}
		g.w.WriteString(p[0] + "=" + escapeProperty(p[1]))
	}
	g.w.WriteString("::" + escapeData(message) + "\n")
}

// Write implements Writer.
func (g *GitHubWriter) Write(r *Record) error {
	file := HasFile(r)
	var path string
	if file {
		path, _ = relPath(r.Path, g.opt.WorkDir)
	}
	prefix := ""
	if !file {
		prefix = Label(r) + ": "
	}
	if r.Error != "" {
		var props [][2]string
		if file {
			props = append(props, [2]string{"file", path})
		}
		props = append(props, [2]string{"title", "mtcheck: nicht prüfbar"})
		g.command("error", props, prefix+r.Error)
		g.summaryDoc(r)
		return g.w.Flush()
	}
	g.order = g.order[:0]
	for i := range r.Findings {
		g.order = append(g.order, i)
	}
	slices.SortStableFunc(g.order, func(a, b int) int {
		fa, fb := &r.Findings[a], &r.Findings[b]
		return cmp.Or(cmp.Compare(fb.Severity, fa.Severity), cmp.Compare(fa.Line, fb.Line),
			cmp.Compare(fa.Column, fb.Column))
	})
	for _, i := range g.order {
		f := &r.Findings[i]
		var props [][2]string
		if file {
			props = append(props, [2]string{"file", path})
			e := extentOf(r, f.Span, f.Position)
			props = append(props, [2]string{"line", itoa(f.Line)})
			switch {
			case e.EndLine == 0:
				props = append(props, [2]string{"col", itoa(f.Column)})
			case e.EndLine == f.Line:
				props = append(props, [2]string{"col", itoa(f.Column)}, [2]string{"endLine", itoa(e.EndLine)},
					[2]string{"endColumn", itoa(max(f.Column, e.EndColumn-1))})
			default:
				end := e.EndLine
				if e.EndColumn == 1 { // the span ends with a line break
					end--
				}
				props = append(props, [2]string{"endLine", itoa(max(end, f.Line))})
			}
		}
		props = append(props, [2]string{"title", g.title(f.Rule)})
		g.command(githubLevel(f.Severity), props, prefix+details(f))
	}
	g.summaryDoc(r)
	return g.w.Flush()
}

func itoa(v int) string { return strconv.Itoa(v) }

// title returns "rule-id: Title", or the ID of a rule without a title.
func (g *GitHubWriter) title(id string) string {
	if r := g.opt.rule(id); r != nil && r.Title != "" {
		return id + ": " + r.Title
	}
	return id
}

// details returns a finding's message with its suggestions, other rules and
// related places, one per line.
func details(f *checker.Finding) string {
	var b strings.Builder
	b.WriteString(f.Message)
	switch len(f.Suggestions) {
	case 0:
	case 1:
		b.WriteString("\nVorschlag: " + f.Suggestions[0])
	default:
		b.WriteString("\nVorschläge: " + strings.Join(f.Suggestions, " | "))
	}
	if len(f.Also) > 0 {
		b.WriteString("\nAuch gemeldet von: " + strings.Join(f.Also, ", "))
	}
	for _, rel := range f.Related {
		fmt.Fprintf(&b, "\nSiehe Zeile %d, Spalte %d: %s", rel.Line, rel.Column, rel.Message)
	}
	return b.String()
}

// mdCell escapes text for a cell of a Markdown table.
func mdCell(s string) string {
	s = markdownEscape(s)
	if s == "" {
		return " "
	}
	return s
}

// summaryDoc adds a document's table to the job summary.
func (g *GitHubWriter) summaryDoc(r *Record) {
	if g.opt.StepSummary == "" || r.Error == "" && len(r.Findings) == 0 {
		return
	}
	if g.md.Len() > stepSummaryBudget {
		g.omitted++
		return
	}
	n := g.n
	b := &g.md
	if r.Error != "" {
		fmt.Fprintf(b, "\n#### %s: nicht prüfbar\n\n%s\n", mdCell(Label(r)), mdCell(r.Error))
		return
	}
	verdict := "bestanden"
	if !r.Passed {
		verdict = "nicht bestanden"
	}
	fmt.Fprintf(b, "\n#### %s: %s Punkte, %s\n\n", mdCell(Label(r)), n.dec(r.Score), verdict)
	if r.Title != "" || r.Link != "" {
		fmt.Fprintf(b, "%s %s\n\n", mdCell(r.Title), mdCell(r.Link))
	}
	b.WriteString("| Zeile | Spalte | Schweregrad | Regel | Stelle | Meldung | Vorschlag |\n")
	b.WriteString("|---:|---:|---|---|---|---|---|\n")
	for i := range r.Findings {
		f := &r.Findings[i]
		fmt.Fprintf(b, "| %d | %d | %s | %s | %s | %s | %s |\n", f.Line, f.Column, f.Severity, mdCell(f.Rule),
			mdCell(firstWords(f.Text, 12, 80)), mdCell(f.Message), mdCell(strings.Join(f.Suggestions, " | ")))
	}
}

// Close implements Writer: it flushes the annotations and appends the job
// summary.
func (g *GitHubWriter) Close(s Summary) error {
	if err := g.w.Flush(); err != nil {
		return err
	}
	if g.opt.StepSummary == "" {
		return nil
	}
	g.opt.elapsed(&s)
	f, err := os.OpenFile(g.opt.StepSummary, os.O_APPEND|os.O_CREATE|os.O_WRONLY, 0o644)
	if err != nil {
		return fmt.Errorf("job summary: %w", err)
	}
	w := bufio.NewWriter(f)
	g.writeSummary(w, &s)
	if err := w.Flush(); err != nil {
		f.Close()
		return fmt.Errorf("job summary: %w", err)
	}
	if err := f.Close(); err != nil {
		return fmt.Errorf("job summary: %w", err)
	}
	return nil
}

// writeSummary writes the Markdown job summary.
func (g *GitHubWriter) writeSummary(w *bufio.Writer, s *Summary) {
	n := g.n
	fmt.Fprintf(w, "## %s\n\n", mdCell(g.opt.title()))
	w.WriteString("| Dokumente | bestanden | nicht bestanden | nicht prüfbar | Befunde | Wörter |\n")
	w.WriteString("|---:|---:|---:|---:|---:|---:|\n")
	fmt.Fprintf(w, "| %s | %s | %s | %s | %s | %s |\n", n.int(s.Documents), n.int(s.Passed), n.int(s.Failed),
		n.int(s.Errors), n.int(s.Findings), n.int(s.Words))
	if s.Elapsed > 0 {
		fmt.Fprintf(w, "\n%s s, %s Wörter/s\n", n.seconds(s.Elapsed.Seconds()), n.int(int(s.WordsPerSecond()+0.5)))
	}
	if worst := s.Worst(); len(worst) > 0 {
		w.WriteString("\n### Schlechteste Dokumente\n\n| Punkte | Dokument | Befunde | Regeln |\n|---:|---|---:|---|\n")
		for _, d := range worst {
			var rules []string
			for _, rc := range d.Rules {
				rules = append(rules, fmt.Sprintf("%s (%s)", rc.Rule, n.int(rc.Count)))
			}
			fmt.Fprintf(w, "| %s | %s | %s | %s |\n", n.dec(d.Score), mdCell(d.Label()), n.int(d.Findings),
				mdCell(strings.Join(rules, ", ")))
		}
	}
	if len(s.ByRule) > 0 {
		w.WriteString("\n### Befunde nach Regel\n\n| Regel | Befunde |\n|---|---:|\n")
		for _, c := range sortedCounts(s.ByRule) {
			fmt.Fprintf(w, "| %s | %s |\n", mdCell(c.Name), n.int(c.Count))
		}
		w.WriteString("\n### Befunde nach Kategorie\n\n| Kategorie | Befunde |\n|---|---:|\n")
		for _, c := range sortedCounts(s.ByCategory) {
			fmt.Fprintf(w, "| %s | %s |\n", mdCell(c.Name), n.int(c.Count))
		}
	}
	if g.md.Len() > 0 {
		w.WriteString("\n### Befunde je Dokument\n")
		w.Write(g.md.Bytes())
	}
	if g.omitted > 0 {
		fmt.Fprintf(w, "\n%s mit Befunden sind hier nicht aufgeführt (die Job-Zusammenfassung fasst höchstens 1 MiB); die Annotationen nennen alle.\n",
			n.count(g.omitted, "weiteres Dokument", "weitere Dokumente"))
	}
	w.WriteString("\n")
}
