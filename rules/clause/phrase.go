package clause

import (
	"github.com/mtcheck/mtcheck/checker"
	"github.com/mtcheck/mtcheck/rules/lexicon"
)

// PhraseKind says how a subject-like noun phrase is built.
type PhraseKind uint8

// Phrase kinds.
const (
	// PronounPhrase is a personal or indefinite pronoun that can be a
	// subject: er, sie, wir, man, jemand.
	PronounPhrase PhraseKind = iota + 1
	// NounPhrase is a determiner, up to three adjectives or numbers, a noun
	// and perhaps a name after it: "das Unternehmen", "die 25 neuen
	// Mitarbeiter", "der Konzern Siemens".
	NounPhrase
	// NamePhrase is one or two capitalised words without a determiner that
	// the lexicon does not know as anything else: "Musk", "Elon Musk".
	NamePhrase
)

// Phrase is a noun phrase that could be a clause's subject.
type Phrase struct {
	// First and End delimit the phrase's tokens (End exclusive).
	First, End int
	Kind       PhraseKind
	// Persons are the person/number slots a finite verb agreeing with the
	// phrase may fill: er → 3sg, sie → 3sg or 3pl, wir → 1pl, a noun phrase
	// or name → 3sg or 3pl.
	Persons lexicon.Persons
}

// pronounPersons maps the subject pronouns to the verb slots they agree with.
var pronounPersons = map[string]lexicon.Persons{
	"ich": lexicon.Sg1, "du": lexicon.Sg2, "er": lexicon.Sg3, "es": lexicon.Sg3, "man": lexicon.Sg3,
	"jemand": lexicon.Sg3, "niemand": lexicon.Sg3, "sie": lexicon.Sg3 | lexicon.Pl3, "wir": lexicon.Pl1,
	"ihr": lexicon.Pl2,
}

// quantifierDeterminers are indefinite pronouns that also determine nouns.
var quantifierDeterminers = setOf("alle", "viele", "einige", "manche", "mehrere", "beide", "wenige",
	"jeder", "jede", "jedes", "sämtliche", "etliche")

// maxAdjectives is the number of adjectives or numbers a noun phrase may have.
const maxAdjectives = 3

// SubjectAt parses a subject-like noun phrase starting at token i and
// ending before end. It accepts a pronoun ("er", but not "ihr Mann", where
// "ihr" determines a noun), a noun phrase with a determiner, or a name.
func (a *Analysis) SubjectAt(i, end int) (Phrase, bool) {
	w := words{d: a.Doc, lx: a.lex, x: a.x}
	if i < 0 || i >= end || !w.isWord(i) {
		return Phrase{}, false
	}
	lw := w.lower(i)
	e := a.x.Entry(i)
	if w.capitalised(i) && w.text(i) != "Sie" && !w.mayBeCapitalised(i) && e.Is(lexicon.Closed) {
		return Phrase{}, false // "Auma, das\nMan befindet sich …": a new line, a new entry
	}
	if p, ok := pronounPersons[lw]; ok && (lw != "ihr" || !w.capitalised(i+1)) {
		if w.text(i) == "Sie" && !w.d.Tokens[i].SentenceStart {
			p = lexicon.Pl3 // the polite form
		}
		return Phrase{First: i, End: i + 1, Kind: PronounPhrase, Persons: p}, true
	}
	if e.Is(lexicon.Article|lexicon.PossessivePronoun|lexicon.DemonstrativePronoun) || quantifierDeterminers[lw] {
		if n := w.nounAfterDeterminer(i+1, end); n > 0 {
			return Phrase{First: i, End: n, Kind: NounPhrase, Persons: lexicon.Sg3 | lexicon.Pl3}, true
		}
		return Phrase{}, false
	}
	if w.nameWord(i) {
		n := i + 1
		if n < end && w.nameWord(n) {
			n++
		}
		return Phrase{First: i, End: n, Kind: NamePhrase, Persons: lexicon.Sg3 | lexicon.Pl3}, true
	}
	return Phrase{}, false
}

// nounAfterDeterminer parses "adjective* Noun [Name]" from i and returns
// the index after it, or -1.
func (w words) nounAfterDeterminer(i, end int) int {
	for k := 0; k <= maxAdjectives && i < end; k++ {
		t := w.d.Tokens[i]
		switch {
		case t.Kind == checker.Number:
		case w.nounWord(i):
			n := i + 1
			if n < end && w.nounWord(n) && !w.finiteCandidate(n, false) {
				n++
			}
			return n
		case t.Kind == checker.Word && t.Shape == checker.Lower && w.adjectiveLike(i):
		default:
			return -1
		}
		i++
	}
	return -1
}

// adjectiveLike reports whether the lower-case word at i can be an
// attributive adjective: not a closed-class word, and either unknown to the
// lexicon with an adjective ending or an inflected participle (gestiegenen).
func (w words) adjectiveLike(i int) bool {
	e := w.x.Entry(i)
	if e.Is(lexicon.Closed &^ lexicon.Numeral) {
		return false
	}
	if e.Is(lexicon.InflectedParticiple) || e.Is(lexicon.Numeral) {
		return true
	}
	return hasAdjectiveEnding(w.text(i)) && !e.Is(lexicon.Verb)
}

// nounWord reports whether token i is a capitalised word that can be a noun:
// not a closed-class word and not a capitalised verb form that nouns do not share.
func (w words) nounWord(i int) bool {
	if !w.capitalised(i) {
		return false
	}
	if w.x.Is(i, lexicon.Closed) && w.d.Tokens[i].Shape != checker.Upper {
		return false
	}
	return w.x.MaybeNoun(i)
}

// nameWord reports whether token i can be (part of) a name: a capitalised
// word the lexicon knows as nothing else.
func (w words) nameWord(i int) bool {
	return w.capitalised(i) && w.x.Classes(i) == 0
}

// objectPronouns are the accusative, dative and reflexive pronouns that can
// open an object.
var objectPronouns = setOf("ihn", "ihm", "ihnen", "mich", "mir", "dich", "dir", "uns", "euch", "sich")

// OpensObject reports whether token i can open an object noun phrase after a
// verb: a determiner that is not temporal ("jeden Tag"), an object pronoun,
// or a noun or name that is not a time noun. Sentence-initial words do not
// count (their capital says nothing).
func (a *Analysis) OpensObject(i int) bool {
	s := a.Text(i)
	l := a.Doc.TokenLower(i)
	switch {
	case IsTemporalDeterminer(l) || IsTimeNoun(s):
		return false
	case a.IsLower(i) && objectPronouns[l]:
		return true
	case a.IsLower(i) && a.Is(i, lexicon.Article|lexicon.PossessivePronoun|lexicon.DemonstrativePronoun):
		return !a.Is(i, lexicon.Preposition|lexicon.Comparative|lexicon.Subordinator)
	case a.IsLower(i):
		return a.AdjectiveNounEnd(i, len(a.Doc.Tokens)) > 0
	}
	return !a.Doc.Tokens[i].SentenceStart && (a.IsNoun(i) || a.IsName(i))
}

// AdjectiveNounEnd parses a noun phrase without determiner that starts with
// an adjective ("neue Maßnahmen", "hohe Kosten") at token i and returns the
// index after it, or -1. The adjective must end like an inflected one and
// have no verb reading.
func (a *Analysis) AdjectiveNounEnd(i, end int) int {
	w := words{d: a.Doc, lx: a.lex, x: a.x}
	if !a.IsLower(i) || !w.adjectiveLike(i) || a.x.Is(i, lexicon.Verb|lexicon.InflectedParticiple) {
		return -1
	}
	return w.nounAfterDeterminer(i, end)
}

// mayBeCapitalised reports whether a function word at i may be written with
// a capital: at the start of a sentence, or after a quotation mark, a colon,
// an opening bracket or a dash.
func (w words) mayBeCapitalised(i int) bool {
	if w.d.Tokens[i].SentenceStart {
		return true
	}
	if i == 0 || w.d.Tokens[i-1].Kind != checker.Punct {
		return false
	}
	s := w.text(i - 1)
	return s == ":" || s == "(" || s == "[" || checker.IsQuoteMark(s) || checker.IsDash(s)
}
