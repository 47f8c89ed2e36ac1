package corpus

import (
	"fmt"
	"sort"
	"strings"

	"github.com/mtcheck/mtcheck/checker"
)

// AnnotationsSuffix is what replaces ".txt" in the name of a stand-off annotation file.
const AnnotationsSuffix = ".annotations.tsv"

// ParseStandOff reads a text and its stand-off annotations. The TSV has one
// annotation per line with the tab-separated columns
//
//	id  level  category  severity  quote  [note  [rule-id]]
//
// Lines starting with # and blank lines are skipped. The quote is an exact
// substring of the text that occurs exactly once; \n in it stands for a line
// break, \t for a tab and \\ for a backslash. Errors name the TSV file and line.
func ParseStandOff(textPath, text, tsvPath, tsv string) (*Document, error) {
	if err := checker.ValidateUTF8(text); err != nil {
		return nil, utf8Error(textPath, text, err)
	}
	if err := checker.ValidateUTF8(tsv); err != nil {
		return nil, utf8Error(tsvPath, tsv, err)
	}
	d := &Document{ID: textPath, Path: textPath, Kind: Annotated, Text: text, Line: 1}
	seen := map[string]int{}
	for i, line := range strings.Split(tsv, "\n") {
		n := i + 1
		line = strings.TrimSuffix(line, "\r")
		if strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#") {
			continue
		}
		e, err := parseAnnotation(line, text)
		if err != nil {
			return nil, loadErrorf(tsvPath, n, "%v", err)
		}
		if prev, dup := seen[e.ID]; dup {
			return nil, loadErrorf(tsvPath, n, "id %q already used on line %d", e.ID, prev)
		}
		seen[e.ID] = n
		e.Line = n
		d.Expected = append(d.Expected, e)
	}
	sort.SliceStable(d.Expected, func(i, j int) bool { return d.Expected[i].Start < d.Expected[j].Start })
	return d, nil
}

// parseAnnotation parses one TSV line and locates its quote in text.
func parseAnnotation(line, text string) (Expectation, error) {
	cols := strings.Split(line, "\t")
	if len(cols) < 5 || len(cols) > 7 {
		return Expectation{}, fmt.Errorf("want 5 to 7 tab-separated columns (id, level, category, severity, quote, note, rule), got %d", len(cols))
	}
	for len(cols) < 7 {
		cols = append(cols, "")
	}
	e := Expectation{ID: strings.TrimSpace(cols[0]), Category: strings.TrimSpace(cols[2]),
		Note: strings.TrimSpace(cols[5]), Rule: strings.TrimSpace(cols[6])}
	if e.ID == "" {
		return e, fmt.Errorf("empty id")
	}
	var err error
	if e.Level, err = ParseLevel(strings.TrimSpace(cols[1])); err != nil {
		return e, err
	}
	if !checker.ValidCategory(e.Category) {
		return e, fmt.Errorf("category %q is not family/kind with a known family", e.Category)
	}
	if _, err := checker.ParseSeverity(cols[3]); err != nil {
		return e, err
	}
	if e.Rule != "" && !checker.ValidRuleID(e.Rule) {
		return e, fmt.Errorf("rule %q is not a kebab-case rule ID", e.Rule)
	}
	quote := unescapeQuote(cols[4])
	if quote == "" {
		return e, fmt.Errorf("empty quote")
	}
	switch n := occurrences(text, quote); n {
	case 1:
		e.Start = strings.Index(text, quote)
		e.End = e.Start + len(quote)
		return e, nil
	case 0:
		return e, fmt.Errorf("quote %q does not occur in the text", quote)
	default:
		return e, fmt.Errorf("quote %q occurs %d times in the text; it must occur exactly once", quote, n)
	}
}

// occurrences counts the occurrences of quote in text, overlapping ones included.
func occurrences(text, quote string) int {
	n := 0
	for i := strings.Index(text, quote); i >= 0; n++ {
		next := strings.Index(text[i+1:], quote)
		if next < 0 {
			return n + 1
		}
		i += 1 + next
	}
	return n
}

// unescapeQuote turns \n, \t and \\ into a line break, a tab and a backslash.
func unescapeQuote(s string) string {
	if !strings.Contains(s, `\`) {
		return s
	}
	return strings.NewReplacer(`\\`, `\`, `\n`, "\n", `\t`, "\t").Replace(s)
}
