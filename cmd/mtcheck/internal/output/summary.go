package output

import (
	"cmp"
	"container/heap"
	"slices"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/mtcheck/mtcheck/checker"
)

// WorstN is how many documents and paragraphs a Summary keeps as the worst.
const WorstN = 10

// Summary counts the records of a run, for the last lines of a report and
// the "summary" object of the JSON format:
//
//	{"documents", "passed", "failed", "errors", "findings", "words",
//	 "by_severity": {"major": 3}, "by_rule": {…}, "by_category": {…},
//	 "worst": [WORST DOC, …], "worst_paragraphs": [WORST PARAGRAPH, …]}
//
// Its memory is bounded: counters, one count per rule, category and
// severity, and the WorstN worst documents and paragraphs in two heaps.
// Elapsed is not in the JSON, so that the JSON of a run is reproducible.
type Summary struct {
	Documents int `json:"documents"`
	// Passed counts checked documents that passed.
	Passed int `json:"passed"`
	// Failed counts checked documents that did not pass.
	Failed int `json:"failed"`
	// Errors counts documents that could not be checked (error records).
	Errors   int `json:"errors"`
	Findings int `json:"findings"`
	Words    int `json:"words"`
	// BySeverity, ByRule and ByCategory count findings by their severity,
	// their (first) rule and category; the rules of a merged finding's Also
	// are not counted again.
	BySeverity map[string]int `json:"by_severity"`
	ByRule     map[string]int `json:"by_rule"`
	ByCategory map[string]int `json:"by_category"`
	// Elapsed is the time the run took, for words per second; the command
	// sets it before Close, or Options.Start lets the writer compute it.
	Elapsed time.Duration `json:"-"`

	seq   int
	docs  docHeap
	paras paraHeap
}

// RuleCount is how often a rule flagged a document, and the penalty it
// contributed.
type RuleCount struct {
	Rule    string `json:"rule"`
	Count   int    `json:"count"`
	Penalty int    `json:"penalty"`
}

// WorstDoc is one of the worst documents of a run: the checked documents
// with findings, lowest score first.
type WorstDoc struct {
	ID       string  `json:"id"`
	Path     string  `json:"path"`
	Title    string  `json:"title,omitempty"`
	Link     string  `json:"link,omitempty"`
	Score    float64 `json:"score"`
	Penalty  int     `json:"penalty"`
	Words    int     `json:"words"`
	Findings int     `json:"findings"`
	Passed   bool    `json:"passed"`
	// Rules are the rules that cost the document most, at most three.
	Rules []RuleCount `json:"rules"`
	// Seq is the record's place in the run, from 0.
	Seq int `json:"-"`
}

// Label names the document as Label names its record.
func (w *WorstDoc) Label() string { return Label(&Record{ID: w.ID, Path: w.Path}) }

// WorstParagraph is one of the worst paragraphs of a run: paragraphs with
// findings, lowest score first.
type WorstParagraph struct {
	ID        string  `json:"id"`
	Path      string  `json:"path"`
	Paragraph int     `json:"paragraph"`
	Line      int     `json:"line"`
	Score     float64 `json:"score"`
	Penalty   int     `json:"penalty"`
	Words     int     `json:"words"`
	// Text is the start of the paragraph's text, a few words.
	Text string `json:"text"`
	Seq  int    `json:"-"`
}

// Label names the paragraph's document as Label names its record.
func (w *WorstParagraph) Label() string { return Label(&Record{ID: w.ID, Path: w.Path}) }

// Add counts one record.
func (s *Summary) Add(r *Record) {
	t := s.Begin()
	t.Paragraphs(r, r.Paragraphs)
	t.Findings(r.Findings)
	s.End(r, t)
}

// DocTally counts one document for a Summary while it is written in parts
// (a long text checked window by window): paragraphs and findings as they
// come, the score at the end. Its memory is bounded by the number of rules.
type DocTally struct {
	s        *Summary
	seq      int
	findings int
	rules    []RuleCount
	// paras are the document's worst paragraphs, at most WorstN, offered
	// to the summary when the document ends.
	paras paraHeap
}

// Begin starts counting a document.
func (s *Summary) Begin() *DocTally {
	t := &DocTally{s: s, seq: s.seq}
	s.seq++
	return t
}

// Paragraphs counts paragraph scores of record r (whose Doc, when set, gives
// the paragraphs' first words).
func (t *DocTally) Paragraphs(r *Record, ps []checker.ParagraphScore) {
	for _, p := range ps {
		if p.Penalty == 0 {
			continue
		}
		wp := WorstParagraph{ID: r.ID, Path: r.Path, Paragraph: p.Index, Line: p.Line, Score: p.Score,
			Penalty: p.Penalty, Words: p.Words, Seq: t.seq}
		if t.s.paras.admits(&wp) && t.paras.admits(&wp) {
			if r.Doc != nil && p.DocSpan.End <= len(r.Doc.Text) && p.DocSpan.Start <= p.DocSpan.End {
				wp.Text = firstWords(r.Doc.Text[p.DocSpan.Start:p.DocSpan.End], 8, 60)
			}
			// Offered when the document ends: an error record's paragraphs do not count.
			t.paras.offer(wp)
		}
	}
}

// Findings counts findings of the document.
func (t *DocTally) Findings(fs []checker.Finding) {
	s := t.s
	if len(fs) > 0 && s.ByRule == nil {
		s.BySeverity, s.ByRule, s.ByCategory = map[string]int{}, map[string]int{}, map[string]int{}
	}
	for i := range fs {
		f := &fs[i]
		s.BySeverity[f.Severity.String()]++
		s.ByRule[f.Rule]++
		s.ByCategory[f.Category]++
		t.rules = countRule(t.rules, f)
	}
	t.findings += len(fs)
	s.Findings += len(fs)
}

// End counts the document with its record r (score, passed, error).
func (s *Summary) End(r *Record, t *DocTally) {
	s.Documents++
	switch {
	case r.Error != "":
		s.Errors++
		return
	case r.Passed:
		s.Passed++
	default:
		s.Failed++
	}
	s.Words += r.Words
	for _, wp := range t.paras {
		s.paras.offer(wp)
	}
	if t.findings == 0 {
		return
	}
	w := WorstDoc{ID: r.ID, Path: r.Path, Title: r.Title, Link: r.Link, Score: r.Score, Penalty: r.Penalty,
		Words: r.Words, Findings: t.findings, Passed: r.Passed, Seq: t.seq}
	if s.docs.admits(&w) {
		w.Rules = topRules(t.rules, 3)
		s.docs.offer(w)
	}
}

// Worst returns the worst documents, at most WorstN, worst first: lowest
// score, then highest penalty, then the earliest in the run.
func (s *Summary) Worst() []WorstDoc {
	out := append(make([]WorstDoc, 0, len(s.docs)), s.docs...)
	slices.SortFunc(out, func(a, b WorstDoc) int { return worseDoc(&a, &b) })
	return out
}

// WorstParagraphs returns the worst paragraphs, at most WorstN, worst first.
func (s *Summary) WorstParagraphs() []WorstParagraph {
	out := append(make([]WorstParagraph, 0, len(s.paras)), s.paras...)
	slices.SortFunc(out, func(a, b WorstParagraph) int { return worsePara(&a, &b) })
	return out
}

// WordsPerSecond returns the words checked per second, or 0 when Elapsed is
// not known.
func (s *Summary) WordsPerSecond() float64 {
	if s.Elapsed <= 0 {
		return 0
	}
	return float64(s.Words) / s.Elapsed.Seconds()
}

// summaryJSON is the JSON of a Summary: maps and lists never null.
type summaryJSON struct {
	Documents       int              `json:"documents"`
	Passed          int              `json:"passed"`
	Failed          int              `json:"failed"`
	Errors          int              `json:"errors"`
	Findings        int              `json:"findings"`
	Words           int              `json:"words"`
	BySeverity      map[string]int   `json:"by_severity"`
	ByRule          map[string]int   `json:"by_rule"`
	ByCategory      map[string]int   `json:"by_category"`
	Worst           []WorstDoc       `json:"worst"`
	WorstParagraphs []WorstParagraph `json:"worst_paragraphs"`
}

// MarshalJSON encodes the summary with its worst documents and paragraphs.
func (s Summary) MarshalJSON() ([]byte, error) {
	v := summaryJSON{Documents: s.Documents, Passed: s.Passed, Failed: s.Failed, Errors: s.Errors,
		Findings: s.Findings, Words: s.Words, BySeverity: orEmpty(s.BySeverity), ByRule: orEmpty(s.ByRule),
		ByCategory: orEmpty(s.ByCategory), Worst: s.Worst(), WorstParagraphs: s.WorstParagraphs()}
	for i := range v.Worst {
		if v.Worst[i].Rules == nil {
			v.Worst[i].Rules = []RuleCount{}
		}
	}
	return newEncoder().marshal(v)
}

func orEmpty(m map[string]int) map[string]int {
	if m == nil {
		return map[string]int{}
	}
	return m
}

// Count is a name and how often it occurs.
type Count struct {
	Name  string
	Count int
}

// sortedCounts returns the entries of m, most frequent first, then by name.
func sortedCounts(m map[string]int) []Count {
	out := make([]Count, 0, len(m))
	for k, v := range m {
		out = append(out, Count{k, v})
	}
	slices.SortFunc(out, func(a, b Count) int {
		return cmp.Or(cmp.Compare(b.Count, a.Count), strings.Compare(a.Name, b.Name))
	})
	return out
}

// dominantRules returns the n rules that cost the findings most: highest
// penalty, then most findings, then first flagged.
func dominantRules(fs []checker.Finding, n int) []RuleCount {
	var counts []RuleCount
	for i := range fs {
		counts = countRule(counts, &fs[i])
	}
	return topRules(counts, n)
}

// countRule adds a finding to the counts of its rule.
func countRule(counts []RuleCount, f *checker.Finding) []RuleCount {
	j := slices.IndexFunc(counts, func(c RuleCount) bool { return c.Rule == f.Rule })
	if j < 0 {
		counts = append(counts, RuleCount{Rule: f.Rule})
		j = len(counts) - 1
	}
	counts[j].Count++
	counts[j].Penalty += f.Severity.Weight()
	return counts
}

// topRules returns the n rules of counts that cost most.
func topRules(counts []RuleCount, n int) []RuleCount {
	out := slices.Clone(counts)
	slices.SortStableFunc(out, func(a, b RuleCount) int {
		return cmp.Or(cmp.Compare(b.Penalty, a.Penalty), cmp.Compare(b.Count, a.Count))
	})
	return out[:min(n, len(out))]
}

// firstWords returns the first words of text, at most words words and about
// maxRunes characters, white space collapsed, with "…" when cut.
func firstWords(text string, words, maxRunes int) string {
	fields := strings.FieldsFunc(text, unicode.IsSpace)
	var b strings.Builder
	cut := len(fields) > words
	for i, f := range fields[:min(words, len(fields))] {
		if i > 0 {
			if utf8.RuneCountInString(b.String())+1+utf8.RuneCountInString(f) > maxRunes {
				cut = true
				break
			}
			b.WriteByte(' ')
		}
		b.WriteString(f)
	}
	s := b.String()
	if utf8.RuneCountInString(s) > maxRunes {
		r := []rune(s)
		s, cut = string(r[:maxRunes]), true
	}
	if cut {
		s += " …"
	}
	return s
}

// worseDoc orders documents worst first: lowest score, highest penalty,
// earliest.
func worseDoc(a, b *WorstDoc) int {
	return cmp.Or(cmp.Compare(a.Score, b.Score), cmp.Compare(b.Penalty, a.Penalty), cmp.Compare(a.Seq, b.Seq))
}

// worsePara orders paragraphs worst first: lowest score, highest penalty,
// earliest document, earliest paragraph.
func worsePara(a, b *WorstParagraph) int {
	return cmp.Or(cmp.Compare(a.Score, b.Score), cmp.Compare(b.Penalty, a.Penalty), cmp.Compare(a.Seq, b.Seq),
		cmp.Compare(a.Paragraph, b.Paragraph))
}

// docHeap keeps the WorstN worst documents; its root is the least bad of
// them, the one to drop when a worse one comes.
type docHeap []WorstDoc

func (h docHeap) Len() int           { return len(h) }
func (h docHeap) Less(i, j int) bool { return worseDoc(&h[i], &h[j]) > 0 }
func (h docHeap) Swap(i, j int)      { h[i], h[j] = h[j], h[i] }
func (h *docHeap) Push(x any)        { *h = append(*h, x.(WorstDoc)) }
func (h *docHeap) Pop() any {
	old := *h
	x := old[len(old)-1]
	*h = old[:len(old)-1]
	return x
}

// admits reports whether w would be kept.
func (h docHeap) admits(w *WorstDoc) bool { return len(h) < WorstN || worseDoc(w, &h[0]) < 0 }

// offer keeps w if it is among the WorstN worst.
func (h *docHeap) offer(w WorstDoc) {
	if len(*h) < WorstN {
		if *h == nil {
			*h = make(docHeap, 0, WorstN)
		}
		heap.Push(h, w)
		return
	}
	(*h)[0] = w
	heap.Fix(h, 0)
}

// paraHeap keeps the WorstN worst paragraphs, least bad at the root.
type paraHeap []WorstParagraph

func (h paraHeap) Len() int           { return len(h) }
func (h paraHeap) Less(i, j int) bool { return worsePara(&h[i], &h[j]) > 0 }
func (h paraHeap) Swap(i, j int)      { h[i], h[j] = h[j], h[i] }
func (h *paraHeap) Push(x any)        { *h = append(*h, x.(WorstParagraph)) }
func (h *paraHeap) Pop() any {
	old := *h
	x := old[len(old)-1]
	*h = old[:len(old)-1]
	return x
}

func (h paraHeap) admits(w *WorstParagraph) bool { return len(h) < WorstN || worsePara(w, &h[0]) < 0 }

func (h *paraHeap) offer(w WorstParagraph) {
	if len(*h) < WorstN {
		if *h == nil {
			*h = make(paraHeap, 0, WorstN)
		}
		heap.Push(h, w)
		return
	}
	(*h)[0] = w
	heap.Fix(h, 0)
}
