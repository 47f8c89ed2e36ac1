package pack

import (
	"regexp/syntax"
	"strings"
	"unicode"
	"unicode/utf8"
)

// maxAffixes bounds how many literal prefixes or suffixes a regular expression
// is filed under in the index.
const maxAffixes = 32

// maxClassRunes is the largest character class expanded into literal affixes.
const maxClassRunes = 8

// affixes returns the lower-cased literal texts that every match of re starts
// with (suffix false) or ends with (suffix true), all of the same length of
// 1 to affixKeyRunes characters, when they are few and easily known.
func affixes(re *syntax.Regexp, suffix bool) ([]string, bool) {
	a := affixOf(re.Simplify(), suffix, affixKeyRunes)
	if !a.ok || a.runes == 0 {
		return nil, false
	}
	seen := map[string]bool{}
	var out []string
	for _, s := range a.texts {
		if s = strings.ToLower(s); !seen[s] {
			seen[s] = true
			out = append(out, s)
		}
	}
	return out, true
}

// affix is what is known of the start (or end) of the texts a node matches:
// every text starts (ends) with one of texts, each runes characters long;
// complete means the texts are the node's whole matches.
type affix struct {
	texts    []string
	runes    int
	complete bool
	ok       bool
}

var noAffix = affix{}

func affixOf(re *syntax.Regexp, suffix bool, limit int) affix {
	switch re.Op {
	case syntax.OpEmptyMatch, syntax.OpBeginLine, syntax.OpEndLine, syntax.OpBeginText, syntax.OpEndText,
		syntax.OpWordBoundary, syntax.OpNoWordBoundary:
		return affix{texts: []string{""}, complete: true, ok: true}
	case syntax.OpLiteral:
		return literalAffix(re.Rune, re.Flags&syntax.FoldCase != 0, suffix, limit)
	case syntax.OpCharClass:
		var texts []string
		for i := 0; i+1 < len(re.Rune); i += 2 {
			for r := re.Rune[i]; r <= re.Rune[i+1]; r++ {
				if len(texts) == maxClassRunes {
					return noAffix
				}
				texts = append(texts, string(r))
			}
		}
		return affix{texts: texts, runes: 1, complete: true, ok: len(texts) > 0 && limit > 0}
	case syntax.OpCapture:
		return affixOf(re.Sub[0], suffix, limit)
	case syntax.OpAlternate:
		return alternateAffix(re.Sub, suffix, limit)
	case syntax.OpConcat:
		return concatAffix(re.Sub, suffix, limit)
	}
	return noAffix
}

// literalAffix returns the first (last) limit characters of a literal, in
// every case variant when fold is set.
func literalAffix(runes []rune, fold, suffix bool, limit int) affix {
	complete := len(runes) <= limit
	if !complete {
		if suffix {
			runes = runes[len(runes)-limit:]
		} else {
			runes = runes[:limit]
		}
	}
	texts := []string{""}
	for _, r := range runes {
		variants := []rune{r}
		if fold {
			for f := unicode.SimpleFold(r); f != r; f = unicode.SimpleFold(f) {
				variants = append(variants, f)
			}
		}
		var next []string
		for _, t := range texts {
			for _, v := range variants {
				next = append(next, t+string(v))
			}
		}
		if texts = next; len(texts) > maxAffixes {
			return noAffix
		}
	}
	return affix{texts: texts, runes: len(runes), complete: complete, ok: limit > 0}
}

// alternateAffix cuts the affixes of all branches to the shortest among them.
func alternateAffix(subs []*syntax.Regexp, suffix bool, limit int) affix {
	out := affix{runes: limit, complete: true, ok: true}
	var all []affix
	for _, sub := range subs {
		a := affixOf(sub, suffix, limit)
		if !a.ok {
			return noAffix
		}
		all = append(all, a)
		out.runes = min(out.runes, a.runes)
	}
	for _, a := range all {
		out.complete = out.complete && a.complete && a.runes == out.runes
		for _, t := range a.texts {
			out.texts = append(out.texts, cut(t, out.runes, suffix))
		}
	}
	if len(out.texts) > maxAffixes {
		return noAffix
	}
	return out
}

// concatAffix joins the affixes of a concatenation from its start (or end)
// until limit characters are known or a part is not fully known.
func concatAffix(subs []*syntax.Regexp, suffix bool, limit int) affix {
	out := affix{texts: []string{""}, complete: true, ok: true}
	for k := range subs {
		sub := subs[k]
		if suffix {
			sub = subs[len(subs)-1-k]
		}
		if out.runes == limit {
			out.complete = false
			break
		}
		a := affixOf(sub, suffix, limit-out.runes)
		if !a.ok {
			out.complete = false
			break
		}
		var texts []string
		for _, t := range out.texts {
			for _, u := range a.texts {
				if suffix {
					texts = append(texts, u+t)
				} else {
					texts = append(texts, t+u)
				}
			}
		}
		if len(texts) > maxAffixes {
			out.complete = false
			break
		}
		out.texts, out.runes = texts, out.runes+a.runes
		if !a.complete {
			out.complete = false
			break
		}
	}
	out.ok = out.runes > 0 || out.complete
	return out
}

// cut returns the first (last) n characters of s.
func cut(s string, n int, suffix bool) string {
	if suffix {
		i := len(s)
		for k := 0; k < n && i > 0; k++ {
			_, size := utf8.DecodeLastRuneInString(s[:i])
			i -= size
		}
		return s[i:]
	}
	i := 0
	for k := 0; k < n && i < len(s); k++ {
		_, size := utf8.DecodeRuneInString(s[i:])
		i += size
	}
	return s[:i]
}
