package corpus

import (
	"hash/fnv"
	"math/rand/v2"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/mtcheck/mtcheck/checker"
	"github.com/mtcheck/mtcheck/rules/lexicon"
)

// Error injection turns native German with gold annotation (a CoNLL-U
// treebank) into test sentences with one error each, of a known kind and at
// a known span: the errors machine translation from English makes in German.
// The injected sentences are made at run time from the treebank and never
// stored (the treebank's licence does not allow copying it).

// Injection categories, in report order.
const (
	InjectCommaRelative  = "comma-relative"   // the comma before a relative clause deleted
	InjectCommaSubclause = "comma-subclause"  // the comma before a clause opened by dass, weil, ob … deleted
	InjectDasDass        = "das-dass"         // dass written das, or the pronoun das written dass
	InjectNounLower      = "noun-lowercase"   // a noun written in lower case
	InjectCapital        = "capitalised-word" // a verb or adjective capitalised mid-sentence
	InjectCompound       = "compound-split"   // a compound noun written as two words
	InjectDuplicate      = "duplicate-word"   // a word written twice
	InjectNumber         = "number-format"    // a number, unit, percentage, time or date written the English way
	InjectDirectSpeech   = "direct-speech"    // quotation marks or commas of direct speech the English way
	InjectSpacing        = "spacing"          // a space before punctuation, none after a comma, or two spaces
)

// InjectCategories returns every injection category, in report order.
func InjectCategories() []string {
	return []string{InjectCommaRelative, InjectCommaSubclause, InjectDasDass, InjectNounLower, InjectCapital,
		InjectCompound, InjectDuplicate, InjectNumber, InjectDirectSpeech, InjectSpacing}
}

// DefaultInjectSeed is the seed of the figures the project reports.
const DefaultInjectSeed = 1

// InjectOptions configure Inject.
type InjectOptions struct {
	// Seed makes the choices (which word, which variant) reproducible: the
	// same treebank, seed and categories give the same sentences.
	Seed uint64
	// Categories restricts the injection to these categories; nil means all.
	Categories []string
}

// InjectedSentence is one treebank sentence with one injected error.
type InjectedSentence struct {
	// SentID and N identify the treebank sentence; Half is 1 for the first
	// half of the treebank by sent_id order (the part rules are tuned on)
	// and 2 for the second (held out).
	SentID string
	N      int
	Half   int
	// Category is the kind of error (Inject… constants), Detail the variant
	// ("dass→das", "percent", "comma-inside" …).
	Category, Detail string
	// Original is the sentence as written, Text the sentence with the error.
	Original, Text string
	// Span is the error's byte span in Text: the changed words, or the two
	// words around a deleted comma.
	Span checker.Span
}

// Inject reads the CoNLL-U treebank at conlluPath and returns, for every
// sentence and every category that applies to it, the sentence with one
// error of that category, in sent_id order.
func Inject(conlluPath string, opt InjectOptions) ([]InjectedSentence, error) {
	sents, err := ReadTreebankFile(conlluPath)
	if err != nil {
		return nil, err
	}
	return InjectSentences(sents, opt), nil
}

// InjectSentences is Inject on sentences already read.
func InjectSentences(sents []TreebankSentence, opt InjectOptions) []InjectedSentence {
	cats := opt.Categories
	if cats == nil {
		cats = InjectCategories()
	}
	v := newNounVocabulary(sents)
	var out []InjectedSentence
	for i := range sents {
		s := &sents[i]
		half := halfOf(i, len(sents))
		orig := s.Text()
		for _, cat := range cats {
			inj, ok := injectors[cat]
			if !ok {
				continue
			}
			rng := rand.New(rand.NewPCG(opt.Seed, seedOf(s.ID, cat)))
			e, ok := inj(s, rng, v)
			if !ok {
				continue
			}
			text, starts := renderTokens(e.toks)
			span := checker.Span{Start: starts[e.first], End: starts[e.last] + len(e.toks[e.last].Form)}
			out = append(out, InjectedSentence{SentID: s.ID, N: s.N, Half: half, Category: cat, Detail: e.detail,
				Original: orig, Text: text, Span: span})
		}
	}
	return out
}

// halfOf returns 1 for the first half of n sentences (the larger half when n
// is odd) and 2 for the second.
func halfOf(i, n int) int {
	if i < (n+1)/2 {
		return 1
	}
	return 2
}

// seedOf derives the second word of a sentence's random stream from its ID
// and the category, so that every choice depends only on the seed, the
// sentence and the category.
func seedOf(id, cat string) uint64 {
	h := fnv.New64a()
	h.Write([]byte(id))
	h.Write([]byte{0})
	h.Write([]byte(cat))
	return h.Sum64()
}

// edit is an injected error: the new tokens and the tokens [first, last]
// that make up the error's span.
type edit struct {
	toks        []SurfaceToken
	first, last int
	detail      string
}

type injector func(s *TreebankSentence, rng *rand.Rand, v *nounVocabulary) (edit, bool)

var injectors = map[string]injector{
	InjectCommaRelative:  injectCommaRelative,
	InjectCommaSubclause: injectCommaSubclause,
	InjectDasDass:        injectDasDass,
	InjectNounLower:      injectNounLower,
	InjectCapital:        injectCapital,
	InjectCompound:       injectCompound,
	InjectDuplicate:      injectDuplicate,
	InjectNumber:         injectNumber,
	InjectDirectSpeech:   injectDirectSpeech,
	InjectSpacing:        injectSpacing,
}

// pick returns one of the candidates at random, or false when there is none.
func pick[T any](rng *rand.Rand, cands []T) (T, bool) {
	var zero T
	if len(cands) == 0 {
		return zero, false
	}
	return cands[rng.IntN(len(cands))], true
}

// cloneTokens copies the tokens so that an edit leaves the sentence alone.
func cloneTokens(toks []SurfaceToken) []SurfaceToken { return slices.Clone(toks) }

// leftmost returns, per word, the index of the leftmost word of its subtree,
// punctuation not counted (UD attaches the comma before a clause to the clause).
func leftmost(s *TreebankSentence) []int {
	left := make([]int, len(s.Words))
	for i := range left {
		left[i] = i
	}
	for i := range s.Words {
		if s.Words[i].UPOS == "PUNCT" {
			continue
		}
		for h, steps := s.Words[i].Head, 0; h > 0 && steps < len(s.Words); h, steps = s.Words[h-1].Head, steps+1 {
			left[h-1] = min(left[h-1], i)
		}
	}
	return left
}

// deleteCommaBefore removes the comma token before token t and returns the
// edit, whose span runs from the word before the comma to token t.
func deleteCommaBefore(s *TreebankSentence, t int, detail string) (edit, bool) {
	if t < 2 || s.Tokens[t-1].Form != "," || !isWordForm(s.Tokens[t-2].Form) {
		return edit{}, false
	}
	toks := cloneTokens(s.Tokens)
	toks[t-2].SpaceAfter = true
	toks = slices.Delete(toks, t-1, t)
	return edit{toks: toks, first: t - 2, last: t - 1, detail: detail}, true
}

func injectCommaRelative(s *TreebankSentence, rng *rand.Rand, _ *nounVocabulary) (edit, bool) {
	left := leftmost(s)
	var cands []int
	for i, w := range s.Words {
		if w.DepRel != "acl:relcl" && w.DepRel != "acl" {
			continue
		}
		l := left[i]
		// The clause opens with the relative pronoun, or with a preposition
		// and the pronoun ("mit dem").
		rel := isRelative(s.Words[l]) || l+1 < len(s.Words) && s.Words[l].UPOS == "ADP" && isRelative(s.Words[l+1])
		if rel {
			cands = append(cands, s.Words[l].Token)
		}
	}
	t, ok := pick(rng, cands)
	if !ok {
		return edit{}, false
	}
	return deleteCommaBefore(s, t, "relative")
}

// isRelative reports whether w is a relative pronoun (STTS PRELS, or a
// PronType with Rel: "Dem,Rel").
func isRelative(w GoldWord) bool {
	return w.XPOS == "PRELS" || w.XPOS == "PRELAT" || slices.Contains(strings.Split(w.Feat("PronType"), ","), "Rel")
}

// commaMarks are the subordinating conjunctions whose clause the comma
// injection strips of its comma.
var commaMarks = map[string]bool{
	"dass": true, "daß": true, "ob": true, "weil": true, "wenn": true, "obwohl": true, "nachdem": true,
	"als": true, "damit": true, "während": true, "bevor": true, "da": true, "seit": true, "seitdem": true,
	"sodass": true, "bis": true, "falls": true, "sobald": true, "solange": true, "indem": true, "obgleich": true,
}

func injectCommaSubclause(s *TreebankSentence, rng *rand.Rand, _ *nounVocabulary) (edit, bool) {
	left := leftmost(s)
	type cand struct {
		tok  int
		mark string
	}
	var cands []cand
	for i, w := range s.Words {
		if w.DepRel != "mark" || w.UPOS != "SCONJ" || !commaMarks[strings.ToLower(w.Form)] || w.Head == 0 {
			continue
		}
		h := w.Head - 1
		switch strings.SplitN(s.Words[h].DepRel, ":", 2)[0] {
		case "ccomp", "advcl", "csubj", "acl", "parataxis", "conj":
		default:
			continue
		}
		if left[h] != i {
			continue // something precedes the conjunction in its clause ("auch wenn")
		}
		cands = append(cands, cand{w.Token, strings.ToLower(w.Form)})
	}
	c, ok := pick(rng, cands)
	if !ok {
		return edit{}, false
	}
	return deleteCommaBefore(s, c.tok, c.mark)
}

func injectDasDass(s *TreebankSentence, rng *rand.Rand, _ *nounVocabulary) (edit, bool) {
	type cand struct {
		tok  int
		with string
	}
	var cands []cand
	for _, w := range s.Words {
		t := w.Token
		if len(s.Tokens[t].Words) != 1 || t == 0 {
			continue
		}
		switch {
		case w.UPOS == "SCONJ" && (w.Form == "dass" || w.Form == "daß"):
			cands = append(cands, cand{t, "das"})
		case w.UPOS == "PRON" && w.Form == "das" && (w.XPOS == "PRELS" || w.XPOS == "PDS"):
			cands = append(cands, cand{t, "dass"})
		}
	}
	c, ok := pick(rng, cands)
	if !ok {
		return edit{}, false
	}
	toks := cloneTokens(s.Tokens)
	detail := toks[c.tok].Form + "→" + c.with
	toks[c.tok].Form = c.with
	return edit{toks: toks, first: c.tok, last: c.tok, detail: detail}, true
}

// isWordForm reports whether w starts with a letter or digit.
func isWordForm(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

// capitalisedWord reports whether w is a capitalised word of letters ("Haus", not "BBC").
func capitalisedWord(w string) bool {
	r, n := utf8.DecodeRuneInString(w)
	return checker.IsLetters(w) && unicode.IsUpper(r) && utf8.RuneCountInString(w) > 1 && strings.ToLower(w[n:]) == w[n:]
}

// firstInSentence reports whether token t is the first word of the sentence
// (only punctuation, such as an opening quote, before it).
func firstInSentence(s *TreebankSentence, t int) bool {
	for i := 0; i < t; i++ {
		if isWordForm(s.Tokens[i].Form) {
			return false
		}
	}
	return true
}

// afterSentenceEnd reports whether token t follows a sentence end mark or a
// colon (where a capital may start a new sentence).
func afterSentenceEnd(s *TreebankSentence, t int) bool {
	for i := t - 1; i >= 0; i-- {
		f := s.Tokens[i].Form
		if isWordForm(f) {
			return false
		}
		if strings.ContainsAny(f, ".!?:") {
			return true
		}
	}
	return true
}

func injectNounLower(s *TreebankSentence, rng *rand.Rand, _ *nounVocabulary) (edit, bool) {
	return recaseWord(s, rng, func(w GoldWord) bool {
		return w.UPOS == "NOUN" && capitalisedWord(w.Form)
	}, lowerFirst)
}

func injectCapital(s *TreebankSentence, rng *rand.Rand, _ *nounVocabulary) (edit, bool) {
	e, ok := recaseWord(s, rng, func(w GoldWord) bool {
		return (w.UPOS == "VERB" || w.UPOS == "AUX" || w.UPOS == "ADJ") && checker.IsLetters(w.Form) &&
			w.Form == strings.ToLower(w.Form) && utf8.RuneCountInString(w.Form) >= 3
	}, upperFirst)
	if !ok {
		return edit{}, false
	}
	e.detail = "verb"
	if s.Words[s.Tokens[e.first].Words[0]].UPOS == "ADJ" {
		e.detail = "adjective"
	}
	return e, true
}

// recaseWord picks one of the words that are a token of their own inside
// the sentence (not its first word, not after a sentence end) for which
// want holds, and rewrites its form with recase.
func recaseWord(s *TreebankSentence, rng *rand.Rand, want func(GoldWord) bool, recase func(string) string) (edit, bool) {
	var cands []int
	for _, w := range s.Words {
		t := w.Token
		if !want(w) || len(s.Tokens[t].Words) != 1 || firstInSentence(s, t) || afterSentenceEnd(s, t) {
			continue
		}
		cands = append(cands, t)
	}
	t, ok := pick(rng, cands)
	if !ok {
		return edit{}, false
	}
	toks := cloneTokens(s.Tokens)
	toks[t].Form = recase(toks[t].Form)
	return edit{toks: toks, first: t, last: t}, true
}

func injectDuplicate(s *TreebankSentence, rng *rand.Rand, _ *nounVocabulary) (edit, bool) {
	var cands []int
	for t, tok := range s.Tokens {
		if checker.IsLetters(tok.Form) && tok.SpaceAfter && t+1 < len(s.Tokens) {
			cands = append(cands, t)
		}
	}
	t, ok := pick(rng, cands)
	if !ok {
		return edit{}, false
	}
	toks := cloneTokens(s.Tokens)
	dup := SurfaceToken{Form: toks[t].Form, SpaceAfter: true}
	if firstInSentence(s, t) {
		dup.Form = lowerFirst(dup.Form) // "Die die Frau" reads as a stutter of the first word
		if isSentenceInitialNoun(s, t) {
			dup.Form = toks[t].Form
		}
	}
	toks = slices.Insert(toks, t+1, dup)
	return edit{toks: toks, first: t, last: t + 1}, true
}

// isSentenceInitialNoun reports whether token t is a noun or name, which
// keeps its capital when repeated.
func isSentenceInitialNoun(s *TreebankSentence, t int) bool {
	for _, wi := range s.Tokens[t].Words {
		if u := s.Words[wi].UPOS; u == "NOUN" || u == "PROPN" {
			return true
		}
	}
	return false
}

func lowerFirst(w string) string {
	r, n := utf8.DecodeRuneInString(w)
	return string(unicode.ToLower(r)) + w[n:]
}

func upperFirst(w string) string {
	r, n := utf8.DecodeRuneInString(w)
	return string(unicode.ToUpper(r)) + w[n:]
}

// nounVocabulary knows the nouns compound splitting may produce: the gold
// nouns of the treebank (forms and lemmas) and the lexicon's nouns.
type nounVocabulary struct {
	gold map[string]bool
	lx   *lexicon.Lexicon
}

func newNounVocabulary(sents []TreebankSentence) *nounVocabulary {
	v := &nounVocabulary{gold: map[string]bool{}, lx: lexicon.Default()}
	for _, s := range sents {
		for _, w := range s.Words {
			if w.UPOS == "NOUN" {
				v.gold[w.Form] = true
				v.gold[w.Lemma] = true
			}
		}
	}
	return v
}

// isNoun reports whether a capitalised w is a known noun.
func (v *nounVocabulary) isNoun(w string) bool {
	if utf8.RuneCountInString(w) < 3 {
		return false
	}
	for _, stem := range nounStems(w) {
		if v.gold[stem] || v.lx.Lookup(stem).Class&lexicon.Noun != 0 && v.lx.Lookup(stem).Folded&lexicon.Noun == 0 {
			return true
		}
	}
	return false
}

// nounStems returns w and the forms it may be an inflection of: without a
// plural or case ending, and with the umlaut of a plural undone
// ("Verträge" → "Verträge", "Verträg", "Vertrag").
func nounStems(w string) []string {
	out := []string{w}
	for _, end := range []string{"e", "en", "n", "er", "s", "es"} {
		if stem, ok := strings.CutSuffix(w, end); ok && utf8.RuneCountInString(stem) >= 3 {
			out = append(out, stem)
		}
	}
	for _, s := range out[:len(out):len(out)] {
		if k := strings.LastIndexAny(s, "äöü"); k >= 0 {
			r, n := utf8.DecodeRuneInString(s[k:])
			plain := map[rune]string{'ä': "a", 'ö': "o", 'ü': "u"}[r]
			out = append(out, s[:k]+plain+s[k+n:])
		}
	}
	return out
}

// linkingElements are the joints between the parts of a compound
// ("Arbeit-s-markt", "Kunde-n-dienst").
var linkingElements = []string{"", "s", "es", "n", "en", "e", "er"}

// splitCompound splits a compound noun into a modifier (with its linking
// element, as written) and a capitalised head, both known nouns; the longest
// head wins ("Bundeswirtschaftsminister" → "Bundeswirtschafts Minister" if
// "Minister" is the longest known head). It returns false when no split is known.
func (v *nounVocabulary) splitCompound(w string) (string, string, bool) {
	if !capitalisedWord(w) || utf8.RuneCountInString(w) < 7 {
		return "", "", false
	}
	for k := range w {
		if k == 0 || utf8.RuneCountInString(w[:k]) < 3 || utf8.RuneCountInString(w[k:]) < 4 {
			continue
		}
		head := upperFirst(w[k:])
		if !v.isNoun(head) {
			continue
		}
		mod := w[:k]
		for _, link := range linkingElements {
			stem, ok := strings.CutSuffix(mod, link)
			if ok && (v.isNoun(stem) || v.isNoun(stem+"e")) {
				return mod, head, true
			}
		}
	}
	return "", "", false
}

func injectCompound(s *TreebankSentence, rng *rand.Rand, v *nounVocabulary) (edit, bool) {
	type cand struct {
		tok       int
		mod, head string
	}
	var cands []cand
	for _, w := range s.Words {
		if w.UPOS != "NOUN" || len(s.Tokens[w.Token].Words) != 1 {
			continue
		}
		if mod, head, ok := v.splitCompound(w.Form); ok {
			cands = append(cands, cand{w.Token, mod, head})
		}
	}
	c, ok := pick(rng, cands)
	if !ok {
		return edit{}, false
	}
	toks := cloneTokens(s.Tokens)
	second := SurfaceToken{Form: c.head, SpaceAfter: toks[c.tok].SpaceAfter}
	toks[c.tok] = SurfaceToken{Form: c.mod, SpaceAfter: true}
	toks = slices.Insert(toks, c.tok+1, second)
	return edit{toks: toks, first: c.tok, last: c.tok + 1}, true
}
