package pack

import (
	"fmt"
	"regexp"
	"strconv"

	"go.yaml.in/yaml/v3"
)

// reader walks the YAML nodes of one pack file and collects errors with the
// file name, line and field they concern.
type reader struct {
	file string
	errs Errors
}

// add records a problem at line (0: unknown) of the file, in field ("": the file as a whole).
func (r *reader) add(line int, field, msg string) {
	r.errs = append(r.errs, &Error{File: r.file, Line: line, Field: field, Msg: msg})
}

// errorf records a problem at node n.
func (r *reader) errorf(n *yaml.Node, field, format string, args ...any) {
	r.add(n.Line, field, fmt.Sprintf(format, args...))
}

var yamlErrorLine = regexp.MustCompile(`line (\d+)`)

// document parses data and returns its top-level node.
func (r *reader) document(data []byte) *yaml.Node {
	var doc yaml.Node
	if err := yaml.Unmarshal(data, &doc); err != nil {
		line := 0
		if m := yamlErrorLine.FindStringSubmatch(err.Error()); m != nil {
			line, _ = strconv.Atoi(m[1])
		}
		r.add(line, "", err.Error())
		return nil
	}
	if doc.Kind != yaml.DocumentNode || len(doc.Content) == 0 {
		r.add(0, "", "empty pack file")
		return nil
	}
	return resolve(doc.Content[0])
}

func resolve(n *yaml.Node) *yaml.Node {
	for n != nil && n.Kind == yaml.AliasNode {
		n = n.Alias
	}
	return n
}

// field is one key of a mapping with its value.
type field struct {
	key, value *yaml.Node
}

// mapping is the fields of a YAML mapping by key, and the line it starts at.
type mapping struct {
	line int
	fs   map[string]field
}

// fields returns the pairs of mapping n by key, reporting keys not in known,
// repeated keys and a node that is not a mapping. where prefixes field names in errors.
func (r *reader) fields(n *yaml.Node, where string, known ...string) mapping {
	out := mapping{line: n.Line, fs: map[string]field{}}
	if n.Kind != yaml.MappingNode {
		r.errorf(n, where, "must be a mapping of fields")
		return out
	}
	allowed := map[string]bool{}
	for _, k := range known {
		allowed[k] = true
	}
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, v := n.Content[i], resolve(n.Content[i+1])
		name := join(where, k.Value)
		switch {
		case !allowed[k.Value]:
			r.errorf(k, name, "unknown field %q (known: %v)", k.Value, known)
		case out.fs[k.Value].key != nil:
			r.errorf(k, name, "repeated field, first given at line %d", out.fs[k.Value].key.Line)
		default:
			out.fs[k.Value] = field{key: k, value: v}
		}
	}
	return out
}

func join(where, name string) string {
	if where == "" {
		return name
	}
	return where + ": " + name
}

// str returns the string value of field name, or "" when it is absent and
// not required. It reports a value that is not a string scalar.
func (r *reader) str(m mapping, where, name string, required bool) (string, int) {
	f, ok := m.fs[name]
	if !ok {
		if required {
			r.add(m.line, join(where, name), "missing")
		}
		return "", 0
	}
	if f.value.Kind != yaml.ScalarNode || f.value.Tag != "!!str" {
		r.errorf(f.value, join(where, name), "must be a string (quote it)")
		return "", f.value.Line
	}
	if required && f.value.Value == "" {
		r.errorf(f.value, join(where, name), "must not be empty")
	}
	return f.value.Value, f.value.Line
}

// strs returns the strings of a list field with the line of each. A single
// string is accepted as a list of one when one is true.
func (r *reader) strs(m mapping, where, name string, one bool) ([]string, []int) {
	f, ok := m.fs[name]
	if !ok {
		return nil, nil
	}
	if one && f.value.Kind == yaml.ScalarNode {
		s, line := r.str(m, where, name, true)
		return []string{s}, []int{line}
	}
	if f.value.Kind != yaml.SequenceNode {
		r.errorf(f.value, join(where, name), "must be a list of strings")
		return nil, nil
	}
	var out []string
	var lines []int
	for i, item := range f.value.Content {
		item = resolve(item)
		if item.Kind != yaml.ScalarNode || item.Tag != "!!str" {
			r.errorf(item, fmt.Sprintf("%s[%d]", join(where, name), i), "must be a string (quote it)")
			continue
		}
		out = append(out, item.Value)
		lines = append(lines, item.Line)
	}
	return out, lines
}

// boolean returns the value of a boolean field, false when absent.
func (r *reader) boolean(m mapping, where, name string) bool {
	f, ok := m.fs[name]
	if !ok {
		return false
	}
	v, err := strconv.ParseBool(f.value.Value)
	if f.value.Kind != yaml.ScalarNode || f.value.Tag != "!!bool" || err != nil {
		r.errorf(f.value, join(where, name), "must be true or false")
	}
	return v
}
