package rules

import (
	"strings"

	"github.com/mtcheck/mtcheck/checker"
)

// copyMinWords is the least number of words of a run copied from the
// original that source-untranslated reports, copyEnglishWords the least
// number of them that must be English, and copyMajorWords the length from
// which a copied run is major. copyWholeShare is the share of the words of
// a translation that, copied, make it a copy of its original (critical,
// as MQM weighs a non-translation).
const (
	copyMinWords     = 3
	copyEnglishWords = 2
	copyMajorWords   = 7
	copyWholeShare   = 0.8
	copyWholeWords   = 4
)

var sourceUntranslated = checker.Rule{
	ID:        "source-untranslated",
	Title:     "Text copied from the original untranslated",
	Category:  "accuracy/untranslated",
	Severity:  checker.Minor,
	Bilingual: true,
	Message:   "Aus dem Original übernommen, nicht übersetzt.",
	Doc: `Finds runs of three or more words of the translation that stand in the original in the same order and
are English: at least two of them lower-case English words that are not German words too ("in", "die", "hat"
are both), one of them not a function word. Runs of names and titles ("California Highway Patrol", "Omni Air"), numbers and codes are not reported: names
stay as they are. A run of seven words or more is major; a translation that is a copy of its original (80 %
of its words or more, four words or more) is one critical finding, as MQM weighs a non-translation. Runs that
the target-only rules flag as English (untranslated-english, the untranslated pack) are merged with them into
one finding.`,
	Bad: []string{
		"He said {{the deal was done}} on Friday. ||| Er sagte, {{the deal was done}} am Freitag.",
		"{{Skip to main content}} ||| {{Skip to main content}}",
		"The minister said that {{we need to act now before it is too late}}. ||| Die Ministerin sagte, {{we need to act now before it is too late}}.",
		"It was, {{in other words}}, a failure. ||| Es war, {{in other words}}, ein Misserfolg.",
		"{{This is a test of the system.}} ||| {{This is a test of the system.}}",
	},
	Good: []string{
		"California Highway Patrol officer Ruben Jones told CNN. ||| California Highway Patrol Officer Ruben Jones sagte CNN.",
		"He said the deal was done. ||| Er sagte, der Deal sei perfekt.",
		"The band played Hotel California in Berlin. ||| Die Band spielte Hotel California in Berlin.",
		"Omni Air flight lands in Baltimore ||| Omni-Air-Flug landet in Baltimore",
		"She works in Hamburg and in Berlin. ||| Sie arbeitet in Hamburg und in Berlin.",
		"The film is called \"Last Night in Soho\". ||| Der Film heißt „Last Night in Soho“.",
	},
	Check: checkSourceUntranslated,
}

func checkSourceUntranslated(pass *checker.Pass) {
	bt := sharedBitext.Get(pass)
	for bp := range bt.alignedPairs(pass) {
		runs := copiedRuns(bt, bp)
		words := 0
		for i := bp.tFirst; i < bp.tEnd; i++ {
			if bt.d.Tokens[i].IsWordLike() {
				words++
			}
		}
		copied := 0
		for _, r := range runs {
			copied += r.words
		}
		if words >= copyWholeWords && float64(copied) >= copyWholeShare*float64(words) && anyEnglish(runs) {
			pass.ReportDiagnostic(checker.Diagnostic{Span: bp.TargetSpan, SourceSpan: &bp.SourceSpan,
				Severity: checker.Critical, Message: "Nicht übersetzt: der Text ist das Original."})
			continue
		}
		for _, r := range runs {
			if r.english < copyEnglishWords || r.content == 0 || r.words < copyMinWords {
				continue
			}
			ss := r.source
			dg := checker.Diagnostic{Span: r.target, SourceSpan: &ss, About: []string{bt.d.Slice(r.target)},
				Message: "Aus dem Original übernommen, nicht übersetzt: „" + excerpt(bt.d.Slice(r.target)) + "“."}
			if r.words >= copyMajorWords {
				dg.Severity = checker.Major
			}
			pass.ReportDiagnostic(dg)
		}
	}
}

// copiedRun is a run of words of the translation that stands in the
// original in the same order.
type copiedRun struct {
	target, source checker.Span
	// words counts its words, english those that are lower-case English
	// words and not German ones, content those of them that are not
	// function words: a run of capitalised words joined by "of", "the" and
	// "and" is a name or title ("Department of Health and Human Services").
	words, english, content int
}

func anyEnglish(runs []copiedRun) bool {
	for _, r := range runs {
		if r.content > 0 {
			return true
		}
	}
	return false
}

// copiedRuns returns the maximal runs of two or more words of the pair's
// translation that stand in its original in the same order (compared in
// lower case, punctuation between them ignored), longest first where two
// overlap.
func copiedRuns(bt *bitext, bp *bipair) []copiedRun {
	words := func(d *checker.Doc, first, end int) []int {
		var out []int
		for i := first; i < end; i++ {
			if d.Tokens[i].IsWordLike() {
				out = append(out, i)
			}
		}
		return out
	}
	tw := words(bt.d, bp.tFirst, bp.tEnd)
	sw := words(bt.o, bp.sFirst, bp.sEnd)
	if len(tw) == 0 || len(sw) == 0 {
		return nil
	}
	// Where each word pair (bigram) of the original starts.
	starts := map[[2]string][]int{}
	for k := 0; k+1 < len(sw); k++ {
		key := [2]string{bt.o.TokenLower(sw[k]), bt.o.TokenLower(sw[k+1])}
		starts[key] = append(starts[key], k)
	}
	single := map[string]int{}
	if len(sw) == 1 {
		single[bt.o.TokenLower(sw[0])] = 0
	}
	var out []copiedRun
	for j := 0; j < len(tw); {
		best, bestAt := 0, -1
		if j+1 < len(tw) {
			for _, k := range starts[[2]string{bt.d.TokenLower(tw[j]), bt.d.TokenLower(tw[j+1])}] {
				n := 2
				for j+n < len(tw) && k+n < len(sw) && bt.d.TokenLower(tw[j+n]) == bt.o.TokenLower(sw[k+n]) {
					n++
				}
				if n > best {
					best, bestAt = n, k
				}
			}
		} else if k, ok := single[bt.d.TokenLower(tw[j])]; ok && len(tw) == 1 {
			best, bestAt = 1, k
		}
		if best == 0 {
			j++
			continue
		}
		r := copiedRun{target: bt.d.Tokens[tw[j]].To(bt.d.Tokens[tw[j+best-1]].Span),
			source: bt.o.Tokens[sw[bestAt]].To(bt.o.Tokens[sw[bestAt+best-1]].Span), words: best}
		for n := 0; n < best; n++ {
			if isCopiedEnglish(bt.d, tw[j+n]) {
				r.english++
				if bt.d.Tokens[tw[j+n]].Shape == checker.Lower && !englishFunctionWords[bt.d.TokenLower(tw[j+n])] {
					r.content++
				}
			}
		}
		r.target = extendToSentenceEnd(bt.d, r.target, tw[j+best-1], bt.o, sw[bestAt+best-1], &r.source)
		out = append(out, r)
		j += best
	}
	return out
}

// isCopiedEnglish reports whether word token i of the translation is a
// lower-case English word that is not also German: evidence that a copied
// run is untranslated English rather than a name.
func isCopiedEnglish(d *checker.Doc, i int) bool {
	tk := d.Tokens[i]
	if tk.Kind != checker.Word || tk.Shape != checker.Lower && !tk.SentenceStart {
		return false
	}
	w := strings.ReplaceAll(d.TokenLower(i), "’", "'")
	if englishFunctionWords[w] {
		return true
	}
	if englishGermanHomographs[w] || !isASCIIWord(w) {
		return false
	}
	return germanLexicon().Lookup(d.TokenText(i)).Class == 0 && germanLexicon().Lookup(w).Class == 0
}

// extendToSentenceEnd takes the sentence-final punctuation that follows a
// copied run on both sides into it when the run is a whole sentence
// ("This is a test." copied whole).
func extendToSentenceEnd(d *checker.Doc, target checker.Span, last int, o *checker.Doc, slast int, source *checker.Span) checker.Span {
	next, snext := last+1, slast+1
	if first := d.Sentences[d.Tokens[last].Sentence].First; d.Tokens[first].Start != target.Start {
		return target
	}
	if next < len(d.Tokens) && snext < len(o.Tokens) && d.Tokens[next].Kind == checker.Punct &&
		!d.Tokens[next].SpaceBefore && d.TokenText(next) == o.TokenText(snext) && checker.IsSentenceEnd(d.TokenText(next)) &&
		d.Tokens[next].Sentence == d.Tokens[last].Sentence {
		source.End = o.Tokens[snext].End
		return checker.Span{Start: target.Start, End: d.Tokens[next].End}
	}
	return target
}
