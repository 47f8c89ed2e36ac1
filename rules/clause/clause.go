package clause

import (
	"github.com/mtcheck/mtcheck/checker"
	"github.com/mtcheck/mtcheck/rules/lexicon"
)

// Kind is what a clause is, as far as its words tell.
type Kind uint8

// Clause kinds.
const (
	// Unknown clauses could be read more than one way (a clause after "und"
	// that may continue a subordinate clause, a "da" that may be an adverb).
	Unknown Kind = iota
	// Main clauses have a finite verb and no subordinating opener.
	Main
	// Subordinate clauses open with a subordinating conjunction (dass, weil …)
	// or an interrogative word after a comma; their finite verb belongs at the end.
	Subordinate
	// Relative clauses open with a relative pronoun, possibly after a
	// preposition ("…, mit dem …"); their finite verb belongs at the end.
	Relative
	// Infinitival clauses have no finite verb but a zu-infinitive or an
	// infinitive conjunction (um, ohne, statt … zu).
	Infinitival
	// Fragment is a stretch without any finite verb candidate: a noun
	// phrase between "und" and a comma, a headline, a label.
	Fragment
)

var kindNames = [...]string{"unknown", "main", "subordinate", "relative", "infinitival", "fragment"}

// String returns the kind's name: "main", "subordinate" ….
func (k Kind) String() string {
	if int(k) < len(kindNames) {
		return kindNames[k]
	}
	return "invalid"
}

// VerbFinal reports whether clauses of this kind put the finite verb last.
func (k Kind) VerbFinal() bool { return k == Subordinate || k == Relative }

// Boundary is what separates a clause from the text before it.
type Boundary uint8

// Boundaries.
const (
	// SentenceStart: the clause is the first of its sentence.
	SentenceStart Boundary = iota
	Comma
	Semicolon
	Colon
	Dash
	Bracket
	Quote
	// Coordinator: a coordinating conjunction ("und", "oder" …), which is
	// the boundary token and not part of either clause.
	Coordinator
	// Implicit: a subordinating conjunction after a word, without a comma;
	// the conjunction is the first word of the new clause.
	Implicit
	// Terminal: a question or exclamation mark, or an ellipsis, inside a
	// sentence („Kommst du?“, fragte er).
	Terminal
)

var boundaryNames = [...]string{"start", "comma", "semicolon", "colon", "dash", "bracket", "quote", "coordinator",
	"implicit", "terminal"}

// strong reports whether a boundary says more about the clause after it
// than a quote, bracket, dash or terminal mark before it: ", „" counts as a
// comma, "?“, und" as a coordinator.
func (b Boundary) strong() bool {
	switch b {
	case Comma, Semicolon, Colon, Coordinator:
		return true
	}
	return false
}

// String returns the boundary's name: "comma", "coordinator" ….
func (b Boundary) String() string {
	if int(b) < len(boundaryNames) {
		return boundaryNames[b]
	}
	return "invalid"
}

// Clause is one clause of a sentence. Token indices refer to Doc.Tokens.
type Clause struct {
	// Sentence is the index of the clause's sentence in Doc.Sentences.
	Sentence int
	// First and End delimit the clause's tokens (End exclusive): from its
	// first to its last word-like token. Punctuation inside the range (an
	// opening quote after an opener, the full stop of an abbreviation) is
	// possible; boundary tokens are outside it.
	First, End int
	// Boundary says what precedes the clause; BoundaryToken is the index of
	// that token, or -1 at the start of a sentence and for Implicit.
	Boundary      Boundary
	BoundaryToken int
	// Kind is the clause's kind; Sure is false when the kind rests on a
	// reading the lexicon marks as uncertain (als, da, während, wie …).
	Kind Kind
	Sure bool
	// Opener is the first token of the subordinating conjunction, relative
	// pronoun or interrogative that opens a Subordinate or Relative clause
	// (the preposition of "mit dem"), or -1. OpenerEnd is the index of the
	// first token after the opener phrase ("dessen Frau" is one phrase).
	Opener, OpenerEnd int
	// Finite lists the tokens that can be the finite verb of the clause, in
	// text order (lexicon.IsFinite: a capitalised word in mid-sentence counts
	// only when it cannot be a noun).
	Finite []int
	// VerbFirst is true when the first word is a finite verb candidate.
	VerbFirst bool
	// Question is true when the clause ends in a question mark or belongs
	// to a sentence that does.
	Question bool
	// Imperative is true for a verb-first main clause that is not a
	// question and whose verb is an imperative or is followed by "Sie".
	Imperative bool
	// Quoted is true when the clause's first word is inside quotation marks.
	Quoted bool
}

// Words returns the indices of the word-like tokens of the clause.
func (c *Clause) Words(d *checker.Doc) []int {
	var out []int
	for i := c.First; i < c.End; i++ {
		if d.Tokens[i].IsWordLike() {
			out = append(out, i)
		}
	}
	return out
}

// FirstWord returns the index of the clause's first word-like token, or -1.
func (c *Clause) FirstWord(d *checker.Doc) int {
	for i := c.First; i < c.End; i++ {
		if d.Tokens[i].IsWordLike() {
			return i
		}
	}
	return -1
}

// LastWord returns the index of the clause's last word-like token, or -1.
func (c *Clause) LastWord(d *checker.Doc) int {
	for i := c.End - 1; i >= c.First; i-- {
		if d.Tokens[i].IsWordLike() {
			return i
		}
	}
	return -1
}

// Fronted returns the token range before the first finite verb candidate of
// a main clause that is not verb-first: the constituent(s) in the German
// "Vorfeld". ok is false for other clauses.
func (c *Clause) Fronted(d *checker.Doc) (first, end int, ok bool) {
	if c.Kind != Main || c.VerbFirst || len(c.Finite) == 0 {
		return 0, 0, false
	}
	first = c.FirstWord(d)
	if first < 0 || first >= c.Finite[0] {
		return 0, 0, false
	}
	return first, c.Finite[0], true
}

// Analysis is the clause structure of one document.
type Analysis struct {
	Doc *checker.Doc
	// Clauses lists every clause of the document in text order.
	Clauses []Clause
	// sentence[i] is the range of sentence i's clauses in Clauses.
	sentence [][2]int32
	// quoted[i] marks tokens inside quotation marks.
	quoted []bool
	lex    *lexicon.Lexicon
	x      *Lex
}

// SentenceClauses returns the clauses of sentence i (a view into Clauses).
func (a *Analysis) SentenceClauses(i int) []Clause {
	r := a.sentence[i]
	return a.Clauses[r[0]:r[1]]
}

// Quoted reports whether token i lies inside quotation marks.
func (a *Analysis) Quoted(i int) bool { return a.quoted[i] }

// Lexicon returns the lexicon the analysis was built with.
func (a *Analysis) Lexicon() *lexicon.Lexicon { return a.lex }

// Lex returns the lexicon as asked about the document's tokens.
func (a *Analysis) Lex() *Lex { return a.x }

// shared is the clause analysis of a check's document.
var shared = checker.NewShared(func(p *checker.Pass) *Analysis {
	return analyze(LexOf(p), p.Stopped)
})

// Of returns the clause analysis of the pass's document, computed once per
// document with the default lexicon and shared by every rule.
func Of(p *checker.Pass) *Analysis { return shared.Get(p) }

// Span returns the byte span from the clause's first to its last token.
func (c *Clause) Span(d *checker.Doc) checker.Span {
	return d.Tokens[c.First].Span.To(d.Tokens[c.End-1].Span)
}
