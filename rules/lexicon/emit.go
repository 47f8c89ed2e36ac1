package lexicon

import "strings"

// emitVerb adds every form of a verb to t. p is the paradigm of the verb
// without its separable prefix sep. For a separable verb the finite and
// imperative forms are added twice: split, with Prefix naming the particle
// that must complete them in a main clause ("fügte" … "hinzu"), and fused
// for verb-final clauses ("hinzufügte"). part, when not empty, replaces the
// generated participle.
func emitVerb(t *table, lemma, sep string, p *paradigm, kind Kind, part string) {
	a := Analysis{Lemma: lemma, Kind: kind, Form: Inf}
	addForm(t, sep+p.inf, a)
	if sep != "" {
		a.Form = ZuInf
		addForm(t, sep+"zu"+p.inf, a)
	}
	for _, ft := range p.finiteTables() {
		for i, alts := range ft.slots {
			for _, f := range alts {
				fa := Analysis{Lemma: lemma, Kind: kind, Form: Fin, Tense: ft.tense, Mood: ft.mood,
					Persons: slotPersons(i)}
				addSplit(t, sep, f, fa)
			}
		}
	}
	for i, alts := range p.imp {
		for _, f := range alts {
			ia := Analysis{Lemma: lemma, Kind: kind, Form: Imp, Persons: Sg2}
			if i == 1 {
				ia.Persons = Pl2
			}
			ia.Prefix = sep
			addForm(t, f, ia)
		}
	}
	pa := Analysis{Lemma: lemma, Kind: kind, Form: Part}
	parts := []string{part}
	if part == "" {
		parts = parts[:0]
		for _, f := range p.part {
			parts = append(parts, sep+f)
		}
	}
	for _, f := range parts {
		addForm(t, f, pa)
		for _, ending := range adjectiveEndings {
			t.addClass(f+ending, InflectedParticiple, false)
		}
	}
}

// addSplit adds a finite form, for separable verbs both split and fused.
func addSplit(t *table, sep, f string, a Analysis) {
	if sep == "" {
		addForm(t, f, a)
		return
	}
	a.Prefix = sep
	addForm(t, f, a)
	a.Prefix = ""
	addForm(t, sep+f, a)
}

// addForm adds a form and, if it has one, its spelling from before the 1996
// reform, still common in older web text: ß for ss at the end of a syllable
// (läßt, mußte, schloß).
func addForm(t *table, f string, a Analysis) {
	t.addVerb(f, a)
	if old := oldSpelling(f); old != "" {
		t.addVerb(old, a)
	}
}

// oldSpelling replaces every "ss" not followed by a vowel by "ß"; it
// returns "" when nothing changes.
func oldSpelling(f string) string {
	if !strings.Contains(f, "ss") {
		return ""
	}
	var b strings.Builder
	changed := false
	for i := 0; i < len(f); i++ {
		if f[i] == 's' && i+1 < len(f) && f[i+1] == 's' && (i+2 == len(f) || !isVowelStart(f[i+2:])) {
			b.WriteString("ß")
			changed = true
			i++
			continue
		}
		b.WriteByte(f[i])
	}
	if !changed {
		return ""
	}
	return b.String()
}

// isVowelStart reports whether s starts with a vowel or umlaut.
func isVowelStart(s string) bool {
	return isVowelByte(s[0]) || strings.HasPrefix(s, "ä") || strings.HasPrefix(s, "ö") ||
		strings.HasPrefix(s, "ü")
}
