package checker

import (
	"context"
	"slices"
	"strings"
)

// A document may carry its original: the English text it translates. The
// original is a Source of its own (Source.Original), prepared the way the
// document is, with its own input and offset map, so that positions in it
// count in the original's input (the "source" string of a JSON Lines
// record, the XLIFF file, the file of --source). AnalyzeSource analyses it
// with the same text model into Doc.Original and pairs the paragraphs of
// the two (Doc.Alignment): as the input says (Source.Pairs: a JSON Lines
// record is one pair, an XLIFF unit is one), or else by length
// (AlignLengths). Source-aware rules compare the two; they report
// Diagnostic.SourceSpan, which becomes the finding's SourceRef.

// SegmentPair pairs a stretch of a document's text with the stretch of its
// original that it translates, as an input knows it.
type SegmentPair struct {
	// Target is a span of Source.Text, Source a span of
	// Source.Original.Text. Either may be empty (nothing translated, or an
	// empty source).
	Target, Source Span
	// Unit says what the input tells of the pair besides its text (an
	// XLIFF unit's id, state and notes), or is nil.
	Unit *Unit
}

// Unit is what a bilingual file says about one of its segments besides the
// text: the id, translation state and notes of an XLIFF unit.
type Unit struct {
	ID    string   `json:"id,omitempty"`
	State string   `json:"state,omitempty"`
	Notes []string `json:"notes,omitempty"`
}

// ParagraphPair is one step of the alignment of a document with its
// original: paragraphs of the document (indices into Doc.Paragraphs) that
// translate paragraphs of the original (indices into
// Doc.Original.Paragraphs). One side may be empty: a paragraph added in
// translation, or one left out.
type ParagraphPair struct {
	Target []int `json:"target"`
	Source []int `json:"source"`
	// TargetSpan and SourceSpan cover the paragraphs of each side, in
	// Doc.Text and Doc.Original.Text; an empty side has an empty span
	// where the paragraphs would be.
	TargetSpan Span `json:"-"`
	SourceSpan Span `json:"-"`
	// Cost is −log of the probability of the step by its lengths (see
	// AlignLengths), 0 for pairs the input gave.
	Cost float64 `json:"-"`
	// Unit is the input's description of the pair (an XLIFF unit's id,
	// state and notes), or nil; its fields are written beside target and
	// source.
	*Unit
}

// SourceRef is where in the original a finding points (Finding.SourceRef).
type SourceRef struct {
	// SourceStart and SourceEnd are byte offsets into the original's input,
	// end exclusive.
	SourceStart int `json:"source_start"`
	SourceEnd   int `json:"source_end"`
	// SourceText is the original's text of the span.
	SourceText string `json:"source_text"`
	// OriginalSpan is the span in the analysed original (Doc.Original.Text).
	OriginalSpan Span `json:"-"`
}

// BilingualSeparator separates the original from the translation in the
// examples of a bilingual rule (Rule.Bilingual) and in the test harness:
// "The minister did not come. ||| Der Minister kam {{nicht}}."
const BilingualSeparator = " ||| "

// SplitBilingual splits an example of a bilingual rule into the original
// and the translation; ok is false when it has no separator.
func SplitBilingual(example string) (source, target string, ok bool) {
	return strings.Cut(example, BilingualSeparator)
}

// WithOriginal returns a copy of target that translates original. Pairs say
// which stretches correspond; none aligns the paragraphs by length.
func (s *Source) WithOriginal(original *Source, pairs ...SegmentPair) *Source {
	out := *s
	out.Original = original
	out.Pairs = pairs
	return &out
}

// Segment returns a copy of target that translates original as one segment:
// the whole text pairs with the whole original, whatever their paragraphs.
// It is how a JSON Lines record with a "source" and an MQM segment are
// checked.
func Segment(target, original *Source) *Source {
	return target.WithOriginal(original, SegmentPair{
		Target: Span{0, len(target.Text)}, Source: Span{0, len(original.Text)},
	})
}

// analyzeOriginal analyses the original of src into d.Original and aligns
// the paragraphs of d with it.
func (d *Doc) analyzeOriginal(ctx context.Context, src *Source) error {
	orig := *src.Original
	orig.Original, orig.Pairs = nil, nil
	od, err := AnalyzeSource(ctx, &orig)
	if err != nil {
		return err
	}
	d.Original = od
	if src.Pairs != nil {
		d.Alignment = pairParagraphs(d, od, src.Pairs)
	} else {
		d.Alignment = alignParagraphs(d, od, DefaultAlign)
	}
	d.pairOf = make([]int32, len(d.Paragraphs))
	for i := range d.pairOf {
		d.pairOf[i] = -1
	}
	for k := range d.Alignment {
		pp := &d.Alignment[k]
		if pp.Target == nil {
			pp.Target = []int{}
		}
		if pp.Source == nil {
			pp.Source = []int{}
		}
		for _, i := range pp.Target {
			d.pairOf[i] = int32(k)
		}
	}
	return nil
}

// PairOf returns the index in Alignment of the pair that holds paragraph
// para of the document, or -1 (no original, or no such paragraph).
func (d *Doc) PairOf(para int) int {
	if para < 0 || para >= len(d.pairOf) {
		return -1
	}
	return int(d.pairOf[para])
}

// alignParagraphs aligns the paragraphs of d and o by their lengths.
func alignParagraphs(d, o *Doc, p AlignParams) []ParagraphPair {
	lens := func(doc *Doc) []int {
		out := make([]int, len(doc.Paragraphs))
		for i, pa := range doc.Paragraphs {
			out[i] = Length(doc.Slice(pa.Span))
		}
		return out
	}
	steps := AlignLengths(lens(d), lens(o), p)
	out := make([]ParagraphPair, 0, len(steps))
	for _, st := range steps {
		nt, ns := st.Kind.Shape()
		pp := ParagraphPair{Target: seq(st.Target, nt), Source: seq(st.Source, ns), Cost: st.Cost}
		pp.TargetSpan = coverOf(d, pp.Target, st.Target)
		pp.SourceSpan = coverOf(o, pp.Source, st.Source)
		out = append(out, pp)
	}
	return out
}

// pairParagraphs turns the pairs an input gave into paragraph pairs: a
// paragraph belongs to the first pair whose span contains its start.
// Paragraphs outside every pair come last, each a pair of its own.
func pairParagraphs(d, o *Doc, pairs []SegmentPair) []ParagraphPair {
	takenT := make([]bool, len(d.Paragraphs))
	takenS := make([]bool, len(o.Paragraphs))
	var out []ParagraphPair
	ti, si := 0, 0
	for _, sp := range pairs {
		pp := ParagraphPair{Unit: sp.Unit}
		for ti < len(d.Paragraphs) && d.Paragraphs[ti].Start < sp.Target.Start {
			ti++
		}
		for k := ti; k < len(d.Paragraphs) && d.Paragraphs[k].Start < sp.Target.End; k++ {
			if takenT[k] && len(pp.Target) > 0 {
				break // the paragraphs of a pair are consecutive
			}
			if !takenT[k] {
				takenT[k] = true
				pp.Target = append(pp.Target, k)
			}
		}
		for si < len(o.Paragraphs) && o.Paragraphs[si].Start < sp.Source.Start {
			si++
		}
		for k := si; k < len(o.Paragraphs) && o.Paragraphs[k].Start < sp.Source.End; k++ {
			if takenS[k] && len(pp.Source) > 0 {
				break
			}
			if !takenS[k] {
				takenS[k] = true
				pp.Source = append(pp.Source, k)
			}
		}
		pp.TargetSpan = coverOfAt(d, pp.Target, sp.Target.Start)
		pp.SourceSpan = coverOfAt(o, pp.Source, sp.Source.Start)
		out = append(out, pp)
	}
	for k, taken := range takenT {
		if !taken {
			out = append(out, ParagraphPair{Target: []int{k}, TargetSpan: d.Paragraphs[k].Span,
				SourceSpan: Span{len(o.Text), len(o.Text)}})
		}
	}
	for k, taken := range takenS {
		if !taken {
			out = append(out, ParagraphPair{Source: []int{k}, SourceSpan: o.Paragraphs[k].Span,
				TargetSpan: Span{len(d.Text), len(d.Text)}})
		}
	}
	return out
}

// seq returns the n indices from first on.
func seq(first, n int) []int {
	out := make([]int, n)
	for k := range out {
		out[k] = first + k
	}
	return out
}

// coverOf returns the span from the first to the last of the paragraphs
// idx of doc; for none, the empty span where paragraph at would start.
func coverOf(doc *Doc, idx []int, at int) Span {
	if len(idx) == 0 {
		if at < len(doc.Paragraphs) {
			return Span{doc.Paragraphs[at].Start, doc.Paragraphs[at].Start}
		}
		return Span{len(doc.Text), len(doc.Text)}
	}
	return doc.Paragraphs[idx[0]].To(doc.Paragraphs[idx[len(idx)-1]].Span)
}

// coverOfAt is coverOf with an empty span at offset at for no paragraphs.
func coverOfAt(doc *Doc, idx []int, at int) Span {
	if len(idx) == 0 {
		at = min(max(at, 0), len(doc.Text))
		return Span{at, at}
	}
	return coverOf(doc, idx, 0)
}

// PairSentences aligns the sentences of the paragraphs of one pair of the
// alignment by their lengths: the steps index Doc.Sentences (Target) and
// Doc.Original.Sentences (Source).
func (d *Doc) PairSentences(pp ParagraphPair) []AlignStep {
	tFirst, tLens := sentenceLengths(d, pp.Target)
	sFirst, sLens := sentenceLengths(d.Original, pp.Source)
	steps := AlignLengths(tLens, sLens, DefaultAlign)
	for k := range steps {
		steps[k].Target += tFirst
		steps[k].Source += sFirst
	}
	return steps
}

// sentenceLengths returns the index of the first sentence of the
// paragraphs idx of doc and the lengths of their sentences.
func sentenceLengths(doc *Doc, idx []int) (first int, lens []int) {
	if len(idx) == 0 {
		return 0, nil
	}
	first = doc.Paragraphs[idx[0]].FirstSentence
	for _, pi := range idx {
		p := doc.Paragraphs[pi]
		for si := p.FirstSentence; si < p.EndSentence; si++ {
			lens = append(lens, Length(doc.Slice(doc.Sentences[si].Span)))
		}
	}
	return first, lens
}

// validAlignment reports whether the alignment covers every paragraph of
// both sides exactly once; the tests and fuzz targets hold it to that.
func validAlignment(d *Doc) bool {
	if d.Original == nil {
		return d.Alignment == nil
	}
	var ts, ss []int
	for _, pp := range d.Alignment {
		ts = append(ts, pp.Target...)
		ss = append(ss, pp.Source...)
	}
	slices.Sort(ts)
	slices.Sort(ss)
	return slices.Equal(ts, seq(0, len(d.Paragraphs))) && slices.Equal(ss, seq(0, len(d.Original.Paragraphs)))
}

// mergeBilingual merges, in a document with an original, each finding of a
// bilingual rule with the overlapping findings of the same category of the
// same paragraph: they see one problem from two sides (an English run that
// untranslated-english flags and that source-untranslated finds copied
// from the original), so the more severe finding is kept (ties: the rule
// that runs first), the other rules are listed in Also, and the kept finding
// takes the other's SourceRef when it has none. Two findings that point at
// different places of the original (a lost "not" and a changed number of
// one sentence) are two problems and both stay. fs is sorted and stays so.
func (e *Engine) mergeBilingual(fs []Finding) []Finding {
	if len(e.bilingual) == 0 {
		return fs
	}
	dropped := make([]bool, len(fs))
	any := false
	first := 0 // the first finding of fs[i]'s paragraph: sorted findings group by paragraph
	for i := range fs {
		if fs[i].Paragraph != fs[first].Paragraph {
			first = i
		}
		if dropped[i] || !e.bilingual[fs[i].Rule] {
			continue
		}
		for j := first; j < len(fs) && fs[j].Paragraph == fs[i].Paragraph; j++ {
			g := &fs[j]
			if j == i || dropped[j] || g.Paragraph != fs[i].Paragraph || g.Category != fs[i].Category ||
				!g.DocSpan.Overlaps(fs[i].DocSpan) || differentOrigins(g, &fs[i]) {
				continue
			}
			keep, drop := j, i
			if outranks(fs[i], *g, e.order) {
				keep, drop = i, j
			}
			k, d := &fs[keep], &fs[drop]
			for _, id := range append([]string{d.Rule}, d.Also...) {
				if id != k.Rule && !slices.Contains(k.Also, id) {
					k.Also = append(k.Also, id)
				}
			}
			if k.SourceRef == nil {
				k.SourceRef = d.SourceRef
			}
			dropped[drop], any = true, true
			if drop == i {
				break
			}
		}
	}
	if !any {
		return fs
	}
	out := fs[:0]
	for i, f := range fs {
		if !dropped[i] {
			out = append(out, f)
		}
	}
	return out
}

// differentOrigins reports whether both findings refer to the original and
// at places that do not overlap.
func differentOrigins(a, b *Finding) bool {
	return a.SourceRef != nil && b.SourceRef != nil && !a.OriginalSpan.Overlaps(b.OriginalSpan)
}
