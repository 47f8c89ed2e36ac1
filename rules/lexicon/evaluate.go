package lexicon

import (
	"bufio"
	"fmt"
	"io"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Score counts the outcome of a yes/no question asked of every token.
type Score struct {
	TP, FP, FN int
}

// Recall is TP / (TP + FN), or 0 without gold positives.
func (s Score) Recall() float64 { return ratio(s.TP, s.TP+s.FN) }

// Precision is TP / (TP + FP), or 0 without answers.
func (s Score) Precision() float64 { return ratio(s.TP, s.TP+s.FP) }

// Rate is the share of a population of tokens that a predicate accepts.
type Rate struct {
	Hits, Total int
}

// Value is Hits / Total, or 0 for an empty population.
func (r Rate) Value() float64 { return ratio(r.Hits, r.Total) }

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// Figures are the lexicon's scores on a gold treebank (see Evaluate).
type Figures struct {
	Sentences, Words int

	// Finite: tokens with VerbForm=Fin against IsFiniteVerb (imperatives,
	// Mood=Imp, against IsImperative).
	Finite Score
	// FiniteFPLower is the share of lower-case tokens without VerbForm=Fin
	// that IsFiniteVerb accepts; FiniteFPLowerInherent counts those of them
	// that can also be an infinitive or a bare or inflected participle of the
	// same spelling (sagen, erklärt, erklärte), ambiguities no lexicon can
	// resolve.
	FiniteFPLower         Rate
	FiniteFPLowerInherent int
	// FiniteFPLowerSure counts the lower-case false positives left when
	// readings marked uncertain (verb forms spelled like function words:
	// meine, einige) are not accepted.
	FiniteFPLowerSure int
	// FiniteFPCap is the same share for capitalised tokens that do not
	// open their sentence (mostly nouns: Essen, Macht); FiniteFPCapNoun
	// counts them when words that MaybeNoun accepts are skipped, the way a
	// rule looking for capitalised verbs would.
	FiniteFPCap, FiniteFPCapNoun Rate

	Infinitive   Score // XPOS VVINF, VAINF, VMINF against IsInfinitive
	ZuInfinitive Score // XPOS VVIZU against IsZuInfinitive
	Participle   Score // XPOS VVPP, VAPP, VMPP against IsParticiple
	Subordinator Score // XPOS KOUS against IsSubordinator
	// SubordinatorSure counts only readings not marked uncertain.
	SubordinatorSure Score
	Relative         Score // XPOS PRELS against IsRelativePronoun
	// RelativeAfterComma asks IsRelativePronoun only of tokens that follow a
	// comma, directly or after a preposition: the position of most relative
	// clauses.
	RelativeAfterComma Score

	// Missed and Wrong list false negatives and false positives per
	// measure ("finite", "infinitive", …): form → count.
	Missed, Wrong map[string]map[string]int
}

// goldWord is one syntactic word of a CoNLL-U sentence.
type goldWord struct {
	form, xpos, feats string
	punct             bool
}

// Evaluate measures the Default lexicon against a CoNLL-U treebank read from
// r (column 2 form, 5 XPOS in STTS, 6 features). Multi-word token lines are
// skipped; their syntactic words are scored.
func Evaluate(r io.Reader) (Figures, error) { return Default().Evaluate(r) }

// Evaluate measures l against a CoNLL-U treebank; see the function Evaluate.
func (l *Lexicon) Evaluate(r io.Reader) (Figures, error) {
	f := Figures{Missed: map[string]map[string]int{}, Wrong: map[string]map[string]int{}}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<16), 1<<20)
	var sent []goldWord
	n := 0
	for sc.Scan() {
		n++
		line := sc.Text()
		if line == "" {
			l.scoreSentence(&f, sent)
			sent = sent[:0]
			continue
		}
		if strings.HasPrefix(line, "#") {
			continue
		}
		cols := strings.Split(line, "\t")
		if len(cols) != 10 {
			return f, fmt.Errorf("line %d: want 10 columns, have %d", n, len(cols))
		}
		if strings.ContainsAny(cols[0], "-.") {
			continue // multi-word token or empty node
		}
		sent = append(sent, goldWord{form: cols[1], xpos: cols[4], feats: cols[5], punct: cols[3] == "PUNCT"})
	}
	if err := sc.Err(); err != nil {
		return f, err
	}
	l.scoreSentence(&f, sent)
	return f, nil
}

func (l *Lexicon) scoreSentence(f *Figures, sent []goldWord) {
	if len(sent) == 0 {
		return
	}
	f.Sentences++
	first := true
	for i, w := range sent {
		if w.punct {
			continue
		}
		f.Words++
		initial := first
		first = false
		e := l.Lookup(w.form)

		finite := hasFeature(w.feats, "VerbForm=Fin")
		if hasFeature(w.feats, "Mood=Imp") {
			f.count(&f.Finite, "finite", w.form, true, e.Is(Imperative|FiniteVerb))
		} else {
			f.count(&f.Finite, "finite", w.form, finite, e.Is(FiniteVerb))
		}
		if !finite {
			r, _ := utf8.DecodeRuneInString(w.form)
			accepted := e.Is(FiniteVerb)
			switch {
			case !hasUpper(w.form):
				f.FiniteFPLower.Total++
				if accepted {
					f.FiniteFPLower.Hits++
					if e.Is(Infinitive | Participle | InflectedParticiple) {
						f.FiniteFPLowerInherent++
					} else {
						f.note(f.Wrong, "finite-lower-other", w.form)
					}
					if e.Sure(FiniteVerb) {
						f.FiniteFPLowerSure++
					}
				}
			case unicode.IsUpper(r) && !initial:
				f.FiniteFPCap.Total++
				f.FiniteFPCapNoun.Total++
				if accepted {
					f.FiniteFPCap.Hits++
					if !l.MaybeNoun(w.form) {
						f.FiniteFPCapNoun.Hits++
						f.note(f.Wrong, "finite-capitalised", w.form)
					}
				}
			}
		}

		f.count(&f.Infinitive, "infinitive", w.form, oneOf(w.xpos, "VVINF", "VAINF", "VMINF"), e.Is(Infinitive))
		f.count(&f.ZuInfinitive, "zu-infinitive", w.form, w.xpos == "VVIZU", e.Is(ZuInfinitive))
		f.count(&f.Participle, "participle", w.form, oneOf(w.xpos, "VVPP", "VAPP", "VMPP"), e.Is(Participle))
		f.count(&f.Subordinator, "subordinator", w.form, w.xpos == "KOUS", e.Is(Subordinator))
		f.count(&f.SubordinatorSure, "", w.form, w.xpos == "KOUS", e.Sure(Subordinator))
		f.count(&f.Relative, "relative", w.form, w.xpos == "PRELS", e.Is(RelativePronoun))
		if afterComma(sent, i) {
			f.count(&f.RelativeAfterComma, "", w.form, w.xpos == "PRELS", e.Is(RelativePronoun))
		}
	}
}

// count adds one decision to s and records errors under name.
func (f *Figures) count(s *Score, name, form string, gold, got bool) {
	switch {
	case gold && got:
		s.TP++
	case gold:
		s.FN++
		f.note(f.Missed, name, form)
	case got:
		s.FP++
		f.note(f.Wrong, name, form)
	}
}

func (f *Figures) note(m map[string]map[string]int, name, form string) {
	if name == "" {
		return
	}
	if m[name] == nil {
		m[name] = map[string]int{}
	}
	m[name][form]++
}

// afterComma reports whether word i follows a comma, directly or after one
// preposition (", mit dem").
func afterComma(sent []goldWord, i int) bool {
	for j, hops := i-1, 0; j >= 0 && hops < 2; j, hops = j-1, hops+1 {
		if sent[j].form == "," {
			return true
		}
		if sent[j].xpos != "APPR" {
			return false
		}
	}
	return false
}

func hasFeature(feats, f string) bool {
	for _, x := range strings.Split(feats, "|") {
		if x == f {
			return true
		}
	}
	return false
}

func oneOf(s string, set ...string) bool {
	for _, x := range set {
		if s == x {
			return true
		}
	}
	return false
}

// Top returns the n most frequent forms of a Missed or Wrong table as
// "form×count", most frequent first, ties in alphabetical order.
func Top(m map[string]int, n int) []string {
	type fc struct {
		form  string
		count int
	}
	var all []fc
	for k, v := range m {
		all = append(all, fc{k, v})
	}
	sort.Slice(all, func(i, j int) bool {
		if all[i].count != all[j].count {
			return all[i].count > all[j].count
		}
		return all[i].form < all[j].form
	})
	var out []string
	for i, x := range all {
		if i == n {
			break
		}
		out = append(out, fmt.Sprintf("%s×%d", x.form, x.count))
	}
	return out
}

// String summarises the figures in a few lines.
func (f Figures) String() string {
	var b strings.Builder
	pct := func(x float64) string { return fmt.Sprintf("%.1f%%", 100*x) }
	fmt.Fprintf(&b, "sentences %d, words %d\n", f.Sentences, f.Words)
	fmt.Fprintf(&b, "finite verbs: recall %s (%d/%d), precision %s\n", pct(f.Finite.Recall()),
		f.Finite.TP, f.Finite.TP+f.Finite.FN, pct(f.Finite.Precision()))
	fmt.Fprintf(&b, "finite false positives: lower-case %s (%d/%d, %d of them also infinitive/participle, "+
		"%d left with sure readings only), capitalised non-initial %s (%d/%d), skipping MaybeNoun %s (%d)\n",
		pct(f.FiniteFPLower.Value()), f.FiniteFPLower.Hits, f.FiniteFPLower.Total, f.FiniteFPLowerInherent,
		f.FiniteFPLowerSure,
		pct(f.FiniteFPCap.Value()), f.FiniteFPCap.Hits, f.FiniteFPCap.Total,
		pct(f.FiniteFPCapNoun.Value()), f.FiniteFPCapNoun.Hits)
	for _, s := range []struct {
		name string
		s    Score
	}{
		{"infinitives", f.Infinitive}, {"zu-infinitives", f.ZuInfinitive}, {"participles", f.Participle},
		{"subordinators (KOUS)", f.Subordinator}, {"subordinators, sure readings", f.SubordinatorSure},
		{"relative pronouns (PRELS)", f.Relative}, {"relative pronouns after a comma", f.RelativeAfterComma},
	} {
		fmt.Fprintf(&b, "%s: recall %s, precision %s (tp %d, fp %d, fn %d)\n", s.name,
			pct(s.s.Recall()), pct(s.s.Precision()), s.s.TP, s.s.FP, s.s.FN)
	}
	return b.String()
}
