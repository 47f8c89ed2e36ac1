package rules

import "github.com/mtcheck/mtcheck/checker"

// lexicalRules returns the lexical family written in Go in registry order:
// rules that recognise words of the wrong language, or of the wrong variety
// of German (swiss-eszett, de-CH only). Their siblings written as data are
// the rule packs (packs/untranslated.yaml).
func lexicalRules() []checker.Rule {
	return []checker.Rule{
		untranslatedEnglish,
		englishParagraph,
		swissEszett,
	}
}
