package clause

import (
	"slices"
	"strings"

	"github.com/mtcheck/mtcheck/checker"
	"github.com/mtcheck/mtcheck/rules/lexicon"
)

// This file answers word-level questions about single tokens for the
// rules: what a word can be as a verb, and whether a stretch holds verbs.

// Text returns the text of token i.
func (a *Analysis) Text(i int) string { return a.Doc.TokenText(i) }

// IsWord reports whether token i exists and is a word.
func (a *Analysis) IsWord(i int) bool { return words{d: a.Doc, lx: a.lex, x: a.x}.isWord(i) }

// IsLower reports whether token i is an all-lower-case word.
func (a *Analysis) IsLower(i int) bool { return a.IsWord(i) && a.Doc.Tokens[i].Shape == checker.Lower }

// IsNoun reports whether token i is a capitalised word that can be a noun.
func (a *Analysis) IsNoun(i int) bool {
	return a.IsWord(i) && words{d: a.Doc, lx: a.lex, x: a.x}.nounWord(i)
}

// IsName reports whether token i is a capitalised word unknown to the lexicon.
func (a *Analysis) IsName(i int) bool {
	return a.IsWord(i) && words{d: a.Doc, lx: a.lex, x: a.x}.nameWord(i)
}

// NonFinite reports whether token i is a lower-case word that can be a
// bare infinitive or a past participle (and is no closed-class word).
func (a *Analysis) NonFinite(i int) bool {
	return a.IsLower(i) && a.x.Classes(i)&(lexicon.Infinitive|lexicon.Participle|lexicon.Closed) != 0 &&
		!a.x.Is(i, lexicon.Closed)
}

// VerbKind returns the kind of the finite readings of token i: AuxVerb for
// sein, haben, werden, ModalVerb for the modals, FullVerb otherwise. ok is
// false when token i has no finite reading.
func (a *Analysis) VerbKind(i int) (kind lexicon.Kind, ok bool) {
	if !a.IsWord(i) {
		return 0, false
	}
	found := false
	for _, v := range a.x.VerbInfo(i) {
		if v.Form != lexicon.Fin {
			continue
		}
		if v.Kind != lexicon.FullVerb && v.Prefix == "" {
			return v.Kind, true
		}
		found = true
	}
	return lexicon.FullVerb, found
}

// FinitePersons returns the person/number slots of token i's finite readings.
func (a *Analysis) FinitePersons(i int) lexicon.Persons {
	var p lexicon.Persons
	for _, v := range a.x.VerbInfo(i) {
		if v.Form == lexicon.Fin {
			p |= v.Persons
		}
	}
	return p
}

// SeparablePrefixes returns the particles that complete token i as a split
// finite form of a separable verb ("gab" … "auf", "an", "zu" …).
func (a *Analysis) SeparablePrefixes(i int) []string {
	var out []string
	for _, v := range a.x.VerbInfo(i) {
		if v.Form == lexicon.Fin && v.Prefix != "" {
			out = append(out, v.Prefix)
		}
	}
	return out
}

// Is reports whether token i can belong to any of the classes c.
func (a *Analysis) Is(i int, c lexicon.Class) bool { return a.IsWord(i) && a.x.Is(i, c) }

// Auxiliary returns which auxiliary token i is as a finite verb: "haben",
// "sein" or "werden", "modal" for a modal verb, or "" for anything else.
// Split forms of separable verbs ("hat" … "vor") do not count.
func (a *Analysis) Auxiliary(i int) string {
	if !a.IsWord(i) {
		return ""
	}
	for _, v := range a.x.VerbInfo(i) {
		if v.Form != lexicon.Fin || v.Prefix != "" {
			continue
		}
		switch v.Kind {
		case lexicon.AuxVerb:
			return v.Lemma
		case lexicon.ModalVerb:
			return "modal"
		}
	}
	return ""
}

// Governs reports whether a finite auxiliary (as named by Auxiliary)
// combines with the non-finite verb at token i: modals with infinitives,
// haben and sein with participles, werden with both (future, passive).
func (a *Analysis) Governs(aux string, i int) bool {
	if !a.NonFinite(i) {
		return false
	}
	c := a.x.Classes(i)
	switch aux {
	case "modal":
		return c.Has(lexicon.Infinitive)
	case "haben", "sein":
		return c.Has(lexicon.Participle)
	case "werden":
		return c.Has(lexicon.Infinitive | lexicon.Participle)
	}
	return false
}

// WordsIn returns the word-like tokens in [from, end).
func (a *Analysis) WordsIn(from, end int) []int {
	var out []int
	for i := from; i < end; i++ {
		if a.Doc.Tokens[i].IsWordLike() {
			out = append(out, i)
		}
	}
	return out
}

// HasVerb reports whether any of the tokens is one of the clause's finite
// verb candidates, an infinitive or participle, or a zu-infinitive (known or
// looking like one, see NonFiniteLike and ZuInfinitiveLike).
func (a *Analysis) HasVerb(c *Clause, toks []int) bool {
	for _, i := range toks {
		if slices.Contains(c.Finite, i) || a.NonFiniteLike(i) || a.ZuInfinitiveLike(i) {
			return true
		}
	}
	return false
}

// NonFiniteLike reports whether token i is an infinitive or participle
// (NonFinite) or, unknown to the lexicon, looks like one: a lower-case word
// ending in -ieren or -iert, or in -t or -en with "ge" near its start
// (herausgeklappt, angeschlossen). It is meant for vetoes, not for findings.
func (a *Analysis) NonFiniteLike(i int) bool {
	if a.NonFinite(i) {
		return true
	}
	if !a.IsLower(i) || a.x.Classes(i) != 0 {
		return false
	}
	s := a.Text(i)
	if strings.HasSuffix(s, "iert") || strings.HasSuffix(s, "ieren") {
		return true
	}
	if len(s) < 6 || !strings.HasSuffix(s, "t") && !strings.HasSuffix(s, "en") {
		return false
	}
	g := strings.Index(s, "ge")
	return g >= 0 && g <= 7
}

// separableParticles are the particles a one-word zu-infinitive can start
// with ("auszupusten", "anzurufen").
var separableParticles = []string{"ab", "an", "auf", "aus", "bei", "dar", "durch", "ein", "empor", "entgegen",
	"fest", "fort", "her", "heraus", "herein", "herum", "herunter", "hin", "hinaus", "hinein", "hinzu", "los",
	"mit", "nach", "nieder", "um", "vor", "voran", "voraus", "vorbei", "weg", "weiter", "wieder", "zu", "zurück",
	"zusammen"}

// ZuInfinitiveLike reports whether token i is a one-word zu-infinitive
// (lexicon) or, unknown to the lexicon, looks like one: a separable particle,
// "zu" and a stem ending in -en or -n ("auszupusten").
func (a *Analysis) ZuInfinitiveLike(i int) bool {
	if !a.IsLower(i) {
		return false
	}
	s := a.Text(i)
	if a.x.Is(i, lexicon.ZuInfinitive) {
		return true
	}
	if a.x.Classes(i) != 0 || !strings.HasSuffix(s, "n") {
		return false
	}
	for _, p := range separableParticles {
		if rest, ok := strings.CutPrefix(s, p); ok && strings.HasPrefix(rest, "zu") && len(rest) > 5 {
			return true
		}
	}
	return false
}

// FiniteLike reports whether token i can be a finite verb in mid-sentence
// (lexicon.IsFinite, as for Clause.Finite) or, unknown to the lexicon, looks
// like one: a lower-case word of four letters or more ending in -t
// ("anrührt"). Like NonFiniteLike it is meant for vetoes.
func (a *Analysis) FiniteLike(i int) bool {
	w := words{d: a.Doc, lx: a.lex, x: a.x}
	if w.finiteCandidate(i, false) {
		return true
	}
	return a.IsLower(i) && a.x.Classes(i) == 0 && len(a.Text(i)) >= 4 && strings.HasSuffix(a.Text(i), "t")
}

// HasVerbIn reports whether tokens [from, end) contain a word that is or
// looks like a verb form: FiniteLike, NonFiniteLike or ZuInfinitiveLike.
// Unlike HasVerb it ignores clause boundaries, so that a check can look past
// a coordinator ("sagt die Leidenschaften und Triebe seien").
func (a *Analysis) HasVerbIn(from, end int) bool {
	for i := from; i < end; i++ {
		if a.FiniteLike(i) || a.NonFiniteLike(i) || a.ZuInfinitiveLike(i) {
			return true
		}
	}
	return false
}

// StretchEnd returns the index of the first comma, semicolon, colon,
// bracket or terminal mark at or after token i in i's sentence, or the
// sentence's end: the end of the stretch that coordinators and dashes (which
// may be hyphens set apart) do not cut.
func (a *Analysis) StretchEnd(i int) int {
	s := a.Doc.Sentences[a.Doc.Tokens[i].Sentence]
	for k := i; k < s.End; k++ {
		if a.Doc.Tokens[k].Kind != checker.Punct {
			continue
		}
		switch s := a.Text(k); {
		case s == "," || s == ";" || s == ":" || s == "(" || s == ")", checker.IsSentenceEnd(s), checker.IsEllipsis(s):
			return k
		}
	}
	return s.End
}
