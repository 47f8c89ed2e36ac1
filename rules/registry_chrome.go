package rules

import "github.com/mtcheck/mtcheck/checker"

// chromeRules returns the page-chrome family in registry order: leftovers of
// the scraped page found by their shape and position (buttons, counters,
// credit lines, timestamps, embed and consent boxes, newsletter and
// advertisement boxes, tag lists), whatever the outlet's wording. They share
// one analysis per document (chrome_page.go).
func chromeRules() []checker.Rule {
	return []checker.Rule{
		chromeEmbedBox,
		chromePromoBox,
		chromeCommentPrompt,
		chromeAdLabel,
		chromeCreditLine,
		chromePhotoCredit,
		chromeTimestamp,
		chromeButton,
		chromeLinkList,
	}
}
