package rules

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/mtcheck/mtcheck/checker"
	"github.com/mtcheck/mtcheck/rules/clause"
	"github.com/mtcheck/mtcheck/rules/lexicon"
)

// Helpers shared by the German-grammar rules (registry_grammar.go): nouns of
// the lexicon, inflected forms and the places a rule keeps away from.

// eachNounStem calls yield with w and then with the dictionary forms it may
// be an inflection of, until yield returns false: without a plural or case
// ending, with -o, -um or -a for -en ("Konten" → "Konto"), without the -n of
// nouns in -e, -el and -er ("Adressen" → "Adresse"), and last with the
// umlaut of a plural undone ("Verträge" → "Verträg" → "Vertrag"). The
// lexicon lists nouns in their dictionary form. It allocates only the forms
// it builds, and none of them when yield is satisfied early.
func eachNounStem(w string, yield func(string) bool) {
	if !yield(w) {
		return
	}
	var buf [12]string
	stems := buf[:0]
	for _, end := range nounEndings {
		stem, ok := strings.CutSuffix(w, end)
		if !ok || utf8.RuneCountInString(stem) < 3 {
			continue
		}
		if !yield(stem) {
			return
		}
		stems = append(stems, stem)
		if end == "en" { // "Firmen", "Zentren", "Konten"; not "Open" from "Opa"
			for _, v := range [...]string{"o", "um", "a"} {
				form := stem + v
				if !yield(form) {
					return
				}
				stems = append(stems, form)
			}
		}
	}
	if stem, ok := strings.CutSuffix(w, "n"); ok && utf8.RuneCountInString(stem) >= 3 &&
		(strings.HasSuffix(stem, "e") || strings.HasSuffix(stem, "el") || strings.HasSuffix(stem, "er")) {
		if !yield(stem) {
			return
		}
		stems = append(stems, stem)
	}
	for _, s := range stems {
		if k := strings.LastIndexAny(s, "äöü"); k >= 0 {
			r, size := utf8.DecodeRuneInString(s[k:])
			if !yield(s[:k] + string(umlautBase[r]) + s[k+size:]) {
				return
			}
		}
	}
}

// nounEndings are the plural and case endings eachNounStem takes off.
var nounEndings = [...]string{"e", "er", "ern", "s", "es", "en"}

// umlautBase maps an umlaut to its base vowel.
var umlautBase = map[rune]rune{'ä': 'a', 'ö': 'o', 'ü': 'u'}

// isListedNoun reports whether the capitalised w is a noun of the lexicon
// in its dictionary form or an inflection of one, and the lexicon's noun
// reading is not only that of a folded lower-case word.
func isListedNoun(l *lexicon.Lexicon, w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	if !unicode.IsUpper(r) || utf8.RuneCountInString(w) < 3 {
		return false
	}
	_, ok := listedNounForm(l, w)
	return ok
}

// listedNounForm returns the dictionary form of the lexicon that the
// capitalised w is or inflects (isListedNoun).
func listedNounForm(l *lexicon.Lexicon, w string) (string, bool) {
	var form string
	eachNounStem(w, func(stem string) bool {
		if e := l.Lookup(stem); e.Class&lexicon.Noun != 0 && e.Folded&lexicon.Noun == 0 {
			form = stem
			return false
		}
		return true
	})
	return form, form != ""
}

// isKnownNoun asks whether a capitalised word is a listed noun or an
// inflection of one (isListedNoun).
var isKnownNoun = clause.NewQuestion(func(w string) bool { return isListedNoun(germanLexicon(), w) })

// isKnownNounLower asks whether a lower-case word, capitalised, is a
// listed noun or an inflection of one ("vertrag", "verträge").
var isKnownNounLower = clause.NewQuestion(func(w string) bool {
	if w == "" || w != strings.ToLower(w) {
		return false
	}
	l := germanLexicon()
	form, ok := listedNounForm(l, capitalize(w))
	if !ok {
		return false
	}
	// The lower-case dictionary form must be no other word ("gerade",
	// "geraden"), and the word no adjective ("zentralen", "originalen").
	if l.Classes(strings.ToLower(form))&lexicon.Closed != 0 {
		return false
	}
	stem, inflected := lexicon.CutAdjectiveEnding(w)
	return !(inflected && strings.ToLower(form) != w && isAdjectiveStem(stem))
})

// isCompoundNounLower asks whether a lower-case word the lexicon does not
// know reads as a noun written in lower case by its shape: it ends in a
// noun suffix ("geschäftsleitung", "möglichkeiten"), or it ends in a listed
// noun of at least four letters after a part of at least three
// ("hundezentrum", "panzerfahrt") and has no adjective ending or suffix. A
// participle ("gesprungen") is no noun.
var isCompoundNounLower = clause.NewQuestion(func(w string) bool {
	if w == "" || w != strings.ToLower(w) || !checker.IsLetters(w) || utf8.RuneCountInString(w) < 7 {
		return false
	}
	if strings.HasPrefix(w, "ge") && (strings.HasSuffix(w, "en") || strings.HasSuffix(w, "t")) {
		return false
	}
	for _, s := range lowerNounSuffixes {
		if strings.HasSuffix(w, s) && utf8.RuneCountInString(w) > utf8.RuneCountInString(s)+2 {
			return true
		}
	}
	// A listed noun at the end explains the word only without an adjective
	// ending or suffix: "kompakten" and "angemessenen" are adjectives, not
	// compounds of "Akten" and "Essen"; "wahrhaft" is no compound of "Haft".
	if _, inflected := lexicon.CutAdjectiveEnding(w); inflected || isAdjectiveStem(w) {
		return false
	}
	l := germanLexicon()
	n := 0
	for k := range w {
		n++
		if n <= 3 {
			continue
		}
		tail := w[k:]
		if utf8.RuneCountInString(tail) < 4 {
			break
		}
		if form, ok := listedNounForm(l, capitalize(tail)); ok && l.Classes(tail) == 0 &&
			l.Classes(strings.ToLower(form))&lexicon.Closed == 0 && !isHomographLower(strings.ToLower(form)) {
			return true
		}
	}
	return false
})

// lowerNounSuffixes are the suffixes that make a word a noun, for
// isCompoundNounLower (not "-chen" or "-ling", which end verbs and
// adverbs as well: "machen", "rücklings").
var lowerNounSuffixes = []string{"ung", "ungen", "heit", "heiten", "keit", "keiten", "schaft", "schaften", "tät",
	"täten", "tion", "tionen", "ismus", "nis", "nisse"}

// capitalize returns w with its first letter in upper case.
func capitalize(w string) string {
	r, n := utf8.DecodeRuneInString(w)
	return string(unicode.ToUpper(r)) + w[n:]
}

// inNameOrTitle reports whether token i stands where capitals follow their
// own rules: a headline, a short quotation (a title of a work) or a bullet
// label that is no sentence.
func inNameOrTitle(d *checker.Doc, i int) bool {
	p := d.Paragraphs[d.Sentences[d.Tokens[i].Sentence].Paragraph]
	if p.Headline || p.Bullet {
		return true
	}
	if q, ok := d.QuoteAt(i); ok && q.Words <= maxTitleWords {
		return true
	}
	return false
}

// adjacentWords reports whether tokens i and i+1 are words of one sentence
// and line, separated by white space.
func adjacentWords(d *checker.Doc, i int) bool {
	if !isWord(d, i) || !isWord(d, i+1) {
		return false
	}
	t := d.Tokens[i+1]
	return t.SpaceBefore && !t.NewlineBefore && t.Sentence == d.Tokens[i].Sentence
}

// nounLikeHead reports whether a capitalised word is a listed noun, ends
// like a German noun ("-ung", "-heit", "-tät" …) or ends in a listed noun of
// at least four letters after a part of at least three ("Funktionshemden").
func nounLikeHead(l *lexicon.Lexicon, w string) bool {
	if isListedNoun(l, w) || headNounShape(w) {
		return true
	}
	n := 0
	for k := range w {
		n++
		if n <= 3 {
			continue
		}
		head := capitalize(w[k:])
		if utf8.RuneCountInString(head) >= 4 && isListedNoun(l, head) {
			return true
		}
	}
	return false
}

// isNounLikeHead asks nounLikeHead of a capitalised word.
var isNounLikeHead = clause.NewQuestion(func(w string) bool { return nounLikeHead(germanLexicon(), w) })

// commonAdjectives are the stems of frequent German adjectives that no
// suffix marks as adjectives ("gut", "schnell"), for the rules that must
// tell an adjective from a noun with an ending like one.
var commonAdjectives = wordSet("gut", "schön", "schnell", "klein", "hoch", "lang", "kurz", "stark", "schwach",
	"wichtig", "gleich", "einfach", "schwer", "leicht", "offen", "klar", "sicher", "richtig", "falsch", "teuer",
	"billig", "warm", "hell", "dunkel", "laut", "leise", "spät", "früh", "hart", "weich", "voll", "leer", "breit",
	"eng", "weit", "tief", "flach", "dick", "dünn", "nett", "lieb", "böse", "froh", "müde", "krank", "gesund",
	"stolz", "ruhig", "schlecht", "besser", "best", "nächst", "eigen", "fremd", "bekannt", "neu", "groß", "alt",
	"jung", "arm", "reich", "frisch", "sauber", "schmutzig", "wahr", "echt", "toll", "super", "klug", "dumm",
	"schlimm", "gefährlich", "modern", "aktuell", "ganz", "halb", "rund", "fein", "grob", "rein", "bunt",
	"schlank", "fett", "süß", "sauer", "bitter", "scharf", "mild", "nass", "trocken", "kühl", "heiß", "kalt",
	"frei", "fair", "hübsch", "hässlich", "fremd", "selten", "häufig", "ähnlich", "deutlich", "freundlich",
	"günstig", "lecker", "kompetent", "zufrieden", "herzlich", "perfekt", "prima", "optimal", "total")

// adjectiveSuffixes mark an adjective stem ("einzigartig", "sichtbar", "duftend", "schmerzfrei").
var adjectiveSuffixes = []string{"ig", "bar", "sam", "haft", "los", "voll", "ell", "al", "iv", "end", "lich", "isch",
	"frei"}

// isAdjectiveStem reports whether stem is a common adjective, has an
// adjective suffix or is a past participle ("gekauft", "vereint").
func isAdjectiveStem(stem string) bool {
	if commonAdjectives[stem] {
		return true
	}
	for _, s := range adjectiveSuffixes {
		if strings.HasSuffix(stem, s) && len(stem) > len(s)+2 {
			return true
		}
	}
	return strings.HasPrefix(stem, "ge") && (strings.HasSuffix(stem, "t") || strings.HasSuffix(stem, "en")) &&
		len(stem) > 5
}

// lowerFirstWord returns s with its first letter in lower case.
func lowerFirstWord(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	return string(unicode.ToLower(r)) + s[n:]
}

// lowerFirstOfForm is lowerFirstWord of a form's text, taken from the form's
// lower-case text without allocating when the two agree (no capital after
// the first letter).
func lowerFirstOfForm(f checker.Form) string { return lowerFirstFrom(f.Text, f.Lower) }

// lowerFirstAt is lowerFirstOfForm of token i.
func lowerFirstAt(d *checker.Doc, i int) string {
	return lowerFirstFrom(d.TokenText(i), d.TokenLower(i))
}

// lowerFirstFrom returns lowerFirstWord(w), which is lower (w lower-cased)
// when only the first letter of w changes case.
func lowerFirstFrom(w, lower string) string {
	r, n := utf8.DecodeRuneInString(w)
	lr := unicode.ToLower(r)
	k := utf8.RuneLen(lr)
	if k > 0 && len(lower) == k+len(w)-n && lower[k:] == w[n:] {
		if lr2, _ := utf8.DecodeRuneInString(lower); lr2 == lr {
			return lower
		}
	}
	return lowerFirstWord(w)
}
