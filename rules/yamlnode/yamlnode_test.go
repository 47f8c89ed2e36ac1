package yamlnode

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"go.yaml.in/yaml/v3"

	"github.com/mtcheck/mtcheck/checker"
)

// read parses data with a reader of f.yaml, runs fn on its top-level node and
// returns the problems recorded.
func read(t *testing.T, data string, fn func(r *Reader, root *yaml.Node)) []string {
	t.Helper()
	var errs checker.FileErrors
	r := New("f.yaml", &errs)
	root, ok := r.Document([]byte(data))
	require.True(t, ok, "%v", errs)
	require.NotNil(t, root)
	fn(r, root)
	var out []string
	for _, e := range errs {
		out = append(out, e.Error())
	}
	return out
}

func TestDocument(t *testing.T) {
	for _, tc := range []struct {
		name, data string
		parser     bool
		want       string
	}{
		{"the part after the line", "a: [x\n", false, "f.yaml:1: did not find expected ',' or ']'"},
		{"the parser's wording", "a: [x\n", true, "f.yaml:1: yaml: line 1: did not find expected ',' or ']'"},
		{"a tab", "a: b\n\tc: d\n", false, "f.yaml:2: found a tab character that violates indentation"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var errs checker.FileErrors
			r := New("f.yaml", &errs)
			r.ParserWording = tc.parser
			root, ok := r.Document([]byte(tc.data))
			assert.Nil(t, root)
			assert.False(t, ok)
			assert.EqualError(t, errs.Err(), tc.want)
		})
	}
	for _, data := range []string{"", "# only a comment\n"} {
		var errs checker.FileErrors
		root, ok := New("f.yaml", &errs).Document([]byte(data))
		assert.True(t, ok)
		assert.Nil(t, root, "%q has no content", data)
		assert.Empty(t, errs)
	}
	var errs checker.FileErrors
	root, ok := New("f.yaml", &errs).Document([]byte("a: &x [1]\nb: *x\n"))
	require.True(t, ok)
	assert.True(t, IsNull(mustDoc(t, "~\n")))
	assert.Equal(t, yaml.SequenceNode, Resolve(root.Content[3]).Kind, "aliases resolve")
}

func mustDoc(t *testing.T, data string) *yaml.Node {
	t.Helper()
	var errs checker.FileErrors
	root, ok := New("f.yaml", &errs).Document([]byte(data))
	require.True(t, ok)
	return root
}

func TestMapping(t *testing.T) {
	var m *Mapping
	problems := read(t, "name: a\ncolour: red\nname: b\n[x]: 1\nlist: [a, 3, [b]]\nflag: yes\n", func(r *Reader, root *yaml.Node) {
		m = r.Mapping(root, "entry \"e\"", "must be a mapping", "name", "list", "flag", "title")
	})
	assert.Equal(t, []string{
		`f.yaml:2: entry "e": colour: unknown field "colour" (known: [name list flag title])`,
		`f.yaml:3: entry "e": name: repeated field, first given at line 1`,
		`f.yaml:4: entry "e": a key must be a plain name`,
	}, problems)
	var names []string
	for _, f := range m.Fields {
		names = append(names, f.Key.Value)
	}
	assert.Equal(t, []string{"name", "list", "flag"}, names)
	assert.Equal(t, 1, m.Line)

	problems = read(t, "name: a\nlist: [a, 3, [b]]\nflag: yes\nempty: ''\nn: 5\none: x\n", func(r *Reader, root *yaml.Node) {
		m := r.Mapping(root, "", "must be a mapping")
		s, line := m.Str("name", true)
		assert.Equal(t, "a", s)
		assert.Equal(t, 1, line)
		s, line = m.Str("title", false)
		assert.Equal(t, "", s)
		assert.Zero(t, line)
		m.Str("title", true)
		m.Str("empty", true)
		m.Str("n", false)
		assert.Equal(t, []String{{Value: "a", Line: 2, Field: "list[0]"}}, m.Strs("list", false))
		assert.Equal(t, []String{{Value: "x", Line: 6, Field: "one"}}, m.Strs("one", true))
		assert.Nil(t, m.Strs("name", false))
		assert.Nil(t, m.Strs("absent", false))
		assert.False(t, m.Bool("flag"))
		assert.False(t, m.Bool("absent"))
	})
	assert.Equal(t, []string{
		"f.yaml:1: title: missing",
		"f.yaml:4: empty: must not be empty",
		"f.yaml:5: n: must be a string (quote it)",
		"f.yaml:2: list[1]: must be a string (quote it)",
		"f.yaml:2: list[2]: must be a string (quote it)",
		"f.yaml:1: name: must be a list of strings",
		"f.yaml:3: flag: must be true or false",
	}, problems)

	problems = read(t, "[a, b]\n", func(r *Reader, root *yaml.Node) {
		m := r.Mapping(root, "", "must be a mapping of fields")
		assert.Empty(t, m.Fields)
	})
	assert.Equal(t, []string{"f.yaml:1: must be a mapping of fields"}, problems)
}

func TestStrsHintAndBool(t *testing.T) {
	problems := read(t, "a: x\nb: true\nc: 'true'\n", func(r *Reader, root *yaml.Node) {
		m := r.Mapping(root, "", "")
		a, _ := m.Get("a")
		assert.Nil(t, r.Strs(a.Value, "a", ", e.g. [a, b]"))
		assert.True(t, m.Bool("b"))
		m.Bool("c")
	})
	assert.Equal(t, []string{"f.yaml:1: a: must be a list of strings, e.g. [a, b]", "f.yaml:3: c: must be true or false"}, problems)
}
