package rules

import (
	"bytes"
	"encoding/gob"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/jdkato/prose/v2"
)

// proseTagDictionary is the asset of prose's English part-of-speech tagger
// that maps frequent, unambiguous words (of the Wall Street Journal corpus) to
// their Penn Treebank tags; the tagger uses it before it predicts a tag.
const proseTagDictionary = "model/AveragedPerceptron/tags.gob"

// englishDictionary returns the lower-case words of prose's tag dictionary
// with their tags, about 1,000 frequent English words ("according", "victims",
// "officials"). It is decoded on first use, once per process (under a
// millisecond), so documents without candidate English runs never load it.
// A failure to decode leaves the dictionary empty: the rule then relies on its
// own word lists alone.
//
// The tagger itself is not used: loading its weights takes 0.2–0.3 s, and on
// German words its tags are noise (on the lower-case words of a German
// treebank it answers NN for 58 %, JJ for 15 %, IN, VBP, NNP, VBZ and VBD for
// 3–4 % each), so it cannot tell German from English; its dictionary can.
var englishDictionary = sync.OnceValue(loadEnglishDictionary)

// loadEnglishDictionary decodes the lower-case words of prose's tag dictionary.
func loadEnglishDictionary() map[string]string {
	raw, err := prose.Asset(proseTagDictionary)
	if err != nil {
		return map[string]string{}
	}
	var tags map[string]string
	if err := gob.NewDecoder(bytes.NewReader(raw)).Decode(&tags); err != nil {
		return map[string]string{}
	}
	lower := make(map[string]string, len(tags))
	for w, tag := range tags {
		if r, _ := utf8.DecodeRuneInString(w); unicode.IsLower(r) && !strings.ContainsAny(w, "'-.") {
			lower[w] = tag
		}
	}
	return lower
}

// isEnglishDictionaryWord reports whether the lower-case word w is in prose's
// English tag dictionary as a content word (noun, verb, adjective or adverb).
func isEnglishDictionaryWord(w string) bool {
	tag, ok := englishDictionary()[w]
	if !ok {
		return false
	}
	switch {
	case strings.HasPrefix(tag, "NN"), strings.HasPrefix(tag, "VB"), strings.HasPrefix(tag, "JJ"),
		strings.HasPrefix(tag, "RB"), tag == "CD":
		return true
	}
	return false
}
