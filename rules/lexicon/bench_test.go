package lexicon

import "testing"

// benchWords mixes lower-case, capitalised, unknown and closed-class words.
var benchWords = []string{
	"sagte", "der", "Die", "hinzugefügt", "Twitter-Daten", "erklärte", "und", "Milliardär",
	"weil", "kündigte", "Essen", "ÄNDERTE", "anzukündigen", "obwohl", "gestern", "xyz",
}

func BenchmarkIsFiniteVerb(b *testing.B) {
	lx := Default()
	b.ReportAllocs()
	n := 0
	for i := 0; b.Loop(); i++ {
		if lx.IsFiniteVerb(benchWords[i%len(benchWords)]) {
			n++
		}
	}
	_ = n
}

func BenchmarkIsFiniteVerbLower(b *testing.B) {
	lx := Default()
	b.ReportAllocs()
	for b.Loop() {
		lx.IsFiniteVerb("sagte")
	}
}

func BenchmarkIsFiniteVerbCapitalised(b *testing.B) {
	lx := Default()
	b.ReportAllocs()
	for b.Loop() {
		lx.IsFiniteVerb("Kündigte")
	}
}

func BenchmarkLookup(b *testing.B) {
	lx := Default()
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		_ = lx.Lookup(benchWords[i%len(benchWords)])
	}
}

func BenchmarkVerbInfo(b *testing.B) {
	lx := Default()
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		_ = lx.VerbInfo(benchWords[i%len(benchWords)])
	}
}

func BenchmarkMaybeNoun(b *testing.B) {
	lx := Default()
	b.ReportAllocs()
	for b.Loop() {
		lx.MaybeNoun("Verfahren")
	}
}

// BenchmarkOpen measures what starting mtcheck costs the lexicon: opening
// the compiled table, a class question, and the first verb reading, which
// decodes the verb readings of the whole table.
func BenchmarkOpen(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		t, err := openTable(compiledLexicon)
		if err != nil {
			b.Fatal(err)
		}
		l := &Lexicon{t: t}
		if !l.IsFiniteVerb("sagte") || len(l.VerbInfo("sagte")) == 0 {
			b.Fatal("sagte is no verb")
		}
	}
}

// BenchmarkOpenClasses is BenchmarkOpen without verb readings: what a
// check costs that asks only about word classes.
func BenchmarkOpenClasses(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		t, err := openTable(compiledLexicon)
		if err != nil {
			b.Fatal(err)
		}
		if !(&Lexicon{t: t}).IsFiniteVerb("sagte") {
			b.Fatal("sagte is no verb")
		}
	}
}

// BenchmarkLoad builds the lexicon from the data files, as go generate does.
func BenchmarkLoad(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Load(); err != nil {
			b.Fatal(err)
		}
	}
}
