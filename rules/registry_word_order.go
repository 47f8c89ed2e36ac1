package rules

import "github.com/mtcheck/mtcheck/checker"

// wordOrderRules returns the word-order family in registry order. The rules
// share one clause analysis per document (package clause).
func wordOrderRules() []checker.Rule {
	return []checker.Rule{
		verbSecond,
		verbFinal,
		infinitivePosition,
		extraposedObject,
	}
}
