package rules

import "github.com/mtcheck/mtcheck/checker"

// grammarRules returns the German-grammar family in registry order: errors
// machine translation from English makes in German (compounds written apart,
// casing, commas, das and dass, repetitions, direct speech, numbers and units,
// spacing).
func grammarRules() []checker.Rule {
	return []checker.Rule{
		compoundApart,
		nominalisationCasing,
		lowercaseNoun,
		capitalisedWord,
		relativeClauseComma,
		weekdayDateComma,
		dasDass,
		repeatedWord,
		directSpeechPunctuation,
		numberFormat,
		numberUnitSpace,
		spacing,
	}
}
