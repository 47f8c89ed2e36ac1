package rules

import "github.com/mtcheck/mtcheck/checker"

// sourceRules returns the source-aware family in registry order: rules that
// compare a translation with its English original (checker.Doc.Original)
// and run only for documents that have one (Rule.Bilingual). They share the
// alignment of the two per document (source_align.go).
func sourceRules() []checker.Rule {
	return []checker.Rule{
		sourceNumber,
		sourceName,
		sourceNegation,
		sourceOmission,
		sourceAddition,
		sourceUntranslated,
		sourceQuotes,
	}
}
