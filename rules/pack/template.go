package pack

import (
	"fmt"
	"strings"
)

// template is a message or suggestion with references to the match:
// $0 is the flagged text, $1…$9 the text taken by the pattern's n-th token or gap,
// ${name} a named group of one of its regular expressions, $$ a dollar sign.
type template struct {
	src   string
	parts []tmplPart
}

// tmplPart is literal text, or a reference when ref >= 0 or group != "".
type tmplPart struct {
	lit   string
	ref   int
	group string
}

func parseTemplate(src string) (*template, error) {
	t := &template{src: src}
	var lit strings.Builder
	flush := func() {
		if lit.Len() > 0 {
			t.parts = append(t.parts, tmplPart{lit: lit.String(), ref: -1})
			lit.Reset()
		}
	}
	for i := 0; i < len(src); i++ {
		if src[i] != '$' {
			lit.WriteByte(src[i])
			continue
		}
		switch {
		case i+1 < len(src) && src[i+1] == '$':
			lit.WriteByte('$')
			i++
		case i+1 < len(src) && src[i+1] >= '0' && src[i+1] <= '9':
			flush()
			t.parts = append(t.parts, tmplPart{ref: int(src[i+1] - '0')})
			i++
		case i+1 < len(src) && src[i+1] == '{':
			end := strings.IndexByte(src[i:], '}')
			if end < 0 || end == 2 {
				return nil, fmt.Errorf("bad reference at %q (want ${name})", src[i:])
			}
			flush()
			t.parts = append(t.parts, tmplPart{ref: -1, group: src[i+2 : i+end]})
			i += end
		default:
			return nil, fmt.Errorf("bad reference at %q (want $0…$9, ${name} or $$ for a dollar sign)", src[i:])
		}
	}
	flush()
	return t, nil
}

// isStatic reports whether the template has no references.
func (t *template) isStatic() bool {
	for _, p := range t.parts {
		if p.ref >= 0 || p.group != "" {
			return false
		}
	}
	return true
}

// unresolved names the first reference of the template that p cannot fill, or
// returns "" when p can fill them all.
func (t *template) unresolved(p *pattern) string {
	for _, part := range t.parts {
		switch {
		case part.ref > p.refs:
			return fmt.Sprintf("$%d (the pattern has %d tokens and gaps)", part.ref, p.refs)
		case part.group != "" && !p.groups[part.group]:
			return fmt.Sprintf("${%s} (no regular expression of the pattern has that group)", part.group)
		}
	}
	return ""
}

// placeholder renders the template with "…" for every reference, for listings.
func (t *template) placeholder() string {
	var b strings.Builder
	for _, part := range t.parts {
		if part.ref < 0 && part.group == "" {
			b.WriteString(part.lit)
		} else {
			b.WriteString("…")
		}
	}
	return b.String()
}

// render fills the template from the cursor's current match of p. It reports
// false when a reference cannot be filled: an element p does not have, or a
// regular-expression group that took no part in the match.
func (t *template) render(c *cursor, p *pattern) (string, bool) {
	var b strings.Builder
	for _, part := range t.parts {
		switch {
		case part.group != "":
			v, ok := c.group(p, part.group)
			if !ok {
				return "", false
			}
			b.WriteString(v)
		case part.ref == 0:
			b.WriteString(c.d.Slice(c.span(c.flagged())))
		case part.ref > 0:
			r, ok := c.element(p, part.ref)
			if !ok {
				return "", false
			}
			if r[0] < r[1] {
				b.WriteString(c.d.Slice(c.span(r)))
			}
		default:
			b.WriteString(part.lit)
		}
	}
	return b.String(), true
}

// element returns the token range taken by the n-th consuming element of p.
func (c *cursor) element(p *pattern, n int) ([2]int, bool) {
	for k := range p.elems {
		if p.elems[k].ref == n {
			return c.caps[k], true
		}
	}
	return [2]int{}, false
}

// group returns the text of a named group of the first regular expression of p
// that took part in the match with that group.
func (c *cursor) group(p *pattern, name string) (string, bool) {
	for k := range p.elems {
		re := p.elems[k].test.re
		if re == nil || c.caps[k][0] == c.caps[k][1] {
			continue
		}
		i := re.SubexpIndex(name)
		if i < 0 {
			continue
		}
		m := re.FindStringSubmatchIndex(c.d.TokenText(c.caps[k][0]))
		if m != nil && m[2*i] >= 0 {
			return c.d.TokenText(c.caps[k][0])[m[2*i]:m[2*i+1]], true
		}
	}
	return "", false
}
