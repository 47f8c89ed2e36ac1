package checker

import (
	"context"
	"strings"
	"testing"
)

func TestAlignLengthsEqualTexts(t *testing.T) {
	lens := []int{40, 120, 15, 300, 80}
	var target []int
	for _, l := range lens {
		target = append(target, int(float64(l)*DefaultAlign.Ratio))
	}
	steps := AlignLengths(target, lens, DefaultAlign)
	if len(steps) != len(lens) {
		t.Fatalf("steps %+v, want %d steps of 1-1", steps, len(lens))
	}
	for k, st := range steps {
		if st.Kind != Step11 || st.Target != k || st.Source != k {
			t.Errorf("step %d = %+v, want 1-1 at %d", k, st, k)
		}
	}
}

func TestAlignLengthsMergesAndGaps(t *testing.T) {
	r := DefaultAlign.Ratio
	// The second source paragraph is translated in two; the fourth is left out.
	source := []int{100, 200, 150, 400, 90}
	target := []int{int(100 * r), int(90 * r), int(110 * r), int(150 * r), int(90 * r)}
	steps := AlignLengths(target, source, DefaultAlign)
	checkSteps(t, steps, len(target), len(source))
	var kinds []StepKind
	for _, st := range steps {
		kinds = append(kinds, st.Kind)
	}
	want := []StepKind{Step11, Step21, Step11, Step01, Step11}
	if len(kinds) != len(want) {
		t.Fatalf("kinds %v, want %v", kinds, want)
	}
	for i := range want {
		if kinds[i] != want[i] {
			t.Fatalf("kinds %v, want %v", kinds, want)
		}
	}
}

func TestAlignLengthsEmpty(t *testing.T) {
	if s := AlignLengths(nil, nil, DefaultAlign); s != nil {
		t.Errorf("no units: %v", s)
	}
	checkSteps(t, AlignLengths([]int{5, 7}, nil, DefaultAlign), 2, 0)
	checkSteps(t, AlignLengths(nil, []int{5, 7, 9}, DefaultAlign), 0, 3)
}

// checkSteps checks that steps cover n target and m source units once, in order.
func checkSteps(t *testing.T, steps []AlignStep, n, m int) {
	t.Helper()
	i, j := 0, 0
	for _, st := range steps {
		nt, ns := st.Kind.Shape()
		if st.Kind > Step12 || st.Target != i || st.Source != j || nt+ns == 0 {
			t.Fatalf("step %+v at target %d, source %d", st, i, j)
		}
		i, j = i+nt, j+ns
	}
	if i != n || j != m {
		t.Fatalf("steps cover %d target and %d source units, want %d and %d: %+v", i, j, n, m, steps)
	}
}

func TestLengthDeviation(t *testing.T) {
	if d := LengthDeviation(0, 0, DefaultAlign); d != 0 {
		t.Errorf("empty: %v", d)
	}
	if d := LengthDeviation(127, 100, DefaultAlign); d < -0.1 || d > 0.1 {
		t.Errorf("expected length: δ = %v", d)
	}
	if d := LengthDeviation(40, 100, DefaultAlign); d > -3 {
		t.Errorf("a translation of a third: δ = %v, want far below 0", d)
	}
	if Length(" a b\tc\n") != 3 {
		t.Errorf("Length counts characters other than white space")
	}
}

func analyzeBilingual(t *testing.T, target, original string, pairs ...SegmentPair) *Doc {
	t.Helper()
	ts, err := TextSource(target)
	if err != nil {
		t.Fatal(err)
	}
	os, err := TextSource(original)
	if err != nil {
		t.Fatal(err)
	}
	d, err := AnalyzeSource(context.Background(), ts.WithOriginal(os, pairs...))
	if err != nil {
		t.Fatal(err)
	}
	if !validAlignment(d) {
		t.Fatalf("alignment %+v does not cover %d and %d paragraphs", d.Alignment, len(d.Paragraphs), len(d.Original.Paragraphs))
	}
	return d
}

func TestAnalyzeAlignsParagraphs(t *testing.T) {
	d := analyzeBilingual(t, "Erster Absatz, der etwas länger ist.\n\nZweiter.\n\nDritter Absatz hier.",
		"First paragraph, which is longer.\n\nSecond.\n\nThird paragraph here.")
	if len(d.Alignment) != 3 {
		t.Fatalf("alignment %+v", d.Alignment)
	}
	for k, pp := range d.Alignment {
		if len(pp.Target) != 1 || pp.Target[0] != k || len(pp.Source) != 1 || pp.Source[0] != k {
			t.Errorf("pair %d: %+v", k, pp)
		}
		if d.PairOf(k) != k {
			t.Errorf("PairOf(%d) = %d", k, d.PairOf(k))
		}
		if got := d.Original.Slice(pp.SourceSpan); got != d.Original.Slice(d.Original.Paragraphs[k].Span) {
			t.Errorf("source span %q", got)
		}
	}
	if d.PairOf(-1) != -1 || d.PairOf(3) != -1 {
		t.Error("PairOf outside the paragraphs")
	}
}

func TestSegmentPairsEverything(t *testing.T) {
	ts, _ := TextSource("Eins.\n\nZwei.\n\nDrei.")
	os, _ := TextSource("One, two and three.")
	d, err := AnalyzeSource(context.Background(), Segment(ts, os))
	if err != nil {
		t.Fatal(err)
	}
	if len(d.Alignment) != 1 || len(d.Alignment[0].Target) != 3 || len(d.Alignment[0].Source) != 1 {
		t.Fatalf("alignment %+v", d.Alignment)
	}
	if !validAlignment(d) {
		t.Fatal("invalid alignment")
	}
}

func TestPairsWithGapsAndLeftovers(t *testing.T) {
	target := "Eins.\n\nZwei.\n\nDrei."
	original := "One.\n\nTwo."
	// The first pair takes "Eins." and "One.", the second has no target;
	// "Zwei." and "Drei." and "Two." are left over.
	d := analyzeBilingual(t, target, original,
		SegmentPair{Target: Span{0, 5}, Source: Span{0, 4}, Unit: &Unit{ID: "u1", State: "final"}},
		SegmentPair{Target: Span{5, 5}, Source: Span{4, 4}})
	if len(d.Alignment) != 5 {
		t.Fatalf("alignment %+v", d.Alignment)
	}
	if d.Alignment[0].Unit == nil || d.Alignment[0].ID != "u1" || d.Alignment[0].Target[0] != 0 {
		t.Errorf("first pair %+v", d.Alignment[0])
	}
	if len(d.Alignment[1].Target) != 0 || d.Alignment[1].Target == nil {
		t.Errorf("an empty side is an empty list: %+v", d.Alignment[1])
	}
}

func TestNormalizeKeepsPairs(t *testing.T) {
	// Decomposed umlauts on both sides shift the offsets of the pairs.
	target := "Zu\u0308rich.\n\nMu\u0308nchen."
	original := "Zu\u0308rich!\n\nMu\u0308nchen!"
	t2, s2 := strings.Index(target, "Mu"), strings.Index(original, "Mu")
	src := &Source{Text: target, Original: &Source{Text: original},
		Pairs: []SegmentPair{{Target: Span{0, t2 - 2}, Source: Span{0, s2 - 2}}, {Target: Span{t2, len(target)}, Source: Span{s2, len(original)}}}}
	n := src.Normalize()
	if n.Text != "Zürich.\n\nMünchen." || n.Original.Text != "Zürich!\n\nMünchen!" {
		t.Fatalf("texts %q %q", n.Text, n.Original.Text)
	}
	if got := n.Text[n.Pairs[1].Target.Start:n.Pairs[1].Target.End]; got != "München." {
		t.Errorf("target of the second pair %q", got)
	}
	if got := n.Original.Text[n.Pairs[1].Source.Start:n.Pairs[1].Source.End]; got != "München!" {
		t.Errorf("source of the second pair %q", got)
	}
	if src.Pairs[1].Target.Start != t2 {
		t.Error("Normalize changed the pairs of its receiver")
	}
}

func TestSplitBilingual(t *testing.T) {
	s, tg, ok := SplitBilingual("He did not come. ||| Er kam nicht.")
	if !ok || s != "He did not come." || tg != "Er kam nicht." {
		t.Errorf("%q %q %v", s, tg, ok)
	}
	if _, _, ok := SplitBilingual("Er kam nicht."); ok {
		t.Error("no separator")
	}
}

// bilingualRule reports the first word of the translation, pointing at the
// first word of the original, with the severity its diagnostic asks for.
var bilingualRule = Rule{
	ID: "test-bilingual", Title: "Test", Category: "accuracy/mistranslation", Severity: Minor, Message: "Test.",
	Doc: "Test.", Bilingual: true,
	Bad:  []string{"Original. ||| {{Text}}."},
	Good: []string{"x ||| y"},
	Check: func(p *Pass) {
		o := p.Doc.Original
		if o == nil {
			panic("a bilingual rule ran without an original")
		}
		s := o.Tokens[0].Span
		p.ReportDiagnostic(Diagnostic{Span: p.Doc.Tokens[0].Span, SourceSpan: &s, Severity: Major})
	},
}

func TestEngineReportsSourceRef(t *testing.T) {
	eng, err := NewEngine([]Rule{bilingualRule}, Config{})
	if err != nil {
		t.Fatal(err)
	}
	// Without an original the rule does not run.
	res, err := eng.CheckText("Text ohne Original.")
	if err != nil || len(res.Findings) != 0 {
		t.Fatalf("monolingual: %v %v", res.Findings, err)
	}
	ts, _ := TextSource("Text mit Original.")
	// The original's input has a byte order mark: spans count in its bytes.
	os, err := DecodeSource("\uFEFFOriginal text.", nil)
	if err != nil {
		t.Fatal(err)
	}
	res, err = eng.CheckSource(context.Background(), Segment(ts, os))
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Findings) != 1 {
		t.Fatalf("findings %+v", res.Findings)
	}
	f := res.Findings[0]
	if f.SourceRef == nil || f.SourceStart != 3 || f.SourceEnd != 11 || f.SourceText != "Original" {
		t.Fatalf("source ref %+v", f.SourceRef)
	}
	if f.Severity != Major {
		t.Errorf("severity %v, want the diagnostic's", f.Severity)
	}
	// A severity the configuration sets beats the diagnostic's.
	eng, _ = NewEngine([]Rule{bilingualRule}, Config{Severity: map[string]Severity{"test-bilingual": Critical}})
	res, _ = eng.CheckSource(context.Background(), Segment(ts, os))
	if res.Findings[0].Severity != Critical {
		t.Errorf("configured severity: %v", res.Findings[0].Severity)
	}
}

func TestEngineRejectsBadSourceSpan(t *testing.T) {
	r := bilingualRule
	r.Check = func(p *Pass) {
		p.ReportDiagnostic(Diagnostic{Span: p.Doc.Tokens[0].Span, SourceSpan: &Span{0, 1 << 20}})
	}
	eng, _ := NewEngine([]Rule{r}, Config{})
	ts, _ := TextSource("Text.")
	os, _ := TextSource("Text.")
	if _, err := eng.CheckSource(context.Background(), Segment(ts, os)); err == nil || !strings.Contains(err.Error(), "invalid source span") {
		t.Fatalf("err %v", err)
	}
}

func TestMergeBilingualOverlaps(t *testing.T) {
	mono := Rule{ID: "mono", Title: "Mono", Category: "accuracy/untranslated", Severity: Minor, Message: "Mono.",
		Doc: "Mono.", Bad: []string{"{{x}}"}, Good: []string{"y"},
		Check: func(p *Pass) { p.Report(p.Doc.Sentences[0].Span, "") }}
	bi := Rule{ID: "bi", Title: "Bi", Category: "accuracy/untranslated", Severity: Minor, Message: "Bi.",
		Doc: "Bi.", Bilingual: true, Bad: []string{"a ||| {{x}}"}, Good: []string{"a ||| y"},
		Check: func(p *Pass) {
			s := p.Doc.Original.Sentences[0].Span
			p.ReportDiagnostic(Diagnostic{Span: p.Doc.Tokens[1].Span, SourceSpan: &s, Severity: Major})
		}}
	eng, err := NewEngine([]Rule{mono, bi}, Config{})
	if err != nil {
		t.Fatal(err)
	}
	ts, _ := TextSource("Er sagte the deal was done.")
	os, _ := TextSource("He said the deal was done.")
	res, err := eng.CheckSource(context.Background(), Segment(ts, os))
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Findings) != 1 {
		t.Fatalf("findings %+v", res.Findings)
	}
	f := res.Findings[0]
	if f.Rule != "bi" || f.Severity != Major || len(f.Also) != 1 || f.Also[0] != "mono" || f.SourceRef == nil {
		t.Errorf("merged finding %+v", f)
	}
	// Two bilingual findings of one sentence about different places of the
	// original are two problems: both stay.
	other := Rule{ID: "other", Title: "Other", Category: "accuracy/untranslated", Severity: Minor, Message: "Other.",
		Doc: "Other.", Bilingual: true, Bad: []string{"a ||| {{x}}"}, Good: []string{"a ||| y"},
		Check: func(p *Pass) {
			s := p.Doc.Original.Tokens[0].Span
			p.ReportDiagnostic(Diagnostic{Span: p.Doc.Sentences[0].Span, SourceSpan: &s})
		}}
	near := bi
	near.Check = func(p *Pass) {
		s := p.Doc.Original.Tokens[len(p.Doc.Original.Tokens)-2].Span
		p.ReportDiagnostic(Diagnostic{Span: p.Doc.Tokens[1].Span, SourceSpan: &s})
	}
	eng2, err := NewEngine([]Rule{near, other}, Config{})
	if err != nil {
		t.Fatal(err)
	}
	res, err = eng2.CheckSource(context.Background(), Segment(ts, os))
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Findings) != 2 || res.Findings[0].Also != nil || res.Findings[1].Also != nil {
		t.Errorf("findings about different places of the original: %+v", res.Findings)
	}
	// Without the original nothing is merged: the monolingual finding stays.
	res, _ = eng.CheckText("Er sagte the deal was done.")
	if len(res.Findings) != 1 || res.Findings[0].Rule != "mono" || res.Findings[0].Also != nil {
		t.Errorf("monolingual findings %+v", res.Findings)
	}
}

func TestValidateBilingualExamples(t *testing.T) {
	r := bilingualRule
	r.Bad = []string{"{{Text}} without an original"}
	if err := r.Validate(); err == nil || !strings.Contains(err.Error(), "|||") {
		t.Errorf("a bad example without separator: %v", err)
	}
	r = bilingualRule
	r.Good = []string{"{{x}} ||| y"}
	if err := r.Validate(); err == nil {
		t.Error("a good example with a mark in the original")
	}
	if err := bilingualRule.Validate(); err != nil {
		t.Error(err)
	}
}
