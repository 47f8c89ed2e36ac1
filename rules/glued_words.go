package rules

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/mtcheck/mtcheck/checker"
)

// Limits of the glued-words rule, in letters.
const (
	// minGluedStem is the shortest word before a glued function word.
	minGluedStem = 3
	// minGluedVerbStem is the shortest word before a glued capitalised verb ("UnternehmenSagte").
	minGluedVerbStem = 4
	// minGluedNounStem is the shortest noun with a German noun suffix before a
	// glued capitalised word ("PressemitteilungMinister").
	minGluedNounStem = 6
	// minGluedNoun is the shortest capitalised word glued to such a noun.
	minGluedNoun = 4
)

var gluedWords = checker.Rule{
	ID:       "glued-words",
	Title:    "Two words glued together at a lost link boundary",
	Category: "fluency/spelling",
	Severity: checker.Minor,
	Message:  "Zusammengeklebte Wörter: hier fehlt ein Leerzeichen.",
	Doc: `Catches two words run together inside one token, where a lower-case letter is directly followed by ` +
		`a capital that starts a German word: a capitalised function word or the first word of a link ` +
		`title ("TweetIn der Diskussion", "BerichtDie Regierung", "ÜberblickWarum Europa …"), a capitalised finite verb ("UnternehmenSagte") or any capitalised word after ` +
		`a noun with a German noun suffix such as -ung, -heit, -keit or -schaft ("PressemitteilungMinister"). ` +
		`This happens when a scraped page loses the boundary of a link or a block and the translation keeps ` +
		`the glued token. Camel-case names (LinkedIn, iPhone, YouTube, PayPal, WhatsApp, PlayStation, eBay, ` +
		`BioNTech, McDonald's, DaimlerChrysler, WirtschaftsWoche) and gender-inclusive forms with a capital I ` +
		`(LehrerIn, BürgerInnen) are left alone.`,
	Bad: []string{
		`In einem separaten {{TweetIn}} der Diskussion sagte er mehr.`,
		`Das stand im {{BerichtDie}} Regierung widersprach.`,
		`Er lobte die {{MannschaftUnd}} den Trainer.`,
		`Die Zahlen kamen am {{MontagAm}} Dienstag folgte die Kritik.`,
		`Mehr dazu im {{Twitter-BeitragVon}} gestern.`,
		`Sie las den {{ArtikelEr}} war lang.`,
		`Wir zeigen das {{VideoMit}} freundlicher Genehmigung.`,
		`Das steht in der {{PressemitteilungMinister}} Weber äußerte sich nicht.`,
		`Früher das {{UnternehmenSagte}} er, die Plattform werde eingestellt.`,
		`Mehr dazu in unserer {{BerichterstattungAktuelle}} Nachrichten finden Sie hier.`,
		`Lesen Sie das {{InterviewDer}} Stadtbaurat hält die Linie für überfällig.`,
		`Mehr dazu in unserem {{ÜberblickWarum}} Europa zurückfällt.`,
		`Lesen Sie auch unseren {{ErklärerWer}} die Wahl gewinnen kann.`,
	},
	Good: []string{
		`Sie ist auf LinkedIn und Twitter aktiv.`,
		`Der iPhone-Hersteller Apple stoppte die Werbung.`,
		`Das Video lief auf YouTube und bei McDonald's.`,
		`Jede LehrerIn und jeder StudentIn ist eingeladen.`,
		`Das PlugIn und der CheckIn funktionieren wieder.`,
		`Die Sendung lief bei ProSieben und im ZDF.`,
		`Der Konzern BioNTech zahlte per PayPal.`,
		`In einem separaten Tweet in der Diskussion sagte er mehr.`,
		`Die MitarbeiterInnen und BürgerInnen nutzen WhatsApp, die PlayStation und eBay.`,
		`Die WirtschaftsWoche berichtete über DaimlerChrysler und ThyssenKrupp.`,
		`In der HafenCity gilt die BahnCard nicht, sagte ein Sprecher der Stiftung.`,
		`Die Serie DoctorWho und das Spiel PokémonGo sind beliebt.`,
	},
	Check: checkGluedWords,
}

func checkGluedWords(pass *checker.Pass) {
	d := pass.Doc
	for i := range pass.Tokens() {
		t := d.Tokens[i]
		if t.Kind != checker.Word || t.Shape != checker.Mixed {
			continue
		}
		word := d.TokenText(i)
		cuts := gluedCuts(word)
		if len(cuts) == 0 {
			continue
		}
		fixes := gluedSuggestions(word, cuts)
		msg := fmt.Sprintf("Zusammengeklebte Wörter: „%s“ – vermutlich „%s“ (fehlendes Leerzeichen).", word, fixes[0])
		if len(fixes) > 1 {
			msg = fmt.Sprintf("Zusammengeklebte Wörter: „%s“ – vermutlich fehlen Satzende und Leerzeichen („%s“) "+
				"oder nur das Leerzeichen („%s“).", word, fixes[0], fixes[1])
		}
		pass.ReportDiagnostic(checker.Diagnostic{Span: t.Span, Message: msg, Suggestions: fixes, About: []string{d.Slice(t.Span)}})
	}
}

// gluedCuts returns the byte offsets in word where a space is missing: the
// starts of capitalised function words glued to a lowercase word of at least
// minGluedStem letters. Hyphenated parts are looked at one by one.
func gluedCuts(word string) []int {
	var cuts []int
	start := 0
	for start <= len(word) {
		end := strings.IndexFunc(word[start:], checker.IsHyphen)
		if end < 0 {
			end = len(word)
		} else {
			end += start
		}
		for _, c := range gluedCutsInPart(word[start:end]) {
			cuts = append(cuts, start+c)
		}
		if end == len(word) {
			break
		}
		_, n := utf8.DecodeRuneInString(word[end:])
		start = end + n
	}
	return cuts
}

// gluedCutsInPart finds the glued words in one hyphen-free part.
func gluedCutsInPart(part string) []int {
	if gluedExceptions[strings.ToLower(part)] {
		return nil
	}
	segs := camelSegments(part)
	var cuts []int
	prevCut := false // the previous segment is itself a glued function word
	for k := 1; k < len(segs); k++ {
		prev, seg := part[segs[k-1]:segs[k]], part[segs[k]:segEnd(segs, k, len(part))]
		cut := endsLower(prev) && (gluedFunctionWord(prev, seg, prevCut) || gluedVerb(prev, seg) || gluedNoun(prev, seg))
		if cut {
			cuts = append(cuts, segs[k])
		}
		prevCut = cut && gluedFunctionWords[seg]
	}
	return cuts
}

// gluedFunctionWord reports whether seg is a capitalised function word glued
// to prev ("TweetIn", "BerichtDie"); "In" after a masculine stem is the
// gender-inclusive ending ("LehrerIn").
func gluedFunctionWord(prev, seg string, prevCut bool) bool {
	return (gluedFunctionWords[seg] || gluedLinkWords[seg]) && (prevCut || letterCount(prev) >= minGluedStem) &&
		!(seg == "In" && hasAnySuffix(strings.ToLower(prev), binnenISuffixes))
}

// gluedVerb reports whether seg is a capitalised finite verb that cannot be
// a noun (lexicon.IsCommonFinite), glued to a word of at least
// minGluedVerbStem letters ("UnternehmenSagte").
func gluedVerb(prev, seg string) bool {
	return germanLexicon().IsCommonFinite(seg) && letterCount(prev) >= minGluedVerbStem
}

// gluedNoun reports whether prev is a German noun by its suffix (-ung, -heit,
// -keit, -schaft …) and seg a capitalised word of at least minGluedNoun
// letters: "PressemitteilungMinister". Brand names rarely end their first
// part in such a suffix; those that do are exceptions.
func gluedNoun(prev, seg string) bool {
	if letterCount(prev) < minGluedNounStem || letterCount(seg) < minGluedNoun || !isTitleCase(seg) {
		return false
	}
	lp := strings.ToLower(prev)
	return hasAnySuffix(lp, germanNounSuffixes) && !gluedBrandStems[lp]
}

// isTitleCase reports whether w is a capital followed by lower-case letters only.
func isTitleCase(w string) bool {
	for i, r := range w {
		if unicode.IsLetter(r) && unicode.IsUpper(r) != (i == 0) {
			return false
		}
	}
	return w != ""
}

// camelSegments returns the byte offsets where segments of a camel-case word
// start: 0 and every capital letter that directly follows a lowercase letter.
func camelSegments(part string) []int {
	segs := []int{0}
	var prev rune
	for i, r := range part {
		if i > 0 && unicode.IsLower(prev) && unicode.IsUpper(r) {
			segs = append(segs, i)
		}
		prev = r
	}
	return segs
}

func segEnd(segs []int, k, n int) int {
	if k+1 < len(segs) {
		return segs[k+1]
	}
	return n
}

// splitAt inserts a space into word at each cut.
// gluedSuggestions returns the replacements of a glued word. The parts are
// separated, and a glued function word or verb is written in lower case as in
// running text ("Bericht die", "Unternehmen sagte"); when the word splits once
// before a function word, the likelier repair comes first: the lost boundary
// was the end of a sentence ("Tweet. In", "Bericht. Die").
func gluedSuggestions(word string, cuts []int) []string {
	var b strings.Builder
	last := 0
	sentenceBreak := ""
	for _, c := range cuts {
		b.WriteString(word[last:c])
		b.WriteByte(' ')
		seg := camelWordAt(word, c)
		if gluedFunctionWords[seg] || germanLexicon().IsCommonFinite(seg) {
			r, n := utf8.DecodeRuneInString(word[c:])
			b.WriteRune(unicode.ToLower(r))
			c += n
		}
		if len(cuts) == 1 && gluedFunctionWords[seg] {
			sentenceBreak = word[:cuts[0]] + ". " + word[cuts[0]:]
		}
		last = c
	}
	b.WriteString(word[last:])
	if sentenceBreak != "" {
		return []string{sentenceBreak, b.String()}
	}
	return []string{b.String()}
}

// camelWordAt returns the capitalised word starting at byte i of word: its
// capital and the lower-case letters after it.
func camelWordAt(word string, i int) string {
	_, n := utf8.DecodeRuneInString(word[i:])
	end := i + n
	for end < len(word) {
		r, n := utf8.DecodeRuneInString(word[end:])
		if !unicode.IsLower(r) {
			break
		}
		end += n
	}
	return word[i:end]
}

func letterCount(s string) int {
	n := 0
	for _, r := range s {
		if unicode.IsLetter(r) {
			n++
		}
	}
	return n
}

func endsLower(s string) bool {
	r, _ := utf8.DecodeLastRuneInString(s)
	return unicode.IsLower(r)
}

// suffixSet is a list of suffixes filed by their last byte, for lists that
// hasAnySuffix would go through at many tokens.
type suffixSet struct {
	byLast [256][]string
	empty  bool // the list has the empty suffix
}

func newSuffixSet(suffixes ...string) *suffixSet {
	ss := &suffixSet{}
	for _, suf := range suffixes {
		if suf == "" {
			ss.empty = true
			continue
		}
		ss.byLast[suf[len(suf)-1]] = append(ss.byLast[suf[len(suf)-1]], suf)
	}
	return ss
}

// match reports whether s ends with one of the suffixes (hasAnySuffix).
func (ss *suffixSet) match(s string) bool {
	if ss.empty {
		return true
	}
	return s != "" && hasAnySuffix(s, ss.byLast[s[len(s)-1]])
}

func hasAnySuffix(s string, suffixes []string) bool {
	for _, suf := range suffixes {
		if strings.HasSuffix(s, suf) {
			return true
		}
	}
	return false
}
