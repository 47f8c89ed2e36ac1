// Package corpus loads annotated evaluation texts and computes how well the
// checker does on them.
//
// Four formats load into one in-memory form, Document:
//
//   - inline: a German .txt file with {{…}} and {{…|rule-id}} marks (see ParseInline);
//   - stand-off: X.txt with X.annotations.tsv beside it (see ParseStandOff);
//   - MQM: JSON lines, optionally gzip-compressed, one translated segment per line (see ReadMQM);
//   - native: plain German text without annotations (see NewNative).
//
// Evaluate runs an engine over files of any of these formats, and Compute (or a
// Tally, for streams) turns documents and their check results into Figures.
package corpus

import (
	"fmt"
	"strings"

	"github.com/mtcheck/mtcheck/checker"
)

// Kind says how a document is annotated and so which figures it feeds.
type Kind uint8

// Document kinds.
const (
	// Annotated documents carry expectations: found, missed, false alarms.
	Annotated Kind = iota + 1
	// Native documents were written in German: every finding is a false alarm.
	Native
	// MQM documents are translated segments with expert-marked error spans.
	MQM
)

var kindNames = [...]string{Annotated: "annotated", Native: "native", MQM: "mqm"}

func (k Kind) String() string {
	if int(k) < len(kindNames) && kindNames[k] != "" {
		return kindNames[k]
	}
	return "invalid"
}

// MarshalText implements encoding.TextMarshaler.
func (k Kind) MarshalText() ([]byte, error) { return []byte(k.String()), nil }

// Level says how strongly an expectation asks to be flagged.
type Level uint8

// Expectation levels.
const (
	// Must: a finding must cover the span; an uncovered one is missed.
	Must Level = iota + 1
	// Should: a strong checker covers the span; an uncovered one is a gap, not a miss.
	Should
	// CleanIsh: debatable text; findings on it count neither way.
	CleanIsh
)

var levelNames = [...]string{Must: "must", Should: "should", CleanIsh: "clean-ish"}

func (l Level) String() string {
	if int(l) < len(levelNames) && levelNames[l] != "" {
		return levelNames[l]
	}
	return "invalid"
}

// MarshalText implements encoding.TextMarshaler.
func (l Level) MarshalText() ([]byte, error) { return []byte(l.String()), nil }

// ParseLevel parses "must", "should" or "clean-ish".
func ParseLevel(s string) (Level, error) {
	for l, name := range levelNames {
		if name != "" && name == s {
			return Level(l), nil
		}
	}
	return 0, fmt.Errorf("unknown level %q (want must, should or clean-ish)", s)
}

// Expectation is one annotated span of a document.
type Expectation struct {
	checker.Span
	// ID names the annotation: the TSV id, or "M1", "M2", … for inline marks in file order.
	ID string `json:"id"`
	// Rule is the ID of the rule expected to flag the span; empty means any rule.
	Rule  string `json:"rule,omitempty"`
	Level Level  `json:"level"`
	// Category is the MQM-style family/kind of the artifact, when the annotation names one.
	Category string `json:"category,omitempty"`
	// Note explains the artifact, when the annotation has one.
	Note string `json:"note,omitempty"`
	// Line is the line of the annotation: in the TSV file for stand-off, in the text for inline marks.
	Line int `json:"line"`
}

// Origin says who translated an MQM segment.
type Origin string

// MQM origins.
const (
	OriginMT    Origin = "mt"
	OriginHuman Origin = "human"
)

// MQMInfo is what an MQM record says about its segment besides the text.
type MQMInfo struct {
	Dataset string `json:"dataset"`
	System  string `json:"system"`
	Origin  Origin `json:"origin"`
	// Doc is the source document; its segments are ordered by SegIndex.
	Doc      string `json:"doc"`
	SegIndex int    `json:"doc_seg_index"`
	SegID    int    `json:"seg_id"`
	// Score is the MQM score averaged over raters; higher is worse.
	Score float64 `json:"mqm_score"`
	// Errors are the expert-marked error spans, byte offsets into the document text.
	Errors []checker.Span `json:"errors"`
	// Categories are the MQM categories of Errors, one per error
	// ("accuracy/mistranslation", "fluency/punctuation", …).
	Categories []string `json:"error_categories,omitempty"`
}

// IsAccuracy reports whether the MQM category of an error is an accuracy
// error (mistranslation, omission, addition, untranslated text) or a
// non-translation: the errors only a comparison with the source can see.
func IsAccuracy(category string) bool {
	c := strings.ToLower(category)
	return strings.HasPrefix(c, "accuracy") || strings.HasPrefix(c, "non-translation")
}

// Document is one text to check together with what is known about it.
type Document struct {
	// ID identifies the document in reports: the path for files, path#system/doc/segment for MQM.
	ID string `json:"id"`
	// Path is the file the document was read from.
	Path string `json:"path"`
	Kind Kind   `json:"kind"`
	// Text is what the checker sees; all spans are byte offsets into it.
	Text string `json:"-"`
	// Source is the English original of an MQM segment, when the record has
	// one; Evaluate checks the segment against it with Options.WithSource.
	Source string `json:"-"`
	// Expected are the annotations of an Annotated document, ordered by start.
	Expected []Expectation `json:"expected,omitempty"`
	// MQM is set for MQM documents.
	MQM *MQMInfo `json:"mqm,omitempty"`
	// Line is the line of Path on which Text starts: 1 for text files, the record's line for JSON lines.
	Line int `json:"line"`

	// source is the file text with inline marks, when it differs from Text.
	source string
	// marks are the inline marks stripped from source, used to map offsets back.
	marks []checker.Mark
}
