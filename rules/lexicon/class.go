package lexicon

import (
	"math/bits"
	"strings"
)

// Class is a set of word classes a word form can belong to. Most German
// function words are ambiguous ("die" is an article, a relative and a
// demonstrative pronoun), so lookups return sets, not single tags.
type Class uint64

// Word classes. The closed classes come from data/closed.txt, Noun from
// data/nouns.txt; the verb classes are derived from the generated verb forms.
const (
	Article              Class = 1 << iota // der, die, ein, kein …: determiners of all inflected forms
	PersonalPronoun                        // ich, du, er, sie, es, wir, ihr, mich, ihm …
	PossessivePronoun                      // mein, deine, seinem, ihren, unseres …
	ReflexivePronoun                       // sich, mich, dich, uns, euch
	DemonstrativePronoun                   // dieser, jene, derselbe, solche …
	IndefinitePronoun                      // man, jemand, etwas, alle, jeder, viele …
	RelativePronoun                        // der, die, das, dem, den, dessen, deren, denen, welcher …
	Interrogative                          // wer, was, wann, wo, warum, wie, welcher, wohin …
	Preposition                            // an, auf, mit, wegen, gegenüber … (also postpositions)
	Contraction                            // am, im, zum, zur, beim, vom, ins, ans …: preposition + article
	Coordinator                            // und, oder, aber, denn, sondern, doch …
	Subordinator                           // dass, weil, ob, wenn, als, obwohl, nachdem …
	Comparative                            // als, wie as comparison particles
	InfinitiveMarker                       // zu, um, ohne, statt, anstatt before an infinitive
	Adverb                                 // adverbs and adverbials that can open a main clause: heute, deshalb, jedoch …
	Particle                               // ja, doch, halt, eben, mal, auch, nur, sogar …
	Negation                               // nicht, nie, niemals, kein …
	Numeral                                // eins, zwei, zwanzig, hundert, erste …
	Noun                                   // capitalised nouns spelled like a verb form: Macht, Stand, Waren …
	FiniteVerb                             // a finite form (indicative or subjunctive) of a listed verb
	Imperative                             // an imperative form
	Infinitive                             // a bare infinitive
	ZuInfinitive                           // a one-word zu-infinitive of a separable verb: anzukündigen
	Participle                             // a past participle
	InflectedParticiple                    // a past participle with an adjective ending: gesagte, Beschäftigten
	Auxiliary                              // any form of sein, haben, werden in their own paradigm
	Modal                                  // any form of können, müssen, dürfen, sollen, wollen, mögen (möchte)

	classCount = iota
)

// Groups of classes used by the predicates.
const (
	// Pronoun is every pronoun class (interrogatives are separate).
	Pronoun = PersonalPronoun | PossessivePronoun | ReflexivePronoun | DemonstrativePronoun |
		IndefinitePronoun | RelativePronoun
	// Verb is every verb-form class.
	Verb = FiniteVerb | Imperative | Infinitive | ZuInfinitive | Participle
	// Closed is every class listed in data/closed.txt.
	Closed = Article | Pronoun | Interrogative | Preposition | Contraction | Coordinator | Subordinator |
		Comparative | InfinitiveMarker | Adverb | Particle | Negation | Numeral
	// Function is what IsFunctionWord accepts: the closed classes except the
	// open-ended adverbials, plus the forms of auxiliaries and modals.
	Function = (Closed &^ Adverb) | Auxiliary | Modal
)

var classNames = [classCount]string{
	"article", "personal", "possessive", "reflexive", "demonstrative", "indefinite", "relative",
	"interrogative", "preposition", "contraction", "coordinator", "subordinator", "comparative",
	"infinitive-marker", "adverb", "particle", "negation", "numeral", "noun",
	"finite", "imperative", "infinitive", "zu-infinitive", "participle", "inflected-participle",
	"auxiliary", "modal",
}

// classByName maps the section names of the data files to classes.
func classByName(name string) (Class, bool) {
	for i, n := range classNames {
		if n == name {
			return 1 << i, true
		}
	}
	return 0, false
}

// Has reports whether c contains any class of x.
func (c Class) Has(x Class) bool { return c&x != 0 }

// Len is the number of classes in c.
func (c Class) Len() int { return bits.OnesCount64(uint64(c)) }

// String lists the class names joined by "|", e.g. "article|relative|demonstrative".
func (c Class) String() string {
	if c == 0 {
		return "none"
	}
	var b strings.Builder
	for i := 0; i < classCount; i++ {
		if c&(1<<i) != 0 {
			if b.Len() > 0 {
				b.WriteByte('|')
			}
			b.WriteString(classNames[i])
		}
	}
	return b.String()
}
