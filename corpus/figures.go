package corpus

import "math"

// Figures is the outcome of an evaluation; it marshals to JSON. Ratios and
// correlations are null when undefined (nothing to divide by, a constant series).
type Figures struct {
	// Threshold is the score a paragraph needs to pass.
	Threshold float64 `json:"threshold"`
	// Only is the rule the evaluation was restricted to, if any.
	Only      string            `json:"only_rule,omitempty"`
	Annotated *AnnotatedFigures `json:"annotated,omitempty"`
	Native    *NativeFigures    `json:"native,omitempty"`
	// MQM has one entry per MQM dataset, in the order first seen.
	MQM []MQMFigures `json:"mqm,omitempty"`
	// Cases lists missed expectations, gaps, pending marks and false alarms,
	// in input order and by offset within a document.
	Cases []Case `json:"cases,omitempty"`
}

// AnnotatedFigures are the figures of documents with expectations.
type AnnotatedFigures struct {
	Documents int `json:"documents"`
	// Total counts every expectation and finding once.
	Total Counts `json:"total"`
	// Rules has a row per rule that ran, in registry order. Rows need not sum
	// to Total: an unnamed expectation is credited to every rule that covers it.
	Rules []RuleCounts `json:"rules"`
	// Pending counts expectations naming rules that do not exist yet.
	Pending []Pending `json:"pending,omitempty"`
	// OutOfScope counts expectations left out because the rule they name
	// exists but did not run, or, in a run restricted to one rule, because they
	// belong to another rule or category.
	OutOfScope int `json:"out_of_scope"`
}

// Counts are the found / missed / false-alarm figures of annotated text.
type Counts struct {
	// Found and Missed count must expectations covered and not covered.
	Found  int `json:"found"`
	Missed int `json:"missed"`
	// ShouldFound and Gaps count should expectations covered and not covered.
	ShouldFound int `json:"should_found"`
	Gaps        int `json:"gaps"`
	// Hits are findings covering a must or should expectation.
	Hits int `json:"hits"`
	// FalseAlarms are findings covering nothing expected and no neutral span.
	FalseAlarms int `json:"false_alarms"`
	// Neutral are findings on clean-ish, pending or out-of-scope spans only.
	Neutral int `json:"neutral"`
	// Precision is Hits / (Hits + FalseAlarms).
	Precision *float64 `json:"precision"`
	// Recall is Found / (Found + Missed).
	Recall *float64 `json:"recall"`
}

// RuleCounts are the Counts of one rule.
type RuleCounts struct {
	Rule string `json:"rule"`
	Counts
}

// Pending counts the expectations that name a rule that does not exist yet.
type Pending struct {
	Rule         string `json:"rule"`
	Expectations int    `json:"expectations"`
}

// NativeFigures are the figures of text written in German, where every finding is a false alarm.
type NativeFigures struct {
	Documents  int `json:"documents"`
	Words      int `json:"words"`
	Paragraphs int `json:"paragraphs"`
	// ParagraphsBelow counts paragraphs scored below the threshold.
	ParagraphsBelow int      `json:"paragraphs_below_threshold"`
	BelowShare      *float64 `json:"share_below_threshold"`
	Findings        int      `json:"findings"`
	// Per1000 is findings per 1,000 words.
	Per1000 float64      `json:"findings_per_1000_words"`
	Rules   []NativeRule `json:"rules"`
}

// NativeRule is one rule's false-alarm rate on native text.
type NativeRule struct {
	Rule     string  `json:"rule"`
	Findings int     `json:"findings"`
	Per1000  float64 `json:"findings_per_1000_words"`
}

// MQMFigures are the figures of one MQM dataset.
type MQMFigures struct {
	Dataset string `json:"dataset"`
	// Groups has one entry per origin present: machine translation first, then human.
	Groups []MQMGroup `json:"groups"`
	// WithSource has the same groups checked against their English source
	// (Options.WithSource), each with the findings only that check makes
	// (MQMGroup.SourceOnly); empty without the option.
	WithSource []MQMGroup `json:"with_source,omitempty"`
}

// MQMGroup are the MQM figures of the segments of one origin.
type MQMGroup struct {
	Origin   Origin `json:"origin"`
	Systems  int    `json:"systems"`
	Segments int    `json:"segments"`
	Words    int    `json:"words"`
	Findings int    `json:"findings"`
	// OnErrorSpans counts findings intersecting an expert-marked error span.
	OnErrorSpans int `json:"on_error_spans"`
	// SpanPrecision is OnErrorSpans / Findings.
	SpanPrecision *float64 `json:"span_precision"`
	// OnAccuracySpans counts findings intersecting an expert-marked
	// accuracy error (IsAccuracy); AccuracyPrecision is its share.
	OnAccuracySpans   int       `json:"on_accuracy_spans"`
	AccuracyPrecision *float64  `json:"accuracy_precision"`
	Rules             []MQMRule `json:"rules"`
	// SourceOnly counts, in a check with the source, the findings that the
	// check of the same segments without it does not make.
	SourceOnly *SourceOnly `json:"source_only,omitempty"`
	// SegmentSpearmanScore correlates each segment's checker score with −MQM
	// score; a checker that agrees with the experts makes it positive.
	SegmentSpearmanScore *float64 `json:"segment_spearman_score"`
	// SegmentSpearmanPenalty correlates each segment's penalty per word with
	// −MQM score; a checker that agrees with the experts makes it negative.
	SegmentSpearmanPenalty *float64 `json:"segment_spearman_penalty_per_word"`
	// SegmentSpearmanNegPenalty correlates each segment's −penalty (the sum
	// of its findings' weights, as MQM sums its errors' weights, not divided
	// by the words) with −MQM score; positive is good.
	SegmentSpearmanNegPenalty *float64 `json:"segment_spearman_neg_penalty"`
	// SystemPearson and SystemKendall correlate the mean checker score per
	// system with the mean −MQM score per system.
	SystemPearson *float64 `json:"system_pearson"`
	SystemKendall *float64 `json:"system_kendall_tau_b"`
	// SystemTable lists the systems, best mean −MQM first.
	SystemTable []SystemRow `json:"system_table"`
}

// MQMRule is one rule's span precision on MQM segments.
type MQMRule struct {
	Rule              string   `json:"rule"`
	Findings          int      `json:"findings"`
	OnErrorSpans      int      `json:"on_error_spans"`
	SpanPrecision     *float64 `json:"span_precision"`
	OnAccuracySpans   int      `json:"on_accuracy_spans"`
	AccuracyPrecision *float64 `json:"accuracy_precision"`
}

// SourceOnly are the findings of a check with the source that the check
// without it does not make (same rule and span), and how many of them
// intersect an expert-marked error, or an accuracy error.
type SourceOnly struct {
	Findings          int      `json:"findings"`
	OnErrorSpans      int      `json:"on_error_spans"`
	OnAccuracySpans   int      `json:"on_accuracy_spans"`
	SpanPrecision     *float64 `json:"span_precision"`
	AccuracyPrecision *float64 `json:"accuracy_precision"`
}

// SystemRow is one translation system's means.
type SystemRow struct {
	System    string  `json:"system"`
	Segments  int     `json:"segments"`
	MeanScore float64 `json:"mean_score"`
	// MeanNegMQM is the mean of −MQM score; higher is better.
	MeanNegMQM float64 `json:"mean_neg_mqm"`
	Findings   int     `json:"findings"`
	// Per1000 is findings per 1,000 words.
	Per1000 float64 `json:"findings_per_1000_words"`
}

// ratio returns num/den rounded to four decimals, or nil when den is 0.
func ratio(num, den int) *float64 {
	if den == 0 {
		return nil
	}
	return round4(float64(num)/float64(den), true)
}

// round4 returns v rounded to four decimals, or nil when ok is false.
func round4(v float64, ok bool) *float64 {
	if !ok || math.IsNaN(v) {
		return nil
	}
	r := round(v, 4)
	return &r
}

// round rounds v to a number of decimal places.
func round(v float64, places int) float64 {
	p := math.Pow(10, float64(places))
	return math.Round(v*p) / p
}

// per1000 returns n per 1,000 words, rounded to two decimals.
func per1000(n, words int) float64 {
	if words == 0 {
		return 0
	}
	return round(1000*float64(n)/float64(words), 2)
}
