package corpus

import (
	"fmt"
	"io"
	"maps"
	"slices"
	"strings"

	"github.com/mtcheck/mtcheck/checker"
)

// InjectionFigures are the results of checking injected sentences and their
// untouched originals, per half of the treebank.
type InjectionFigures struct {
	Treebank string `json:"treebank"`
	Seed     uint64 `json:"seed"`
	// Halves are the first half of the sentences by sent_id order (the part
	// rules are tuned on), the second half (held out) and both together.
	Halves []InjectionHalf `json:"halves"`
}

// HeldOut returns the figures of the held-out second half.
func (f *InjectionFigures) HeldOut() InjectionHalf {
	return f.Halves[1]
}

// InjectionHalf are the figures of one part of the treebank.
type InjectionHalf struct {
	Name string `json:"name"`
	// FirstID and LastID are the sent_ids the part runs from and to.
	FirstID string `json:"first_id"`
	LastID  string `json:"last_id"`
	// Categories has one row per injection category, in report order.
	Categories []InjectionCategory `json:"categories"`
	// Injected and Found add up the categories; Recall is Found / Injected.
	Injected int     `json:"injected"`
	Found    int     `json:"found"`
	Recall   float64 `json:"recall"`
	// Clean are the findings on the untouched sentences: every one is a false alarm.
	Clean InjectionClean `json:"clean"`
	// Missed are the injected errors no finding covers; FalseAlarms the
	// findings on untouched sentences. For tuning; both in sent_id order.
	Missed      []InjectedSentence `json:"missed,omitempty"`
	FalseAlarms []InjectionAlarm   `json:"false_alarms,omitempty"`
}

// InjectionCategory is the recall of one category: an injected error is
// found when a finding of any rule overlaps its span.
type InjectionCategory struct {
	Name     string  `json:"name"`
	Injected int     `json:"injected"`
	Found    int     `json:"found"`
	Recall   float64 `json:"recall"`
	// FoundBy counts, per rule, the injected errors its findings covered.
	FoundBy map[string]int `json:"found_by,omitempty"`
	// Details break the category down by variant ("percent", "dass→das").
	Details map[string][2]int `json:"details,omitempty"`
}

// InjectionClean are the findings on untouched sentences.
type InjectionClean struct {
	Sentences int `json:"sentences"`
	Words     int `json:"words"`
	Findings  int `json:"findings"`
	// Flagged is the number of sentences with at least one finding.
	Flagged int `json:"flagged"`
	// PerThousandWords is Findings per 1,000 words; FlaggedShare is Flagged / Sentences.
	PerThousandWords float64        `json:"per_1000_words"`
	FlaggedShare     float64        `json:"flagged_share"`
	ByRule           map[string]int `json:"by_rule,omitempty"`
}

// InjectionAlarm is a finding on an untouched sentence.
type InjectionAlarm struct {
	SentID string `json:"sent_id"`
	Rule   string `json:"rule"`
	Text   string `json:"text"`
	// Sentence is the whole sentence, for context.
	Sentence string `json:"sentence"`
}

// EvaluateInjection reads the treebank at conlluPath, injects errors (see
// Inject), checks every injected sentence and every untouched sentence with
// e, each as a document of its own, and returns recall per category and the
// false alarms on the untouched sentences, for the first half of the
// sentences, the second half and both.
func EvaluateInjection(e *checker.Engine, conlluPath string, opt InjectOptions) (*InjectionFigures, error) {
	sents, err := ReadTreebankFile(conlluPath)
	if err != nil {
		return nil, err
	}
	if len(sents) == 0 {
		return nil, fmt.Errorf("%s: no sentences", conlluPath)
	}
	cats := opt.Categories
	if cats == nil {
		cats = InjectCategories()
	}
	halves := []*halfTally{newHalfTally("tune (first half)", cats), newHalfTally("held out (second half)", cats),
		newHalfTally("all", cats)}
	mid := (len(sents) + 1) / 2
	halves[0].first, halves[0].last = sents[0].ID, sents[mid-1].ID
	halves[1].first, halves[1].last = sents[min(mid, len(sents)-1)].ID, sents[len(sents)-1].ID
	halves[2].first, halves[2].last = sents[0].ID, sents[len(sents)-1].ID
	for i := range sents {
		text := sents[i].Text()
		res, err := e.CheckText(text)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", sents[i].ID, err)
		}
		for _, h := range []*halfTally{halves[halfOf(i, len(sents))-1], halves[2]} {
			h.addClean(sents[i].ID, text, res)
		}
	}
	for _, inj := range InjectSentences(sents, opt) {
		res, err := e.CheckText(inj.Text)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", inj.SentID, err)
		}
		for _, h := range []*halfTally{halves[inj.Half-1], halves[2]} {
			h.addInjected(inj, res)
		}
	}
	f := &InjectionFigures{Treebank: conlluPath, Seed: opt.Seed}
	for _, h := range halves {
		f.Halves = append(f.Halves, h.figures())
	}
	return f, nil
}

type halfTally struct {
	InjectionHalf
	first, last string
	cats        map[string]*InjectionCategory
}

func newHalfTally(name string, cats []string) *halfTally {
	h := &halfTally{InjectionHalf: InjectionHalf{Name: name}, cats: map[string]*InjectionCategory{}}
	h.Clean.ByRule = map[string]int{}
	for _, c := range cats {
		row := &InjectionCategory{Name: c, FoundBy: map[string]int{}, Details: map[string][2]int{}}
		h.cats[c] = row
		h.Categories = append(h.Categories, InjectionCategory{Name: c})
	}
	return h
}

func (h *halfTally) addClean(id, text string, res *checker.Result) {
	c := &h.Clean
	c.Sentences++
	c.Words += res.Doc.Words()
	c.Findings += len(res.Findings)
	if len(res.Findings) > 0 {
		c.Flagged++
	}
	for _, f := range res.Findings {
		c.ByRule[f.Rule]++
		h.FalseAlarms = append(h.FalseAlarms, InjectionAlarm{SentID: id, Rule: f.Rule, Text: f.Text, Sentence: text})
	}
}

func (h *halfTally) addInjected(inj InjectedSentence, res *checker.Result) {
	row := h.cats[inj.Category]
	if row == nil {
		return
	}
	row.Injected++
	d := row.Details[inj.Detail]
	d[0]++
	found := false
	for _, f := range res.Findings {
		if f.Span.Overlaps(inj.Span) || inj.Span.Len() == 0 && f.Start <= inj.Span.Start && inj.Span.Start <= f.End {
			if !found {
				row.FoundBy[f.Rule]++
			}
			found = true
		}
	}
	if found {
		row.Found++
		d[1]++
	} else {
		h.Missed = append(h.Missed, inj)
	}
	row.Details[inj.Detail] = d
}

func (h *halfTally) figures() InjectionHalf {
	out := h.InjectionHalf
	out.FirstID, out.LastID = h.first, h.last
	out.Categories = nil
	for _, c := range h.InjectionHalf.Categories {
		row := *h.cats[c.Name]
		row.Recall = fraction(row.Found, row.Injected)
		if len(row.Details) == 1 && row.Details[""] != [2]int{} {
			row.Details = nil
		}
		out.Categories = append(out.Categories, row)
		out.Injected += row.Injected
		out.Found += row.Found
	}
	out.Recall = fraction(out.Found, out.Injected)
	out.Clean.PerThousandWords = round(per1000(out.Clean.Findings, out.Clean.Words), 2)
	out.Clean.FlaggedShare = fraction(out.Clean.Flagged, out.Clean.Sentences)
	return out
}

// fraction returns num/den rounded to four places, 0 for an empty denominator.
func fraction(num, den int) float64 {
	if den == 0 {
		return 0
	}
	return round(float64(num)/float64(den), 4)
}

// WriteInjectionText writes the figures as a table per half: recall per
// category (with the rules that found the errors) and the false alarms on
// the untouched sentences. With showCases it lists the missed errors and
// the false alarms too.
func WriteInjectionText(w io.Writer, f *InjectionFigures, showCases bool) error {
	var b strings.Builder
	fmt.Fprintf(&b, "Error injection into %s (seed %d)\n", f.Treebank, f.Seed)
	for _, h := range f.Halves {
		fmt.Fprintf(&b, "\n%s: %s … %s\n", h.Name, h.FirstID, h.LastID)
		t := &table{textLast: true}
		t.add("category", "injected", "found", "recall", "found by")
		for _, c := range h.Categories {
			t.add(c.Name, itoa(c.Injected), itoa(c.Found), fixed(100*c.Recall, 1)+" %", countList(c.FoundBy))
			for _, k := range slices.Sorted(maps.Keys(c.Details)) {
				d := c.Details[k]
				t.add("  "+k, itoa(d[0]), itoa(d[1]), fixed(100*fraction(d[1], d[0]), 1)+" %", "")
			}
		}
		t.add("all", itoa(h.Injected), itoa(h.Found), fixed(100*h.Recall, 1)+" %", "")
		if err := t.write(&b); err != nil {
			return err
		}
		c := h.Clean
		fmt.Fprintf(&b, "untouched sentences: %d, %d words, %d findings (%s per 1,000 words), %d flagged (%s %%)",
			c.Sentences, c.Words, c.Findings, fixed(c.PerThousandWords, 2), c.Flagged, fixed(100*c.FlaggedShare, 1))
		if len(c.ByRule) > 0 {
			fmt.Fprintf(&b, ": %s", countList(c.ByRule))
		}
		b.WriteString("\n")
		if showCases && h.Name != "all" {
			for _, m := range h.Missed {
				fmt.Fprintf(&b, "  missed %s %s/%s: %s«%s»%s\n", m.SentID, m.Category, m.Detail,
					m.Text[:m.Span.Start], m.Text[m.Span.Start:m.Span.End], m.Text[m.Span.End:])
			}
			for _, a := range h.FalseAlarms {
				fmt.Fprintf(&b, "  false %s %s: %q in %s\n", a.SentID, a.Rule, a.Text, a.Sentence)
			}
		}
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// countList writes counts per key, largest first: "comma-before-subclause 3, das-dass 1".
func countList(m map[string]int) string {
	keys := slices.Collect(maps.Keys(m))
	slices.SortFunc(keys, func(a, b string) int {
		if m[a] != m[b] {
			return m[b] - m[a]
		}
		return strings.Compare(a, b)
	})
	parts := make([]string, 0, len(keys))
	for _, k := range keys {
		parts = append(parts, fmt.Sprintf("%s %d", k, m[k]))
	}
	return strings.Join(parts, ", ")
}
