package lexicon

import (
	"strings"
	"unicode/utf8"
)

// verbSpec is one entry of a verb list (data/verbs_*.txt), e.g.
// "hinzu|fügen", "über+nehmen", "an|erkennen", "!bellen", "~begleiten",
// "prophezeien=prophezeit".
type verbSpec struct {
	lemma string // the infinitive without marks: "anerkennen"
	sep   string // separable prefix: "an"
	stem  string // the rest with its "+" marks: "erkennen", "über+nehmen"
	// noAuto switches off the automatic detection of inseparable prefixes
	// for simple verbs that only look prefixed (bellen, beugen).
	noAuto bool
	// weak forces weak conjugation where the base looks like a strong verb
	// but is not one (begleiten is not be + gleiten).
	weak bool
	part string // participle override, "" for the generated one
}

// parseVerbSpec parses the notation described in the package documentation.
func parseVerbSpec(s string) (verbSpec, bool) {
	var v verbSpec
	for len(s) > 0 && (s[0] == '!' || s[0] == '~') {
		if s[0] == '!' {
			v.noAuto = true
		} else {
			v.weak = true
		}
		s = s[1:]
	}
	if spec, part, ok := strings.Cut(s, "="); ok {
		if part == "" {
			return v, false
		}
		v.part, s = part, spec
	}
	if strings.Count(s, "|") > 1 {
		return v, false
	}
	if sep, stem, ok := strings.Cut(s, "|"); ok {
		v.sep, s = sep, stem
		if sep == "" {
			return v, false
		}
	}
	v.stem = s
	v.lemma = v.sep + strings.ReplaceAll(s, "+", "")
	if !strings.HasSuffix(v.lemma, "n") || strings.Contains(s, "++") || strings.HasPrefix(s, "+") ||
		strings.HasSuffix(s, "+") || hasUpper(v.lemma) {
		return v, false
	}
	return v, true
}

// autoPrefixes are the always-inseparable prefixes recognised without a "+"
// mark, longest first where one is the start of another.
var autoPrefixes = []string{"miss", "emp", "ent", "ver", "zer", "be", "ge", "er"}

// validOnsets are the consonant clusters a German verb stem can start with;
// a remainder starting with two consonants outside this list (ernten →
// "nten") shows that the word is not prefixed.
var validOnsets = []string{
	"bl", "br", "ch", "dr", "fl", "fr", "gl", "gn", "gr", "kl", "kn", "kr", "pf", "ph", "pl", "pr",
	"qu", "sch", "sk", "sl", "sm", "sn", "sp", "st", "sz", "th", "tr", "ts", "wr", "zw",
}

// splitAutoPrefix finds an inseparable prefix at the start of a simple verb:
// the rest must have at least four letters and start like a verb stem.
func splitAutoPrefix(stem string) (prefix, rest string, ok bool) {
	for _, p := range autoPrefixes {
		rest, ok := strings.CutPrefix(stem, p)
		if !ok || utf8.RuneCountInString(rest) < 4 || !plausibleOnset(rest) {
			continue
		}
		return p, rest, true
	}
	return "", "", false
}

// plausibleOnset reports whether s starts like a verb stem: with a vowel, a
// single consonant or a valid cluster, never with a doubled letter.
func plausibleOnset(s string) bool {
	if len(s) < 2 || s[0] == s[1] {
		return false
	}
	if isVowelByte(s[0]) || s[0] >= utf8.RuneSelf || isVowelByte(s[1]) || s[1] >= utf8.RuneSelf {
		return true
	}
	for _, o := range validOnsets {
		if strings.HasPrefix(s, o) {
			return true
		}
	}
	return false
}
