package config

import (
	"strconv"

	"github.com/mtcheck/mtcheck/checker"
)

// Threshold is an optional score threshold: the score (0-100) a document
// needs to pass. It is the one form of a threshold from the command line
// (--fail-under) through a configuration file and its overrides to the
// engine. The zero value is not set: the configuration's threshold applies,
// or else checker.DefaultThreshold.
type Threshold struct {
	Score float64
	Set   bool
}

// ThresholdOf returns a threshold that is set to score.
func ThresholdOf(score float64) Threshold { return Threshold{Score: score, Set: true} }

// Valid reports whether t is not set or a score from 0 to 100 (NaN is not).
func (t Threshold) Valid() bool {
	return !t.Set || t.Score >= 0 && t.Score <= 100 // NaN compares false
}

// String returns the score, or that of checker.DefaultThreshold when t is not set.
func (t Threshold) String() string {
	if !t.Set {
		t.Score = checker.DefaultThreshold
	}
	return strconv.FormatFloat(t.Score, 'g', -1, 64)
}

// apply sets the threshold of cfg to t when t is set. It is the only place
// that knows how checker.Config encodes a threshold: there 0 means
// checker.DefaultThreshold, so a threshold of 0 (every score passes) is
// given as -1, which every score passes as well.
func (t Threshold) apply(cfg *checker.Config) {
	switch {
	case !t.Set:
	case t.Score == 0:
		cfg.Threshold = -1
	default:
		cfg.Threshold = t.Score
	}
}
