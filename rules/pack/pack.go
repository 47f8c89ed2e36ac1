package pack

import (
	"fmt"
	"strings"

	"go.yaml.in/yaml/v3"

	"github.com/mtcheck/mtcheck/checker"
)

// Scope restricts where an entry matches.
type Scope uint8

// Scopes.
const (
	// ScopeAny matches anywhere (the default).
	ScopeAny Scope = iota
	// ScopeHeadline matches only in headline-like paragraphs (checker.Paragraph.Headline):
	// titles, captions, labels.
	ScopeHeadline
	// ScopeParagraph matches only a whole paragraph, from its first token to its last.
	ScopeParagraph
)

var scopeNames = map[string]Scope{"any": ScopeAny, "headline": ScopeHeadline, "paragraph": ScopeParagraph}

func (s Scope) String() string {
	for name, v := range scopeNames {
		if v == s {
			return name
		}
	}
	return "invalid"
}

// Pack is one parsed rule-pack file. Packs and their entries are read-only once parsed.
type Pack struct {
	// File is the name the pack was parsed under; errors name it.
	File string
	// Name is the pack's kebab-case name; rules from it carry it as checker.Rule.Pack.
	Name string
	// Description says in English what the pack catches.
	Description string
	// Category and Severity are the defaults of the pack's entries (Category may be empty).
	Category string
	Severity checker.Severity
	// About is the default of the entries' About.
	About About
	// Entries are the pack's rules in file order.
	Entries []*Entry

	nameLine int
}

// Entry is one rule of a pack.
type Entry struct {
	ID string
	// Title names the entry in one line (checker.Rule.Title).
	Title        string
	Category     string
	Severity     checker.Severity
	Message      string // German; may hold references like the suggestions
	Doc          string // English; a generated text when the file gives none
	Patterns     []string
	Scope        Scope
	Suggestions  []string
	Exceptions   []string
	Bad, Good    []string
	Experimental bool
	// About says what the entry's findings are about, for the accept list.
	About About
	// File and Line locate the entry: the pack's file name and the line it starts at.
	File string
	Line int

	string
	line, idLine, messageLine            int
	badLines, goodLines, suggestionLines []int
	patterns, exceptions                 []*pattern
	suggestions                          []*template
	message                              *template
}

// entryFields are the fields an entry may have.
var entryFields = []string{"id", "title", "category", "severity", "message", "doc", "pattern", "scope", "suggestions",
	"exceptions", "bad", "good", "experimental", "about"}

// About says what an entry's findings are about, for the accept list of a
// configuration (checker.Diagnostic.About).
type About uint8

// About values.
const (
	// AboutConstruction: the finding is about a construction (a calque, a
	// leftover of the page, a format) and the accept list never drops it. The default.
	AboutConstruction About = iota
	// AboutFlagged: the finding is about the words it flags (an untranslated
	// phrase, a name), and accepting that text drops it.
	AboutFlagged
)

var aboutNames = map[string]About{"construction": AboutConstruction, "flagged": AboutFlagged}

// about reads an optional "about" field (construction or flagged), with a default.
func (r *reader) about(m mapping, where string, def About) About {
	s, line := r.str(m, where, "about", false)
	if s == "" {
		return def
	}
	a, ok := aboutNames[s]
	if !ok {
		r.add(line, join(where, "about"), fmt.Sprintf("unknown value %q (want construction or flagged)", s))
	}
	return a
}

// Parse parses and validates one pack file. file names the pack in errors
// (usually its file name). Every problem found is returned, as Errors, each naming
// the file, line and field.
func Parse(file string, data []byte) (*Pack, error) {
	r := &reader{file: file}
	root := r.document(data)
	if root == nil {
		return nil, r.errs.err()
	}
	m := r.fields(root, "", "name", "description", "category", "severity", "about", "entries")
	p := &Pack{File: file}
	var line int
	if p.Name, p.nameLine = r.str(m, "", "name", true); p.Name != "" && checkID(p.Name) != nil {
		r.add(p.nameLine, "name", fmt.Sprintf("%q is not kebab-case", p.Name))
	}
	p.Description, _ = r.str(m, "", "description", true)
	if p.Category, line = r.str(m, "", "category", false); p.Category != "" {
		r.category(p.Category, line, "category")
	}
	if s, line := r.str(m, "", "severity", false); s != "" {
		p.Severity = r.severity(s, line, "severity")
	}
	p.About = r.about(m, "", AboutConstruction)
	f, ok := m.fs["entries"]
	switch {
	case !ok:
		r.add(m.line, "entries", "missing")
	case f.value.Kind != yaml.SequenceNode || len(f.value.Content) == 0:
		r.errorf(f.value, "entries", "must be a non-empty list of entries")
	default:
		for i, n := range f.value.Content {
			p.Entries = append(p.Entries, r.entry(p, i, resolve(n)))
		}
	}
	if len(r.errs) > 0 {
		return nil, r.errs
	}
	return p, nil
}

func (r *reader) category(c string, line int, field string) {
	if checkCategory(c) != nil {
		r.add(line, field, fmt.Sprintf("%q is not family/kind with a known family, e.g. markup/leftover", c))
	}
}

func (r *reader) severity(s string, line int, field string) checker.Severity {
	v, err := checker.ParseSeverity(s)
	if err != nil {
		r.add(line, field, err.Error())
	}
	return v
}

// entry reads entry number i of pack p.
func (r *reader) entry(p *Pack, i int, n *yaml.Node) *Entry {
	where := fmt.Sprintf("entries[%d]", i)
	if id := idOf(n); id != "" && checkID(id) == nil {
		where = fmt.Sprintf("entry %q", id)
	}
	m := r.fields(n, where, entryFields...)
	e := &Entry{File: r.file, Line: n.Line}
	if e.ID, e.idLine = r.str(m, where, "id", true); e.ID != "" && checkID(e.ID) != nil {
		r.add(e.idLine, where+": id", fmt.Sprintf("%q is not kebab-case", e.ID))
	}
	var line int
	if e.Title, line = r.str(m, where, "title", true); e.Title != "" {
		if p := checker.ValidTitle(e.Title); p != "" {
			r.add(line, where+": title", p)
		}
	}
	if e.Category, line = r.str(m, where, "category", false); e.Category != "" {
		r.category(e.Category, line, where+": category")
	} else if e.Category = p.Category; e.Category == "" {
		r.add(m.line, where+": category", "missing, and the pack has no default")
	}
	if s, line := r.str(m, where, "severity", false); s != "" {
		e.Severity = r.severity(s, line, where+": severity")
	} else if e.Severity = p.Severity; e.Severity == 0 {
		r.add(m.line, where+": severity", "missing, and the pack has no default")
	}
	e.Message, e.messageLine = r.str(m, where, "message", true)
	if e.Message != "" {
		e.message = r.template(e.Message, e.messageLine, where+": message")
	}
	e.Doc, _ = r.str(m, where, "doc", false)
	if s, line := r.str(m, where, "scope", false); s != "" {
		var ok bool
		if e.Scope, ok = scopeNames[s]; !ok {
			r.add(line, where+": scope", fmt.Sprintf("unknown scope %q (want any, headline or paragraph)", s))
		}
	}
	e.Experimental = r.boolean(m, where, "experimental")
	e.About = r.about(m, where, p.About)
	var lines []int
	e.Patterns, lines = r.strs(m, where, "pattern", true)
	if _, ok := m.fs["pattern"]; !ok {
		r.add(m.line, where+": pattern", "missing")
	}
	e.patterns = r.patterns(e.Patterns, lines, where+": pattern")
	e.Exceptions, lines = r.strs(m, where, "exceptions", false)
	e.exceptions = r.patterns(e.Exceptions, lines, where+": exceptions")
	e.Suggestions, e.suggestionLines = r.strs(m, where, "suggestions", false)
	for k, s := range e.Suggestions {
		e.suggestions = append(e.suggestions, r.template(s, e.suggestionLines[k], fmt.Sprintf("%s: suggestions[%d]", where, k)))
	}
	r.references(e, where)
	e.Bad, e.badLines = r.strs(m, where, "bad", false)
	e.Good, e.goodLines = r.strs(m, where, "good", false)
	r.examples(e, m.line, where)
	if e.Doc == "" {
		e.Doc = fmt.Sprintf("%s (rule pack %q) This entry flags the pattern %s.", p.Description, p.Name,
			"`"+strings.Join(e.Patterns, "` or `")+"`")
	}
	return e
}

// idOf returns the id of an entry mapping, or "", so that problems found
// before the id is read can name the entry.
func idOf(n *yaml.Node) string {
	if n.Kind != yaml.MappingNode {
		return ""
	}
	for i := 0; i+1 < len(n.Content); i += 2 {
		if n.Content[i].Value == "id" && n.Content[i+1].Kind == yaml.ScalarNode {
			return n.Content[i+1].Value
		}
	}
	return ""
}

func (r *reader) patterns(srcs []string, lines []int, field string) []*pattern {
	var out []*pattern
	for k, src := range srcs {
		f := field
		if len(srcs) > 1 {
			f = fmt.Sprintf("%s[%d]", field, k)
		}
		p, err := parsePattern(src)
		if err != nil {
			r.add(lines[k], f, err.Error())
			continue
		}
		out = append(out, p)
	}
	return out
}

func (r *reader) template(src string, line int, field string) *template {
	t, err := parseTemplate(src)
	if err != nil {
		r.add(line, field, err.Error())
	}
	return t
}

// references checks that the message's references resolve in every pattern
// and each suggestion's in at least one.
func (r *reader) references(e *Entry, where string) {
	if len(e.patterns) != len(e.Patterns) {
		return // pattern errors are reported already
	}
	if e.message != nil {
		for k, p := range e.patterns {
			if u := e.message.unresolved(p); u != "" {
				r.add(e.messageLine, where+": message", fmt.Sprintf("pattern %d cannot fill %s", k, u))
				break
			}
		}
	}
	for k, t := range e.suggestions {
		if t == nil {
			continue
		}
		var first string
		ok := false
		for _, p := range e.patterns {
			u := t.unresolved(p)
			ok = ok || u == ""
			if first == "" {
				first = u
			}
		}
		if !ok {
			r.add(e.suggestionLines[k], fmt.Sprintf("%s: suggestions[%d]", where, k), "no pattern can fill "+first)
		}
	}
}

// examples checks that an entry has bad examples with {{…}} marks and good
// ones without.
func (r *reader) examples(e *Entry, line int, where string) {
	for name, exs := range map[string][]string{"bad": e.Bad, "good": e.Good} {
		if len(exs) == 0 {
			r.add(line, where+": "+name, "needs at least one example")
		}
	}
	for k, ex := range e.Bad {
		_, marks, err := checker.ParseMarked(ex)
		if err == nil && len(marks) == 0 {
			err = fmt.Errorf("has no {{…}} mark of the expected finding")
		}
		if err != nil {
			r.add(e.badLines[k], fmt.Sprintf("%s: bad[%d]", where, k), err.Error())
		}
	}
	for k, ex := range e.Good {
		if _, marks, err := checker.ParseMarked(ex); err != nil || len(marks) > 0 {
			r.add(e.goodLines[k], fmt.Sprintf("%s: good[%d]", where, k), "must not contain {{…}} marks")
		}
	}
}

// checkID and checkCategory validate names the way the engine does, by asking
// checker.Rule.Validate about a rule that is valid in every other respect.
func checkID(id string) error { return probe(id, "markup/leftover") }

func checkCategory(c string) error { return probe("probe", c) }

func probe(id, category string) error {
	r := checker.Rule{ID: id, Title: "Probe", Category: category, Severity: checker.Minor, Message: "-", Doc: "-",
		Bad: []string{"{{-}}"}, Good: []string{"-"}, Check: func(*checker.Pass) {}}
	return r.Validate()
}
