package checker

import "math"

// DefaultThreshold is the score a document needs to pass.
const DefaultThreshold = 95

// The scoring formula, after MQM, in one place:
//
//	penalty = Σ weight(finding), weights minor 1, major 5, critical 25
//	score   = 100 × max(0, 1 − penalty / words), rounded to one decimal
//	penalty per 1,000 words = 1000 × penalty / words, rounded to one decimal
//
// A text without words scores 100 when it has no penalty and 0 otherwise.
// A document passes when its score is at least the threshold and it has no
// critical finding.

// Score returns the MQM-style score for a penalty over a number of words.
func Score(penalty, words int) float64 {
	if words <= 0 {
		if penalty == 0 {
			return 100
		}
		return 0
	}
	return round1(100 * math.Max(0, 1-float64(penalty)/float64(words)))
}

// PenaltyPer1000 returns the penalty per 1,000 words, rounded to one decimal.
func PenaltyPer1000(penalty, words int) float64 {
	if words <= 0 {
		return 0
	}
	return round1(1000 * float64(penalty) / float64(words))
}

func round1(v float64) float64 { return math.Round(v*10) / 10 }

// ParagraphScore is the score of one paragraph.
type ParagraphScore struct {
	Index int `json:"index"`
	Span
	Line     int     `json:"line"`
	Words    int     `json:"words"`
	Penalty  int     `json:"penalty"`
	Score    float64 `json:"score"`
	Headline bool    `json:"headline"`
	// DocSpan is the paragraph's span in the analysed text (Doc.Text).
	DocSpan Span `json:"-"`
}

// DocScore is the score of a whole document.
type DocScore struct {
	Score          float64 `json:"score"`
	Penalty        int     `json:"penalty"`
	PenaltyPer1000 float64 `json:"penalty_per_1000_words"`
	Words          int     `json:"words"`
	Passed         bool    `json:"passed"`
}

// scoreDoc computes paragraph and document scores from sorted findings.
func scoreDoc(d *Doc, findings []Finding, threshold float64) (DocScore, []ParagraphScore) {
	paras := make([]ParagraphScore, len(d.Paragraphs))
	for i, p := range d.Paragraphs {
		paras[i] = ParagraphScore{Index: i, Span: d.InputSpan(p.Span), Line: d.Position(p.Start).Line, Words: p.Words,
			Headline: p.Headline, DocSpan: p.Span}
	}
	total := DocScore{Words: d.Words()}
	critical := false
	for _, f := range findings {
		w := f.Severity.Weight()
		total.Penalty += w
		if f.Paragraph >= 0 && f.Paragraph < len(paras) {
			paras[f.Paragraph].Penalty += w
		}
		critical = critical || f.Severity == Critical
	}
	for i := range paras {
		paras[i].Score = Score(paras[i].Penalty, paras[i].Words)
	}
	total.Score = Score(total.Penalty, total.Words)
	total.PenaltyPer1000 = PenaltyPer1000(total.Penalty, total.Words)
	total.Passed = total.Score >= threshold && !critical
	return total, paras
}
