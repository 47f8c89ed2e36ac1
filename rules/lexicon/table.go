package lexicon

// table collects word classes and verb analyses while a Lexicon is built.
// It is used by one goroutine and discarded after freeze.
type table struct {
	words map[string]*record
}

// record is the mutable precursor of an Entry.
type record struct {
	class, uncertain Class
	verbs            []Analysis
}

func newTable() *table { return &table{words: make(map[string]*record, 1<<16)} }

func (t *table) get(w string) *record {
	r := t.words[w]
	if r == nil {
		r = &record{}
		t.words[w] = r
	}
	return r
}

// addClass adds classes c to word w; uncertain marks them as weak readings.
// A reading listed once as certain stays certain.
func (t *table) addClass(w string, c Class, uncertain bool) {
	r := t.get(w)
	if uncertain {
		r.uncertain |= c &^ r.class
	} else {
		r.uncertain &^= c
	}
	r.class |= c
}

// addVerb adds one verb analysis of form w, merging it with an analysis that
// differs only in its persons.
func (t *table) addVerb(w string, a Analysis) {
	if w == "" {
		return
	}
	r := t.get(w)
	r.class |= verbClass(a)
	r.uncertain &^= verbClass(a)
	for i := range r.verbs {
		if sameReading(r.verbs[i], a) {
			r.verbs[i].Persons |= a.Persons
			return
		}
	}
	r.verbs = append(r.verbs, a)
}

// verbClass maps an analysis to the classes it contributes.
func verbClass(a Analysis) Class {
	var c Class
	switch a.Form {
	case Fin:
		c = FiniteVerb
	case Imp:
		c = Imperative
	case Inf:
		c = Infinitive
	case ZuInf:
		c = ZuInfinitive
	case Part:
		c = Participle
	}
	switch a.Kind {
	case AuxVerb:
		c |= Auxiliary
	case ModalVerb:
		c |= Modal
	}
	return c
}

// freeze turns the table into the read-only index of a Lexicon. Capitalised
// keys (the noun homographs) get their lower-case entry merged in, with the
// classes only the lower-case form has recorded as Folded.
func (t *table) freeze() (map[string]int32, []Entry) {
	index := make(map[string]int32, len(t.words))
	entries := make([]Entry, 0, len(t.words))
	for _, r := range t.words {
		// A verb form spelled like a function word is rarely the verb
		// (meine, einige, bitte): its verb readings are uncertain.
		if r.class&(Closed|Noun) != 0 {
			r.uncertain |= r.class & Verb
		}
	}
	for w, r := range t.words {
		e := Entry{Class: r.class, Uncertain: r.uncertain, Verbs: r.verbs}
		if hasUpper(w) {
			if lr := t.words[toLower(w)]; lr != nil {
				e.Folded = lr.class &^ r.class
				e.Class |= lr.class
				e.Uncertain |= lr.uncertain &^ r.class
				e.Verbs = append(append([]Analysis(nil), r.verbs...), lr.verbs...)
			}
		}
		e.Lemmas = lemmasOf(e.Verbs)
		if len(e.Verbs) == 0 {
			e.Verbs = nil
		}
		index[w] = int32(len(entries))
		entries = append(entries, e)
	}
	return index, entries
}

// lemmasOf lists the distinct lemmas of as in order of first appearance.
func lemmasOf(as []Analysis) []string {
	var out []string
	for _, a := range as {
		seen := false
		for _, l := range out {
			if l == a.Lemma {
				seen = true
				break
			}
		}
		if !seen {
			out = append(out, a.Lemma)
		}
	}
	return out
}
