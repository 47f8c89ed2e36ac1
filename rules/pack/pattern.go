package pack

import (
	"fmt"
	"regexp"
	"regexp/syntax"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// elemKind is what one element of a pattern does.
type elemKind uint8

const (
	elemToken     elemKind = iota // consumes one token that passes its test (none when optional and skipped)
	elemGap                       // consumes up to gapMax tokens within its scope
	elemParaStart                 // ^: zero-width, the start of the paragraph
	elemParaEnd                   // $: zero-width, the end of the paragraph
	elemMarkOpen                  // {: zero-width, the flagged span starts here
	elemMarkClose                 // }: zero-width, the flagged span ends here
)

// gapScope is what a gap may not cross.
type gapScope uint8

const (
	gapClause    gapScope = iota // clause punctuation or a sentence boundary (the default)
	gapSentence                  // a sentence boundary
	gapParagraph                 // nothing but the paragraph's end, which no match crosses
)

// maxGap is the widest gap a pattern may ask for.
const maxGap = 50

// element is one step of a pattern.
type element struct {
	kind     elemKind
	test     tokenTest
	optional bool
	glued    bool // no white space between this token and the previous one
	gapMax   int
	gapScope gapScope
	ref      int // 1-based number of a consuming element, for $N in templates
}

func (e *element) consumes() bool { return e.kind == elemToken || e.kind == elemGap }

// pattern is a compiled token pattern; see the package documentation for its syntax.
type pattern struct {
	src    string
	elems  []element
	refs   int             // consuming elements, referable as $1…$refs
	groups map[string]bool // named groups of the pattern's regular expressions
	maxLen int             // the most tokens a match can span
}

// patternError is a syntax error at a byte offset of a pattern's source (-1:
// the pattern as a whole).
type patternError struct {
	src string
	at  int
	msg string
}

func (e *patternError) Error() string {
	switch {
	case e.at < 0:
		return fmt.Sprintf("%s (in %q)", e.msg, e.src)
	case e.at >= len(e.src):
		return fmt.Sprintf("%s (at the end of %q)", e.msg, e.src)
	}
	return fmt.Sprintf("%s (at %q in %q)", e.msg, e.src[e.at:], e.src)
}

// parsePattern compiles the source of a pattern.
func parsePattern(src string) (*pattern, error) {
	ps := &patternParser{src: src, pat: &pattern{src: src, groups: map[string]bool{},
		elems: make([]element, 0, strings.Count(src, " ")+1)}}
	if err := ps.parse(); err != nil {
		return nil, err
	}
	if err := ps.pat.validate(); err != nil {
		return nil, &patternError{src: src, at: -1, msg: err.Error()}
	}
	return ps.pat, nil
}

// patternParser reads a pattern's source from left to right.
type patternParser struct {
	src string
	pos int
	pat *pattern
}

func (ps *patternParser) errorf(at int, format string, args ...any) error {
	return &patternError{src: ps.src, at: at, msg: fmt.Sprintf(format, args...)}
}

func (ps *patternParser) skipSpace() {
	for ps.pos < len(ps.src) {
		r, n := utf8.DecodeRuneInString(ps.src[ps.pos:])
		if !unicode.IsSpace(r) {
			return
		}
		ps.pos += n
	}
}

var gapSyntax = regexp.MustCompile(`^(?:\.\.\.|…)([0-9]+)?([csp])?$`)

func (ps *patternParser) parse() error {
	glue := -1 // offset of a pending "+", or -1
	for ps.skipSpace(); ps.pos < len(ps.src); ps.skipSpace() {
		start := ps.pos
		var el element
		switch c := ps.src[ps.pos]; c {
		case '{', '}':
			ps.pos++
			el.kind = elemMarkOpen
			if c == '}' {
				el.kind = elemMarkClose
			}
		case '[':
			ps.pos++
			ps.skipSpace()
			if err := ps.atom(&el); err != nil {
				return err
			}
			ps.skipSpace()
			if ps.pos >= len(ps.src) || ps.src[ps.pos] != ']' {
				return ps.errorf(ps.pos, "an optional token [ … ] holds exactly one token test and needs its ]")
			}
			ps.pos++
			el.optional = true
		case ']':
			return ps.errorf(start, "] without [")
		default:
			raw := ps.src[ps.pos : ps.pos+ps.rawLen()]
			var m []string
			if strings.HasPrefix(raw, ".") || strings.HasPrefix(raw, "…") {
				m = gapSyntax.FindStringSubmatch(raw)
			}
			switch {
			case raw == "+":
				ps.pos += len(raw)
				if glue >= 0 {
					return ps.errorf(start, "two + in a row")
				}
				glue = start
				continue
			case raw == "^" || raw == "$":
				ps.pos += len(raw)
				el.kind = map[string]elemKind{"^": elemParaStart, "$": elemParaEnd}[raw]
			case m != nil:
				ps.pos += len(raw)
				if err := ps.gap(&el, m, start); err != nil {
					return err
				}
			default:
				if err := ps.atom(&el); err != nil {
					return err
				}
			}
		}
		if glue >= 0 && el.kind != elemMarkOpen && el.kind != elemMarkClose {
			if err := ps.glue(&el, glue); err != nil {
				return err
			}
			glue = -1
		}
		if el.consumes() {
			ps.pat.refs++
			el.ref = ps.pat.refs
		}
		ps.pat.elems = append(ps.pat.elems, el)
	}
	if glue >= 0 {
		return ps.errorf(glue, "+ must stand between two tokens")
	}
	return nil
}

// rawLen returns the length of the lexeme at the current position: up to white
// space or an unescaped bracket or brace.
func (ps *patternParser) rawLen() int {
	i := ps.pos
	for i < len(ps.src) {
		if c := ps.src[i]; c < utf8.RuneSelf && c != '\\' {
			if c == ' ' || '\t' <= c && c <= '\r' || c == '[' || c == ']' || c == '{' || c == '}' {
				break
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(ps.src[i:])
		if unicode.IsSpace(r) {
			break
		}
		if r == '\\' && i+n < len(ps.src) {
			_, n2 := utf8.DecodeRuneInString(ps.src[i+n:])
			n += n2
		}
		i += n
	}
	return i - ps.pos
}

// glue marks el as following the previous token without white space.
func (ps *patternParser) glue(el *element, at int) error {
	var prev *element
	for i := len(ps.pat.elems) - 1; i >= 0; i-- {
		if e := &ps.pat.elems[i]; e.consumes() || e.kind == elemParaStart || e.kind == elemParaEnd {
			prev = e
			break
		}
	}
	if prev == nil || prev.kind != elemToken || prev.optional || el.kind != elemToken || el.optional {
		return ps.errorf(at, "+ must stand between two tokens that are not optional")
	}
	el.glued = true
	return nil
}

func (ps *patternParser) gap(el *element, m []string, at int) error {
	el.kind, el.gapMax = elemGap, 4
	if m[1] != "" {
		n, err := strconv.Atoi(m[1])
		if err != nil || n < 1 || n > maxGap {
			return ps.errorf(at, "a gap spans 1 to %d tokens", maxGap)
		}
		el.gapMax = n
	}
	el.gapScope = map[string]gapScope{"": gapClause, "c": gapClause, "s": gapSentence, "p": gapParagraph}[m[2]]
	return nil
}

// atom parses one token test: <kinds>, /regexp/ or word alternatives.
func (ps *patternParser) atom(el *element) error {
	if ps.pos >= len(ps.src) {
		return ps.errorf(ps.pos, "a token test is missing")
	}
	el.kind = elemToken
	switch ps.src[ps.pos] {
	case '<':
		return ps.kinds(el)
	case '/':
		return ps.regexp(el)
	}
	return ps.words(el)
}

func (ps *patternParser) kinds(el *element) error {
	start := ps.pos
	end := strings.IndexByte(ps.src[start:], '>')
	if end < 0 {
		return ps.errorf(start, "< without >")
	}
	ps.pos = start + end + 1
	for _, name := range strings.Split(ps.src[start+1:start+end], "|") {
		p, ok := predNames[name]
		if !ok {
			return ps.errorf(start, "unknown token test <%s> (want word, number, punct, symbol, url, cap, lower, upper or any)", name)
		}
		el.test.preds = append(el.test.preds, p)
	}
	return ps.delimited(start)
}

func (ps *patternParser) regexp(el *element) error {
	start := ps.pos
	var b strings.Builder
	i := start + 1
	for ; i < len(ps.src) && ps.src[i] != '/'; i++ {
		if ps.src[i] == '\\' && i+1 < len(ps.src) && ps.src[i+1] == '/' {
			i++
		} else if ps.src[i] == '\\' && i+1 < len(ps.src) {
			b.WriteByte('\\')
			i++
		}
		b.WriteByte(ps.src[i])
	}
	if i >= len(ps.src) {
		return ps.errorf(start, "regular expression without its closing /")
	}
	i++
	expr := "^(?:" + b.String() + ")$"
	for ; i < len(ps.src) && ps.src[i] == 'i'; i++ {
		expr = "(?i)" + expr
	}
	ps.pos = i
	if b.Len() == 0 {
		return ps.errorf(start, "empty regular expression")
	}
	re, err := regexp.Compile(expr)
	if err != nil {
		return ps.errorf(start, "bad regular expression: %v", err)
	}
	for _, name := range re.SubexpNames() {
		if name != "" {
			ps.pat.groups[name] = true
		}
	}
	el.test.re = re
	return ps.delimited(start)
}

// delimited checks that a test ends at white space, a bracket, a brace or the end.
func (ps *patternParser) delimited(start int) error {
	if ps.pos < len(ps.src) {
		r, _ := utf8.DecodeRuneInString(ps.src[ps.pos:])
		if !unicode.IsSpace(r) && !strings.ContainsRune("[]{}", r) {
			return ps.errorf(start, "a token test must end at white space")
		}
	}
	return nil
}

// words parses "=a|b*|\*" into word alternatives.
func (ps *patternParser) words(el *element) error {
	start := ps.pos
	end := ps.pos + ps.rawLen()
	s := ps.src[ps.pos:end]
	ps.pos = end
	if strings.HasPrefix(s, "=") {
		el.test.exact = true
		s = s[1:]
	}
	if s == "" {
		return ps.errorf(start, "empty word")
	}
	el.test.alts = make([]glob, 0, strings.Count(s, "|")+1)
	for i := 0; ; i++ {
		// The alternative s[i:j] is a literal word unless it has a * or a
		// backslash (which escapes the next character, a | too).
		j, literal := i, true
		for j < len(s) && s[j] != '|' {
			switch s[j] {
			case '\\':
				literal = false
				if j+1 < len(s) {
					_, n := utf8.DecodeRuneInString(s[j+1:])
					j += n
				}
			case '*':
				literal = false
			}
			j++
		}
		g := glob{s[i:j]}
		if !literal {
			g = globParts(s[i:j])
		}
		if err := ps.addAlt(el, g, start); err != nil {
			return err
		}
		if j == len(s) {
			return nil
		}
		i = j
	}
}

// globParts splits one word alternative with wildcards or escapes into its
// parts at its unescaped '*'.
func globParts(s string) glob {
	var g glob
	var part strings.Builder
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == '\\' && i+n < len(s):
			r2, n2 := utf8.DecodeRuneInString(s[i+n:])
			part.WriteRune(r2)
			n += n2
		case r == '*':
			g = append(g, part.String())
			part.Reset()
		default:
			part.WriteRune(r)
		}
		i += n
	}
	return append(g, part.String())
}

func (ps *patternParser) addAlt(el *element, g glob, at int) error {
	if len(g) == 1 && g[0] == "" {
		return ps.errorf(at, "empty word alternative")
	}
	if !el.test.exact {
		for i := range g {
			g[i] = strings.ToLower(g[i])
		}
	}
	el.test.alts = append(el.test.alts, g)
	return nil
}

// validate checks the element sequence as a whole and computes maxLen.
func (p *pattern) validate() error {
	var required, opens, closes, consumed int
	markRequired, inMark := 0, false
	var prev *element // previous consuming element
	for i := range p.elems {
		e := &p.elems[i]
		switch e.kind {
		case elemToken:
			p.maxLen++
			if !e.optional {
				required++
				if inMark {
					markRequired++
				}
			}
		case elemGap:
			p.maxLen += e.gapMax
			if prev == nil {
				return fmt.Errorf("a pattern cannot start with a gap")
			}
			if prev.kind == elemGap {
				return fmt.Errorf("two gaps in a row")
			}
		case elemParaStart:
			if consumed > 0 {
				return fmt.Errorf("^ must come before the first token")
			}
		case elemParaEnd:
			for _, f := range p.elems[i+1:] {
				if f.consumes() {
					return fmt.Errorf("$ must come after the last token")
				}
			}
		case elemMarkOpen:
			if opens++; opens > 1 || closes > 0 {
				return fmt.Errorf("a pattern marks at most one span with { … }")
			}
			inMark = true
		case elemMarkClose:
			if closes++; closes > 1 || opens == 0 {
				return fmt.Errorf("} without {")
			}
			inMark = false
		}
		if e.consumes() {
			consumed++
			prev = e
		}
	}
	switch {
	case required == 0:
		return fmt.Errorf("a pattern needs at least one token that is not optional")
	case prev.kind == elemGap && !p.anchoredEnd():
		return fmt.Errorf("a pattern can end with a gap only before $")
	case opens != closes:
		return fmt.Errorf("{ without }")
	case opens == 1 && markRequired == 0:
		return fmt.Errorf("the marked span { … } needs a token that is not optional")
	}
	return nil
}

// anchoredEnd reports whether the pattern has a $.
func (p *pattern) anchoredEnd() bool {
	for _, e := range p.elems {
		if e.kind == elemParaEnd {
			return true
		}
	}
	return false
}

// firstTests returns the tests one of which the first token of any match passes:
// the leading optional tokens and the first required one.
func (p *pattern) firstTests() []*tokenTest {
	var out []*tokenTest
	for i := range p.elems {
		e := &p.elems[i]
		if e.kind != elemToken {
			continue
		}
		out = append(out, &e.test)
		if !e.optional {
			break
		}
	}
	return out
}

// indexToken picks a better token to index a pattern under than its first
// one. When the first token's test is unselective (a regular expression, a
// kind or shape test, or only punctuation) and a later token at a fixed
// position (no optional token or gap before it) tests literal words, it
// returns that token's position in the match and its test; matches are then
// looked for at that token and tried from the position before it. Otherwise it
// returns nil, and the first token is used.
func (p *pattern) indexToken() (int, *tokenTest) {
	pos := 0
	for i := range p.elems {
		e := &p.elems[i]
		switch {
		case e.kind == elemGap || e.kind == elemToken && e.optional:
			return 0, nil
		case e.kind != elemToken:
			continue // zero-width: ^, $, { and }
		}
		if e.test.selective() {
			if pos == 0 {
				return 0, nil
			}
			return pos, &e.test
		}
		pos++
	}
	return 0, nil
}

// maxKeySpread bounds the number of positions a key token may have in the
// matches of its pattern (see keyToken).
const maxKeySpread = 8

// keyToken picks the token a pattern is looked for by: a token that every
// match has (not optional), with a selective test, whose position in the
// match varies by fewer than maxKeySpread (optional tokens and gaps before
// it make it vary), the one that admits the rarest words (commonness, times
// the number of positions, since the pattern is tried at each). It returns
// the first and the last position of that token in a match and its test,
// or nil when there is no such token.
func (p *pattern) keyToken() (first, last int, key *tokenTest) {
	lo, hi, bestScore := 0, 0, 0
	for i := range p.elems {
		e := &p.elems[i]
		switch e.kind {
		case elemGap:
			hi += e.gapMax
		case elemToken:
			if !e.optional && (e.test.selective() || e.test.re != nil) {
				if score := e.test.commonness() * (hi - lo + 1); key == nil || score < bestScore {
					first, last, bestScore, key = lo, hi, score, &e.test
				}
			}
			if !e.optional {
				lo++
			}
			hi++
		}
		if hi-lo >= maxKeySpread {
			break
		}
	}
	return first, last, key
}

// commonness estimates how often a selective test or a regular expression
// passes a token of German text: a frequent word counts 100, a word with a
// wildcard 20, any other word 1, summed over the alternatives; a regular
// expression counts as the index files it (index.addRegexp): 30 for one
// that starts with a digit or symbol, 20 for one with a literal prefix or
// suffix, 500 for any other. It only steers the choice of a pattern's key
// token (keyToken), never what matches.
func (tt *tokenTest) commonness() int {
	if tt.re != nil {
		return regexpCommonness(tt.re.String())
	}
	n := 0
	for _, g := range tt.alts {
		switch {
		case len(g) > 1:
			n += 20
		case frequentWords[strings.ToLower(g[0])]:
			n += 100
		default:
			n++
		}
	}
	return n
}

// regexpCommonness is commonness for the regular expression expr.
func regexpCommonness(expr string) int {
	re, err := syntax.Parse(expr, syntax.Perl)
	if err != nil {
		return 500
	}
	if cs, _ := firstClasses(re.Simplify()); cs&^(1<<classDigit|1<<classOther) == 0 {
		return 30
	}
	for _, suffix := range []bool{false, true} {
		if keys, ok := affixes(re, suffix); ok && utf8.RuneCountInString(keys[0]) >= 2 {
			return 20
		}
	}
	return 500
}

// frequentWords are the most frequent words of German text, lower-cased.
var frequentWords = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`der die das den dem des ein eine einen einem einer eines und oder aber
		doch sondern denn in im an am auf aus bei mit nach von vom vor zu zum zur für über unter um durch gegen
		ohne bis seit als wie so auch noch nur schon sehr nicht kein keine keinen mehr es er sie wir ich du ihr
		man sich ihn ihm ihnen uns mich mir dies diese dieser dieses diesen sein seine seinen seiner ihre ihren
		ist sind war waren sei wird werden wurde wurden worden hat haben hatte hatten habe kann können konnte
		muss müssen soll sollen will wollen würde würden dass ob wenn weil da was wer wo dann jetzt hier alle
		viele einige mal ja nein eben gut neue neuen ersten zwei drei jahr jahre jahren prozent sagte`) {
		m[w] = true
	}
	return m
}()

// selective reports whether a test only passes tokens with given words, or
// word beginnings or endings of at least two characters; punctuation is not
// selective, as it is everywhere.
func (tt *tokenTest) selective() bool {
	if tt.re != nil || len(tt.preds) > 0 || len(tt.alts) == 0 {
		return false
	}
	for _, g := range tt.alts {
		key := g[0]
		if len(g) > 1 {
			if last := g[len(g)-1]; len(last) > len(key) {
				key = last
			}
			if utf8.RuneCountInString(key) < 2 {
				return false // "m*", "*n"
			}
		}
		if !hasLetterOrDigit(key) {
			return false
		}
	}
	return true
}

func hasLetterOrDigit(s string) bool {
	return strings.IndexFunc(s, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }) >= 0
}
