// Package lexicon is mtcheck's German lexicon: the closed word classes and
// the forms of more than 3,000 verbs, for rules that need to know whether a word
// can be a finite verb, an infinitive, a participle, a subordinating
// conjunction, a relative pronoun and so on.
//
// # Use
//
// Default returns the shared lexicon, read-only. It is compiled ahead of
// time from the data files (go generate writes lexicon.bin, see "Data
// files") and read in place, so that it costs next to nothing to open;
// Load builds a private copy from the data files. Questions take a word as
// written and answer what it can be:
//
//	lx := lexicon.Default()
//	lx.IsFiniteVerb("fügte")       // true
//	lx.VerbInfo("fügte")           // [hinzufügen:Fin.Past.Ind.1sg,3sg+hinzu …]
//	lx.IsSubordinator("obwohl")    // true
//	lx.Lookup("die").Class         // article|demonstrative|relative
//
// Ambiguity is the rule: "sagen" is an infinitive and a 1st/3rd person
// plural, "die" an article, a demonstrative and a relative pronoun. The
// predicates answer "can be"; Lookup returns every class at once, with
// Entry.Uncertain marking readings the data calls weak (the subordinator
// "wie", the verb "meine" that is mostly a possessive) and Entry.Folded the
// readings reached only by lower-casing.
//
// The lexicon owns the word classes the rules ask about, so that no rule
// keeps a list of its own: finite verbs (next section), subordinating
// conjunctions (IsSubordinator, split into IsStrongSubordinator, "dass",
// "weil", and IsWeakSubordinator, "als", "während", which a rule must
// confirm by context) and the endings of adjectives (CutAdjectiveEnding).
//
// # Finite verbs
//
// "Is this word a finite verb here?" has one method per question, from
// loose to strict. All take the word as written:
//
//   - IsFiniteVerb: some reading of w is finite, whatever else w can be
//     ("sagte", "sagen", "meine", "Essen"). The class test.
//   - IsFinite: w reads as a finite verb in running text. A function word
//     with a verb reading does not ("meine", "einen"), nor a capitalised
//     word that can be a noun (MaybeNoun: "Essen", "Stand"), since inside a
//     sentence a capital marks a noun. "sagte", "sagen" and "Sagte" do.
//     IsFiniteAnyCase drops the noun test, for words whose capital says
//     nothing (the first word of a clause: "Lesen Sie").
//   - IsCommonFinite: IsFinite through a reading that news copy uses. A
//     second-person subjunctive I ("sorget", "klagest") does not count: a
//     capitalised word with no other reading is rather a name or a noun
//     the lexicon does not list.
//   - IsOnlyFinite: IsFinite, and w cannot be anything else: no infinitive,
//     participle, zu-infinitive or noun reading. "sagte", "kündigte", "hat";
//     not "sagen" (also an infinitive) or "verkauft" (also a participle).
//
// IsNominalisedFinite answers the case that IsFinite leaves out on purpose:
// a capitalised past form that may be a nominalised participle
// ("Erklärte", "Verbündete").
//
// # Case
//
// A word is looked up as written and, if that fails and it has capitals, in
// lower case: "Die", "DIE" and "die" answer alike, and a capitalised "Sagte"
// is a finite verb (with Folded set). Verb forms and closed-class words are
// stored in lower case; only the noun homographs of data/nouns.txt are
// stored capitalised ("Macht", "Stand"), and their entries carry the
// lower-case readings as well. Mid-sentence, where a capital letter marks a
// noun, IsFinite leaves out capitalised words that can be nouns (MaybeNoun);
// Entry.Folded tells which readings came from lower-casing.
// Lookups do not allocate (but for the verb readings of a form, which are
// made on its first lookup and kept); capitalised words up to 42 bytes are
// lower-cased in a stack buffer.
//
// # Data files
//
// All data lives in data/*.txt, the source of truth. go generate
// ./rules/lexicon builds the lexicon from them and compiles it into
// lexicon.bin, which is embedded (compiled.go describes the format);
// TestCompiledLexiconUpToDate fails until it is run after a change to a
// data file. In every file "#" starts a comment and fields are separated by
// white space.
//
// closed.txt, nouns.txt and nouns_common.txt list words by class
// (nouns.txt the nouns spelled like verb forms, nouns_common.txt about 1,600
// common nouns of news copy in their dictionary form, for the grammar rules
// that must know a noun: compounds written apart, nouns in lower case).
// "[article]" or
// "[relative demonstrative]" opens a section; the words below it get all of
// the section's classes, and a word may appear in several sections. A
// trailing "?" marks a reading as uncertain ("wie?" under subordinator).
// Braces expand one group of endings: "dies{er,e,es,em,en}", "mein{,e,er}".
// Class names are those of Class.String.
//
// paradigms.txt holds the complete paradigms of sein, haben, werden, the
// modal verbs, wissen, tun and bedürfen:
//
//	verb sein aux                     # infinitive and kind: aux, modal or full
//	pres bin bist ist sind seid sind  # 1sg 2sg 3sg 1pl 2pl 3pl
//	past war warst war waren wart waren
//	subj1 sei seiest,seist sei seien seiet seien
//	subj2 wäre wärest,wärst wäre wären wäret,wärt wären
//	imp sei seid                      # 2sg 2pl
//	part gewesen
//
// Commas separate alternatives, "-" stands for no form.
//
// strong.txt gives the principal parts of strong, mixed and irregular verbs,
// one per line:
//
//	geben   gibt         gab      gegeben  [gäbe]
//	laden   lädst/lädt   lud      geladen
//	gehen   =            ging     gegangen
//	bringen =            brachte  gebracht  brächte
//
// The columns are the infinitive, the 3rd person singular present ("=" when
// regular, "2sg/3sg" when the 2nd person cannot be derived from the 3rd),
// the preterite, the participle and optionally the subjunctive II (derived
// from the preterite by umlaut when missing). A table entry only teaches
// conjugation; a verb is in the lexicon when a verb list names it.
//
// verbs_*.txt list the verbs, any number per line, in a notation that
// carries their morphology:
//
//	sagen            simple verb, weak unless it is in strong.txt
//	hinzu|fügen      separable prefix before "|"
//	über+nehmen      inseparable prefix before "+"
//	an|er+kennen     both; the part after the last mark is the base
//	verstehen        be-, ge-, er-, ver-, zer-, ent-, emp- and miss- are
//	                 recognised without "+" when a plausible stem follows
//	!beugen          "!": no prefix at all, despite appearances
//	~begleiten       "~": weak, although the base looks strong (gleiten)
//	x=participle     the participle, where generation would be wrong
//
// über-, unter-, durch-, um-, wider-, hinter-, voll- and wieder- must be
// marked either way (a test checks this); a lemma may be listed once as
// separable and once as inseparable (um|gehen, um+gehen).
//
// # Generation
//
// Weak verbs get present, preterite, subjunctive I and II, imperative and
// participle from the infinitive, with the linking e of stems in -d, -t and
// consonant + m/n (arbeitet, atmet, rechnet), the short 2nd person of stems
// in s, ß, x, z (reist) and the -eln/-ern patterns (handle, ändere). Strong
// verbs take the principal parts instead. A prefixed verb inherits the
// forms of its base (verstehen from stehen, abgeben from geben). Inseparable
// prefixes replace the participle's ge- (verklagt, verstanden); borrowed
// -ieren verbs have none (trainiert). A separable verb yields its finite
// forms twice: split, with Analysis.Prefix naming the particle that must
// close the main clause ("fügte" … "hinzu"), and fused for verb-final
// clauses ("hinzufügte"); its participle and zu-infinitive take ge- and zu
// after the particle (hinzugefügt, hinzuzufügen). Forms with "ss" at the end
// of a syllable also get their pre-1996 spelling (läßt, mußte).
//
// # Measuring
//
// Evaluate scores the lexicon against a CoNLL-U treebank: recall of finite
// verbs, the rate of false finite readings on lower-case and capitalised
// words, and recall and precision of infinitives, participles,
// subordinating conjunctions and relative pronouns.
package lexicon
