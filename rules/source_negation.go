package rules

import (
	"strings"

	"github.com/mtcheck/mtcheck/checker"
)

var sourceNegation = checker.Rule{
	ID:        "source-negation",
	Title:     "Negation lost or added in translation",
	Category:  "accuracy/mistranslation",
	Severity:  checker.Major,
	Bilingual: true,
	Message:   "Verneinung des Originals fehlt in der Übersetzung.",
	Doc: `Compares the negations of the sentences of a translation with those of the sentences of its original they
are aligned with (by length, within each pair of the alignment). A negated English sentence (not, n't, no,
never, neither/nor, none, nothing, nobody, nowhere, without, cannot) whose German counterpart has no negation
(nicht, kein…, nie, niemals, nichts, niemand, nirgends, ohne, weder/noch, nein) turns the meaning round, and so
does a German negation the original lacks. Words that carry a negation by their meaning keep the rule silent:
on the English side fail, lack, refuse, deny, unable, unless, instead, avoid, prevent, hardly, words in un-
and -less; on the German side fehlen, mangeln, (ver)weigern, ablehnen, verhindern, verzichten, scheitern,
kaum, selten, statt, nur, words in un- and -los or -frei. The whole pair must differ the same way. A sentence
whose negation may cancel with such a word (a double negation: "hasn't stopped", "nicht unerwartet") is left
alone too, and some negations deny nothing: "not only", "isn't just", "nicht nur", "ob … oder nicht", a compound
("no-deal Brexit"), "ohne Weiteres", the noun "das Nichts".`,
	Bad: []string{
		"The minister did {{not}} attend the meeting. ||| {{Der Minister nahm an der Sitzung teil.}}",
		"He never said that. ||| {{Er hat das immer gesagt.}}",
		"Police found no weapons. ||| {{Die Polizei fand Waffen.}}",
		"The company reported a profit. ||| Das Unternehmen meldete {{keinen}} Gewinn.",
		"She was there on time. ||| Sie war {{nicht}} pünktlich da.",
		"They left without paying. ||| {{Sie gingen und bezahlten.}}",
	},
	Good: []string{
		"The minister did not attend the meeting. ||| Der Minister nahm nicht an der Sitzung teil.",
		"Nobody came. It was never clear why. ||| Niemand kam. Es war nie klar, warum.",
		"The talks failed to produce a deal. ||| Die Gespräche brachten keine Einigung.",
		"He was unable to attend. ||| Er konnte nicht teilnehmen.",
		"There was no sign of him. ||| Von ihm fehlte jede Spur.",
		"It's not only cheap but also good. ||| Es ist nicht nur billig, sondern auch gut.",
		"They left without paying. ||| Sie gingen, ohne zu bezahlen.",
		"They want to stop a no-deal Brexit. ||| Sie wollen einen Brexit ohne Abkommen verhindern.",
		"He isn't just a hero, he's an icon. ||| Er ist nicht nur ein Held, er ist eine Ikone.",
		"Readers can judge whether he is credible. ||| Die Leser können urteilen, ob er glaubwürdig ist oder nicht.",
		"That hasn't stopped thousands from suing. ||| Tausende klagten trotzdem.",
		"The nomination was expected. ||| Die Nominierung war nicht unerwartet.",
		"It can easily reach the airways. ||| Es kann ohne Weiteres in die Atemwege gelangen.",
		"They built an industry from scratch. ||| Sie bauten eine Branche aus dem Nichts auf.",
		"The evidence was insufficient. ||| Die Beweise waren nicht ausreichend.",
	},
	Check: checkSourceNegation,
}

func checkSourceNegation(pass *checker.Pass) {
	bt := sharedBitext.Get(pass)
	for bp := range bt.alignedPairs(pass) {
		srcAll := englishNegations(bt.o, bp.sFirst, bp.sEnd)
		tgtAll := germanNegations(bt.d, bp.tFirst, bp.tEnd)
		if srcAll.count == tgtAll.count {
			continue
		}
		for s := range bp.steps {
			st := bp.steps[s]
			nt, ns := st.Kind.Shape()
			if nt == 0 || ns == 0 {
				continue
			}
			tspan, sspan := bt.stepSpans(bp, s)
			src := englishNegations(bt.o, bt.o.Sentences[st.Source].First, bt.o.Sentences[st.Source+ns-1].End)
			tgt := germanNegations(bt.d, bt.d.Sentences[st.Target].First, bt.d.Sentences[st.Target+nt-1].End)
			switch {
			case src.count > 0 && tgt.count == 0 && !tgt.implicit && !src.implicit && srcAll.count > tgtAll.count:
				at := bt.o.Tokens[src.first].Span
				pass.ReportDiagnostic(checker.Diagnostic{Span: tspan, SourceSpan: &at})
			case tgt.count > 0 && src.count == 0 && !src.implicit && !tgt.implicit && tgtAll.count > srcAll.count:
				pass.ReportDiagnostic(checker.Diagnostic{Span: bt.d.Tokens[tgt.first].Span, SourceSpan: &sspan,
					Message: "Verneinung ohne Entsprechung im Original: „" + bt.d.TokenText(tgt.first) + "“."})
			}
		}
	}
}

// negations counts the negations of a stretch of text: how many, the
// first, and whether a word there carries a negation by its meaning.
type negations struct {
	count, first int
	implicit     bool
}

// englishNegations counts the negations of tokens [first, end) of an
// English text.
func englishNegations(d *checker.Doc, first, end int) negations {
	n := negations{first: -1}
	for i := first; i < end; i++ {
		if d.Tokens[i].Kind != checker.Word {
			continue
		}
		w := d.TokenLower(i)
		neg := englishNegators[w] || strings.HasSuffix(w, "n't") || strings.HasSuffix(w, "n’t")
		switch {
		case w == "no" && i+1 < end && d.TokenText(i+1) == "." && d.TokenText(i) == "No":
			neg = false // "No. 1"
		case w == "not" && i > first && d.TokenLower(i-1) == "or":
			neg = false // "whether or not"
		case neg && w != "no" && notOnly(d, i, end):
			neg = false // "not only … but also", "isn't just": nothing is denied
		}
		if neg {
			if n.count == 0 {
				n.first = i
			}
			n.count++
			continue
		}
		if englishImplicitNegation(w) {
			n.implicit = true
		}
	}
	return n
}

// germanNegations counts the negations of tokens [first, end) of a German
// text.
func germanNegations(d *checker.Doc, first, end int) negations {
	n := negations{first: -1}
	for i := first; i < end; i++ {
		if d.Tokens[i].Kind != checker.Word {
			continue
		}
		w := d.TokenLower(i)
		neg := germanNegators[w] || strings.HasPrefix(w, "kein") || strings.HasPrefix(w, "niemand")
		switch {
		case w == "nicht" && i > first && d.TokenLower(i-1) == "oder":
			neg = false // "ob … oder nicht", "whether"
		case w == "nicht" && i+1 < end && notOnlyWords[d.TokenLower(i+1)]:
			neg = false // "nicht nur … sondern auch"
		case w == "nichts" && d.Tokens[i].Shape == checker.Capitalized && !d.Tokens[i].SentenceStart:
			neg = false // the noun: "aus dem Nichts"
		case w == "ohne" && i+1 < end && d.TokenLower(i+1) == "weiteres":
			neg = false // "ohne Weiteres": readily
		}
		if neg {
			if n.count == 0 {
				n.first = i
			}
			n.count++
			continue
		}
		if germanImplicitNegation(w) {
			n.implicit = true
		}
	}
	return n
}

// notOnly reports whether the not of token i belongs to "not only": only,
// just or merely follows within three words ("isn't just", "don't adopt
// only"), before any punctuation.
func notOnly(d *checker.Doc, i, end int) bool {
	for j := i + 1; j < end && j <= i+3; j++ {
		if d.Tokens[j].Kind != checker.Word {
			return false
		}
		if notOnlyWords[d.TokenLower(j)] {
			return true
		}
	}
	return false
}

// notOnlyWords are the words after which not and nicht deny nothing: "not
// only", "nicht nur" (… but also, … sondern auch).
var notOnlyWords = wordSet("only", "just", "merely", "nur", "bloß", "lediglich")

// englishNegators are the English words that negate ("n't" forms are
// found by their ending).
var englishNegators = wordSet("not", "no", "never", "neither", "nor", "none", "nothing", "nobody", "nowhere",
	"without", "cannot", "no-one", "nope")

// germanNegators are the German words that negate (kein… and niemand… are
// found by their beginning).
var germanNegators = wordSet("nicht", "nie", "niemals", "nimmer", "nirgends", "nirgendwo", "nichts", "ohne",
	"weder", "nein")

// englishImplicitPrefixes are beginnings of English words that negate by
// their meaning, which German may render with nicht or kein.
var englishImplicitPrefixes = []string{"fail", "lack", "refus", "deny", "deni", "unable", "unless", "absen",
	"instead", "rather", "avoid", "prevent", "stop", "ceas", "hardly", "barely", "scarcely", "rarely", "seldom",
	"ignor", "miss", "forget", "forgot", "exclud", "except", "reject", "declin", "neglect", "omit", "withh",
	"non-", "zero", "alone", "insuffic", "inadequ", "imposs", "incompl", "invisib", "incapab", "inabil", "illegal",
	"irrelev", "inconsist", "incorrect", "inaccura", "inappropr", "ineffect", "disagre", "dislik", "disapprov", "only", "apart", "dispropor", "ongoing", "still", "yet", "less", "lose", "los"}

// germanImplicitPrefixes are beginnings of German words that negate by
// their meaning; germanImplicitWords are such words.
var germanImplicitPrefixes = []string{"fehl", "mangel", "verweiger", "weiger", "ablehn", "abgelehn", "verhinder",
	"verzicht", "scheiter", "gescheitert", "verpass", "versäum", "vermied", "vermeid", "unterlass", "verbot",
	"verbiet", "vergess", "vergaß", "bestritt", "bestreit", "dementi", "leugn", "verschont", "streit", "stritt", "ausschließ", "auszuschließ",
	"ausgeschloss"}

var germanImplicitWords = wordSet("kaum", "selten", "anstatt", "stattdessen", "außer", "ausgenommen", "null",
	"lehnt", "lehnte", "lehnten", "lehnen", "bloß", "lediglich", "statt", "erst", "sonst", "allein", "alleine")

func englishImplicitNegation(w string) bool {
	if strings.HasSuffix(w, "less") && len(w) >= 6 || strings.HasSuffix(w, "-free") {
		return true
	}
	if strings.HasPrefix(w, "un") && len(w) >= 6 && !hasAnyPrefix(w, []string{"under", "unit", "univers", "uniq", "until", "union"}) {
		return true
	}
	return hasAnyPrefix(w, englishImplicitPrefixes)
}

func germanImplicitNegation(w string) bool {
	if strings.HasSuffix(w, "los") && len(w) >= 5 || strings.HasSuffix(w, "lose") || strings.HasSuffix(w, "losen") ||
		strings.HasSuffix(w, "loser") || strings.HasSuffix(w, "frei") || strings.HasSuffix(w, "freie") ||
		strings.HasSuffix(w, "freien") || germanImplicitWords[w] {
		return true
	}
	if strings.HasPrefix(w, "un") && len(w) >= 6 && !hasAnyPrefix(w, []string{"unter", "unser", "univers"}) {
		return true
	}
	return hasAnyPrefix(w, germanImplicitPrefixes)
}

func hasAnyPrefix(w string, prefixes []string) bool {
	for _, p := range prefixes {
		if strings.HasPrefix(w, p) {
			return true
		}
	}
	return false
}
