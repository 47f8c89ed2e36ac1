package corpus

import (
	"fmt"
	"io"
	"strconv"
	"strings"
)

// WriteText writes the figures as aligned text tables for rule authors,
// followed by the cases in f.Cases.
func WriteText(w io.Writer, f *Figures) error {
	var b strings.Builder
	if f.Only != "" {
		fmt.Fprintf(&b, "Restricted to rule %s.\n\n", f.Only)
	}
	if a := f.Annotated; a != nil {
		writeAnnotated(&b, a)
	}
	if n := f.Native; n != nil {
		writeNative(&b, n, f.Threshold)
	}
	for _, m := range f.MQM {
		writeMQM(&b, &m)
	}
	if b.Len() == 0 {
		b.WriteString("No documents.\n\n")
	}
	writeCases(&b, f.Cases)
	_, err := io.WriteString(w, strings.TrimRight(b.String(), "\n"))
	if err == nil {
		_, err = io.WriteString(w, "\n")
	}
	return err
}

func writeAnnotated(b *strings.Builder, a *AnnotatedFigures) {
	fmt.Fprintf(b, "Annotated text: %s\n", plural(a.Documents, "document"))
	t := &table{}
	t.add("rule", "found", "missed", "should", "gaps", "hits", "false", "neutral", "precision", "recall")
	row := func(name string, c Counts) {
		t.add(name, itoa(c.Found), itoa(c.Missed), itoa(c.ShouldFound), itoa(c.Gaps), itoa(c.Hits),
			itoa(c.FalseAlarms), itoa(c.Neutral), percent(c.Precision), percent(c.Recall))
	}
	for _, r := range a.Rules {
		row(r.Rule, r.Counts)
	}
	row("total", a.Total)
	_ = t.write(b)
	if len(a.Pending) > 0 {
		var parts []string
		n := 0
		for _, p := range a.Pending {
			parts = append(parts, fmt.Sprintf("%s %d", p.Rule, p.Expectations))
			n += p.Expectations
		}
		fmt.Fprintf(b, "  Not yet covered by a rule (%s): %s\n", plural(n, "mark"), strings.Join(parts, ", "))
	}
	if a.OutOfScope > 0 {
		fmt.Fprintf(b, "  Out of scope: %s\n", plural(a.OutOfScope, "expectation"))
	}
	b.WriteString("\n")
}

func writeNative(b *strings.Builder, n *NativeFigures, threshold float64) {
	fmt.Fprintf(b, "Native text: %s, %s, %s\n", plural(n.Documents, "document"), plural(n.Words, "word"), plural(n.Paragraphs, "paragraph"))
	t := &table{}
	t.add("rule", "findings", "per 1,000 words")
	for _, r := range n.Rules {
		t.add(r.Rule, itoa(r.Findings), fixed(r.Per1000, 2))
	}
	t.add("total", itoa(n.Findings), fixed(n.Per1000, 2))
	_ = t.write(b)
	fmt.Fprintf(b, "  Paragraphs scored below %s: %d of %d (%s)\n\n", fixed(threshold, -1), n.ParagraphsBelow, n.Paragraphs, percent(n.BelowShare))
}

func writeMQM(b *strings.Builder, m *MQMFigures) {
	for _, g := range m.Groups {
		writeMQMGroup(b, m.Dataset, "", g)
	}
	for _, g := range m.WithSource {
		writeMQMGroup(b, m.Dataset, ", with source", g)
	}
}

func writeMQMGroup(b *strings.Builder, dataset, how string, g MQMGroup) {
	who := "machine translation"
	if g.Origin == OriginHuman {
		who = "human translation"
	}
	fmt.Fprintf(b, "MQM %s, %s%s: %s, %s, %s\n", dataset, who, how, plural(g.Systems, "system"), plural(g.Segments, "segment"), plural(g.Words, "word"))
	t := &table{}
	withSource := g.SourceOnly != nil
	if withSource {
		t.add("rule", "findings", "on error spans", "span precision", "on accuracy errors")
	} else {
		t.add("rule", "findings", "on error spans", "span precision")
	}
	row := func(name string, findings, on int, precision, accuracy *float64) {
		if withSource {
			t.add(name, itoa(findings), itoa(on), percent(precision), percent(accuracy))
		} else {
			t.add(name, itoa(findings), itoa(on), percent(precision))
		}
	}
	for _, r := range g.Rules {
		row(r.Rule, r.Findings, r.OnErrorSpans, r.SpanPrecision, r.AccuracyPrecision)
	}
	row("total", g.Findings, g.OnErrorSpans, g.SpanPrecision, g.AccuracyPrecision)
	_ = t.write(b)
	if so := g.SourceOnly; so != nil {
		fmt.Fprintf(b, "  Findings only with the source: %d, %d on error spans (%s), %d on accuracy errors (%s)\n",
			so.Findings, so.OnErrorSpans, percent(so.SpanPrecision), so.OnAccuracySpans, percent(so.AccuracyPrecision))
	}
	fmt.Fprintf(b, "  Segment Spearman with −MQM: score %s, penalty per word %s\n", corr(g.SegmentSpearmanScore), corr(g.SegmentSpearmanPenalty))
	fmt.Fprintf(b, "  Segment Spearman of −penalty (not per word, as MQM sums) with −MQM: %s\n", corr(g.SegmentSpearmanNegPenalty))
	fmt.Fprintf(b, "  System level (mean score vs mean −MQM): Pearson %s, Kendall tau-b %s\n", corr(g.SystemPearson), corr(g.SystemKendall))
	t = &table{}
	t.add("system", "segments", "mean score", "mean −MQM", "findings", "per 1,000 words")
	for _, s := range g.SystemTable {
		t.add(s.System, itoa(s.Segments), fixed(s.MeanScore, 2), fixed(s.MeanNegMQM, 3), itoa(s.Findings), fixed(s.Per1000, 2))
	}
	_ = t.write(b)
	b.WriteString("\n")
}

func writeCases(b *strings.Builder, cases []Case) {
	for _, c := range cases {
		fmt.Fprintf(b, "%s:%d:%d: %s", c.Path, c.Line, c.Column, c.Kind)
		var what []string
		for _, s := range []string{c.Rule, c.Expectation, c.Category} {
			if s != "" {
				what = append(what, s)
			}
		}
		if len(what) > 0 {
			fmt.Fprintf(b, " [%s]", strings.Join(what, " "))
		}
		if c.Message != "" {
			fmt.Fprintf(b, ": %s", c.Message)
		}
		fmt.Fprintf(b, "\n    %s\n", c.Context)
		if c.SourceText != "" {
			fmt.Fprintf(b, "    original: %s\n", c.SourceText)
		}
	}
}

func itoa(n int) string { return strconv.Itoa(n) }

// fixed formats v with a number of decimals; -1 means as few as needed.
func fixed(v float64, decimals int) string { return strconv.FormatFloat(v, 'f', decimals, 64) }

// percent formats a ratio as a percentage with one decimal, or "–" when undefined.
func percent(r *float64) string {
	if r == nil {
		return "–"
	}
	return fixed(100**r, 1) + "%"
}

// corr formats a correlation with four decimals, or "–" when undefined.
func corr(r *float64) string {
	if r == nil {
		return "–"
	}
	return fixed(*r, 4)
}

func plural(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return itoa(n) + " " + noun + "s"
}
