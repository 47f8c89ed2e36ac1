// Package rules holds mtcheck's rules and their data. All returns the registry
// in the fixed order the engine runs them.
package rules

import "github.com/mtcheck/mtcheck/checker"

// All returns every rule, in registry order. The slice is new on every call.
func All() []checker.Rule {
	return []checker.Rule{
		duplicateReportingVerb,
		englishDate,
		englishHonorific,
		duplicateParagraph,
		gluedWords,
	}
}
