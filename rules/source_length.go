package rules

import (
	"fmt"
	"strings"

	"github.com/mtcheck/mtcheck/checker"
)

// The thresholds of the length rules, in standard deviations of the length
// model (checker.LengthDeviation with checker.DefaultAlign). They are the
// percentiles of the deviation over the human translations of the WMT 2020
// English→German MQM set, printed by
//
//	mtcheck eval --fit-source ../shared/eval/mqm-ende-newstest2020.jsonl.gz
//
// minor below the 1st percentile (above the 99th), major below the 0.1th
// (above the 99.9th): a human translator's text is that short or long once
// in a hundred segments, or once in a thousand.
const (
	omissionMinor = -2.18
	omissionMajor = -3.14
	additionMinor = 2.48
	additionMajor = 3.72
)

// lengthMinSource is the shortest original (in checker.Length units) whose
// translation's length the rules judge: shorter segments (datelines,
// one-word labels) vary too much.
const lengthMinSource = 20

// sentenceGapDeviation is how far a pair must deviate in length (in the
// direction of the gap) before a sentence of one side that the sentence
// alignment leaves without a partner is reported; sentenceGapWords is the
// least number of words of that sentence.
const (
	sentenceGapDeviation = 1.0
	sentenceGapWords     = 5
)

var sourceOmission = checker.Rule{
	ID:        "source-omission",
	Title:     "Translation shorter than its original allows",
	Category:  "accuracy/omission",
	Severity:  checker.Minor,
	Bilingual: true,
	Message:   "Übersetzung deutlich kürzer als das Original: vielleicht fehlt etwas.",
	Doc: `Measures each pair of the alignment: a German translation is normally about 1.27 times as long as its
English original (in characters other than white space), with a spread that grows with the length (the
Gale–Church length model, fitted on the human translations of the WMT 2020 MQM set). A translation shorter than
human translators' in 99 of 100 segments is a minor finding, shorter than in 999 of 1,000 a major one; the
message gives the ratio ("Übersetzung 0,55× so lang wie das Original"). When the sentence alignment of the pair
leaves a sentence of the original of five words or more without a counterpart, and the pair is short, that
sentence is reported instead (major), pointing at it in the original. Originals shorter than 20 characters are
not judged.`,
	Bad: []string{
		"The company said on Tuesday that it would cut 1,200 jobs in its administration by the end of next year. ||| {{Das Unternehmen kündigte Stellenabbau an.}}",
		"The minister arrived in Berlin on Monday. {{She met the chancellor and several members of the cabinet for talks about the budget.}} ||| {{Die Ministerin kam am Montag in Berlin an.}}",
		"Heavy rain caused flooding in several towns along the river, and hundreds of residents had to leave their homes overnight. ||| {{Starker Regen verursachte Überschwemmungen.}}",
		"Scientists have found that the new vaccine protects older people better than expected, according to a study published on Friday. ||| {{Der Impfstoff schützt ältere Menschen.}}",
		"The museum will stay closed until the end of the month while workers repair the damaged roof and the heating system. ||| {{Das Museum bleibt geschlossen.}}",
	},
	Good: []string{
		"The company said on Tuesday that it would cut 1,200 jobs. ||| Das Unternehmen teilte am Dienstag mit, es werde 1.200 Stellen streichen.",
		"The minister arrived in Berlin on Monday. She met the chancellor. ||| Die Ministerin kam am Montag in Berlin an. Sie traf die Kanzlerin.",
		"Thanks! ||| Danke!",
		"Heavy rain caused flooding in several towns along the river. ||| Starker Regen hat in mehreren Orten entlang des Flusses zu Überschwemmungen geführt.",
		"It rained. ||| Es hat geregnet, und zwar ziemlich heftig.",
	},
	Check: func(pass *checker.Pass) { checkSourceLength(pass, true) },
}

var sourceAddition = checker.Rule{
	ID:        "source-addition",
	Title:     "Translation longer than its original allows",
	Category:  "accuracy/addition",
	Severity:  checker.Minor,
	Bilingual: true,
	Message:   "Übersetzung deutlich länger als das Original: vielleicht ist etwas hinzugefügt.",
	Doc: `The counterpart of source-omission: a translation longer than human translators' in 99 of 100 segments
(minor) or 999 of 1,000 (major), by the same length model; or, in a pair that is long, a sentence of the
translation of five words or more that the sentence alignment leaves without a counterpart in the original
(major). Repeated sentences, explanations the original does not give and text of another segment are what
it finds.`,
	Bad: []string{
		"The minister arrived in Berlin. ||| {{Die Ministerin kam am Montag mit dem Zug aus Hamburg in Berlin an, wo sie von zahlreichen Journalisten und Kamerateams erwartet wurde.}}",
		"The museum is closed for repairs. ||| {{Das Museum ist geschlossen, weil die Arbeiter das Dach und die Heizung reparieren müssen und das noch Wochen dauert.}}",
		"The talks in Geneva ended on Friday without an agreement. ||| Die Gespräche in Genf gingen am Freitag ohne jede Einigung zu Ende. {{Beide Seiten wollen sich im kommenden Monat in Wien erneut treffen, um weiter über die strittigen Fragen zu verhandeln.}}",
		"Prices rose sharply last year. ||| {{Die Preise sind im vergangenen Jahr in fast allen Bereichen des täglichen Lebens deutlich gestiegen, vor allem bei Energie.}}",
		"He won the race on Sunday. ||| {{Er hat das Rennen nach einem dramatischen Finish auf den letzten Metern mit knappem Vorsprung vor seinem Rivalen gewonnen.}}",
	},
	Good: []string{
		"The minister arrived in Berlin on Monday. ||| Die Ministerin kam am Montag in Berlin an.",
		"The talks in Geneva ended on Friday without an agreement. ||| Die Gespräche in Genf endeten am Freitag ohne Einigung.",
		"He won. ||| Er hat gewonnen.",
		"Prices rose sharply last year, especially for energy. ||| Die Preise sind im vergangenen Jahr stark gestiegen, vor allem für Energie.",
		"Thanks! ||| Vielen herzlichen Dank!",
	},
	Check: func(pass *checker.Pass) { checkSourceLength(pass, false) },
}

// checkSourceLength reports pairs whose translation is too short (short) or
// too long, or the sentences one side has no counterpart for.
func checkSourceLength(pass *checker.Pass, short bool) {
	bt := sharedBitext.Get(pass)
	for bp := range bt.alignedPairs(pass) {
		tl, sl := checker.Length(bt.d.Slice(bp.TargetSpan)), checker.Length(bt.o.Slice(bp.SourceSpan))
		if sl < lengthMinSource {
			continue
		}
		dev := checker.LengthDeviation(tl, sl, checker.DefaultAlign)
		if !short {
			dev = -dev
		}
		if dev <= -sentenceGapDeviation && reportSentenceGaps(pass, bt, bp, short) {
			continue
		}
		minor, major := omissionMinor, omissionMajor
		if !short {
			minor, major = -additionMinor, -additionMajor
		}
		if dev > minor {
			continue
		}
		dg := checker.Diagnostic{Span: bp.TargetSpan, SourceSpan: &bp.SourceSpan, Severity: checker.Minor,
			Message: lengthMessage(tl, sl, short)}
		if dev <= major {
			dg.Severity = checker.Major
		}
		pass.ReportDiagnostic(dg)
	}
}

// sentenceFit is how close (in standard deviations) one sentence of a
// merged step must fit the other side for the other sentence of the step
// to count as a gap.
const sentenceFit = 1.5

// reportSentenceGaps reports the sentences of the original (short) or of
// the translation that have no counterpart in the other side of the pair,
// and reports whether there was one. A sentence has none when the sentence
// alignment leaves it alone (a 0–1 or 1–0 step), or when it merged it with
// a neighbour (1–2, 2–1) although the neighbour alone fits the other side
// and the two together are far too long for it.
func reportSentenceGaps(pass *checker.Pass, bt *bitext, bp *bipair, short bool) bool {
	found := false
	for s, st := range bp.steps {
		gap := -1 // index of the sentence without a counterpart
		switch {
		case short && st.Kind == checker.Step01:
			gap = st.Source
		case !short && st.Kind == checker.Step10:
			gap = st.Target
		case short && st.Kind == checker.Step12:
			gap = mergedGap(sentenceLength(bt.d, st.Target), sentenceLength(bt.o, st.Source),
				sentenceLength(bt.o, st.Source+1), st.Source, false)
		case !short && st.Kind == checker.Step21:
			gap = mergedGap(sentenceLength(bt.o, st.Source), sentenceLength(bt.d, st.Target),
				sentenceLength(bt.d, st.Target+1), st.Target, true)
		}
		if gap < 0 {
			continue
		}
		if short {
			sent := bt.o.Sentences[gap]
			if wordsIn(bt.o, sent) < sentenceGapWords {
				continue
			}
			at, _ := bt.stepSpans(bp, s)
			if at.Len() == 0 {
				var ok bool
				if at, ok = bt.targetFor(bp, sent.Start); !ok {
					continue
				}
			}
			sspan := sent.Span
			pass.ReportDiagnostic(checker.Diagnostic{Span: at, SourceSpan: &sspan, Severity: checker.Major,
				Message: "Satz des Originals ohne Entsprechung in der Übersetzung: „" + excerpt(bt.o.Slice(sspan)) + "“."})
		} else {
			sent := bt.d.Sentences[gap]
			if wordsIn(bt.d, sent) < sentenceGapWords {
				continue
			}
			dg := checker.Diagnostic{Span: sent.Span, Severity: checker.Major,
				Message: "Satz ohne Entsprechung im Original: vielleicht hinzugefügt."}
			if _, at := bt.stepSpans(bp, s); at.Len() > 0 {
				dg.SourceSpan = &at
			} else if at, ok := bt.sourceFor(bp, sent.Start); ok {
				dg.SourceSpan = &at
			}
			pass.ReportDiagnostic(dg)
		}
		found = true
	}
	return found
}

// mergedGap decides which of two sentences a and b (the first with index
// first), merged against one sentence of length one on the other side, has
// no counterpart: the other one must fit one alone, and the two together
// must not. The lengths are of the original when target is false (one is
// then the translation's), of the translation when it is true; -1 means
// neither.
func mergedGap(one, a, b, first int, target bool) int {
	dev := func(x int) float64 {
		if target {
			return checker.LengthDeviation(x, one, checker.DefaultAlign)
		}
		return checker.LengthDeviation(one, x, checker.DefaultAlign)
	}
	merged := dev(a + b)
	if target && merged < additionMinor || !target && merged > omissionMinor {
		return -1
	}
	switch {
	case abs64(dev(a)) <= sentenceFit:
		return first + 1
	case abs64(dev(b)) <= sentenceFit:
		return first
	}
	return -1
}

// sentenceLength is the length of sentence i of d (checker.Length).
func sentenceLength(d *checker.Doc, i int) int { return checker.Length(d.Slice(d.Sentences[i].Span)) }

func abs64(x float64) float64 {
	if x < 0 {
		return -x
	}
	return x
}

// wordsIn counts the word-like tokens of a sentence.
func wordsIn(d *checker.Doc, s checker.Sentence) int {
	n := 0
	for i := s.First; i < s.End; i++ {
		if d.Tokens[i].IsWordLike() {
			n++
		}
	}
	return n
}

// lengthMessage says how long the translation is for its original.
func lengthMessage(tl, sl int, short bool) string {
	ratio := germanDecimal(float64(tl)/float64(sl), 2)
	expected := germanDecimal(checker.DefaultAlign.Ratio, 2)
	what := "vielleicht fehlt etwas"
	if !short {
		what = "vielleicht ist etwas hinzugefügt"
	}
	return fmt.Sprintf("Übersetzung %s× so lang wie das Original (üblich sind etwa %s×): %s.", ratio, expected, what)
}

// germanDecimal formats v with digits decimals and a decimal comma.
func germanDecimal(v float64, digits int) string {
	return strings.Replace(fmt.Sprintf("%.*f", digits, v), ".", ",", 1)
}

// excerpt shortens a sentence for a message: its first twelve words.
func excerpt(s string) string {
	words := strings.Fields(s)
	if len(words) <= 12 {
		return s
	}
	return strings.Join(words[:12], " ") + " …"
}
