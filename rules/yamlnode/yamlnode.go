// Package yamlnode reads the node tree of go.yaml.in/yaml/v3 for mtcheck's
// YAML files, the rule packs (package rules/pack) and .mtcheck.yaml (package
// rules/config). A Reader checks the shape of what it reads (mappings with
// known, unrepeated keys; strings; lists of strings; booleans) and records
// every problem as a checker.FileError naming the file, the line and the
// field, so that a file with several mistakes reports them all at once.
package yamlnode

import (
	"fmt"
	"regexp"
	"slices"
	"strconv"

	"go.yaml.in/yaml/v3"

	"github.com/mtcheck/mtcheck/checker"
)

// Reader reads the nodes of one file and collects its problems.
type Reader struct {
	file string
	errs *checker.FileErrors
	// ParserWording keeps a syntax error as the YAML parser words it
	// ("yaml: line 3: found a tab character"), as the rule-pack format
	// always has; otherwise the message is what follows the line.
	ParserWording bool
}

// New returns a reader of the file named file (the name errors give) that
// appends its problems to errs.
func New(file string, errs *checker.FileErrors) *Reader {
	return &Reader{file: file, errs: errs}
}

// File is the name of the file, as errors give it.
func (r *Reader) File() string { return r.file }

// Add records a problem at line (0: unknown) in field ("": the file as a whole).
func (r *Reader) Add(line int, field, msg string) {
	*r.errs = append(*r.errs, &checker.FileError{File: r.file, Line: line, Field: field, Msg: msg})
}

// Addf records a problem at node n in field.
func (r *Reader) Addf(n *yaml.Node, field, format string, args ...any) {
	r.Add(n.Line, field, fmt.Sprintf(format, args...))
}

// syntaxLine finds the line in a message of the YAML parser ("yaml: line 3: did not find …").
var syntaxLine = regexp.MustCompile(`^(?:yaml: )?(?:line (\d+): )?`)

// Document parses data and returns its top-level node with aliases resolved,
// or nil when the file has no content (only comments, or nothing). ok is
// false when the file cannot be parsed; the syntax error is recorded.
func (r *Reader) Document(data []byte) (root *yaml.Node, ok bool) {
	var doc yaml.Node
	if err := yaml.Unmarshal(data, &doc); err != nil {
		msg := err.Error()
		m := syntaxLine.FindStringSubmatch(msg)
		line, _ := strconv.Atoi(m[1])
		if !r.ParserWording {
			msg = msg[len(m[0]):]
		}
		r.Add(line, "", msg)
		return nil, false
	}
	if doc.Kind != yaml.DocumentNode || len(doc.Content) == 0 {
		return nil, true
	}
	return Resolve(doc.Content[0]), true
}

// Resolve follows aliases.
func Resolve(n *yaml.Node) *yaml.Node {
	for n != nil && n.Kind == yaml.AliasNode {
		n = n.Alias
	}
	return n
}

// IsNull reports whether n is an empty value ("field:" with nothing after it, or null).
func IsNull(n *yaml.Node) bool {
	return n.Kind == yaml.ScalarNode && n.Tag == "!!null"
}

// Join names field name inside where ("" for the top level): "where: name".
func Join(where, name string) string {
	if where == "" {
		return name
	}
	return where + ": " + name
}

// isString reports whether n is a string scalar (a quoted number is one, a bare one is not).
func isString(n *yaml.Node) bool {
	return n.Kind == yaml.ScalarNode && n.Tag == "!!str"
}

// String is a string of the file with where it was given.
type String struct {
	Value string
	// Line is the 1-based line of the value in the file.
	Line int
	// Field names the value in errors, e.g. "disable[1]" or `entry "x": bad[0]`.
	Field string
}

// Str returns the value of a string scalar. Any other node is recorded as
// a problem of field, and ok is false.
func (r *Reader) Str(n *yaml.Node, field string) (s string, ok bool) {
	if !isString(n) {
		r.Addf(n, field, "must be a string (quote it)")
		return "", false
	}
	return n.Value, true
}

// Strs returns the strings of a list, each named field[i]. A node that is
// not a list is recorded as "must be a list of strings" followed by hint
// (e.g. ", e.g. [a, b]"), and an item that is not a string as a problem of
// its own; the other items are still returned.
func (r *Reader) Strs(n *yaml.Node, field, hint string) []String {
	if n.Kind != yaml.SequenceNode {
		r.Add(n.Line, field, "must be a list of strings"+hint)
		return nil
	}
	var out []String
	for i, item := range n.Content {
		item = Resolve(item)
		f := fmt.Sprintf("%s[%d]", field, i)
		if s, ok := r.Str(item, f); ok {
			out = append(out, String{Value: s, Line: item.Line, Field: f})
		}
	}
	return out
}

// Bool returns the value of a boolean scalar (true or false). Any other node
// is recorded as a problem of field and reads as false.
func (r *Reader) Bool(n *yaml.Node, field string) bool {
	v, err := strconv.ParseBool(n.Value)
	if n.Kind != yaml.ScalarNode || n.Tag != "!!bool" || err != nil {
		r.Addf(n, field, "must be true or false")
	}
	return v
}

// Field is one key of a mapping with its value (aliases resolved).
type Field struct {
	Key, Value *yaml.Node
}

// Mapping is a YAML mapping read by a Reader: its fields in file order.
type Mapping struct {
	r *Reader
	// where names the mapping in errors ("" for the top level).
	where string
	// Line is the line the mapping starts at.
	Line int
	// Fields are the mapping's fields in file order, without the keys that
	// were recorded as problems (not plain names, unknown, repeated).
	Fields []Field
}

// Mapping reads mapping n, named where in errors ("" for the top level).
// Keys that are not plain names, keys not among known (unless known is
// empty: any key) and repeated keys are recorded as problems. A node that is
// not a mapping is recorded as notMapping, and the mapping has no fields.
func (r *Reader) Mapping(n *yaml.Node, where, notMapping string, known ...string) *Mapping {
	m := &Mapping{r: r, where: where, Line: n.Line}
	if n.Kind != yaml.MappingNode {
		r.Add(n.Line, where, notMapping)
		return m
	}
	first := map[string]int{}
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, v := Resolve(n.Content[i]), Resolve(n.Content[i+1])
		name := Join(where, k.Value)
		switch line, repeated := first[k.Value]; {
		case k.Kind != yaml.ScalarNode:
			r.Add(k.Line, where, "a key must be a plain name")
		case len(known) > 0 && !slices.Contains(known, k.Value):
			r.Addf(k, name, "unknown field %q (known: %v)", k.Value, known)
		case repeated:
			r.Addf(k, name, "repeated field, first given at line %d", line)
		default:
			first[k.Value] = k.Line
			m.Fields = append(m.Fields, Field{Key: k, Value: v})
		}
	}
	return m
}

// Get returns the field name of the mapping.
func (m *Mapping) Get(name string) (Field, bool) {
	for _, f := range m.Fields {
		if f.Key.Value == name {
			return f, true
		}
	}
	return Field{}, false
}

// Str returns the string value of field name with its line, or "" and 0 when
// it is absent. An absent or empty field that is required is recorded as a
// problem, and so is a value that is not a string.
func (m *Mapping) Str(name string, required bool) (string, int) {
	field := Join(m.where, name)
	f, ok := m.Get(name)
	if !ok {
		if required {
			m.r.Add(m.Line, field, "missing")
		}
		return "", 0
	}
	s, ok := m.r.Str(f.Value, field)
	if ok && required && s == "" {
		m.r.Addf(f.Value, field, "must not be empty")
	}
	return s, f.Value.Line
}

// Strs returns the strings of the list field name, nil when it is absent.
// When one is set, a single string stands for a list of one (and must not be
// empty).
func (m *Mapping) Strs(name string, one bool) []String {
	f, ok := m.Get(name)
	if !ok {
		return nil
	}
	field := Join(m.where, name)
	if one && f.Value.Kind == yaml.ScalarNode {
		s, line := m.Str(name, true)
		return []String{{Value: s, Line: line, Field: field}}
	}
	return m.r.Strs(f.Value, field, "")
}

// Bool returns the value of the boolean field name, false when it is absent.
func (m *Mapping) Bool(name string) bool {
	f, ok := m.Get(name)
	if !ok {
		return false
	}
	return m.r.Bool(f.Value, Join(m.where, name))
}
