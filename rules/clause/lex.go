package clause

import (
	"github.com/mtcheck/mtcheck/checker"
	"github.com/mtcheck/mtcheck/rules/lexicon"
)

// Lex answers the lexicon's questions about the tokens of one document. A
// document repeats its words, so every distinct word form
// (checker.Doc.Forms) is looked up once, on first use, and every answer is
// kept for the other tokens of the same form. Each method asks the lexicon
// what the method of the same name of lexicon.Lexicon asks about the
// token's text. A Lex belongs to one check and is not safe for concurrent use.
type Lex struct {
	d     *checker.Doc
	lx    *lexicon.Lexicon
	forms []formInfo
}

// formInfo is what is known about one form: its entry and the answers to the
// questions asked so far.
type formInfo struct {
	entry lexicon.Entry
	// known marks the answers computed (and the entry, by hasEntry); yes
	// holds them.
	known, yes question
}

// question is one question about a form, as a bit: the lexicon's derived
// questions below, then those of NewQuestion.
type question uint64

const (
	hasEntry question = 1 << iota
	qFinite
	qMaybeNoun
	qStrongSubordinator
	qCommonFinite
	qNominalisedFinite
	firstQuestion
)

// NewLex returns the lexicon lx as asked about the tokens of d.
func NewLex(d *checker.Doc, lx *lexicon.Lexicon) *Lex {
	return &Lex{d: d, lx: lx, forms: make([]formInfo, len(d.Forms))}
}

// sharedLex is the document's Lex over the default lexicon.
var sharedLex = checker.NewShared(func(p *checker.Pass) *Lex { return NewLex(p.Doc, lexicon.Default()) })

// LexOf returns the Lex of the pass's document over the default lexicon,
// shared by every rule of the check and by the clause analysis.
func LexOf(p *checker.Pass) *Lex { return sharedLex.Get(p) }

// Lexicon returns the lexicon asked.
func (x *Lex) Lexicon() *lexicon.Lexicon { return x.lx }

// form returns the information on token i's form, with its entry looked up.
func (x *Lex) form(i int) *formInfo {
	f := &x.forms[x.d.Tokens[i].Form]
	if f.known&hasEntry == 0 {
		f.entry = x.lx.Lookup(x.d.TokenText(i))
		f.known |= hasEntry
	}
	return f
}

// ask returns the answer to the lexicon's question q about token i,
// computing it with compute on the token's text the first time its form is
// asked.
func (x *Lex) ask(i int, q question, compute func(*lexicon.Lexicon, string) bool) bool {
	f := &x.forms[x.d.Tokens[i].Form]
	if f.known&q == 0 {
		f.known |= q
		if compute(x.lx, x.d.TokenText(i)) {
			f.yes |= q
		}
	}
	return f.yes&q != 0
}

// A Question is a yes/no question about the text of a word that rules ask
// at many tokens, such as whether it is in a word list: Lex.Ask answers it
// once per form of a document. The answer must depend on the text alone
// (and its lexicon entry, which is the text's).
type Question struct {
	bit question
	// Either text or entry answers the question.
	text  func(text string) bool
	entry func(text string, e *lexicon.Entry) bool
}

// questions counts the questions made so far.
var questions = firstQuestion

// NewQuestion returns the question that answer answers about a word's
// text. Call it only to initialise a package-level variable; there can be
// 58 questions in all.
func NewQuestion(answer func(text string) bool) *Question {
	return newQuestion(&Question{text: answer})
}

// NewEntryQuestion is NewQuestion for an answer that needs the word's
// lexicon entry (lexicon.Lexicon.Lookup of the text), which Lex has at hand.
func NewEntryQuestion(answer func(text string, e *lexicon.Entry) bool) *Question {
	return newQuestion(&Question{entry: answer})
}

func newQuestion(q *Question) *Question {
	if questions == 0 {
		panic("clause: too many questions")
	}
	q.bit = questions
	questions <<= 1
	return q
}

// Ask returns the answer to q about the text of token i.
func (x *Lex) Ask(i int, q *Question) bool {
	f := &x.forms[x.d.Tokens[i].Form]
	if f.known&q.bit == 0 {
		var yes bool
		if q.entry != nil {
			yes = q.entry(x.d.TokenText(i), x.Entry(i))
		} else {
			yes = q.text(x.d.TokenText(i))
		}
		f.known |= q.bit
		if yes {
			f.yes |= q.bit
		}
	}
	return f.yes&q.bit != 0
}

// Entry returns the lexicon entry of token i's text (lexicon.Lexicon.Lookup).
// It is shared and must not be modified.
func (x *Lex) Entry(i int) *lexicon.Entry { return &x.form(i).entry }

// Classes returns the classes token i's text can belong to.
func (x *Lex) Classes(i int) lexicon.Class { return x.form(i).entry.Class }

// Is reports whether token i's text can belong to any class of c.
func (x *Lex) Is(i int, c lexicon.Class) bool { return x.form(i).entry.Class&c != 0 }

// VerbInfo returns the verb readings of token i's text. The slice is shared
// and must not be modified.
func (x *Lex) VerbInfo(i int) []lexicon.Analysis { return x.form(i).entry.Verbs }

// IsFiniteAnyCase reports whether token i's text is a finite verb form when
// its capital is ignored (lexicon.Lexicon.IsFiniteAnyCase).
func (x *Lex) IsFiniteAnyCase(i int) bool {
	c := x.Classes(i)
	return c&lexicon.FiniteVerb != 0 && c&lexicon.Closed == 0
}

// IsFinite reports whether token i's text reads as a finite verb (lexicon.Lexicon.IsFinite).
func (x *Lex) IsFinite(i int) bool { return x.ask(i, qFinite, (*lexicon.Lexicon).IsFinite) }

// MaybeNoun reports whether token i's text, capitalised, can be read as a
// noun (lexicon.Lexicon.MaybeNoun).
func (x *Lex) MaybeNoun(i int) bool { return x.ask(i, qMaybeNoun, (*lexicon.Lexicon).MaybeNoun) }

// IsStrongSubordinator reports whether token i's text is a subordinating
// conjunction and nothing else (lexicon.Lexicon.IsStrongSubordinator).
func (x *Lex) IsStrongSubordinator(i int) bool {
	return x.ask(i, qStrongSubordinator, (*lexicon.Lexicon).IsStrongSubordinator)
}

// IsWeakSubordinator reports whether token i's text can be a subordinating
// conjunction but is as often something else (lexicon.Lexicon.IsWeakSubordinator).
func (x *Lex) IsWeakSubordinator(i int) bool {
	return x.Is(i, lexicon.Subordinator) && !x.IsStrongSubordinator(i)
}

// IsCommonFinite reports whether token i's text is a finite verb through a
// common reading (lexicon.Lexicon.IsCommonFinite).
func (x *Lex) IsCommonFinite(i int) bool {
	return x.ask(i, qCommonFinite, (*lexicon.Lexicon).IsCommonFinite)
}

// IsNominalisedFinite reports whether token i's text is a past finite form
// that may be a noun (lexicon.Lexicon.IsNominalisedFinite).
func (x *Lex) IsNominalisedFinite(i int) bool {
	return x.ask(i, qNominalisedFinite, (*lexicon.Lexicon).IsNominalisedFinite)
}

// Doc returns the document whose tokens x is asked about.
func (x *Lex) Doc() *checker.Doc { return x.d }
