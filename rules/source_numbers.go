package rules

import (
	"fmt"
	"strings"

	"github.com/mtcheck/mtcheck/checker"
)

var sourceNumber = checker.Rule{
	ID:        "source-number",
	Title:     "Number differs from the original",
	Category:  "accuracy/mistranslation",
	Severity:  checker.Major,
	Bilingual: true,
	Message:   "Zahl weicht vom Original ab.",
	Doc: `Compares the numbers of a translation with those of its original, pair by pair of the alignment, after
reading both by their conventions: English 1,200.5 is German 1.200,5, "$4.5bn" is "4,5 Milliarden Dollar",
"6:19 p.m." is "18.19 Uhr", "21st" is "21.", "seventy-four" is 74 and "three" is "drei" or 3. A number of the
original that the translation lacks, or one the translation has and the original does not, is a
mistranslation: a changed figure is major, a missing or added one minor. Written-out numbers below three,
ordinals, months and measures in imperial units (which a translator converts) need not be matched; a German
number written with an English separator ("1,200") may be read either way (locale rules flag the separator).`,
	Bad: []string{
		"Flight {{328}} landed at 6:19 p.m. ||| Flug {{382}} landete um 18.19 Uhr.",
		"Revenue rose to $4.5bn. ||| Der Umsatz stieg auf {{4,5 Billionen}} Dollar.",
		"The company cut {{1,200}} jobs. It was a hard year. ||| {{Das Unternehmen strich Stellen.}} Es war ein hartes Jahr.",
		"The vote was held on Tuesday. ||| Die Abstimmung fand am Dienstag, dem {{14}}. Mai, statt.",
		"About three quarters of the {{72}} members voted. ||| Etwa drei Viertel der {{27}} Mitglieder stimmten ab.",
		"Prices rose by {{4.5}}% in June. ||| Die Preise stiegen im Juni um {{5,4}} Prozent.",
	},
	Good: []string{
		"The company cut 1,200 jobs, 4.5% of its staff. ||| Das Unternehmen strich 1.200 Stellen, 4,5 % der Belegschaft.",
		"Revenue rose to $4.5bn at 2 p.m. ||| Der Umsatz stieg um 14 Uhr auf 4,5 Milliarden Dollar.",
		"Seventy-four years ago, three bombs fell. ||| Vor 74 Jahren fielen drei Bomben.",
		"The 28-year-old ran 20 miles on Aug. 5, 2019. ||| Die 28-Jährige lief am 5.8.2019 32 Kilometer.",
		"It happened in the 1990s, on the 21st floor. ||| Es geschah in den 1990er Jahren im 21. Stock.",
		"One or two people came at noon. ||| Ein oder zwei Menschen kamen um 12 Uhr.",
		"The firm employs 1,200 people. ||| Die Firma beschäftigt 1,200 Menschen.",
	},
	Check: checkSourceNumber,
}

func checkSourceNumber(pass *checker.Pass) {
	bt := sharedBitext.Get(pass)
	for bp := range bt.alignedPairs(pass) {
		src := quantities(bt.o, bp.sFirst, bp.sEnd, false)
		tgt := quantities(bt.d, bp.tFirst, bp.tEnd, true)
		for _, m := range matchNumbers(src, tgt) {
			reportNumber(pass, bt, bp, m)
		}
	}
}

// numberMismatch is a number of the original the translation lacks (src),
// one the translation adds (tgt), or both: a changed number.
type numberMismatch struct {
	src, tgt *quantity
}

// matchNumbers returns the numbers of the original that no reading of the
// translation's numbers matches and the digit numbers of the translation
// that no reading of the original's numbers matches, paired in order
// where both sides have one left.
func matchNumbers(src, tgt []quantity) []numberMismatch {
	srcVals, tgtVals := map[float64]bool{}, map[float64]bool{}
	srcCodes, tgtCodes := map[string]bool{}, map[string]bool{}
	for _, q := range src {
		for _, v := range q.values {
			srcVals[valueKey(v)] = true
		}
		srcCodes[strings.ToLower(q.code)] = q.code != ""
	}
	for _, q := range tgt {
		for _, v := range q.values {
			tgtVals[valueKey(v)] = true
		}
		tgtCodes[strings.ToLower(q.code)] = q.code != ""
	}
	matched := func(q quantity, vals map[float64]bool) bool {
		if q.code != "" && (srcCodes[strings.ToLower(q.code)] && tgtCodes[strings.ToLower(q.code)]) {
			return true
		}
		for _, v := range q.values {
			if vals[valueKey(v)] {
				return true
			}
		}
		return false
	}
	var lostSrc, newTgt []*quantity
	for i := range src {
		if !src[i].optional && !matched(src[i], tgtVals) {
			lostSrc = append(lostSrc, &src[i])
		}
	}
	for i := range tgt {
		if tgt[i].digits && !tgt[i].optional && !matched(tgt[i], srcVals) {
			newTgt = append(newTgt, &tgt[i])
		}
	}
	var out []numberMismatch
	for len(lostSrc) > 0 || len(newTgt) > 0 {
		var m numberMismatch
		if len(lostSrc) > 0 {
			m.src, lostSrc = lostSrc[0], lostSrc[1:]
		}
		if len(newTgt) > 0 {
			m.tgt, newTgt = newTgt[0], newTgt[1:]
		}
		out = append(out, m)
	}
	return out
}

// reportNumber reports one mismatch: a changed number at the
// translation's number, a missing one at the sentence that translates the
// original's, an added one at the translation's number.
func reportNumber(pass *checker.Pass, bt *bitext, bp *bipair, m numberMismatch) {
	switch {
	case m.src != nil && m.tgt != nil:
		ss := m.src.span
		pass.ReportDiagnostic(checker.Diagnostic{Span: m.tgt.span, SourceSpan: &ss,
			Message: fmt.Sprintf("Zahl weicht vom Original ab: „%s“, im Original „%s“.",
				bt.d.Slice(m.tgt.span), bt.o.Slice(m.src.span))})
	case m.src != nil:
		at, ok := bt.targetFor(bp, m.src.span.Start)
		if !ok {
			return
		}
		ss := m.src.span
		pass.ReportDiagnostic(checker.Diagnostic{Span: at, SourceSpan: &ss, Severity: checker.Minor,
			Message: fmt.Sprintf("Zahl des Originals fehlt in der Übersetzung: „%s“.", bt.o.Slice(m.src.span))})
	default:
		dg := checker.Diagnostic{Span: m.tgt.span, Severity: checker.Minor,
			Message: fmt.Sprintf("Zahl steht nicht im Original: „%s“.", bt.d.Slice(m.tgt.span))}
		if s, ok := bt.sourceFor(bp, m.tgt.span.Start); ok {
			dg.SourceSpan = &s
		}
		pass.ReportDiagnostic(dg)
	}
}
