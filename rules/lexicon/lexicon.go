package lexicon

import (
	_ "embed"
	"sort"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// Lexicon answers word-class and verb-form questions about German words.
// It is immutable and safe for concurrent use.
type Lexicon struct {
	t *compiled
}

// Entry is everything the lexicon knows about one spelling. Its slices are
// shared with the Lexicon and must not be modified.
type Entry struct {
	Class Class // every class the word can belong to
	// Uncertain is the subset of Class whose readings the data marks as weak:
	// a rule should confirm them by context ("wie" as a subordinator).
	Uncertain Class
	// Folded is the subset of Class found only through the lower-case form
	// of a capitalised word: for "Die" all of it, for "Stand" everything but
	// Noun. Mid-sentence, such readings are usually wrong.
	Folded Class
	Verbs  []Analysis // verb readings, nil if none
	Lemmas []string   // distinct lemmas of Verbs
}

// Is reports whether the entry has any class of c.
func (e Entry) Is(c Class) bool { return e.Class&c != 0 }

// Sure reports whether the entry has a class of c that is not marked uncertain.
func (e Entry) Sure(c Class) bool { return (e.Class&^e.Uncertain)&c != 0 }

// compiledLexicon is the lexicon compiled from data/*.txt by go generate
// (see compiled.go).
//
//go:embed lexicon.bin
var compiledLexicon string

// Default returns the lexicon compiled from the embedded data. It is opened
// on first use and shared, read-only, afterwards; it reads the compiled
// table in place, so that opening it costs next to nothing. It panics if
// the table is malformed, which the package tests rule out.
func Default() *Lexicon { return defaultLexicon() }

var defaultLexicon = sync.OnceValue(func() *Lexicon {
	t, err := openTable(compiledLexicon)
	if err != nil {
		panic("lexicon: " + err.Error())
	}
	return &Lexicon{t: t}
})

// Lookup returns the entry of w. Case handling: w is looked up as written;
// if that fails and w contains capitals, its lower-case form is looked up
// and every class found that way is also recorded in Entry.Folded. So "Die"
// and "DIE" answer like "die", "Stand" is a Noun and (folded) a finite verb.
// Lower-case words are looked up once and without allocation; capitalised
// words of up to 42 bytes are lower-cased in a stack buffer.
func (l *Lexicon) Lookup(w string) Entry {
	if r := find(l.t, w); r >= 0 {
		return l.t.entry(r)
	}
	if r := l.foldedRecord(w); r >= 0 {
		e := l.t.entry(r)
		e.Folded = e.Class
		return e
	}
	return Entry{}
}

// foldedRecord looks up the lower-case form of a word that has capitals.
func (l *Lexicon) foldedRecord(w string) recordAt {
	if !hasUpper(w) {
		return -1
	}
	if len(w) > maxFoldLen {
		return find(l.t, strings.ToLower(w))
	}
	var buf [foldBufSize]byte
	return find(l.t, appendLower(buf[:0], w))
}

// classOf returns the classes of w with the case handling of Lookup.
func (l *Lexicon) classOf(w string) Class {
	if r := find(l.t, w); r >= 0 {
		return l.t.class(r)
	}
	if r := l.foldedRecord(w); r >= 0 {
		return l.t.class(r)
	}
	return 0
}

// Classes returns the set of classes w can belong to (case handling as in Lookup).
func (l *Lexicon) Classes(w string) Class { return l.classOf(w) }

// Is reports whether w can belong to any class of c.
func (l *Lexicon) Is(w string, c Class) bool { return l.classOf(w)&c != 0 }

// IsFiniteVerb reports whether w can be a finite verb form (indicative or
// subjunctive; imperatives are separate, see IsImperative). Split forms of
// separable verbs count: "fügte" (… hinzu). Infinitives in -en are also
// 1st/3rd person plural forms and count as well. It is the class test;
// IsFinite asks whether w reads as a finite verb in running text.
func (l *Lexicon) IsFiniteVerb(w string) bool { return l.classOf(w)&FiniteVerb != 0 }

// IsImperative reports whether w can be an imperative (sag, gib, kommt).
func (l *Lexicon) IsImperative(w string) bool { return l.classOf(w)&Imperative != 0 }

// IsInfinitive reports whether w can be a bare infinitive.
func (l *Lexicon) IsInfinitive(w string) bool { return l.classOf(w)&Infinitive != 0 }

// IsZuInfinitive reports whether w is a one-word zu-infinitive of a separable
// verb ("anzukündigen"). Other verbs form it with a separate "zu".
func (l *Lexicon) IsZuInfinitive(w string) bool { return l.classOf(w)&ZuInfinitive != 0 }

// IsParticiple reports whether w can be a past participle.
func (l *Lexicon) IsParticiple(w string) bool { return l.classOf(w)&Participle != 0 }

// IsAuxiliary reports whether w is a form of sein, haben or werden (any form,
// including infinitive and participle).
func (l *Lexicon) IsAuxiliary(w string) bool { return l.classOf(w)&Auxiliary != 0 }

// IsModal reports whether w is a form of a modal verb, möchte included.
func (l *Lexicon) IsModal(w string) bool { return l.classOf(w)&Modal != 0 }

// IsSubordinator reports whether w can be a subordinating conjunction.
// Check Lookup(w).Sure(Subordinator) to exclude readings the data marks as
// uncertain ("wie"), and IsStrongSubordinator to exclude every word that is
// as often something else.
func (l *Lexicon) IsSubordinator(w string) bool { return l.classOf(w)&Subordinator != 0 }

// IsStrongSubordinator reports whether w is a subordinating conjunction and
// nothing else: a reading not marked uncertain, and no preposition, adverb
// or comparison reading ("dass", "weil", "obwohl", "nachdem").
func (l *Lexicon) IsStrongSubordinator(w string) bool {
	e := l.Lookup(w)
	return e.Sure(Subordinator) && !e.Is(Preposition|Adverb|Comparative)
}

// IsWeakSubordinator reports whether w can be a subordinating conjunction
// but is as often something else, so that a rule must confirm it by
// context: a preposition ("während der Sitzung", "seit Jahren"), an adverb
// ("da ist er", "damit ist klar", "ich warte solange"), a comparison
// particle ("als Chef") or a reading the data marks as uncertain ("wie").
// Every subordinator is either strong or weak.
func (l *Lexicon) IsWeakSubordinator(w string) bool {
	return l.IsSubordinator(w) && !l.IsStrongSubordinator(w)
}

// IsRelativePronoun reports whether w can be a relative pronoun.
func (l *Lexicon) IsRelativePronoun(w string) bool { return l.classOf(w)&RelativePronoun != 0 }

// IsCoordinator reports whether w can be a coordinating conjunction.
func (l *Lexicon) IsCoordinator(w string) bool { return l.classOf(w)&Coordinator != 0 }

// IsArticle reports whether w can be an article or article-like determiner.
func (l *Lexicon) IsArticle(w string) bool { return l.classOf(w)&Article != 0 }

// IsPronoun reports whether w can be a personal, possessive, reflexive,
// demonstrative, indefinite or relative pronoun.
func (l *Lexicon) IsPronoun(w string) bool { return l.classOf(w)&Pronoun != 0 }

// IsInterrogative reports whether w can be an interrogative word.
func (l *Lexicon) IsInterrogative(w string) bool { return l.classOf(w)&Interrogative != 0 }

// IsPreposition reports whether w can be a preposition, postposition or a
// preposition fused with an article (am, zum).
func (l *Lexicon) IsPreposition(w string) bool {
	return l.classOf(w)&(Preposition|Contraction) != 0
}

// IsAdverb reports whether w is an adverb or adverbial that can open a main
// clause (heute, deshalb, jedoch, danach).
func (l *Lexicon) IsAdverb(w string) bool { return l.classOf(w)&Adverb != 0 }

// IsNegation reports whether w is a negation word.
func (l *Lexicon) IsNegation(w string) bool { return l.classOf(w)&Negation != 0 }

// IsNumeral reports whether w is a numeral written as a word.
func (l *Lexicon) IsNumeral(w string) bool { return l.classOf(w)&Numeral != 0 }

// IsFunctionWord reports whether w belongs to a closed class other than the
// adverbials, or is a form of an auxiliary or modal verb.
func (l *Lexicon) IsFunctionWord(w string) bool { return l.classOf(w)&Function != 0 }

// VerbInfo returns the verb readings of w (case handling as in Lookup). The
// slice is shared and must not be modified.
func (l *Lexicon) VerbInfo(w string) []Analysis { return l.Lookup(w).Verbs }

// Lemmas returns the infinitives w can be a form of. The slice is shared and
// must not be modified.
func (l *Lexicon) Lemmas(w string) []string { return l.Lookup(w).Lemmas }

// HasVerb reports whether lemma is a listed verb.
func (l *Lexicon) HasVerb(lemma string) bool {
	_, ok := l.t.verbMap().prefix[lemma]
	return ok
}

// SeparablePrefix returns the separable prefix of a listed verb ("hinzu" for
// "hinzufügen", "" for "verklagen" or an unknown verb).
func (l *Lexicon) SeparablePrefix(lemma string) string { return l.t.verbMap().prefix[lemma] }

// Verbs returns the sorted list of listed verbs (a new slice).
func (l *Lexicon) Verbs() []string { return append([]string(nil), l.t.verbMap().sorted...) }

// VerbCount is the number of listed verbs.
func (l *Lexicon) VerbCount() int { return int(l.t.Verbs) }

// StrongCount is the number of verbs in the table of principal parts.
func (l *Lexicon) StrongCount() int { return int(l.t.StrongCount) }

// Forms returns every word form with a reading of lemma, sorted. It scans the
// whole lexicon and is meant for tests and tools, not for hot paths.
func (l *Lexicon) Forms(lemma string) []string {
	var out []string
	l.t.eachRecord(func(r recordAt) {
		w := l.t.form(r)
		if hasUpper(w) {
			return
		}
		for _, a := range l.t.entry(r).Verbs {
			if a.Lemma == lemma {
				out = append(out, w)
				return
			}
		}
	})
	sort.Strings(out)
	return out
}

// words calls fn with every word form of the lexicon and its entry, in
// byte order. It is meant for tests.
func (l *Lexicon) words(fn func(w string, e Entry)) {
	l.t.eachRecord(func(r recordAt) { fn(l.t.form(r), l.t.entry(r)) })
}

// MaybeNoun reports whether a capitalised w can be read as a noun rather
// than as a capitalised verb form. It is true when w is listed as a noun or
// is an inflected participle (die Beschäftigten), when it is unknown, and
// when every verb reading is one that nouns commonly share: infinitives (das
// Essen), imperatives (der Kauf), participles (das Verfahren), present forms
// of the 1st and 3rd person plural and the 1st person singular (die Folgen,
// die Frage) and the fused forms of separable verbs (Angaben, Zustand).
// Lower-case words and words of the closed classes (Die, Weil) give false.
// Rules looking for verbs wrongly capitalised mid-sentence use it to skip
// nouns.
func (l *Lexicon) MaybeNoun(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	if !unicode.IsUpper(r) {
		return false
	}
	e := l.Lookup(w)
	switch {
	case e.Class&(Noun|InflectedParticiple) != 0:
		return true
	case e.Class&Closed != 0:
		return false
	}
	for _, a := range e.Verbs {
		if !l.nounLike(a) {
			return false
		}
	}
	return true
}

// nounLike reports whether a verb reading is one that nouns commonly share.
func (l *Lexicon) nounLike(a Analysis) bool {
	switch a.Form {
	case Inf, Imp, Part, ZuInf:
		return true
	case Fin:
		if a.Prefix == "" && l.t.verbMap().prefix[a.Lemma] != "" {
			return true // fused form of a separable verb
		}
		if a.Tense != Present {
			return false
		}
		if a.Mood == Subjunctive1 {
			return a.Persons&^(Sg1|Sg3|Pl1|Pl3) == 0
		}
		return a.Persons&^(Sg1|Pl1|Pl3) == 0
	}
	return false
}
