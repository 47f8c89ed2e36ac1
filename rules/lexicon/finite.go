package lexicon

// IsFinite reports whether w, as written, reads as a finite verb: a finite
// reading of a word that is no function word, and, for a capitalised w, one
// that cannot be a noun (MaybeNoun). Case handling as in Lookup. The package
// documentation ("Finite verbs") says how it differs from the other
// questions about finite verbs.
func (l *Lexicon) IsFinite(w string) bool { return l.IsFiniteAnyCase(w) && !l.MaybeNoun(w) }

// IsFiniteAnyCase reports whether w is IsFinite when its capital is
// ignored: a finite reading of a word that is no function word. It is for
// words whose capital says nothing, such as the first word of a clause
// ("Lesen Sie").
func (l *Lexicon) IsFiniteAnyCase(w string) bool {
	c := l.classOf(w)
	return c&FiniteVerb != 0 && c&Closed == 0
}

// IsCommonFinite reports whether w is IsFinite through a common reading:
// one that is not a subjunctive I of the second person only ("sorget",
// "klagest"), a form news copy does not use.
func (l *Lexicon) IsCommonFinite(w string) bool {
	if !l.IsFinite(w) {
		return false
	}
	common, _ := commonFinite(l.Lookup(w))
	return common
}

// IsOnlyFinite reports whether w is IsFinite and has no infinitive,
// participle, zu-infinitive or noun reading: it can only be a finite verb.
func (l *Lexicon) IsOnlyFinite(w string) bool {
	return l.IsFinite(w) && l.classOf(w)&(Infinitive|Participle|ZuInfinitive|Noun) == 0
}

// IsNominalisedFinite reports whether w is a past finite form, through a
// common reading, that is also an inflected participle and therefore may
// be a noun ("Erklärte", "Bestätigte", "Verbündete"): a verb only where
// the context confirms it. IsFinite is false for such a word when it is
// capitalised.
func (l *Lexicon) IsNominalisedFinite(w string) bool {
	e := l.Lookup(w)
	if !e.Is(FiniteVerb) || !e.Is(InflectedParticiple) || e.Is(Closed|Noun) {
		return false
	}
	common, past := commonFinite(e)
	return common && past && l.MaybeNoun(w)
}

// commonFinite reports whether e has a common finite reading (see
// IsCommonFinite) and whether one of them is in the past tense.
func commonFinite(e Entry) (common, past bool) {
	for _, a := range e.Verbs {
		if a.Form != Fin || a.Mood == Subjunctive1 && a.Persons&^(Sg2|Pl2) == 0 {
			continue
		}
		common = true
		past = past || a.Tense == Past
	}
	return common, past
}
