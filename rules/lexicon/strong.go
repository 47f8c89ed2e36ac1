package lexicon

import (
	"strings"
)

// principalParts are the forms of a strong, mixed or otherwise irregular verb
// from which its paradigm is generated (data/strong.txt).
type principalParts struct {
	inf   string
	pres2 []string // 2sg present; nil: derived from pres3
	pres3 []string // 3sg present; nil: regular
	past  []string // 1/3sg preterite: gab, brachte
	part  []string // past participle: gegeben
	subj2 []string // 1/3sg subjunctive II: gäbe; nil: derived from past
}

// loadStrong reads data/strong.txt: lines
// "<infinitive> <present> <preterite> <participle> [<subjunctive II>]" where
// <present> is the 3sg form, "2sg/3sg" when the 2sg cannot be derived, or
// "=" when the present is regular; fields take comma-separated alternatives.
func loadStrong(file, text string) (map[string]*principalParts, error) {
	out := map[string]*principalParts{}
	for _, l := range splitLines(file, text) {
		f := l.fields
		if len(f) != 4 && len(f) != 5 {
			return nil, l.errorf("want 4 or 5 fields, have %d", len(f))
		}
		pp := &principalParts{inf: f[0], past: alternatives(f[2]), part: alternatives(f[3])}
		if !strings.HasSuffix(pp.inf, "n") {
			return nil, l.errorf("infinitive %q does not end in -n", pp.inf)
		}
		if f[1] != "=" {
			if two, three, ok := strings.Cut(f[1], "/"); ok {
				pp.pres2, pp.pres3 = alternatives(two), alternatives(three)
			} else {
				pp.pres3 = alternatives(f[1])
			}
		}
		if len(f) == 5 {
			pp.subj2 = alternatives(f[4])
		}
		if out[pp.inf] != nil {
			return nil, l.errorf("duplicate strong verb %q", pp.inf)
		}
		if len(pp.past) == 0 || len(pp.part) == 0 {
			return nil, l.errorf("missing preterite or participle")
		}
		out[pp.inf] = pp
	}
	return out, nil
}

// paradigm conjugates the verb: the regular present and subjunctive I of its
// infinitive, with the principal parts for everything that changes.
func (pp *principalParts) paradigm() *paradigm {
	p := weakParadigm(pp.inf)
	st, _ := verbStem(pp.inf)
	dental := strings.HasSuffix(st, "t") || strings.HasSuffix(st, "d")
	if pp.pres3 != nil {
		p.pres[2] = pp.pres3
		p.pres[1] = pp.pres2
		if p.pres[1] == nil {
			for _, x := range pp.pres3 {
				p.pres[1] = append(p.pres[1], secondFromThird(x, dental))
			}
		}
		if imp := imperativeFromThird(pp.pres3[0], dental); imp != "" {
			p.imp[0] = []string{imp}
		}
	}
	p.past = [6][]string{}
	for _, x := range pp.past {
		addSlots(&p.past, pastSlots(x))
	}
	subj2 := pp.subj2
	if subj2 == nil {
		for _, x := range pp.past {
			subj2 = append(subj2, subjunctive2From(x))
		}
	}
	p.subj2 = [6][]string{}
	for _, x := range subj2 {
		addSlots(&p.subj2, weakEndingSlots(x))
	}
	p.part = pp.part
	p.partGe = true
	for _, x := range pp.part {
		p.partGe = p.partGe && participleHasGe(pp.inf, x)
	}
	return p
}

// secondFromThird derives the 2sg present from a changed 3sg: gibt → gibst,
// liest → liest, hält → hältst (stems in -t/-d add -st to the 3sg).
func secondFromThird(third string, dental bool) string {
	if dental {
		return third + "st"
	}
	base := strings.TrimSuffix(third, "t")
	if sibilantEnd(base) {
		return third
	}
	return base + "st"
}

// imperativeFromThird gives the singular imperative of verbs with e → i/ie
// (gibt → gib, liest → lies, tritt → tritt); verbs with umlaut (fährt, läuft,
// stößt) keep the regular imperative and get "".
func imperativeFromThird(third string, dental bool) string {
	if strings.ContainsAny(third, "äöü") {
		return ""
	}
	if dental {
		return third
	}
	return strings.TrimSuffix(third, "t")
}

// pastSlots conjugates a preterite: weak endings when it ends in -e
// (brachte), strong ones otherwise (gab, gabst, gaben, gabt).
func pastSlots(x string) [6][]string {
	if strings.HasSuffix(x, "e") && !strings.HasSuffix(x, "ie") {
		return weakEndingSlots(x)
	}
	second, plural, second2 := x+"st", x+"en", x+"t"
	switch {
	case strings.HasSuffix(x, "ie"): // schrie, spie
		plural = x + "n"
	case strings.HasSuffix(x, "t") || strings.HasSuffix(x, "d"):
		second, second2 = x+"est", x+"et" // hieltest, fandet
	case sibilantEnd(x):
		second = x + "est" // aßest
	}
	one := func(s string) []string { return []string{s} }
	return [6][]string{one(x), one(second), one(x), one(plural), one(second2), one(plural)}
}

// weakEndingSlots conjugates a form ending in -e with the endings -st, -n, -t
// (sagte, sagtest; gäbe, gäbest).
func weakEndingSlots(x string) [6][]string {
	one := func(s string) []string { return []string{s} }
	return [6][]string{one(x), one(x + "st"), one(x), one(x + "n"), one(x + "t"), one(x + "n")}
}

// subjunctive2From derives the subjunctive II from the preterite: weak forms
// stay (brauchte), strong ones umlaut their last a, o, u and add -e
// (gab → gäbe, flog → flöge, ging → ginge).
func subjunctive2From(past string) string {
	if strings.HasSuffix(past, "e") {
		return past
	}
	return umlautLast(past) + "e"
}

// umlautLast replaces the last a, o or u of s (au → äu) by its umlaut.
func umlautLast(s string) string {
	i := strings.LastIndexAny(s, "aou")
	if i < 0 {
		return s
	}
	if s[i] == 'u' && i > 0 && s[i-1] == 'a' {
		i-- // au → äu
	}
	u := map[byte]string{'a': "ä", 'o': "ö", 'u': "ü"}[s[i]]
	return s[:i] + u + s[i+1:]
}

// addSlots appends the alternatives of src to dst slot by slot.
func addSlots(dst *[6][]string, src [6][]string) {
	for i := range dst {
		dst[i] = append(dst[i], src[i]...)
	}
}
