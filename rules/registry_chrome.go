package rules

import "github.com/mtcheck/mtcheck/checker"

// chromeRules returns the page-chrome family in registry order: leftovers of
// the scraped page found by their shape and position (buttons, counters,
// credit lines, timestamps, embed and consent boxes, newsletter and
// advertisement boxes, tag lists), whatever the outlet's wording.
func chromeRules() []checker.Rule {
	return []checker.Rule{}
}
