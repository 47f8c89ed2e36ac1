package config

import (
	"cmp"
	"fmt"
	"regexp"
	"slices"
	"strconv"

	"go.yaml.in/yaml/v3"

	"github.com/mtcheck/mtcheck/rules/pack"
)

// reader walks the YAML nodes of one configuration file and collects errors
// with the file name, line and field they concern.
type reader struct {
	file string
	errs pack.Errors
}

// err returns the problems found, ordered by line, or nil.
func (r *reader) err() error {
	if len(r.errs) == 0 {
		return nil
	}
	slices.SortStableFunc(r.errs, func(a, b *pack.Error) int { return cmp.Compare(a.Line, b.Line) })
	return r.errs
}

// add records a problem at line (0: unknown) in field ("": the file as a whole).
func (r *reader) add(line int, field, msg string) {
	r.errs = append(r.errs, &pack.Error{File: r.file, Line: line, Field: field, Msg: msg})
}

// yamlErrorLine finds the line in a message of the YAML parser ("yaml: line 3: did not find …").
var yamlErrorLine = regexp.MustCompile(`^(?:yaml: )?(?:line (\d+): )?`)

// document parses data and returns its top-level node, or nil when the file is
// empty (only comments, or null) or cannot be parsed (an error is recorded).
func (r *reader) document(data []byte) *yaml.Node {
	var doc yaml.Node
	if err := yaml.Unmarshal(data, &doc); err != nil {
		msg := err.Error()
		m := yamlErrorLine.FindStringSubmatch(msg)
		line, _ := strconv.Atoi(m[1])
		r.add(line, "", msg[len(m[0]):])
		return nil
	}
	if doc.Kind != yaml.DocumentNode || len(doc.Content) == 0 {
		return nil
	}
	if n := resolve(doc.Content[0]); !isNull(n) {
		return n
	}
	return nil
}

// resolve follows aliases.
func resolve(n *yaml.Node) *yaml.Node {
	for n != nil && n.Kind == yaml.AliasNode {
		n = n.Alias
	}
	return n
}

// isNull reports whether n is an empty value ("field:" with nothing after it, or null).
func isNull(n *yaml.Node) bool {
	return n.Kind == yaml.ScalarNode && n.Tag == "!!null"
}

// field is one key of a mapping with its value.
type field struct {
	key, value *yaml.Node
}

// mapping returns the fields of mapping n in file order, reporting repeated
// keys and keys that are not strings. When n is not a mapping it reports
// notMapping (formatted with args) at field where.
func (r *reader) mapping(n *yaml.Node, where, notMapping string, args ...any) []field {
	if n.Kind != yaml.MappingNode {
		r.add(n.Line, where, fmt.Sprintf(notMapping, args...))
		return nil
	}
	var out []field
	first := map[string]int{}
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, v := resolve(n.Content[i]), resolve(n.Content[i+1])
		name := k.Value
		if where != "" {
			name = where + ": " + k.Value
		}
		if k.Kind != yaml.ScalarNode {
			r.add(k.Line, where, "a key must be a plain name")
			continue
		}
		if line, ok := first[k.Value]; ok {
			r.add(k.Line, name, fmt.Sprintf("repeated field, first given at line %d", line))
			continue
		}
		first[k.Value] = k.Line
		out = append(out, field{key: k, value: v})
	}
	return out
}

// strs reads a list of strings; an empty value is an empty list.
func (r *reader) strs(n *yaml.Node, field string) []Name {
	if isNull(n) {
		return nil
	}
	if n.Kind != yaml.SequenceNode {
		r.add(n.Line, field, "must be a list of strings, e.g. [a, b]")
		return nil
	}
	var out []Name
	for i, item := range n.Content {
		item = resolve(item)
		f := fmt.Sprintf("%s[%d]", field, i)
		if item.Kind != yaml.ScalarNode || item.Tag != "!!str" {
			r.add(item.Line, f, "must be a string (quote it)")
			continue
		}
		out = append(out, Name{Value: item.Value, Line: item.Line, Field: f})
	}
	return out
}
