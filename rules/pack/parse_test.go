package pack

import (
	"fmt"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/mtcheck/mtcheck/checker"
)

// validEntry is the fields of a valid entry; in packYAML its lines are 7 to 11.
const validEntry = `    title: '"Sinn machen" for "make sense"'
    message: "„Sinn machen“ ist eine Lehnübersetzung."
    pattern: 'Sinn ... mach*'
    bad: ["Das würde {{Sinn machen}}."]
    good: ["Das ergibt Sinn."]
`

// packYAML returns a pack file with one entry of the given id and fields.
func packYAML(id, fields string) string {
	return "name: demo\ndescription: Demo pack.\ncategory: style/calque\nseverity: minor\nentries:\n  - id: " + id + "\n" + fields
}

// edit replaces old in validEntry by new.
func edit(old, new string) string {
	if !strings.Contains(validEntry, old) {
		panic("edit: " + old)
	}
	return strings.Replace(validEntry, old, new, 1)
}

func TestParseValid(t *testing.T) {
	p, err := Parse("demo.yaml", []byte(packYAML("sinn-machen", validEntry+"    severity: major\n    scope: headline\n    experimental: true\n")))
	require.NoError(t, err)
	assert.Equal(t, "demo", p.Name)
	assert.Equal(t, "demo.yaml", p.File)
	assert.Equal(t, checker.Minor, p.Severity)
	require.Len(t, p.Entries, 1)
	e := p.Entries[0]
	assert.Equal(t, "sinn-machen", e.ID)
	assert.Equal(t, `"Sinn machen" for "make sense"`, e.Title)
	assert.Equal(t, "style/calque", e.Category, "category from the pack")
	assert.Equal(t, checker.Major, e.Severity, "severity of the entry")
	assert.Equal(t, ScopeHeadline, e.Scope)
	assert.True(t, e.Experimental)
	assert.Equal(t, []string{"Sinn ... mach*"}, e.Patterns)
	assert.Contains(t, e.Doc, "Sinn ... mach*", "generated doc names the pattern")
	rules, err := Compile(p)
	require.NoError(t, err)
	require.Len(t, rules, 1)
	assert.Equal(t, "demo", rules[0].Pack)
	assert.Equal(t, "sinn-machen", rules[0].ID)
	assert.Equal(t, e.Title, rules[0].Title)
	assert.True(t, rules[0].Experimental)
	require.NoError(t, rules[0].Validate())
}

// TestParseErrors checks that each problem is reported with the file, the line
// and the field it concerns.
func TestParseErrors(t *testing.T) {
	tests := []struct {
		name, yaml  string
		line        int
		field, want string
	}{
		{"unknown header field", "nmae: demo\n" + packYAML("x", validEntry), 1, "nmae", `unknown field "nmae"`},
		{"unknown entry field", packYAML("sinn-machen", validEntry+"    sevrity: major\n"), 12, `entry "sinn-machen": sevrity`, "unknown field"},
		{"repeated field", packYAML("sinn-machen", validEntry+"    good: [x]\n"), 12, `entry "sinn-machen": good`, "repeated field, first given at line 11"},
		{"bad entry severity", packYAML("sinn-machen", validEntry+"    severity: majr\n"), 12, `entry "sinn-machen": severity`, `unknown severity "majr"`},
		{"bad pack severity", strings.Replace(packYAML("x", validEntry), "severity: minor", "severity: huge", 1), 4, "severity", "unknown severity"},
		{"bad category", packYAML("sinn-machen", validEntry+"    category: calque\n"), 12, `entry "sinn-machen": category`, "not family/kind"},
		{"unknown family", strings.Replace(packYAML("x", validEntry), "style/calque", "beauty/calque", 1), 3, "category", "not family/kind"},
		{"id not kebab-case", packYAML("Sinn_machen", validEntry), 6, "entries[0]: id", "not kebab-case"},
		{"missing id", strings.Replace(packYAML("x", validEntry), "- id: x\n    title", "- title", 1), 6, "entries[0]: id", "missing"},
		{"missing title", packYAML("sinn-machen", edit(`    title: '"Sinn machen" for "make sense"'`+"\n", "")), 6, `entry "sinn-machen": title`, "missing"},
		{"empty title", packYAML("sinn-machen", edit(`'"Sinn machen" for "make sense"'`, `""`)), 7, `entry "sinn-machen": title`, "must not be empty"},
		{"title of white space", packYAML("sinn-machen", edit(`'"Sinn machen" for "make sense"'`, `"  "`)), 7, `entry "sinn-machen": title`, "title is empty"},
		{"title ending with a period", packYAML("sinn-machen", edit(`make sense"'`, `make sense".'`)), 7, `entry "sinn-machen": title`, "ends with a period"},
		{"title too long", packYAML("sinn-machen", edit(`'"Sinn machen" for "make sense"'`, "'Sinn machen "+strings.Repeat("x", 49)+"'")), 7, `entry "sinn-machen": title`, "61 characters long, more than 60"},
		{"title not a string", packYAML("sinn-machen", edit(`'"Sinn machen" for "make sense"'`, `[a, b]`)), 7, `entry "sinn-machen": title`, "must be a string"},
		{"missing message", packYAML("sinn-machen", edit(`    message: "„Sinn machen“ ist eine Lehnübersetzung."`+"\n", "")), 6, `entry "sinn-machen": message`, "missing"},
		{"missing pattern", packYAML("sinn-machen", edit("    pattern: 'Sinn ... mach*'\n", "")), 6, `entry "sinn-machen": pattern`, "missing"},
		{"pattern not a string", packYAML("sinn-machen", edit("'Sinn ... mach*'", "5")), 9, `entry "sinn-machen": pattern`, "must be a string"},
		{"bad regex", packYAML("sinn-machen", edit("'Sinn ... mach*'", "'Sinn /(/'")), 9, `entry "sinn-machen": pattern`, "bad regular expression"},
		{"pattern syntax", packYAML("sinn-machen", edit("'Sinn ... mach*'", "['Sinn', 'Sinn <nmber>']")), 9, `entry "sinn-machen": pattern[1]`, "unknown token test <nmber>"},
		{"bad exception", packYAML("sinn-machen", validEntry+"    exceptions: ['{Sinn']\n"), 12, `entry "sinn-machen": exceptions`, "{ without }"},
		{"bad scope", packYAML("sinn-machen", validEntry+"    scope: sentence\n"), 12, `entry "sinn-machen": scope`, `unknown scope "sentence"`},
		{"experimental not a boolean", packYAML("sinn-machen", validEntry+"    experimental: maybe\n"), 12, `entry "sinn-machen": experimental`, "true or false"},
		{"bad example without mark", packYAML("sinn-machen", edit("{{Sinn machen}}", "Sinn machen")), 10, `entry "sinn-machen": bad[0]`, "no {{…}} mark"},
		{"bad example with broken mark", packYAML("sinn-machen", edit("{{Sinn machen}}", "{{Sinn machen")), 10, `entry "sinn-machen": bad[0]`, "unclosed {{"},
		{"good example with mark", packYAML("sinn-machen", edit(`"Das ergibt Sinn."`, `"Das ergibt {{Sinn}}."`)), 11, `entry "sinn-machen": good[0]`, "must not contain"},
		{"no good example", packYAML("sinn-machen", edit(`    good: ["Das ergibt Sinn."]`+"\n", "")), 6, `entry "sinn-machen": good`, "at least one example"},
		{"example not a string", packYAML("sinn-machen", edit(`["Das ergibt Sinn."]`, `[[a]]`)), 11, `entry "sinn-machen": good[0]`, "must be a string"},
		{"bad suggestion reference", packYAML("sinn-machen", validEntry+"    suggestions: ['ergibt $x']\n"), 12, `entry "sinn-machen": suggestions[0]`, "bad reference"},
		{"unfillable suggestion", packYAML("sinn-machen", validEntry+"    suggestions: ['$5']\n"), 12, `entry "sinn-machen": suggestions[0]`, "no pattern can fill $5"},
		{"unfillable group", packYAML("sinn-machen", validEntry+"    suggestions: ['${zahl}']\n"), 12, `entry "sinn-machen": suggestions[0]`, "${zahl}"},
		{"unfillable message", packYAML("sinn-machen", edit("Lehnübersetzung.", "Lehnübersetzung: $4")), 8, `entry "sinn-machen": message`, "cannot fill $4"},
		{"empty entries", "name: demo\ndescription: d\ncategory: style/calque\nseverity: minor\nentries: []\n", 5, "entries", "non-empty list"},
		{"entry not a mapping", "name: demo\ndescription: d\ncategory: style/calque\nseverity: minor\nentries:\n  - just text\n", 6, "entries[0]", "mapping of fields"},
		{"yaml syntax", "name: demo\ndescription: d\n\tentries: x\n", 2, "", "yaml: line 2: found a tab character"}, // the line yaml.v3 reports
		{"no category anywhere", strings.Replace(packYAML("sinn-machen", validEntry), "category: style/calque\n", "", 1), 5, `entry "sinn-machen": category`, "no default"},
		{"pack name", strings.Replace(packYAML("x", validEntry), "name: demo", "name: Demo Pack", 1), 1, "name", "not kebab-case"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Parse("demo.yaml", []byte(tt.yaml))
			require.Error(t, err)
			assertError(t, err, "demo.yaml", tt.line, tt.field, tt.want)
		})
	}
}

// assertError checks that err holds a problem at file:line naming field, and that
// its text says so.
func assertError(t *testing.T, err error, file string, line int, field, want string) {
	t.Helper()
	es := checker.AsFileErrors(err)
	require.NotEmpty(t, es, "%v", err)
	for _, e := range es {
		if e.File == file && e.Line == line && e.Field == field && strings.Contains(e.Msg, want) {
			prefix := fmt.Sprintf("%s:%d: ", file, line)
			if field != "" {
				prefix += field + ": "
			}
			assert.Contains(t, err.Error(), prefix+e.Msg)
			return
		}
	}
	t.Errorf("no problem at %s:%d in field %q saying %q; got:\n%v", file, line, field, want, err)
}

func TestCompileErrors(t *testing.T) {
	parse := func(file, yaml string) *Pack {
		p, err := Parse(file, []byte(yaml))
		require.NoError(t, err)
		return p
	}
	t.Run("duplicate id in one pack", func(t *testing.T) {
		y := packYAML("sinn-machen", validEntry) + "  - id: sinn-machen\n" + validEntry
		_, err := Compile(parse("a.yaml", y))
		assertError(t, err, "a.yaml", 12, `entry "sinn-machen": id`, "duplicate id, first defined at a.yaml:6")
	})
	t.Run("duplicate id across packs", func(t *testing.T) {
		other := strings.Replace(packYAML("sinn-machen", validEntry), "name: demo", "name: other", 1)
		_, err := Compile(parse("a.yaml", packYAML("sinn-machen", validEntry)), parse("b.yaml", other))
		assertError(t, err, "b.yaml", 6, `entry "sinn-machen": id`, "duplicate id, first defined at a.yaml:6")
	})
	t.Run("duplicate pack name", func(t *testing.T) {
		_, err := Compile(parse("a.yaml", packYAML("x", validEntry)), parse("b.yaml", packYAML("y", validEntry)))
		assertError(t, err, "b.yaml", 1, "name", `pack "demo" is also defined in a.yaml:1`)
	})
	t.Run("verify needs unique ids too", func(t *testing.T) {
		p := parse("a.yaml", packYAML("x", validEntry))
		err := Verify(p, p)
		require.Error(t, err)
	})
}

// TestVerify checks that examples are run: a bad example must be flagged
// exactly at its mark, a good one not at all.
func TestVerify(t *testing.T) {
	tests := []struct {
		name, fields string
		line         int
		field, want  string
	}{
		{"bad example not flagged", edit("Das würde {{Sinn machen}}.", "Das {{ergibt}} Sinn."), 10, `entry "sinn-machen": bad[0]`,
			`expected "ergibt"@4 to be flagged, but nothing is`},
		{"bad example flagged elsewhere", edit("Das würde {{Sinn machen}}.", "{{Das}} würde Sinn machen."), 10, `entry "sinn-machen": bad[0]`,
			`expected "Das"@0 to be flagged, but "Sinn machen"@11 is`},
		{"good example flagged", edit(`"Das ergibt Sinn."`, `"Das würde Sinn machen."`), 11, `entry "sinn-machen": good[0]`,
			`a good example, but "Sinn machen"@11 is flagged`},
		{"mark for another rule only", edit("{{Sinn machen}}", "{{Sinn machen|other-rule}}"), 10, `entry "sinn-machen": bad[0]`,
			"no {{…}} mark for this rule"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p, err := Parse("demo.yaml", []byte(packYAML("sinn-machen", tt.fields)))
			require.NoError(t, err)
			err = Verify(p)
			require.Error(t, err)
			assertError(t, err, "demo.yaml", tt.line, tt.field, tt.want)
		})
	}
	p, err := Parse("demo.yaml", []byte(packYAML("sinn-machen", validEntry)))
	require.NoError(t, err)
	assert.NoError(t, Verify(p))
}

func TestParseCollectsAllProblems(t *testing.T) {
	y := packYAML("sinn-machen", validEntry+"    severity: majr\n    scope: nowhere\n")
	_, err := Parse("demo.yaml", []byte(y))
	es := checker.AsFileErrors(err)
	require.Len(t, es, 2, "%v", err)
	assert.Equal(t, 12, es[0].Line)
	assert.Equal(t, 13, es[1].Line)
}
