package pack

import (
	"regexp/syntax"
	"strings"
	"unicode"
	"unicode/utf8"
)

// tokenClass sorts tokens by their first character, so that patterns whose
// first token is not a literal word need only be tried on tokens that can match.
type tokenClass uint8

const (
	classDigit tokenClass = iota
	classUpper
	classLower // lower-case and other letters
	classOther // punctuation, symbols, anything else
	numClasses
)

// classSet is a set of token classes.
type classSet uint8

const allClasses classSet = 1<<numClasses - 1

func classOf(r rune) tokenClass {
	switch {
	case unicode.IsDigit(r):
		return classDigit
	case unicode.IsUpper(r):
		return classUpper
	case unicode.IsLetter(r):
		return classLower
	}
	return classOther
}

// affixKeyRunes is how many leading (trailing) characters of a wildcard's
// literal prefix (suffix) are used as its index key.
const affixKeyRunes = 3

// index maps the first token of a document position to the patterns that may
// start there. Keys are lower-cased. A pattern is filed under every test its first
// token may have to pass (see pattern.firstTests), so a pattern missing from the
// candidates of a token cannot match there.
type index struct {
	exact   map[string][]int32                    // whole word
	prefix  [affixKeyRunes + 1]map[string][]int32 // first n characters, for "mach*"
	suffix  [affixKeyRunes + 1]map[string][]int32 // last n characters, for "*-inhalte"
	byClass [numClasses][]int32                   // regular expressions, <kinds>, "*"
}

func newIndex() *index {
	ix := &index{exact: map[string][]int32{}}
	for n := 1; n <= affixKeyRunes; n++ {
		ix.prefix[n] = map[string][]int32{}
		ix.suffix[n] = map[string][]int32{}
	}
	return ix
}

// add files pattern number id: under the words or the regular expression of
// key, its key token's test (pattern.keyToken), or, when it has none, under
// every test its first token may have to pass (pattern.firstTests).
func (ix *index) add(id int32, key *tokenTest, p *pattern) {
	switch {
	case key != nil && key.re != nil:
		ix.addRegexp(id, key.re.String())
		return
	case key != nil:
		for _, g := range key.alts {
			ix.addGlob(id, g)
		}
		return
	}
	for _, t := range p.firstTests() {
		switch {
		case t.re != nil:
			ix.addRegexp(id, t.re.String())
		case len(t.preds) > 0:
			var cs classSet
			for _, pr := range t.preds {
				cs |= predClasses(pr)
			}
			ix.addClasses(id, cs)
		default:
			for _, g := range t.alts {
				ix.addGlob(id, g)
			}
		}
	}
}

func (ix *index) addGlob(id int32, g glob) {
	lower := make(glob, len(g))
	for i, part := range g {
		lower[i] = strings.ToLower(part)
	}
	first, last := lower[0], lower[len(lower)-1]
	switch {
	case len(lower) == 1:
		ix.exact[first] = appendOnce(ix.exact[first], id)
	case first != "":
		size, n := firstRunes([]byte(first), affixKeyRunes)
		key := first[:size]
		ix.prefix[n][key] = appendOnce(ix.prefix[n][key], id)
	case last != "":
		size, n := lastRunes([]byte(last), affixKeyRunes)
		key := last[len(last)-size:]
		ix.suffix[n][key] = appendOnce(ix.suffix[n][key], id)
	default:
		ix.addClasses(id, allClasses)
	}
}

// addRegexp files a regular expression under the classes of its first
// character when those are digits or symbols (few tokens), else under its
// literal prefixes or suffixes of two or more characters when it has them,
// else under its classes.
func (ix *index) addRegexp(id int32, expr string) {
	re, err := syntax.Parse(expr, syntax.Perl)
	if err != nil {
		ix.addClasses(id, allClasses)
		return
	}
	cs, _ := firstClasses(re.Simplify())
	if cs&^(1<<classDigit|1<<classOther) == 0 {
		ix.addClasses(id, cs)
		return
	}
	for _, suffix := range []bool{false, true} {
		keys, ok := affixes(re, suffix)
		if !ok || utf8.RuneCountInString(keys[0]) < 2 {
			continue
		}
		maps := &ix.prefix
		if suffix {
			maps = &ix.suffix
		}
		n := utf8.RuneCountInString(keys[0])
		for _, k := range keys {
			maps[n][k] = appendOnce(maps[n][k], id)
		}
		return
	}
	ix.addClasses(id, cs)
}

func (ix *index) addClasses(id int32, cs classSet) {
	for c := tokenClass(0); c < numClasses; c++ {
		if cs&(1<<c) != 0 {
			ix.byClass[c] = appendOnce(ix.byClass[c], id)
		}
	}
}

func appendOnce(ids []int32, id int32) []int32 {
	if n := len(ids); n > 0 && ids[n-1] == id {
		return ids
	}
	return append(ids, id)
}

// lookup appends to dst the patterns that may start at a token whose text,
// lower-cased, is lower and whose first character is first. The result may
// hold a pattern more than once.
func (ix *index) lookup(dst []int32, lower string, first rune) []int32 {
	dst = append(dst, ix.exact[lower]...)
	// i and j end the first and start the last n characters.
	for n, i, j := 1, 0, len(lower); n <= affixKeyRunes && i < len(lower); n++ {
		_, size := utf8.DecodeRuneInString(lower[i:])
		i += size
		_, size = utf8.DecodeLastRuneInString(lower[:j])
		j -= size
		if len(ix.prefix[n]) > 0 {
			dst = append(dst, ix.prefix[n][lower[:i]]...)
		}
		if len(ix.suffix[n]) > 0 {
			dst = append(dst, ix.suffix[n][lower[j:]]...)
		}
	}
	return append(dst, ix.byClass[classOf(first)]...)
}

// firstRunes returns the length in bytes of the first n characters of b (fewer
// when b is shorter) and how many characters that is.
func firstRunes(b []byte, n int) (int, int) {
	i, k := 0, 0
	for ; i < len(b) && k < n; k++ {
		_, size := utf8.DecodeRune(b[i:])
		i += size
	}
	return i, k
}

// lastRunes returns the length in bytes of the last n characters of b (fewer
// when b is shorter) and how many characters that is.
func lastRunes(b []byte, n int) (int, int) {
	i, k := len(b), 0
	for ; i > 0 && k < n; k++ {
		_, size := utf8.DecodeLastRune(b[:i])
		i -= size
	}
	return len(b) - i, k
}

// predClasses returns the classes of tokens a kind or shape test may accept.
func predClasses(p pred) classSet {
	switch p {
	case predNumber:
		return 1<<classDigit | 1<<classOther
	case predPunct, predSymbol:
		return 1 << classOther
	case predCap:
		return 1 << classUpper
	}
	return allClasses
}

// maxClassScan bounds the characters firstClasses inspects one by one.
const maxClassScan = 1 << 16

// firstClasses returns the classes of the first character re can match, and
// whether re can also match the empty string (so that what follows it counts too).
func firstClasses(re *syntax.Regexp) (classSet, bool) {
	switch re.Op {
	case syntax.OpEmptyMatch, syntax.OpBeginLine, syntax.OpEndLine, syntax.OpBeginText, syntax.OpEndText,
		syntax.OpWordBoundary, syntax.OpNoWordBoundary:
		return 0, true
	case syntax.OpLiteral:
		if len(re.Rune) == 0 {
			return 0, true
		}
		return runeClasses(re.Rune[0], re.Flags&syntax.FoldCase != 0), false
	case syntax.OpCharClass:
		return rangeClasses(re.Rune), false
	case syntax.OpCapture, syntax.OpPlus:
		return firstClasses(re.Sub[0])
	case syntax.OpStar, syntax.OpQuest:
		cs, _ := firstClasses(re.Sub[0])
		return cs, true
	case syntax.OpRepeat:
		cs, empty := firstClasses(re.Sub[0])
		return cs, empty || re.Min == 0
	case syntax.OpConcat:
		var cs classSet
		for _, sub := range re.Sub {
			c, empty := firstClasses(sub)
			cs |= c
			if !empty {
				return cs, false
			}
		}
		return cs, true
	case syntax.OpAlternate:
		var cs classSet
		anyEmpty := false
		for _, sub := range re.Sub {
			c, empty := firstClasses(sub)
			cs |= c
			anyEmpty = anyEmpty || empty
		}
		return cs, anyEmpty
	}
	return allClasses, true
}

func runeClasses(r rune, fold bool) classSet {
	cs := classSet(1) << classOf(r)
	if fold {
		for f := unicode.SimpleFold(r); f != r; f = unicode.SimpleFold(f) {
			cs |= 1 << classOf(f)
		}
	}
	return cs
}

// rangeClasses returns the classes of the characters in a character class given
// as lo-hi pairs; all classes when the class is too large to inspect.
func rangeClasses(ranges []rune) classSet {
	total := 0
	for i := 0; i+1 < len(ranges); i += 2 {
		total += int(ranges[i+1]-ranges[i]) + 1
	}
	if total > maxClassScan {
		return allClasses
	}
	var cs classSet
	for i := 0; i+1 < len(ranges); i += 2 {
		for r := ranges[i]; r <= ranges[i+1]; r++ {
			cs |= 1 << classOf(r)
			if cs == allClasses {
				return cs
			}
		}
	}
	return cs
}
