// Package rules holds mtcheck's rules and their data. All returns the registry
// in the fixed order the engine runs them.
package rules

import "github.com/mtcheck/mtcheck/checker"

// Family is a named group of rules of the registry, for listings and benchmarks.
type Family struct {
	Name  string
	Rules func() []checker.Rule
}

// Families returns the rule families in registry order: the rules written in
// Go (core, word order, sentence structure, lexical, page chrome, grammar,
// source-aware), then the built-in packs.
func Families() []Family {
	return []Family{
		{"core", coreRules},
		{"word-order", wordOrderRules},
		{"structure", structureRules},
		{"lexical", lexicalRules},
		{"chrome", chromeRules},
		{"grammar", grammarRules},
		{"source", sourceRules},
		{"packs", packRules},
	}
}

// All returns every rule, in registry order. The slice is new on every call.
func All() []checker.Rule {
	var all []checker.Rule
	for _, f := range Families() {
		all = append(all, f.Rules()...)
	}
	return all
}

// coreRules are the first rules of the project, one per artifact of the seed article.
func coreRules() []checker.Rule {
	return []checker.Rule{
		duplicateReportingVerb,
		englishDate,
		englishHonorific,
		englishGenitiveApostrophe,
		currencyShorthand,
		twelveHourTime,
		duplicateParagraph,
		gluedWords,
	}
}
