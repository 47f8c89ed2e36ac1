package lexicon

import (
	"strings"
	"unicode/utf8"
)

// verbStem splits an infinitive into the stem the endings attach to and
// reports whether it is an -eln/-ern verb (handeln → handel, ändern → änder).
func verbStem(inf string) (stem string, elern bool) {
	switch {
	case strings.HasSuffix(inf, "eln") || strings.HasSuffix(inf, "ern"):
		return inf[:len(inf)-1], true
	case strings.HasSuffix(inf, "en"):
		return inf[:len(inf)-2], false
	case strings.HasSuffix(inf, "n"):
		return inf[:len(inf)-1], false
	}
	return inf, false
}

// needsLinkingE reports whether endings beginning with a consonant take a
// linking e after stem: stems in -d/-t (arbeitet, redet) and stems in -m/-n
// after a consonant other than l, r, m, n or a lengthening h (atmet, rechnet,
// öffnet, but lernt, wohnt, kommt).
func needsLinkingE(stem string) bool {
	n := len(stem)
	if n < 2 {
		return false
	}
	last := stem[n-1]
	if last == 'd' || last == 't' {
		return true
	}
	if last != 'm' && last != 'n' {
		return false
	}
	prev := stem[n-2]
	switch {
	case isVowelByte(prev) || prev >= utf8.RuneSelf: // vowels, umlauts
		return false
	case prev == 'l' || prev == 'r' || prev == 'm' || prev == 'n':
		return false
	case prev == 'h':
		return n >= 3 && stem[n-3] == 'c' // rechnen, zeichnen; not wohnen
	}
	return true
}

// sibilantEnd reports whether a stem ends in s, ß, x or z, so that the 2sg
// ending -st shrinks to -t (reist, heißt, tanzt).
func sibilantEnd(stem string) bool {
	return strings.HasSuffix(stem, "s") || strings.HasSuffix(stem, "ß") ||
		strings.HasSuffix(stem, "x") || strings.HasSuffix(stem, "z")
}

func isVowelByte(c byte) bool {
	switch c {
	case 'a', 'e', 'i', 'o', 'u', 'y':
		return true
	}
	return false
}

// weakParadigm conjugates a regular (weak) verb from its infinitive.
func weakParadigm(inf string) *paradigm {
	p := &paradigm{inf: inf, partGe: true}
	st, elern := verbStem(inf)
	e := ""
	if needsLinkingE(st) {
		e = "e"
	}
	one := func(s string) []string { return []string{s} }

	// 1sg present, subjunctive I 1/3sg and the singular imperative.
	var first []string
	switch {
	case elern && strings.HasSuffix(st, "el"):
		first = []string{st[:len(st)-2] + "le", st + "e"} // handle, handele
	case elern:
		first = []string{st + "e", st[:len(st)-2] + "re"} // ändere, ändre
	default:
		first = one(st + "e")
	}
	second := st + e + "st"
	if elern {
		second = st + "st"
	} else if e == "" && sibilantEnd(st) {
		second = st + "t"
	}
	third := st + e + "t"

	p.pres = [6][]string{first, one(second), one(third), one(inf), one(third), one(inf)}
	if elern {
		p.subj1 = [6][]string{first, one(st + "st"), first, one(inf), one(st + "t"), one(inf)}
	} else {
		p.subj1 = [6][]string{first, one(st + "est"), first, one(inf), one(st + "et"), one(inf)}
	}
	pst := st + e + "te"
	p.past = [6][]string{one(pst), one(pst + "st"), one(pst), one(pst + "n"), one(pst + "t"), one(pst + "n")}
	p.subj2 = p.past
	p.imp = [2][]string{first, one(third)}
	if e == "" && !elern {
		p.imp[0] = []string{st + "e", st} // sage, sag
	}
	p.part = one("ge" + st + e + "t")
	if foreignIeren(inf) {
		p.part, p.partGe = one(st+"t"), false // trainiert
	}
	return p
}

// foreignIeren reports whether inf is a borrowed -ieren verb, whose
// participle has no ge- (trainiert); native verbs like frieren, zieren or
// schmieren have no vowel before -ieren and keep it.
func foreignIeren(inf string) bool {
	if !strings.HasSuffix(inf, "ieren") {
		return false
	}
	return strings.ContainsAny(inf[:len(inf)-5], "aeiouäöü")
}
