package rules

import (
	"iter"
	"strings"
	"unicode"

	"github.com/mtcheck/mtcheck/checker"
)

// bitext is what the source-aware rules share of a document with an
// original: every pair of the paragraph alignment with its tokens on both
// sides and its sentences aligned by length. It is computed once per
// document (sharedBitext).
type bitext struct {
	d, o  *checker.Doc
	pairs []bipair
}

// bipair is one pair of the alignment of a translation with its original.
type bipair struct {
	checker.ParagraphPair
	// tFirst, tEnd and sFirst, sEnd delimit the tokens of the target side
	// (in d.Tokens) and of the source side (in o.Tokens).
	tFirst, tEnd, sFirst, sEnd int
	// steps align the sentences of the two sides by length (indices into
	// d.Sentences and o.Sentences).
	steps []checker.AlignStep
}

// sharedBitext is the bitext of a document; nil without an original.
var sharedBitext = checker.NewShared(func(p *checker.Pass) *bitext {
	d := p.Doc
	if d.Original == nil {
		return nil
	}
	bt := &bitext{d: d, o: d.Original}
	for _, pp := range d.Alignment {
		if p.Stopped() {
			break
		}
		bp := bipair{ParagraphPair: pp}
		bp.tFirst, bp.tEnd = tokenRange(d, pp.Target)
		bp.sFirst, bp.sEnd = tokenRange(d.Original, pp.Source)
		bp.steps = d.PairSentences(pp)
		bt.pairs = append(bt.pairs, bp)
	}
	return bt
})

// tokenRange returns the tokens of the (consecutive) paragraphs idx.
func tokenRange(d *checker.Doc, idx []int) (first, end int) {
	if len(idx) == 0 {
		return 0, 0
	}
	return d.Paragraphs[idx[0]].FirstToken, d.Paragraphs[idx[len(idx)-1]].EndToken
}

// bothSides reports whether the pair has text on both sides.
func (bp *bipair) bothSides() bool { return bp.tEnd > bp.tFirst && bp.sEnd > bp.sFirst }

// stepSpans returns the spans of the target and the source sentences of
// step k of the pair's sentence alignment (empty spans for an empty side).
func (bt *bitext) stepSpans(bp *bipair, k int) (target, source checker.Span) {
	st := bp.steps[k]
	nt, ns := st.Kind.Shape()
	if nt > 0 {
		target = bt.d.Sentences[st.Target].To(bt.d.Sentences[st.Target+nt-1].Span)
	}
	if ns > 0 {
		source = bt.o.Sentences[st.Source].To(bt.o.Sentences[st.Source+ns-1].Span)
	}
	return target, source
}

// targetFor returns the target sentences that translate the source
// sentence at offset off of the original: those of its step of the
// sentence alignment, or, for a sentence left out, those of the nearest
// step that has some. ok is false when the pair has no target text.
func (bt *bitext) targetFor(bp *bipair, off int) (checker.Span, bool) {
	return bt.counterpart(bp, off, false)
}

// sourceFor returns the source sentences that the target sentence at
// offset off translates, as targetFor does the other way round.
func (bt *bitext) sourceFor(bp *bipair, off int) (checker.Span, bool) {
	return bt.counterpart(bp, off, true)
}

// counterpart finds the step whose sentences on one side (the target when
// fromTarget, else the source) hold offset off and returns the sentences
// on the other side of it or of the nearest step that has some.
func (bt *bitext) counterpart(bp *bipair, off int, fromTarget bool) (checker.Span, bool) {
	sides := func(k int) (from, to checker.Span) {
		t, s := bt.stepSpans(bp, k)
		if fromTarget {
			return t, s
		}
		return s, t
	}
	at := -1
	for k := range bp.steps {
		if from, _ := sides(k); from.Start <= off && off < max(from.End, from.Start+1) {
			at = k
			break
		}
	}
	if at < 0 {
		return checker.Span{}, false
	}
	for dist := 0; dist < len(bp.steps); dist++ {
		for _, k := range []int{at - dist, at + dist} {
			if k < 0 || k >= len(bp.steps) {
				continue
			}
			if _, to := sides(k); to.Len() > 0 {
				return to, true
			}
		}
	}
	return checker.Span{}, false
}

// alignedPairs yields the pairs of the alignment that have text on both
// sides, until the pass is stopped; none when bt is nil (no original).
func (bt *bitext) alignedPairs(pass *checker.Pass) iter.Seq[*bipair] {
	return func(yield func(*bipair) bool) {
		if bt == nil {
			return
		}
		for k := range bt.pairs {
			if pass.Stopped() {
				return
			}
			if bp := &bt.pairs[k]; bp.bothSides() && !yield(bp) {
				return
			}
		}
	}
}

// foldLower returns w in lower case without the diacritics of Latin
// letters ("Zürich" → "zurich"), so that names
// written with and without accents compare equal.
func foldLower(w string) string {
	simple := true
	for i := 0; i < len(w); i++ {
		if w[i] >= 0x80 || 'A' <= w[i] && w[i] <= 'Z' {
			simple = false
			break
		}
	}
	if simple {
		return w
	}
	var b strings.Builder
	for _, r := range strings.ToLower(w) {
		if f, ok := foldRune[r]; ok {
			b.WriteString(f)
		} else {
			b.WriteRune(unicode.ToLower(r))
		}
	}
	return b.String()
}

// foldRune maps the accented Latin letters of names to their base letters
// (ß to ss): "Zürich" and "Zurich" fold alike.
var foldRune = map[rune]string{
	'à': "a", 'á': "a", 'â': "a", 'ã': "a", 'å': "a", 'ā': "a", 'ä': "a",
	'ç': "c", 'č': "c", 'ć': "c",
	'è': "e", 'é': "e", 'ê': "e", 'ë': "e", 'ē': "e", 'ę': "e", 'ě': "e",
	'ì': "i", 'í': "i", 'î': "i", 'ï': "i",
	'ñ': "n", 'ń': "n", 'ň': "n",
	'ò': "o", 'ó': "o", 'ô': "o", 'õ': "o", 'ø': "o", 'ö': "o",
	'ù': "u", 'ú': "u", 'û': "u", 'ů': "u", 'ü': "u",
	'ý': "y", 'ÿ': "y", 'ß': "ss", 'š': "s", 'ś': "s", 'ž': "z", 'ź': "z", 'ż': "z", 'ł': "l", 'ř': "r",
}
