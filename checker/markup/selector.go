package markup

import (
	"fmt"
	"strings"
)

// compound is one compound selector: an element name ("" for any) and the
// classes and IDs the element must all have.
type compound struct {
	tag     string
	classes []string
	ids     []string
}

// selector is a chain of compound selectors joined by descendant
// combinators: "article .body p" is [article] [.body] [p].
type selector []compound

// parseSelectors parses a comma-separated list of selectors (see the package
// documentation for the syntax). An empty list is nil.
func parseSelectors(list string) ([]selector, error) {
	if strings.TrimSpace(list) == "" {
		return nil, nil
	}
	var sels []selector
	for part := range strings.SplitSeq(list, ",") {
		fields := strings.Fields(part)
		if len(fields) == 0 {
			return nil, fmt.Errorf("selector %q: empty selector in the list", list)
		}
		var sel selector
		for _, f := range fields {
			c, err := parseCompound(f)
			if err != nil {
				return nil, fmt.Errorf("selector %q: %v", list, err)
			}
			sel = append(sel, c)
		}
		sels = append(sels, sel)
	}
	return sels, nil
}

// parseCompound parses "tag", "*", ".class", "#id" and their combinations
// such as "div.story#main".
func parseCompound(s string) (compound, error) {
	var c compound
	i := 0
	if s[0] == '*' {
		i = 1
	} else {
		for i < len(s) && isNameByte(s[i]) {
			i++
		}
		c.tag = strings.ToLower(s[:i])
	}
	for i < len(s) {
		kind := s[i]
		if kind != '.' && kind != '#' {
			return c, fmt.Errorf("unsupported %q in %q (supported: element names, .class, #id, descendant combinators, commas)", s[i:i+1], s)
		}
		j := i + 1
		for j < len(s) && isNameByte(s[j]) {
			j++
		}
		if j == i+1 {
			return c, fmt.Errorf("missing name after %q in %q", string(kind), s)
		}
		if kind == '.' {
			c.classes = append(c.classes, s[i+1:j])
		} else {
			c.ids = append(c.ids, s[i+1:j])
		}
		i = j
	}
	return c, nil
}

// isNameByte reports whether c may be part of an element, class or ID name:
// ASCII letters, digits, '-', '_' and any non-ASCII byte.
func isNameByte(c byte) bool {
	return isAlnum(c) || c == '-' || c == '_' || c >= 0x80
}

// matches reports whether an element with the given name, class attribute
// and id attribute matches c. Names are lower case; classes and IDs are
// compared exactly.
func (c *compound) matches(name, class, id string) bool {
	if c.tag != "" && c.tag != name {
		return false
	}
	for _, want := range c.ids {
		if id != want {
			return false
		}
	}
	for _, want := range c.classes {
		if !hasClass(class, want) {
			return false
		}
	}
	return true
}

// hasClass reports whether the white-space separated class list has cls.
func hasClass(list, cls string) bool {
	for len(list) > 0 {
		i := 0
		for i < len(list) && isSpaceByte(list[i]) {
			i++
		}
		j := i
		for j < len(list) && !isSpaceByte(list[j]) {
			j++
		}
		if list[i:j] == cls {
			return true
		}
		list = list[j:]
	}
	return false
}
