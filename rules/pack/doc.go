// Package pack defines mtcheck's rule packs: lexical rules written as data, one
// YAML file per pack, compiled into ordinary checker.Rule values.
//
// # Files
//
// A pack file has a header and a list of entries; unknown fields are errors:
//
//	name: leftovers                  # kebab-case; rules carry it as checker.Rule.Pack
//	description: Boilerplate of …    # English
//	category: markup/leftover        # default of the entries (optional)
//	severity: minor                  # default of the entries (optional)
//	entries:
//	  - id: embed-skip-link          # kebab-case, unique across all packs
//	    title: Skip link of an embedded post  # English, no final period, at most 60 characters
//	    category: markup/leftover    # family/kind (optional when the pack has one)
//	    severity: major              # minor, major or critical (optional likewise)
//	    message: "Sprunglink …"      # German, shown to editors; may hold references
//	    doc: "Catches …"             # English (optional; generated when absent)
//	    pattern: '*-inhalte überspringen , <number>'   # a string or a list of strings
//	    scope: any                   # any (default), headline or paragraph
//	    suggestions: ["…"]           # replacements for the flagged text (optional)
//	    exceptions: ['…']            # patterns that cancel a hit (optional)
//	    experimental: false          # off unless enabled by configuration (optional)
//	    bad: ["{{Twitter-Inhalte überspringen, 1}}"]   # must be flagged exactly at {{…}}
//	    good: ["Werbung überspringen"]                 # must not be flagged
//
// Quote patterns in YAML (single quotes keep backslashes as they are): many
// start with a character YAML gives a meaning, such as {, [ or *.
//
// # Patterns
//
// A pattern is a sequence of elements separated by white space. It matches
// tokens of the document model (checker.Token), never raw text, so the
// flagged span is exact and a match never crosses a paragraph boundary.
//
//	Sinn            a word, compared without regard to case
//	=Sinn           a word in exactly this case
//	sagte|meinte    alternatives (=a|b: all in exact case)
//	mach*           * stands for any characters: mach*, *-inhalte, ver*ung
//	[hier]          an optional token (tried before skipping it)
//	...  …          a gap of up to 4 tokens within the clause: it does not take
//	                , ; : . ! ? … – — - ( ) [ ] nor cross the sentence end
//	...8            a gap of up to 8 tokens (1 to 50)
//	...8s  ...8p    a gap bounded only by the sentence, or only by the paragraph
//	/\d+\.\d{1,2}/  a regular expression (RE2) on the whole token text; /…/i
//	                ignores case; named groups (?P<int>…) can be referenced
//	<number>        a token kind: word, number, punct, symbol, url, any; or a word
//	                shape: cap (starts with a capital), lower, upper; <word|number>
//	                accepts either
//	a + b           b follows a without white space ("$500": \$ + <number>)
//	^  $            the start or the end of the paragraph
//	{ … }           the part of the match to flag; default: the whole match
//
// A backslash escapes the next character: \$, \^, \+, \[, \{, \*, \|, \... .
// Gaps take as few tokens as possible; a pattern can end with a gap only before $.
//
// An entry with several patterns flags a span with the first that matches.
// The hits of one entry do not overlap; the next starts after the previous match.
// With scope headline an entry matches only in headline-like paragraphs
// (checker.Paragraph.Headline); with scope paragraph only a whole paragraph.
//
// # Exceptions
//
// An exception is a pattern that cancels a hit when it matches with its flagged
// part (its { … } or, without braces, its whole match) overlapping the hit's
// flagged span. "<any> + {“}" cancels a “ glued to the previous token; "„ ...50p {“}"
// cancels the first “ after a „, which closes it. Exceptions ignore the scope.
//
// # References
//
// Messages and suggestions may refer to the match: $0 is the flagged text,
// $1 … $9 the text taken by the pattern's first, second … token or gap (in
// pattern order; "" when an optional token was skipped), ${name} a named group
// of a regular expression of the pattern, $$ a dollar sign. A suggestion
// whose references the matching pattern cannot fill is left out, so an entry
// with several patterns can give a suggestion for each; one equal to the
// flagged text is left out too.
//
// # Use
//
// Parse reads one file and validates it, reporting every problem with the file,
// line and field (Errors). Compile turns packs into rules, one per entry, checking
// that IDs are unique across the packs. Verify runs every entry's examples.
// All rules of one Compile call share one index of their patterns' key tokens
// (the rarest word every match has, else the first token): the first of them to
// run on a document looks each of its distinct words up once and matches every
// entry in one pass (checker.SharedOf), and each rule reports its own hits, so a
// pack of a thousand entries costs little more than one. WriteSnapshot and
// ReadSnapshot store parsed packs for a program to embed.
package pack
