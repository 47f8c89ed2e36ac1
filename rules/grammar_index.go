package rules

import (
	"iter"
	"slices"
	"strings"

	"github.com/mtcheck/mtcheck/checker"
	"github.com/mtcheck/mtcheck/rules/lexicon"
)

// grammarIndex lists, per German-grammar rule, the tokens where the rule
// can find something, from one pass over the document's tokens and one
// look at each distinct word form. The rules of the family then visit their
// candidates only, so that twelve rules cost about one pass.
type grammarIndex struct {
	weekday, dasDass, casing, number, repeated, spacing, compound, capital, nominal, subordinator []int32
	// Prefix counts over tokens (the count in [0, i) at index i) of finite
	// forms of sein, and of finite forms of haben, werden and the modals;
	// computed on first use (auxiliaries).
	sein, auxiliary []int32
	forms           []uint32
	doc             *checker.Doc
}

// sharedGrammarIndex is the document's grammar index, computed on first use.
var sharedGrammarIndex = checker.NewShared(newGrammarIndex)

// grammarIndexOf returns the document's grammar index.
func grammarIndexOf(pass *checker.Pass) *grammarIndex { return sharedGrammarIndex.Get(pass) }

// Per-form properties the index asks once per distinct word.
const (
	formWeekday uint32 = 1 << iota
	formDasDass
	formCasingStart
	formNumberWord
	formContraction
	formNominalStart
	formCapitalCandidate
	formCasingSecond
	formSuperlative
	formSein
	formAuxiliary
	formListedNoun
	formInfinitive
	formSpaceMark
	formClosed
	formCommaSubordinator
)

func newGrammarIndex(pass *checker.Pass) *grammarIndex {
	d := pass.Doc
	forms := make([]uint32, len(d.Forms))
	gx := &grammarIndex{forms: forms, doc: d}
	for i := range forms {
		forms[i] = formPropertiesMemo.Get(pass, d.Forms[i].Text)
	}
	toks := d.Tokens
	n := len(toks)
	last := -1
	for i := range toks {
		t := &toks[i]
		if t.Sentence != last {
			if pass.Stopped() {
				return gx
			}
			last = t.Sentence
		}
		f := forms[t.Form]
		if t.Kind != checker.Word {
			switch {
			case t.Kind == checker.Punct:
				if f&formSpaceMark != 0 && (t.SpaceBefore || i+1 < n && !toks[i+1].SpaceBefore) {
					gx.spacing = append(gx.spacing, int32(i))
				}
				if !t.SpaceBefore && i > 0 && toks[i-1].Kind == checker.Number {
					gx.number = append(gx.number, int32(i))
				}
			case i > 0 && t.SpaceBefore && t.Start-toks[i-1].End >= 2:
				gx.spacing = append(gx.spacing, int32(i))
			}
			continue
		}
		if i > 0 && t.SpaceBefore && t.Start-toks[i-1].End >= 2 || t.Shape == checker.Mixed {
			gx.spacing = append(gx.spacing, int32(i))
		}
		if i > 0 && t.SpaceBefore && toks[i-1].Kind == checker.Word &&
			(toks[i-1].Form == t.Form || toks[i-1].SentenceStart && d.TokenLower(i-1) == d.TokenLower(i)) {
			gx.repeated = append(gx.repeated, int32(i-1))
		}
		if i+1 < n && t.Shape != checker.Lower && f&formClosed == 0 && toks[i+1].Shape == checker.Capitalized &&
			forms[toks[i+1].Form]&formListedNoun != 0 && toks[i+1].Kind == checker.Word {
			gx.compound = append(gx.compound, int32(i))
		}
		if f == 0 {
			continue
		}
		if f&formWeekday != 0 {
			gx.weekday = append(gx.weekday, int32(i))
		}
		if f&formDasDass != 0 {
			gx.dasDass = append(gx.dasDass, int32(i))
		}
		if f&formCasingStart != 0 && i+1 < n && forms[toks[i+1].Form]&(formCasingSecond|formSuperlative) != 0 {
			gx.casing = append(gx.casing, int32(i))
		}
		if f&formNumberWord != 0 {
			gx.number = append(gx.number, int32(i))
		}
		if f&formCommaSubordinator != 0 && t.Shape == checker.Lower {
			gx.subordinator = append(gx.subordinator, int32(i))
		}
		switch t.Shape {
		case checker.Lower:
			if f&formInfinitive != 0 && i > 0 {
				pf := forms[toks[i-1].Form]
				if pf&formContraction != 0 || pf&formNominalStart != 0 && toks[i-1].SentenceStart {
					gx.nominal = append(gx.nominal, int32(i))
				}
			}
		case checker.Capitalized:
			if !t.SentenceStart && f&formCapitalCandidate != 0 {
				gx.capital = append(gx.capital, int32(i))
			}
		}
	}
	return gx
}

// formPropertiesMemo keeps formProperties across the documents an engine
// checks: most of a short document's forms were seen before.
var formPropertiesMemo = checker.NewFormMemo(func(text string) uint32 {
	return formProperties(checker.Form{Text: text, Lower: strings.ToLower(text)})
})

// formProperties computes the per-form properties of a word form.
func formProperties(f checker.Form) uint32 {
	var p uint32
	w, low := f.Text, f.Lower
	if w == "" {
		return 0
	}
	switch w {
	case ",", ".", ";", "!", "?":
		return formSpaceMark
	}
	l := germanLexicon()
	e := l.Lookup(low)
	if e.Class&lexicon.Closed != 0 {
		p |= formClosed
	}
	if commaSubordinators[low] && e.Class&lexicon.Subordinator != 0 {
		p |= formCommaSubordinator
	}
	if checker.IsWeekday(w) {
		p |= formWeekday
	}
	switch low {
	case "das", "dass", "daß":
		p |= formDasDass
	case "von", "zwischen":
		p |= formNumberWord
	}
	if _, ok := casingPhraseTable[low]; ok {
		p |= formCasingStart
	}
	if casingPhraseSeconds[w] {
		p |= formCasingSecond
	}
	if w != low && strings.HasSuffix(low, "sten") {
		p |= formSuperlative
	}
	if w[0] >= '0' && w[0] <= '9' {
		p |= formNumberWord
	}
	if nominalisingContractions[w] {
		p |= formContraction
	}
	switch w {
	case "Das", "Dem", "Beim", "Zum":
		p |= formNominalStart
	}
	if w != low && (e.Class&lexicon.Verb != 0 || isAdjectiveStem(low) || capitalisedAdjective(w, lowerFirstOfForm(f)) ||
		unmarkedAdjective(w, lowerFirstOfForm(f)) || e.Class&lexicon.Numeral != 0 && ordinalForm(low) ||
		suffixAdjective(w, lowerFirstOfForm(f))) {
		p |= formCapitalCandidate
	}
	if e.Class&lexicon.Infinitive != 0 {
		p |= formInfinitive
	}
	if w != low && isListedNoun(l, w) {
		p |= formListedNoun
	}
	if e.Class&(lexicon.Auxiliary|lexicon.Modal) != 0 && e.Class&lexicon.FiniteVerb != 0 {
		if e.Class&lexicon.Modal == 0 && slices.Contains(e.Lemmas, "sein") && len(e.Lemmas) == 1 {
			p |= formSein
		} else {
			p |= formAuxiliary
		}
	}
	return p
}

// candidates yields the token indices of list, asking the pass whether it
// is stopped whenever the sentence changes.
func candidates(pass *checker.Pass, list []int32) iter.Seq[int] {
	return func(yield func(int) bool) {
		last := -1
		for _, i := range list {
			if s := pass.Doc.Tokens[i].Sentence; s != last {
				if pass.Stopped() {
					return
				}
				last = s
			}
			if !yield(int(i)) {
				return
			}
		}
	}
}

// auxiliaryBefore reports whether a finite form of sein, haben, werden or a
// modal stands in [first, end): an infinitive or participle at the end of
// the stretch then belongs to it.
func (gx *grammarIndex) auxiliaryBefore(first, end int) bool {
	gx.auxiliaries()
	return in(gx.sein, first, end)+in(gx.auxiliary, first, end) > 0
}

// auxiliaries computes the prefix counts of auxiliaries on first use.
func (gx *grammarIndex) auxiliaries() {
	if gx.sein != nil {
		return
	}
	d := gx.doc
	gx.sein, gx.auxiliary = make([]int32, len(d.Tokens)+1), make([]int32, len(d.Tokens)+1)
	for i := range d.Tokens {
		t := &d.Tokens[i]
		f := gx.forms[t.Form]
		gx.sein[i+1], gx.auxiliary[i+1] = gx.sein[i], gx.auxiliary[i]
		if t.Kind == checker.Word && f&formSein != 0 {
			gx.sein[i+1]++
		}
		if t.Kind == checker.Word && f&formAuxiliary != 0 {
			gx.auxiliary[i+1]++
		}
	}
}

// predicativeAfterSein reports whether a finite form of "sein" and no other
// auxiliary or modal stands in [first, end): a participle at the end is then
// a predicative adjective ("wären wir verzweifelt"), not a verb.
func (gx *grammarIndex) predicativeAfterSein(first, end int) bool {
	gx.auxiliaries()
	return in(gx.sein, first, end) > 0 && in(gx.auxiliary, first, end) == 0
}
