package rules

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/mtcheck/mtcheck/checker"
)

// minGluedStem is the shortest word, in letters, before a glued function word.
const minGluedStem = 3

var gluedWords = checker.Rule{
	ID:       "glued-words",
	Category: "fluency/spelling",
	Severity: checker.Minor,
	Message:  "Zusammengeklebte Wörter: hier fehlt ein Leerzeichen.",
	Doc: `Catches two words run together where a lowercase letter is directly followed by a capitalised ` +
		`German function word: "TweetIn der Diskussion", "BerichtDie Regierung". This happens when a scraped ` +
		`page loses the boundary of a link or a block and the translation keeps the glued token. Camel-case ` +
		`names (LinkedIn, PlugIn, iPhone, YouTube) and gender-inclusive forms with a capital I (LehrerIn) ` +
		`are left alone.`,
	Bad: []string{
		`In einem separaten {{TweetIn}} der Diskussion sagte er mehr.`,
		`Das stand im {{BerichtDie}} Regierung widersprach.`,
		`Er lobte die {{MannschaftUnd}} den Trainer.`,
		`Die Zahlen kamen am {{MontagAm}} Dienstag folgte die Kritik.`,
		`Mehr dazu im {{Twitter-BeitragVon}} gestern.`,
		`Sie las den {{ArtikelEr}} war lang.`,
		`Wir zeigen das {{VideoMit}} freundlicher Genehmigung.`,
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
	},
	Check: checkGluedWords,
}

func checkGluedWords(pass *checker.Pass) {
	d := pass.Doc
	for i, t := range d.Tokens {
		if t.Kind != checker.Word || t.Shape != checker.Mixed {
			continue
		}
		word := tokenText(d, i)
		cuts := gluedCuts(word)
		if len(cuts) == 0 {
			continue
		}
		fixed := splitAt(word, cuts)
		msg := fmt.Sprintf("Zusammengeklebte Wörter: „%s“ – vermutlich „%s“ (fehlendes Leerzeichen).", word, fixed)
		pass.Report(t.Span, msg, fixed)
	}
}

// gluedCuts returns the byte offsets in word where a space is missing: the
// starts of capitalised function words glued to a lowercase word of at least
// minGluedStem letters. Hyphenated parts are looked at one by one.
func gluedCuts(word string) []int {
	var cuts []int
	start := 0
	for start <= len(word) {
		end := strings.IndexFunc(word[start:], isHyphen)
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

// gluedCutsInPart finds the glued function words in one hyphen-free part.
func gluedCutsInPart(part string) []int {
	if gluedExceptions[strings.ToLower(part)] {
		return nil
	}
	segs := camelSegments(part)
	var cuts []int
	prevCut := false // the previous segment is itself a glued function word
	for k := 1; k < len(segs); k++ {
		prev, seg := part[segs[k-1]:segs[k]], part[segs[k]:segEnd(segs, k, len(part))]
		cut := gluedFunctionWords[seg] && endsLower(prev) && (prevCut || letterCount(prev) >= minGluedStem) &&
			!(seg == "In" && hasAnySuffix(strings.ToLower(prev), binnenISuffixes)) // "LehrerIn": gender-inclusive form
		if cut {
			cuts = append(cuts, segs[k])
		}
		prevCut = cut
	}
	return cuts
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
func splitAt(word string, cuts []int) string {
	var b strings.Builder
	last := 0
	for _, c := range cuts {
		b.WriteString(word[last:c])
		b.WriteByte(' ')
		last = c
	}
	b.WriteString(word[last:])
	return b.String()
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

func hasAnySuffix(s string, suffixes []string) bool {
	for _, suf := range suffixes {
		if strings.HasSuffix(s, suf) {
			return true
		}
	}
	return false
}

func isHyphen(r rune) bool { return r == '-' || r == '\u2010' || r == '\u2011' }
