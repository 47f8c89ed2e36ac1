// Package rules holds mtcheck's rules and their data. All returns the registry
// in the fixed order the engine runs them.
package rules

import "github.com/mtcheck/mtcheck/checker"

// All returns every rule, in registry order: the rules written in Go (first the
// core rules, then the word-order and the sentence-structure families), then the
// rules of the built-in packs (packs.go). The slice is new on every call.
func All() []checker.Rule {
	all := []checker.Rule{
		duplicateReportingVerb,
		englishDate,
		englishHonorific,
		duplicateParagraph,
		gluedWords,
	}
	all = append(all, wordOrderRules()...)
	all = append(all, structureRules()...)
	return append(all, packRules()...)
}
