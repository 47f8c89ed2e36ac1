package checker

import (
	"fmt"
	"strings"
)

// Mark is a span of a marked-up text that a check is expected to flag,
// optionally naming the rule expected to flag it.
type Mark struct {
	Span
	Rule string
}

// ParseMarked strips {{…}} and {{…|rule-id}} marks from s and returns the plain
// text and the marked spans as byte offsets into the plain text.
func ParseMarked(s string) (string, []Mark, error) {
	var b strings.Builder
	var marks []Mark
	for {
		open := strings.Index(s, "{{")
		if open < 0 {
			if strings.Contains(s, "}}") {
				return "", nil, fmt.Errorf("unmatched }} at %q", excerpt(s, strings.Index(s, "}}")))
			}
			b.WriteString(s)
			return b.String(), marks, nil
		}
		if c := strings.Index(s[:open], "}}"); c >= 0 {
			return "", nil, fmt.Errorf("unmatched }} at %q", excerpt(s, c))
		}
		b.WriteString(s[:open])
		rest := s[open+2:]
		closeAt := strings.Index(rest, "}}")
		if closeAt < 0 {
			return "", nil, fmt.Errorf("unclosed {{ at %q", excerpt(s, open))
		}
		inner := rest[:closeAt]
		if strings.Contains(inner, "{{") {
			return "", nil, fmt.Errorf("nested {{ at %q", excerpt(s, open))
		}
		m := Mark{}
		if bar := strings.LastIndexByte(inner, '|'); bar >= 0 && ruleIDPattern.MatchString(inner[bar+1:]) {
			m.Rule = inner[bar+1:]
			inner = inner[:bar]
		}
		if inner == "" {
			return "", nil, fmt.Errorf("empty mark at %q", excerpt(s, open))
		}
		m.Start = b.Len()
		b.WriteString(inner)
		m.End = b.Len()
		marks = append(marks, m)
		s = rest[closeAt+2:]
	}
}

func excerpt(s string, at int) string {
	end := at + 30
	if end > len(s) {
		end = len(s)
	}
	return strings.ToValidUTF8(s[at:end], "")
}
