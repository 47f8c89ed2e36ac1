package rules

import (
	"encoding/json"
	"sync"

	"gopkg.in/neurosnap/sentences.v1/data"
)

// englishCasingAsset is the English model of the Punkt sentence splitter
// that prose uses (gopkg.in/neurosnap/sentences.v1): for about 20,000 word
// types of English news text it records in which case they were seen at the
// start of a sentence and inside one (its "orthographic context").
const englishCasingAsset = "data/english.json"

// Flags of the orthographic context (Punkt's ORTHO_* constants).
const (
	casingMidUpper = 1 << 2 // seen capitalised inside a sentence
	casingMidLower = 1 << 5 // seen in lower case inside a sentence
)

// englishCasing returns the orthographic context of the Punkt model, word
// (in lower case) to flags. It is decoded on first use, once per process (a
// few milliseconds), and only the source-aware rules use it, so a check
// without an original never loads it. A failure to decode leaves it empty:
// every capitalised word is then taken for a name, as before.
var englishCasing = sync.OnceValue(func() map[string]int {
	raw, err := data.Asset(englishCasingAsset)
	if err != nil {
		return map[string]int{}
	}
	var model struct {
		OrthoContext map[string]int
	}
	if err := json.Unmarshal(raw, &model); err != nil {
		return map[string]int{}
	}
	return model.OrthoContext
})

// isCommonEnglishWord reports whether the lower-case word w is an ordinary
// English word: one that English news text writes in lower case inside a
// sentence ("dog", "category", "climate"). Such a word capitalised in an
// original is a common noun set in capitals (a headline, a word stressed) or
// part of the name of a thing that German translates ("Northern Lights",
// "Common Good"), not a name that must reappear in the translation.
func isCommonEnglishWord(w string) bool {
	return englishCasing()[w]&casingMidLower != 0
}
