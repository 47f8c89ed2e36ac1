package lexicon

import (
	"strings"

	"github.com/mtcheck/mtcheck/checker"
)

// paradigm holds every form of one verb without separable prefix, slot by
// slot (0 = 1sg … 5 = 3pl). Each slot may hold alternatives.
type paradigm struct {
	inf                      string
	pres, past, subj1, subj2 [6][]string
	imp                      [2][]string // 2sg, 2pl
	part                     []string
	// partGe is true when every participle starts with the participle
	// prefix ge-, which an inseparable prefix replaces (gegeben → vergeben).
	partGe bool
	kind   Kind
}

// finiteTable pairs each finite slot table with its tense and mood.
func (p *paradigm) finiteTables() [4]struct {
	slots *[6][]string
	tense Tense
	mood  Mood
} {
	return [4]struct {
		slots *[6][]string
		tense Tense
		mood  Mood
	}{
		{&p.pres, Present, Indicative},
		{&p.past, Past, Indicative},
		{&p.subj1, Present, Subjunctive1},
		{&p.subj2, Past, Subjunctive2},
	}
}

// withPrefix returns the paradigm of the verb formed with the inseparable
// prefix pre: every form gets pre in front and the participle loses ge-.
func (p *paradigm) withPrefix(pre string) *paradigm {
	if pre == "" {
		return p
	}
	q := &paradigm{inf: pre + p.inf, kind: FullVerb}
	add := func(forms []string) []string {
		out := make([]string, len(forms))
		for i, f := range forms {
			out[i] = pre + f
		}
		return out
	}
	for i := 0; i < 6; i++ {
		q.pres[i], q.past[i] = add(p.pres[i]), add(p.past[i])
		q.subj1[i], q.subj2[i] = add(p.subj1[i]), add(p.subj2[i])
	}
	q.imp[0], q.imp[1] = add(p.imp[0]), add(p.imp[1])
	for _, f := range p.part {
		if p.partGe {
			f = strings.TrimPrefix(f, "ge")
		}
		q.part = append(q.part, pre+f)
	}
	return q
}

// participleHasGe reports whether a participle from the tables starts with
// the prefix ge- rather than with a stem beginning "ge": gegeben and
// gegangen do, geboren (gebären) and genesen do not. For an infinitive in
// ge- the prefix shows as a doubled g: ge-geben, ge-gangen.
func participleHasGe(inf, part string) bool {
	return strings.HasPrefix(part, "ge") && (!strings.HasPrefix(inf, "ge") || strings.HasPrefix(part, "geg"))
}

// loadParadigms reads the full paradigms file (data/paradigms.txt): blocks
// that open with "verb <infinitive> <aux|modal|full>" followed by lines
// "pres|past|subj1|subj2 <1sg> <2sg> <3sg> <1pl> <2pl> <3pl>",
// "imp <2sg> <2pl>" and "part <participle>".
func loadParadigms(file, text string) (map[string]*paradigm, []string, error) {
	out := map[string]*paradigm{}
	var order []string
	var cur *paradigm
	for _, l := range splitLines(file, text) {
		key, args := l.fields[0], l.fields[1:]
		if key == "verb" {
			if len(args) != 2 {
				return nil, nil, l.errorf("want: verb <infinitive> <kind>")
			}
			kinds := map[string]Kind{"aux": AuxVerb, "modal": ModalVerb, "full": FullVerb}
			k, ok := kinds[args[1]]
			if !ok {
				return nil, nil, l.errorf("unknown verb kind %q", args[1])
			}
			if out[args[0]] != nil {
				return nil, nil, l.errorf("duplicate paradigm %q", args[0])
			}
			cur = &paradigm{inf: args[0], kind: k}
			out[cur.inf] = cur
			order = append(order, cur.inf)
			continue
		}
		if cur == nil {
			return nil, nil, l.errorf("%q before the first verb line", key)
		}
		var slots [][]string
		switch key {
		case "pres":
			slots = cur.pres[:]
		case "past":
			slots = cur.past[:]
		case "subj1":
			slots = cur.subj1[:]
		case "subj2":
			slots = cur.subj2[:]
		case "imp":
			slots = cur.imp[:]
		case "part":
			if len(args) != 1 {
				return nil, nil, l.errorf("want: part <participle>")
			}
			cur.part = alternatives(args[0])
			cur.partGe = true
			for _, f := range cur.part {
				cur.partGe = cur.partGe && participleHasGe(cur.inf, f)
			}
			continue
		default:
			return nil, nil, l.errorf("unknown line type %q", key)
		}
		if len(args) != len(slots) {
			return nil, nil, l.errorf("%s needs %d forms, has %d", key, len(slots), len(args))
		}
		for i, a := range args {
			slots[i] = alternatives(a)
		}
	}
	for _, inf := range order {
		if len(out[inf].part) == 0 || len(out[inf].pres[2]) == 0 {
			return nil, nil, &checker.FileError{File: file, Msg: "paradigm of " + inf + " lacks present or participle"}
		}
	}
	return out, order, nil
}
