// Package clause cuts the sentences of a checked document into clauses and
// describes each one well enough for word-order rules: where it starts and
// ends, what opened it (a comma, a conjunction, a quote …), whether a
// subordinating conjunction or a relative pronoun makes it a verb-final
// clause, which of its words can be its finite verb, what stands before that
// verb in a main clause, and whether it is a question, an imperative or
// quoted speech.
//
// The analysis is shallow and lexicon-driven (see package lexicon): it never
// guesses a structure the words do not support. Where a reading is uncertain
// (the "da" of "da ist er" against the "da" of "da er kam", the "die" of a
// relative clause against the article of a new main clause) the clause gets
// the kind Unknown, and rules that want certainty leave it alone.
//
// # Boundaries
//
// A clause ends at a comma, semicolon, colon, dash, bracket, quotation mark
// or a question or exclamation mark inside a sentence; at a coordinating
// conjunction (und, oder, sowie, sondern, …) once the clause has a finite
// verb candidate (before it, "und" joins noun phrases: "dass die Kosten für
// Glas und Energie stiegen"); and before a subordinating conjunction that
// follows a word without a comma ("zur Kenntnisnahme dass …"). Boundary tokens belong to no clause, except
// that a subordinator stays the first word of its clause, and that an opening
// quote directly after a lone subordinator or relative pronoun ("dass „…")
// does not cut the clause.
//
// # Use
//
// Rules call Of(pass) to share one analysis per document:
//
//	a := clause.Of(pass)
//	for _, c := range a.Clauses {
//		if c.Kind == clause.Subordinate && c.Sure { … }
//	}
package clause
