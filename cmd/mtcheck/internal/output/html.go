package output

import (
	"bufio"
	"cmp"
	"embed"
	"fmt"
	"html/template"
	"io"
	"slices"
	"strings"
	"unicode"

	"github.com/mtcheck/mtcheck/checker"
)

//go:embed templates/*.html
var templateFS embed.FS

// reportTemplates are the head, doc and foot blocks of the HTML report.
var reportTemplates = template.Must(template.New("report").ParseFS(templateFS, "templates/*.html"))

// HTMLWriter writes one self-contained German HTML report: inline CSS and
// a little inline JavaScript, no resource loads (a Content-Security-Policy
// forbids them), generated with html/template from embedded templates in
// three blocks so that the report streams:
//
//   - head: title, filters by severity and category, "nur nicht
//     bestandene" and open/close all;
//   - doc, per record: a collapsed <details> section whose summary line has
//     the score (a <meter>), the label and the verdict, and whose body has
//     the text with every finding highlighted (<mark class="finding
//     sev-major fam-fluency" data-rule=…>, message and suggestions on hover),
//     paragraph scores in the margin, the findings in a side list, and the
//     counts by category; a document that could not be checked shows its
//     error;
//   - foot: the summary (documents passed, failed and not checkable, the
//     worst documents with score bars and links, the worst paragraphs,
//     counts by category and rule), the legend of severities and rules, and
//     the script. CSS shows the summary above the documents although it is
//     written last; a report of one document opens it and shows the summary
//     below it, so that the text comes first.
//
// Every finding has exactly one <mark class="finding …"> element; where
// findings overlap so that marks cannot nest, the rest of a mark is a
// <mark class="finding-cont …">. The links of the summary point at
// "doc-N", N counting records from 0 in the order given to Write, which is
// Summary's order when the command adds each record before writing it.
type HTMLWriter struct {
	w       *bufio.Writer
	opt     Options
	n       numbers
	started bool
	seq     int
}

// NewHTML returns an HTMLWriter writing to w.
func NewHTML(w io.Writer, opt Options) *HTMLWriter {
	return &HTMLWriter{w: bufio.NewWriterSize(w, 64<<10), opt: opt, n: numbers{plain: opt.PlainNumbers}}
}

// families are the MQM families of categories, with German names.
var families = []struct{ Name, Label string }{
	{"accuracy", "Genauigkeit"}, {"fluency", "Sprachrichtigkeit"}, {"style", "Stil"},
	{"locale", "Landeskonventionen"}, {"markup", "Seitenreste"},
}

// severities are the severities, worst first, with German names and weights.
var severities = []struct {
	Name, Label string
	Weight      int
}{
	{"critical", "kritisch", 25}, {"major", "schwer", 5}, {"minor", "gering", 1},
}

// family returns the family of a category as a class-safe name.
func family(category string) string {
	f, _, _ := strings.Cut(category, "/")
	for _, x := range families {
		if x.Name == f {
			return f
		}
	}
	return "other"
}

type headView struct {
	Title, Version string
	Families       any
	Severities     any
}

func (h *HTMLWriter) start() error {
	if h.started {
		return nil
	}
	h.started = true
	return reportTemplates.ExecuteTemplate(h.w, "head", headView{Title: h.opt.title(), Version: h.opt.Version,
		Families: families, Severities: severities})
}

// docView is what the doc template shows of a record.
type docView struct {
	N                       int
	Label, Title, Link      string
	Error                   string
	Score, ScoreText        string
	Passed                  bool
	Words, Penalty, Per1000 string
	FindingCount            string
	SevCounts               []Count
	Categories              []Count
	Blocks                  []blockView
	Findings                []findingView
}

// blockView is a paragraph or the text between paragraphs.
type blockView struct {
	Para, Headline   bool
	Num, Line        int
	Score, ScoreText string
	Penalty, Words   string
	Pieces           []pieceView
}

// pieceView is a piece with what its mark shows.
type pieceView struct {
	Open, Close bool
	Text        string
	Class, ID   string
	Rule, Tip   string
}

// findingView is a finding in the side list.
type findingView struct {
	ID, Sev, Family   string
	Rule, RuleTitle   string
	Category, Message string
	Text              string
	Line, Column      int
	Suggestions, Also []string
	Related           []checker.Related
}

// Write implements Writer.
func (h *HTMLWriter) Write(r *Record) error {
	if err := h.start(); err != nil {
		return err
	}
	v := h.view(r, h.seq)
	h.seq++
	if err := reportTemplates.ExecuteTemplate(h.w, "doc", v); err != nil {
		return err
	}
	return h.w.Flush()
}

// view builds the view of record r, the n-th of the run.
func (h *HTMLWriter) view(r *Record, n int) *docView {
	nf := h.n
	v := &docView{N: n, Label: Label(r), Title: r.Title, Link: r.Link, Error: r.Error}
	if r.Error != "" {
		return v
	}
	v.Score, v.ScoreText, v.Passed = num(r.Score), nf.dec(r.Score), r.Passed
	v.Words, v.Penalty, v.Per1000 = nf.count(r.Words, "Wort", "Wörter"), nf.int(r.Penalty), nf.dec(r.PenaltyPer1000)
	v.FindingCount = nf.count(len(r.Findings), "Befund", "Befunde")
	sev, cat := map[string]int{}, map[string]int{}
	prefix := fmt.Sprintf("d%d-f", n)
	for i := range r.Findings {
		f := &r.Findings[i]
		sev[f.Severity.String()]++
		cat[f.Category]++
		fv := findingView{ID: prefix + fmt.Sprint(i), Sev: f.Severity.String(), Family: family(f.Category),
			Rule: f.Rule, Category: f.Category, Message: f.Message, Text: firstWords(f.Text, 12, 80),
			Line: f.Line, Column: f.Column, Suggestions: f.Suggestions, Also: f.Also, Related: f.Related}
		if rule := h.opt.rule(f.Rule); rule != nil {
			fv.RuleTitle = rule.Title
		}
		v.Findings = append(v.Findings, fv)
	}
	for _, s := range severities {
		if c := sev[s.Name]; c > 0 {
			v.SevCounts = append(v.SevCounts, Count{s.Name, c})
		}
	}
	v.Categories = sortedCounts(cat)
	v.Blocks = h.blocks(r, v.Findings)
	return v
}

// tip is the hover text of a finding's mark.
func tip(f *checker.Finding) string {
	var b strings.Builder
	fmt.Fprintf(&b, "%s (%s, %s)", f.Message, f.Rule, f.Severity)
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
	return b.String()
}

// blocks cuts the record's text into paragraphs and the text between them,
// with the findings marked. A record without its document shows the texts
// of its findings instead, so that every finding still has its mark.
func (h *HTMLWriter) blocks(r *Record, fvs []findingView) []blockView {
	nf := h.n
	text := ""
	if r.Doc != nil {
		text = r.Doc.Text
	}
	spans := make([]markSpan, len(r.Findings))
	for i := range r.Findings {
		sp := r.Findings[i].DocSpan
		spans[i] = markSpan{start: sp.Start, end: sp.End, finding: i}
	}
	m := newMarker(text, len(r.Findings))
	pieces := func(ps []piece) []pieceView {
		out := make([]pieceView, len(ps))
		for i, p := range ps {
			out[i] = pieceView{Open: p.Open, Close: p.Close, Text: p.Text}
			if p.Open {
				f := &r.Findings[p.Finding]
				class := "finding-cont"
				if p.First {
					class = "finding"
					out[i].ID = fvs[p.Finding].ID
				}
				out[i].Class = class + " sev-" + f.Severity.String() + " fam-" + family(f.Category)
				out[i].Rule, out[i].Tip = f.Rule, tip(f)
			}
		}
		return out
	}
	var out []blockView
	gap := func(from, to int) {
		if from >= to {
			return
		}
		// White space between paragraphs is shown only when a finding
		// starts in it; a finding running through it continues after it.
		starts := slices.ContainsFunc(spans, func(s markSpan) bool { return from <= s.start && s.start < to })
		if !starts && strings.TrimFunc(text[from:to], unicode.IsSpace) == "" {
			return
		}
		out = append(out, blockView{Pieces: pieces(m.render(from, to, spans))})
	}
	if text != "" {
		paras := slices.Clone(r.Paragraphs)
		slices.SortStableFunc(paras, func(a, b checker.ParagraphScore) int { return cmp.Compare(a.DocSpan.Start, b.DocSpan.Start) })
		at := 0
		for _, p := range paras {
			sp := p.DocSpan
			if sp.Start < at || sp.End > len(text) || sp.Start >= sp.End {
				continue
			}
			gap(at, sp.Start)
			out = append(out, blockView{Para: true, Headline: p.Headline, Num: p.Index + 1, Line: p.Line,
				Score: num(p.Score), ScoreText: nf.dec(p.Score), Penalty: nf.int(p.Penalty),
				Words: nf.count(p.Words, "Wort", "Wörter"), Pieces: pieces(m.render(sp.Start, sp.End, spans))})
			at = sp.End
		}
		gap(at, len(text))
	}
	// Findings not marked yet (no document, or a span outside the text):
	// their texts, each marked, one after another.
	if rest := m.unstarted(); len(rest) > 0 {
		var ps []piece
		for k, i := range rest {
			if k > 0 {
				ps = append(ps, piece{Text: " … "})
			}
			ps = append(ps, piece{Open: true, Finding: i, First: true}, piece{Text: r.Findings[i].Text}, piece{Close: true})
		}
		out = append(out, blockView{Pieces: pieces(ps)})
	}
	return out
}

// footView is what the foot template shows.
type footView struct {
	Version                         string
	Documents, Passed, Failed, Errs string
	Findings, Words, Time, Speed    string
	Worst                           []worstDocView
	WorstParagraphs                 []worstParaView
	Categories, Rules               []countView
	Severities                      any
}

type worstDocView struct {
	N                int
	Label, Title     string
	Score, ScoreText string
	Findings, Rules  string
}

type worstParaView struct {
	N                int
	Label            string
	Line             int
	Score, ScoreText string
	Text             string
}

type countView struct {
	Name, Title, Severity string
	Count                 string
}

// Close implements Writer: it writes the summary, the legend and the script.
func (h *HTMLWriter) Close(s Summary) error {
	if err := h.start(); err != nil {
		return err
	}
	h.opt.elapsed(&s)
	nf := h.n
	v := footView{Version: h.opt.Version, Documents: nf.int(s.Documents), Passed: nf.int(s.Passed),
		Failed: nf.int(s.Failed), Errs: nf.int(s.Errors), Findings: nf.int(s.Findings), Words: nf.int(s.Words),
		Severities: severities}
	if s.Elapsed > 0 {
		v.Time, v.Speed = nf.seconds(s.Elapsed.Seconds()), nf.int(int(s.WordsPerSecond()+0.5))
	}
	for _, d := range s.Worst() {
		var rules []string
		for _, rc := range d.Rules {
			rules = append(rules, fmt.Sprintf("%s %s×", rc.Rule, nf.int(rc.Count)))
		}
		v.Worst = append(v.Worst, worstDocView{N: d.Seq, Label: d.Label(), Title: d.Title, Score: num(d.Score),
			ScoreText: nf.dec(d.Score), Findings: nf.count(d.Findings, "Befund", "Befunde"),
			Rules: strings.Join(rules, ", ")})
	}
	for _, p := range s.WorstParagraphs() {
		v.WorstParagraphs = append(v.WorstParagraphs, worstParaView{N: p.Seq, Label: p.Label(), Line: p.Line,
			Score: num(p.Score), ScoreText: nf.dec(p.Score), Text: p.Text})
	}
	for _, c := range sortedCounts(s.ByCategory) {
		v.Categories = append(v.Categories, countView{Name: c.Name, Count: nf.int(c.Count)})
	}
	for _, c := range sortedCounts(s.ByRule) {
		cv := countView{Name: c.Name, Count: nf.int(c.Count)}
		if rule := h.opt.rule(c.Name); rule != nil {
			cv.Title, cv.Severity = rule.Title, rule.Severity.String()
		}
		v.Rules = append(v.Rules, cv)
	}
	if err := reportTemplates.ExecuteTemplate(h.w, "foot", v); err != nil {
		return err
	}
	return h.w.Flush()
}
