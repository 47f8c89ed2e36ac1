package pack

import (
	"go.yaml.in/yaml/v3"

	"github.com/mtcheck/mtcheck/checker"
	"github.com/mtcheck/mtcheck/rules/yamlnode"
)

// reader reads the YAML nodes of one pack file with a yamlnode.Reader and
// collects the problems in errs, with the file name, line and field they
// concern. Its methods are the reader's under the names the parser uses.
type reader struct {
	file string
	errs Errors
	yn   *yamlnode.Reader
}

// node returns the yamlnode reader, which records problems in r.errs.
func (r *reader) node() *yamlnode.Reader {
	if r.yn == nil {
		r.yn = yamlnode.New(r.file, (*checker.FileErrors)(&r.errs))
		r.yn.ParserWording = true
	}
	return r.yn
}

// add records a problem at line (0: unknown) of the file, in field ("": the file as a whole).
func (r *reader) add(line int, field, msg string) { r.node().Add(line, field, msg) }

// errorf records a problem at node n.
func (r *reader) errorf(n *yaml.Node, field, format string, args ...any) {
	r.node().Addf(n, field, format, args...)
}

// document parses data and returns its top-level node, or nil after
// recording a syntax error or an empty file.
func (r *reader) document(data []byte) *yaml.Node {
	root, ok := r.node().Document(data)
	if ok && root == nil {
		r.add(0, "", "empty pack file")
	}
	return root
}

func resolve(n *yaml.Node) *yaml.Node { return yamlnode.Resolve(n) }

func join(where, name string) string { return yamlnode.Join(where, name) }

// field is one key of a mapping with its value.
type field struct {
	key, value *yaml.Node
}

// mapping is the fields of a YAML mapping by key, and the line it starts at.
type mapping struct {
	line int
	fs   map[string]field
	m    *yamlnode.Mapping
}

// fields returns the pairs of mapping n by key, reporting keys not in known,
// repeated keys and a node that is not a mapping. where prefixes field names in errors.
func (r *reader) fields(n *yaml.Node, where string, known ...string) mapping {
	m := r.node().Mapping(n, where, "must be a mapping of fields", known...)
	out := mapping{line: m.Line, fs: make(map[string]field, len(m.Fields)), m: m}
	for _, f := range m.Fields {
		out.fs[f.Key.Value] = field{key: f.Key, value: f.Value}
	}
	return out
}

// str returns the string value of field name and its line, or "" when it is
// absent and not required (yamlnode.Mapping.Str). where is the mapping's.
func (r *reader) str(m mapping, where, name string, required bool) (string, int) {
	return m.m.Str(name, required)
}

// strs returns the strings of a list field with the line of each. A single
// string is accepted as a list of one when one is true.
func (r *reader) strs(m mapping, where, name string, one bool) ([]string, []int) {
	var out []string
	var lines []int
	for _, s := range m.m.Strs(name, one) {
		out = append(out, s.Value)
		lines = append(lines, s.Line)
	}
	return out, lines
}

// boolean returns the value of a boolean field, false when absent.
func (r *reader) boolean(m mapping, where, name string) bool { return m.m.Bool(name) }
