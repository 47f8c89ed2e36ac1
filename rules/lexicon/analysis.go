package lexicon

import "strings"

// Form is the grammatical form of a verb analysis.
type Form uint8

// Verb forms.
const (
	Fin   Form = iota + 1 // finite: indicative or subjunctive, present or past
	Imp                   // imperative
	Inf                   // bare infinitive: sagen, hinzufügen
	ZuInf                 // one-word zu-infinitive: hinzuzufügen
	Part                  // past participle: gesagt, hinzugefügt
)

var formNames = [...]string{Fin: "Fin", Imp: "Imp", Inf: "Inf", ZuInf: "ZuInf", Part: "Part"}

func (f Form) String() string {
	if int(f) < len(formNames) && formNames[f] != "" {
		return formNames[f]
	}
	return "?"
}

// Tense of a finite analysis.
type Tense uint8

// Tenses. Subjunctive I counts as present, subjunctive II as past.
const (
	NoTense Tense = iota
	Present
	Past
)

// Mood of a finite analysis.
type Mood uint8

// Moods. Imperatives have Form Imp and no mood.
const (
	NoMood Mood = iota
	Indicative
	Subjunctive1 // Konjunktiv I: sei, habe, sage
	Subjunctive2 // Konjunktiv II: wäre, hätte, würde, gäbe, sagte
)

var moodNames = [...]string{NoMood: "", Indicative: "Ind", Subjunctive1: "Subj1", Subjunctive2: "Subj2"}

// Persons is a set of person/number slots a finite form fills.
type Persons uint8

// Person/number slots.
const (
	Sg1 Persons = 1 << iota
	Sg2
	Sg3
	Pl1
	Pl2
	Pl3
)

var personNames = [...]string{"1sg", "2sg", "3sg", "1pl", "2pl", "3pl"}

// slotPersons converts a slot index (0 = 1sg … 5 = 3pl) into a set.
func slotPersons(i int) Persons { return 1 << i }

func (p Persons) String() string {
	var parts []string
	for i, n := range personNames {
		if p&(1<<i) != 0 {
			parts = append(parts, n)
		}
	}
	return strings.Join(parts, ",")
}

// Kind tells full verbs from auxiliaries and modals.
type Kind uint8

// Verb kinds.
const (
	FullVerb  Kind = iota
	AuxVerb        // sein, haben, werden
	ModalVerb      // können, müssen, dürfen, sollen, wollen, mögen
)

// Analysis is one reading of a verb form.
type Analysis struct {
	Lemma string // infinitive of the verb: "hinzufügen"
	// Prefix is the separable particle that completes a split finite or
	// imperative form in a main clause: "hinzu" for "fügte" as a form of
	// "hinzufügen". It is empty for every other analysis, including the fused
	// forms of subordinate clauses ("hinzufügte").
	Prefix  string
	Form    Form
	Tense   Tense   // finite forms only
	Mood    Mood    // finite forms only
	Persons Persons // finite and imperative forms only
	Kind    Kind
}

// String renders the analysis compactly, e.g. "hinzufügen:Fin.Past.Ind.1sg,3sg+hinzu".
func (a Analysis) String() string {
	var b strings.Builder
	b.WriteString(a.Lemma)
	b.WriteByte(':')
	b.WriteString(a.Form.String())
	if a.Form == Fin {
		if a.Tense == Past {
			b.WriteString(".Past")
		} else {
			b.WriteString(".Pres")
		}
		b.WriteByte('.')
		b.WriteString(moodNames[a.Mood])
	}
	if a.Persons != 0 {
		b.WriteByte('.')
		b.WriteString(a.Persons.String())
	}
	if a.Prefix != "" {
		b.WriteByte('+')
		b.WriteString(a.Prefix)
	}
	return b.String()
}

// sameReading reports whether two analyses differ at most in their persons.
func sameReading(a, b Analysis) bool {
	return a.Lemma == b.Lemma && a.Prefix == b.Prefix && a.Form == b.Form && a.Tense == b.Tense &&
		a.Mood == b.Mood && a.Kind == b.Kind
}
