package markup

import (
	"strings"

	"github.com/mtcheck/mtcheck/checker"
	"golang.org/x/net/html"
)

// HTMLOptions adjusts the HTML reader.
type HTMLOptions struct {
	// Select chooses the article body: a comma-separated list of selectors
	// made of element names, .class, #id, their combinations ("div.story")
	// and descendant combinators ("article .body"). Text inside any element
	// that matches is checked, text elsewhere is skipped. Empty means the
	// first <article>, else the first <main>, else <body>, else the whole
	// document.
	Select string
}

// HTML extracts the text of an HTML document for checking. The source's map
// leads every offset of the text back to raw's bytes, whatever the
// document's encoding; see the package documentation for what is checked
// and what is skipped. The error is a *checker.InputError for input that
// cannot be decoded (invalid UTF-8, an unsupported encoding), another error
// for an invalid opt.Select.
func HTML(raw string, opt HTMLOptions) (*checker.Source, error) {
	sels, err := parseSelectors(opt.Select)
	if err != nil {
		return nil, err
	}
	doc, err := decodeHTML(raw)
	if err != nil {
		return nil, err
	}
	firstOnly, whole := false, false
	if sels == nil {
		firstOnly = true
		switch tag := defaultScope(doc.text, doc.start); tag {
		case "":
			whole = true
		default:
			sels = []selector{{{tag: tag}}}
		}
	}
	w := newWriter(doc.text)
	x := newExtractor(doc.text, doc.start, w, sels, firstOnly, whole)
	x.run()
	text, m, headlines := w.finish()
	src := &checker.Source{Text: text, Input: raw, Map: checker.Chain(m, doc.m), Encoding: doc.enc,
		Extracted: true, Layout: checker.LayoutBlocks, Headlines: headlines}
	return src.Normalize(), nil
}

// Element kinds.
const (
	kBlock    = 1 << iota // ends a paragraph
	kSkip                 // skipped with all its content
	kVoid                 // has no content and no end tag
	kHeadline             // h1–h6
)

// elements classifies the elements the reader treats specially; all others
// are inline and insert nothing.
var elements = func() map[string]elemInfo {
	m := map[string]elemInfo{}
	set := func(kind uint8, names string) {
		for _, n := range strings.Fields(names) {
			m[n] = elemInfo{name: n, kind: m[n].kind | kind}
		}
	}
	set(kBlock, `address article aside blockquote body caption center dd details dialog dir div dl dt fieldset
		figcaption figure footer form frameset h1 h2 h3 h4 h5 h6 header hgroup hr html legend li listing main menu
		nav ol p pre search section summary table tbody td tfoot th thead tr ul`)
	set(kHeadline, "h1 h2 h3 h4 h5 h6")
	set(kSkip, `applet audio button canvas code datalist head iframe listing map math noembed noframes noscript
		object picture plaintext pre rp script select style svg template textarea title video xmp`)
	set(kVoid, "area base basefont bgsound br col embed frame hr image img input keygen link meta param source track wbr")
	return m
}()

// elemInfo is what the reader knows of an element: its name (interned) and kind.
type elemInfo struct {
	name string
	kind uint8
}

// inHead lists the elements that may be children of <head>; any other start
// tag right inside <head> ends it, as browsers do.
var inHead = map[string]bool{"base": true, "basefont": true, "bgsound": true, "link": true, "meta": true,
	"noscript": true, "script": true, "style": true, "template": true, "title": true}

// elem is an open element.
type elem struct {
	name  string
	kind  uint8
	skip  bool // its content is skipped (by itself or an ancestor)
	scope bool // it is inside the chosen scope (itself or an ancestor matches)
	root  bool // it starts the scope: it matches and its parent is outside the scope
	// parentActive: text right inside the parent is checked.
	parentActive bool
	headline     bool // it began a headline in the writer
}

func (e *elem) active() bool { return e.scope && !e.skip }

// extractor walks the token stream of an HTML document (in UTF-8) and
// writes the checked text to its writer. With a nil writer it only walks,
// recording the first <article>, <main> and <body> outside skipped elements.
type extractor struct {
	in    string
	start int
	w     *writer

	sels      []selector
	firstOnly bool // only the first element matching sels is the scope
	scopeDone bool // the first scope element has been closed
	stack     []elem
	open      map[string]int // number of open elements per name
	// states holds, per open element and selector, how many compounds of the
	// selector the element and its ancestors match (greedily, which is exact
	// for descendant combinators): len(stack)*len(sels) entries.
	states []int

	found map[string]bool // for defaultScope: article, main, body seen
}

func newExtractor(in string, start int, w *writer, sels []selector, firstOnly, whole bool) *extractor {
	x := &extractor{in: in, start: start, w: w, sels: sels, firstOnly: firstOnly, open: map[string]int{}}
	// The document itself is the bottom of the stack.
	x.stack = append(x.stack, elem{scope: whole, parentActive: whole})
	x.states = make([]int, len(sels))
	return x
}

// defaultScope returns the element name that bounds the text of a document
// without a selector: "article" if it has one outside skipped elements,
// else "main", else "body", else "" (the whole document).
func defaultScope(in string, start int) string {
	x := newExtractor(in, start, nil, nil, false, true)
	x.found = map[string]bool{}
	x.run()
	for _, tag := range []string{"article", "main", "body"} {
		if x.found[tag] {
			return tag
		}
	}
	return ""
}

func (x *extractor) top() *elem { return &x.stack[len(x.stack)-1] }

// run walks the document.
func (x *extractor) run() {
	z := html.NewTokenizer(strings.NewReader(x.in[x.start:]))
	off := x.start
	for {
		tt := z.Next()
		if tt == html.ErrorToken {
			break
		}
		n := len(z.Raw())
		switch tt {
		case html.TextToken:
			x.textToken(x.in[off:off+n], off)
		case html.StartTagToken, html.SelfClosingTagToken:
			x.startTag(z)
		case html.EndTagToken:
			name, _ := z.TagName()
			x.endTag(name)
		case html.CommentToken:
			x.comment(x.in[off:off+n], off)
		}
		if x.found != nil && x.found["article"] {
			return
		}
		off += n
	}
	for len(x.stack) > 1 {
		x.pop()
	}
}

// textToken handles a text token s at input offset at.
func (x *extractor) textToken(s string, at int) {
	if x.top().name == "head" && strings.TrimLeft(s, " \t\n\f\r") != "" {
		x.popTo("head") // text cannot be in <head>: the body has begun
	}
	if x.w == nil || !x.top().active() {
		return
	}
	w := x.w
	lit := 0 // start of the literal run not yet written
	for i := 0; i < len(s); {
		c := s[i]
		switch {
		case isSpaceByte(c):
			w.text(s[lit:i], at+lit)
			j := i + 1
			for j < len(s) && isSpaceByte(s[j]) {
				j++
			}
			w.whitespace(checker.Span{Start: at + i, End: at + j})
			i, lit = j, j
		case c == '&':
			n, dec := htmlEntity(s[i:])
			if n == 0 {
				i++
				continue
			}
			w.text(s[lit:i], at+lit)
			span := checker.Span{Start: at + i, End: at + i + n}
			switch {
			case len(dec) == 1 && isSpaceByte(dec[0]):
				w.whitespace(span)
			case dec == shy: // stands for nothing
			default:
				w.replace(span, dec)
			}
			i += n
			lit = i
		case c == 0:
			w.text(s[lit:i], at+lit) // NUL stands for nothing
			i++
			lit = i
		case c == shy[0] && strings.HasPrefix(s[i:], shy):
			w.text(s[lit:i], at+lit) // an invisible hyphenation point
			i += len(shy)
			lit = i
		default:
			i++
		}
	}
	w.text(s[lit:], at+lit)
}

// startTag handles a start tag (or a self-closing one).
func (x *extractor) startTag(z *html.Tokenizer) {
	nameb, hasAttr := z.TagName()
	info, known := elements[string(nameb)]
	name, kind := info.name, info.kind
	if !known {
		name = string(nameb)
	}
	if name == "br" {
		if x.w != nil && x.top().active() {
			x.w.br()
		}
		return
	}
	if top := x.top(); top.name == "head" && !inHead[name] {
		x.popTo("head")
	}
	hidden := false
	var class, id string
	for hasAttr {
		var k, v []byte
		k, v, hasAttr = z.TagAttr()
		switch string(k) {
		case "hidden":
			hidden = true
		case "aria-hidden":
			hidden = hidden || strings.EqualFold(strings.TrimSpace(string(v)), "true")
		case "style":
			hidden = hidden || isDisplayNone(v)
		case "class":
			if len(x.sels) > 0 {
				class = string(v)
			}
		case "id":
			if len(x.sels) > 0 {
				id = string(v)
			}
		}
	}
	parent := x.top()
	parentActive := parent.active()
	e := elem{name: name, kind: kind, parentActive: parentActive}
	e.skip = parent.skip || kind&kSkip != 0 || hidden
	if x.found != nil && !e.skip && (name == "article" || name == "main" || name == "body") {
		x.found[name] = true
	}
	// Selector states of the new element.
	base := len(x.states) - len(x.sels)
	e.scope = parent.scope
	for i, sel := range x.sels {
		k := x.states[base+i]
		if k < len(sel) && !x.scopeDone && sel[k].matches(name, class, id) {
			k++
		}
		if k == len(sel) && !x.scopeDone {
			e.scope = true
		}
		x.states = append(x.states, k)
	}
	e.root = e.scope && !parent.scope
	if x.w != nil && (kind&kBlock != 0 || e.root) && (parentActive || e.active()) {
		x.w.paragraph()
	}
	// "<div/>" opens a div, as in browsers; only void elements stay empty.
	if kind&kVoid != 0 {
		x.states = x.states[:len(x.states)-len(x.sels)]
		if e.root && x.firstOnly {
			x.scopeDone = true
		}
		return
	}
	if x.w != nil && kind&kHeadline != 0 && e.active() {
		x.w.beginHeadline()
		e.headline = true
	}
	x.stack = append(x.stack, e)
	x.open[name]++
}

// endTag handles an end tag: it closes the innermost open element of that
// name and every element opened inside it; an end tag of an element that is
// not open is ignored, except that </br> is a <br> and a stray </p> is an
// empty paragraph, as in browsers.
func (x *extractor) endTag(nameb []byte) {
	info, known := elements[string(nameb)]
	if x.open[string(nameb)] > 0 {
		name := info.name
		if !known {
			name = string(nameb)
		}
		x.popTo(name)
		return
	}
	if x.w == nil || !x.top().active() {
		return
	}
	switch info.name {
	case "br":
		x.w.br()
	case "p":
		x.w.paragraph()
	}
}

// popTo closes open elements up to and including the innermost one named name.
func (x *extractor) popTo(name string) {
	for len(x.stack) > 1 {
		if x.pop() == name {
			return
		}
	}
}

// pop closes the innermost open element and returns its name.
func (x *extractor) pop() string {
	e := x.stack[len(x.stack)-1]
	x.stack = x.stack[:len(x.stack)-1]
	x.states = x.states[:len(x.states)-len(x.sels)]
	x.open[e.name]--
	if x.w != nil {
		if e.headline {
			x.w.endHeadline()
		}
		if (e.kind&kBlock != 0 || e.root) && (e.parentActive || e.active()) {
			x.w.paragraph()
		}
	}
	if e.root && x.firstOnly {
		x.scopeDone = true
	}
	return e.name
}

// comment keeps a suppression comment ("<!-- mtcheck-disable … -->") as a
// paragraph of its own, with its white space collapsed, unless it is inside
// a skipped element; other comments are skipped.
func (x *extractor) comment(s string, at int) {
	if x.w == nil || x.top().skip || !isSuppression(s) {
		return
	}
	x.w.paragraph()
	collapsed(x.w, s, at)
	x.w.paragraph()
}

// isSuppression reports whether a comment is an mtcheck directive.
func isSuppression(s string) bool {
	return strings.HasPrefix(s, "<!--") && strings.HasSuffix(s, "-->") && len(s) >= len("<!---->") &&
		strings.Contains(s, "mtcheck-")
}

// isDisplayNone reports whether a style attribute hides the element
// ("display: none" or "visibility: hidden").
func isDisplayNone(style []byte) bool {
	var b strings.Builder
	for _, c := range style {
		if !isSpaceByte(c) {
			b.WriteByte(lower(c))
		}
	}
	s := b.String()
	return strings.Contains(s, "display:none") || strings.Contains(s, "visibility:hidden")
}

func lower(c byte) byte {
	if 'A' <= c && c <= 'Z' {
		return c + 'a' - 'A'
	}
	return c
}
