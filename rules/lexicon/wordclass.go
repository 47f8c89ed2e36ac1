package lexicon

import "strings"

// loadWordClasses reads a word-class file (closed.txt, nouns.txt) into t.
//
// A line "[name name …]" opens a section whose words get the named classes;
// every other line lists words of the current section. A word ending in "?"
// gets the section's classes as uncertain readings. Braces list endings:
// "dies{er,e,es,em,en}" stands for dieser, diese, dieses, diesem, diesen and
// "mein{,e}" for mein, meine. Words are stored as written: closed-class words
// in lower case, nouns capitalised.
func loadWordClasses(t *table, file, text string) error {
	var section Class
	for _, l := range splitLines(file, text) {
		if strings.HasPrefix(l.fields[0], "[") {
			header := strings.Trim(strings.Join(l.fields, " "), "[]")
			section = 0
			for _, name := range strings.FieldsFunc(header, func(r rune) bool { return r == ' ' || r == ',' }) {
				c, ok := classByName(name)
				if !ok {
					return l.errorf("unknown class %q", name)
				}
				section |= c
			}
			if section&(Closed|Noun) != section || section == 0 {
				return l.errorf("section %q must name closed classes or noun", header)
			}
			continue
		}
		if section == 0 {
			return l.errorf("words before the first section")
		}
		for _, field := range l.fields {
			uncertain := strings.HasSuffix(field, "?")
			words, ok := expandBraces(strings.TrimSuffix(field, "?"))
			if !ok {
				return l.errorf("malformed word %q", field)
			}
			for _, w := range words {
				if section != Noun && hasUpper(w) {
					return l.errorf("closed-class word %q must be lower case", w)
				}
				t.addClass(w, section, uncertain)
			}
		}
	}
	return nil
}

// expandBraces expands one "{a,b,…}" group: "jen{er,e}" → jener, jene. A
// word without braces stands for itself.
func expandBraces(w string) ([]string, bool) {
	open := strings.IndexByte(w, '{')
	if open < 0 {
		return []string{w}, w != "" && !strings.ContainsAny(w, "},")
	}
	end := strings.IndexByte(w, '}')
	if end < open || strings.ContainsAny(w[end+1:], "{}") {
		return nil, false
	}
	var out []string
	for _, ending := range strings.Split(w[open+1:end], ",") {
		word := w[:open] + ending + w[end+1:]
		if word == "" {
			return nil, false
		}
		out = append(out, word)
	}
	return out, true
}
