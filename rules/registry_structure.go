package rules

import "github.com/mtcheck/mtcheck/checker"

// structureRules returns the sentence-structure family (capitals, fragments,
// truncation, commas) in registry order.
func structureRules() []checker.Rule {
	return []checker.Rule{
		midsentenceCapital,
		sentenceFragment,
		truncatedParagraph,
		commaBeforeSubclause,
	}
}
