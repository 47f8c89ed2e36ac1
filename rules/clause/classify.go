package clause

import (
	"github.com/mtcheck/mtcheck/checker"
	"github.com/mtcheck/mtcheck/rules/lexicon"
)

// classify fills in a clause's opener, finite verb candidates and kind.
func (w words) classify(r rawClause, quoted []bool) Clause {
	c := Clause{Sentence: r.sentence, First: r.first, End: r.end, Boundary: r.boundary,
		BoundaryToken: r.boundaryToken, Opener: -1, OpenerEnd: -1}
	fw := c.FirstWord(w.d)
	c.Quoted = quoted[fw]
	c.Kind, c.Sure, c.Opener, c.OpenerEnd = w.opener(&c, fw)
	from := fw
	if c.OpenerEnd > 0 {
		from = c.OpenerEnd
	}
	sc := w.scratch
	sc.finite = sc.finite[:0]
	for i := from; i < c.End; i++ {
		if w.finiteCandidate(i, i == fw) && !w.attributive(i) && !w.afterZu(i) {
			sc.finite = append(sc.finite, i)
		}
	}
	c.Finite = sc.finiteList()
	c.VerbFirst = len(c.Finite) > 0 && c.Finite[0] == fw
	switch {
	case c.Kind != Unknown:
	case c.Opener < 0 && len(c.Finite) > 0:
		c.Kind, c.Sure = Main, true
	case len(c.Finite) == 0 && w.hasZuInfinitive(c.First, c.End):
		c.Kind, c.Sure = Infinitival, true
	case len(c.Finite) == 0 && c.Opener < 0:
		c.Kind, c.Sure = Fragment, true
	}
	return c
}

// opener recognises what opens a verb-final or infinitival clause at its
// first word fw. Clauses without such an opener get Unknown, to be decided
// by their verbs; a weak opener that turns out to be a preposition or adverb
// ("während der Sitzung", "da ist er") gives Main, not sure.
func (w words) opener(c *Clause, fw int) (kind Kind, sure bool, opener, openerEnd int) {
	lw := w.lower(fw)
	e := w.x.Entry(fw)
	next := w.nextWord(fw, c.End)
	switch {
	case infinitiveConjunctions[lw] && w.hasZuInfinitive(fw+1, c.End):
		return Infinitival, true, fw, fw + 1
	case w.x.IsStrongSubordinator(fw):
		return Subordinate, true, fw, fw + 1
	case w.x.IsWeakSubordinator(fw) && !nonOpeners[lw] && w.weakOpenerHolds(lw, next, c.End):
		return Subordinate, false, fw, fw + 1
	case c.Boundary == Comma && relativeForms[lw] && e.Is(lexicon.RelativePronoun):
		return w.relative(fw, fw, c.End)
	case c.Boundary == Comma && e.Is(lexicon.Preposition) && next >= 0 && relativeForms[w.lower(next)] &&
		w.d.Tokens[next].Shape == checker.Lower:
		return w.relative(fw, next, c.End)
	case indirectQuestionWords[lw] && next >= 0 && !w.finiteCandidate(next, false) && !w.sentenceIsQuestion(c.Sentence):
		return Subordinate, false, fw, fw + 1
	}
	return Unknown, false, -1, -1
}

// weakOpenerHolds reports whether a weak subordinator (als, da, während …)
// is followed by what a subordinate clause needs: a subject-like word that
// is neither a finite verb (adverb or comparison reading: "da ist", "als
// hätte") nor a genitive or dative determiner (preposition reading:
// "während der Sitzung"), nor a bare noun or number ("als Chef", "seit 2010").
func (w words) weakOpenerHolds(lw string, next, end int) bool {
	if next < 0 || next >= end || w.finiteCandidate(next, false) {
		return false
	}
	t := w.d.Tokens[next]
	nl := w.lower(next)
	switch {
	case t.Kind != checker.Word:
		return false
	case NominativePronouns[nl]:
		return true
	case genitiveDeterminers[nl] && lw != "als" && lw != "da":
		return false
	case w.x.Entry(next).Is(lexicon.Article | lexicon.PossessivePronoun | lexicon.DemonstrativePronoun):
		return true
	}
	return false
}

// relative classifies a clause opened by a relative form at rel, after a
// preposition when at != rel. A "der/die/das" followed by a noun is an
// article, and the clause is not a relative clause at all ("…, die Preise
// steigen"); one followed directly by a finite verb may be a demonstrative
// opening a main clause ("…, das ist gut"), so the reading is not sure.
func (w words) relative(at, rel, end int) (Kind, bool, int, int) {
	next := w.nextWord(rel, end)
	if genitiveRelatives[w.lower(rel)] {
		np := w.nounPhraseEnd(next, end)
		if np < 0 {
			return Unknown, false, -1, -1
		}
		n := w.nextWord(np-1, end)
		return Relative, n >= 0 && !w.finiteCandidate(n, false), at, np
	}
	switch {
	case next < 0:
		return Relative, false, at, rel + 1
	case w.d.Tokens[next].Kind == checker.Number:
		return Unknown, false, -1, -1 // a date: "…, dem 25. November"
	case w.capitalised(next) && !w.x.Entry(next).Is(lexicon.Closed):
		return Unknown, false, -1, -1 // an article: "…, die Preise steigen"
	case w.isWord(next) && w.d.Tokens[next].Shape == checker.Lower && w.adjectiveBeforeNoun(next, end):
		return Unknown, false, -1, -1 // "…, die neuen Preise …"
	case w.finiteCandidate(next, false):
		return Relative, false, at, rel + 1
	}
	return Relative, true, at, rel + 1
}

// nounPhraseEnd returns the index after "adjective* Noun" starting at i, or
// -1 when no capitalised noun follows within three words.
func (w words) nounPhraseEnd(i, end int) int {
	for k := 0; k < 4 && i >= 0 && i < end && w.isWord(i); k++ {
		if w.capitalised(i) {
			return i + 1
		}
		if w.x.Entry(i).Is(lexicon.Closed) {
			return -1
		}
		i++
	}
	return -1
}

// adjectiveBeforeNoun reports whether the lower-case word at i, and perhaps
// more lower-case words, are adjectives before a noun: they end like
// inflected adjectives and a capitalised word follows.
func (w words) adjectiveBeforeNoun(i, end int) bool {
	for k := 0; k < 3 && i < end && w.isWord(i) && w.d.Tokens[i].Shape == checker.Lower; k++ {
		if !hasAdjectiveEnding(w.text(i)) || w.x.Entry(i).Is(lexicon.Closed) {
			return false
		}
		if w.capitalised(i + 1) {
			return true
		}
		i++
	}
	return false
}

// attributive reports whether the finite candidate at i is rather an
// attributive adjective: between a determiner and a noun ("die bekannte
// Autorin", "eine geplante Reform").
func (w words) attributive(i int) bool {
	if w.d.Tokens[i].Shape != checker.Lower || !w.capitalised(i+1) || !w.isWord(i-1) {
		return false
	}
	if !hasAdjectiveEnding(w.text(i)) {
		return false
	}
	prev := w.x.Entry(i - 1)
	return prev.Is(lexicon.Article|lexicon.PossessivePronoun|lexicon.DemonstrativePronoun|lexicon.IndefinitePronoun|
		lexicon.Preposition|lexicon.Contraction) || hasAdjectiveEnding(w.text(i-1)) && w.d.Tokens[i-1].Shape == checker.Lower
}

// afterZu reports whether token i follows a lower-case "zu": "zu helfen" is
// an infinitive whatever else "helfen" can be.
func (w words) afterZu(i int) bool {
	return w.isWord(i-1) && w.text(i-1) == "zu"
}

// hasZuInfinitive reports whether tokens [from, end) contain "zu" before an
// infinitive or a one-word zu-infinitive (anzukündigen).
func (w words) hasZuInfinitive(from, end int) bool {
	for i := from; i < end; i++ {
		if !w.isWord(i) {
			continue
		}
		if w.lower(i) == "zu" && w.isWord(i+1) && i+1 < end && w.x.Is(i+1, lexicon.Infinitive) &&
			w.d.Tokens[i+1].Shape == checker.Lower {
			return true
		}
		if w.d.Tokens[i].Shape == checker.Lower && w.x.Is(i, lexicon.ZuInfinitive) {
			return true
		}
	}
	return false
}

// nextWord returns the index of the first word-like token after i and before end, or -1.
func (w words) nextWord(i, end int) int {
	for k := i + 1; k < end; k++ {
		if w.d.Tokens[k].IsWordLike() {
			return k
		}
	}
	return -1
}

// sentenceIsQuestion reports whether sentence si ends in a question mark
// (closing quotes and brackets looked through).
func (w words) sentenceIsQuestion(si int) bool {
	s := w.d.Sentences[si]
	for i := s.End - 1; i >= s.First; i-- {
		t := w.d.Tokens[i]
		if t.Kind != checker.Punct {
			return false
		}
		switch s := w.text(i); {
		case checker.IsQuestionEnd(s):
			return true
		case checker.IsSentenceEnd(s) || checker.IsEllipsis(s):
			return false
		}
	}
	return false
}

// settle sets what depends on the neighbouring clauses: questions,
// imperatives, and clauses after a coordinator that may continue a
// verb-final clause ("dass er kommt und sie geht").
func (w words) settle(cs []Clause, si int) {
	question := w.sentenceIsQuestion(si)
	for k := range cs {
		c := &cs[k]
		c.Question = question || w.questionMarkAfter(c.End, w.d.Sentences[si].End)
		if c.Kind == Main && c.Boundary == Coordinator && k > 0 && cs[k-1].Kind != Main {
			c.Kind, c.Sure = Unknown, false
		}
		if c.Kind == Main && c.VerbFirst && !c.Question {
			fw := c.Finite[0]
			c.Imperative = w.x.Is(fw, lexicon.Imperative) || w.isWord(fw+1) && w.text(fw+1) == "Sie"
		}
	}
}

// questionMarkAfter reports whether a question mark follows token end-1
// before the next word of the sentence.
func (w words) questionMarkAfter(end, sentenceEnd int) bool {
	for i := end; i < sentenceEnd; i++ {
		t := w.d.Tokens[i]
		if t.IsWordLike() {
			return false
		}
		if checker.IsQuestionEnd(w.text(i)) {
			return true
		}
	}
	return false
}

// hasAdjectiveEnding reports whether w, of four bytes or more, ends like an
// inflected adjective (lexicon.CutAdjectiveEnding).
func hasAdjectiveEnding(w string) bool {
	_, ok := lexicon.CutAdjectiveEnding(w)
	return ok && len(w) >= 4
}
