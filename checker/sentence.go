package checker

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Sentence is a span of tokens ending at a sentence boundary or at the end of its paragraph.
type Sentence struct {
	Span
	// First and End delimit the sentence's tokens in Doc.Tokens (end exclusive).
	First, End int
	// Paragraph is the index of the sentence's paragraph in Doc.Paragraphs.
	Paragraph int
}

// abbreviations end with a full stop that does not end a sentence, even
// before a capital letter. The month abbreviations of MonthOf ("Nov", "Oct")
// are added from the month table.
var abbreviations = withMonthAbbreviations(setOf(
	"z", "B", "d", "h", "u", "a", "o", "ä", "v", "s", "Chr",
	"bzw", "ca", "Dr", "Prof", "Nr", "S", "vgl", "Mio", "Mrd", "Jh", "Jhd", "St", "Hr", "Fr", "Hrsg",
	"Abs", "Bd", "Dipl", "Ing", "inkl", "exkl", "evtl", "ggf", "gegr", "geb", "gest", "Mr", "Mrs", "Ms",
	"Str", "Tel", "Abb", "bspw", "sog", "zzgl", "Mo", "Di", "Mi", "Do", "So", "Std", "Min", "Sek", "Kap", "Co",
	"Verf", "Anm",
))

// withMonthAbbreviations adds the month abbreviations to set and returns it.
func withMonthAbbreviations(set map[string]bool) map[string]bool {
	for w, m := range monthNames {
		if m.Abbrev {
			set[w] = true
		}
	}
	return set
}

// ordinalNouns commonly follow an ordinal number ("im 19. Jahrhundert", "zum 3. Mal").
var ordinalNouns = setOf(
	"Jahrhundert", "Jahrhunderts", "Jahrtausend", "Mal", "Platz", "Rang", "Stock", "Etage", "Klasse", "Liga",
	"Bundesliga", "Spieltag", "Runde", "Etappe", "Minute", "Geburtstag", "Jahrestag", "Todestag", "Lebensjahr",
	"Kapitel", "Auflage", "Ausgabe", "Sitzung", "Legislaturperiode", "Amendment", "Advent", "Sonntag",
	"Quartal", "Halbjahr", "Semester", "Satz", "Akt", "Buch", "Band", "Teil", "Staffel", "Folge", "Kalenderwoche",
)

func setOf(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}

// splitSentences appends the sentence token ranges of the tokens [first,
// end) of one paragraph to out.
func splitSentences(out [][2]int, text string, toks []Token, first, end int) [][2]int {
	start := first
	for i := first; i < end; i++ {
		s := text[toks[i].Start:toks[i].End]
		if toks[i].Kind != Punct || !IsSentenceEnd(s) {
			continue
		}
		j := i + 1
		for j < end && toks[j].Kind == Punct && (IsSentenceEnd(text[toks[j].Start:toks[j].End]) ||
			IsClosingMark(text[toks[j].Start:toks[j].End]) && !toks[j].SpaceBefore) {
			j++
		}
		if j == end {
			break
		}
		if endsSentence(text, toks, i, j) {
			out = append(out, [2]int{start, j})
			start = j
		}
		i = j - 1
	}
	if start < end {
		out = append(out, [2]int{start, end})
	}
	return out
}

// endsSentence decides whether the terminal mark at toks[i] ends a sentence
// that the token toks[next] would start.
func endsSentence(text string, toks []Token, i, next int) bool {
	n := toks[next]
	if !n.SpaceBefore {
		return false // "z.B.", "HL-1.tv", "25.11."
	}
	ns := text[n.Start:n.End]
	r, _ := utf8.DecodeRuneInString(ns)
	if unicode.IsLower(r) || n.Kind == Punct && strings.ContainsAny(ns, ",;:") {
		return false // "z. B. die", "„Komm!“, rief er"
	}
	if text[toks[i].Start:toks[i].End] != "." || i == 0 || toks[i].SpaceBefore {
		return true
	}
	prev := toks[i-1]
	ps := text[prev.Start:prev.End]
	switch prev.Kind {
	case Word:
		if abbreviations[ps] || utf8.RuneCountInString(ps) == 1 || strings.Contains(ps, ".") {
			return false
		}
	case Number:
		if next == i+1 && (IsMonthName(ns) || ordinalNouns[ns] || n.Kind == Number) {
			return false // "am 25. November", "im 19. Jahrhundert"
		}
	}
	return true
}
