package lexicon

import "strings"

// adjectiveEndings are the endings of an attributive adjective ("der
// frühere Minister", "eines geplanten Baus"). They also make the inflected
// participles of the lexicon (gesagte, Beschäftigten).
var adjectiveEndings = []string{"e", "en", "er", "es", "em"}

// CutAdjectiveEnding returns w without the ending of an attributive
// adjective (-e, -en, -er, -es, -em) and reports whether w has one. It does
// not look w up: any word with such an ending qualifies, and callers set
// their own minimum length.
func CutAdjectiveEnding(w string) (stem string, ok bool) {
	for _, e := range adjectiveEndings {
		if s, ok := strings.CutSuffix(w, e); ok {
			return s, true
		}
	}
	return w, false
}
