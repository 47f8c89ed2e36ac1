package rules

import "github.com/mtcheck/mtcheck/checker"

// wordOrderRules returns the word-order family in registry order.
func wordOrderRules() []checker.Rule {
	return nil
}
