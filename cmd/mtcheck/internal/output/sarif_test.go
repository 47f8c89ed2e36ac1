package output

import (
	"bytes"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/santhosh-tekuri/jsonschema/v6"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/mtcheck/mtcheck/checker"
)

// sarifSchemaPath finds the official SARIF schema in a "shared" directory
// beside the repository (or beside any directory above the test's), or "".
func sarifSchemaPath(t *testing.T) string {
	t.Helper()
	dir, err := os.Getwd()
	require.NoError(t, err)
	for {
		p := filepath.Join(dir, "shared", "schemas", "sarif-schema-2.1.0.json")
		if _, err := os.Stat(p); err == nil {
			return p
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return ""
		}
		dir = parent
	}
}

// validateSARIF validates a SARIF log against the official schema (draft
// 04), with formats such as "uri" asserted; it skips when the schema is
// not there.
func validateSARIF(t *testing.T, log []byte) {
	t.Helper()
	if err := sarifSchemaError(t, log); err != nil {
		t.Fatalf("SARIF output is not valid against the schema: %v", err)
	}
}

// sarifSchemaError returns why log is not valid SARIF, or nil.
func sarifSchemaError(t *testing.T, log []byte) error {
	t.Helper()
	path := sarifSchemaPath(t)
	if path == "" {
		t.Skip("no ../shared/schemas/sarif-schema-2.1.0.json beside the repository")
	}
	f, err := os.Open(path)
	require.NoError(t, err)
	defer f.Close()
	schemaDoc, err := jsonschema.UnmarshalJSON(f)
	require.NoError(t, err)
	c := jsonschema.NewCompiler()
	c.DefaultDraft(jsonschema.Draft4)
	c.AssertFormat()
	const url = "https://example.org/sarif-schema-2.1.0.json"
	require.NoError(t, c.AddResource(url, schemaDoc))
	schema, err := c.Compile(url)
	require.NoError(t, err)
	inst, err := jsonschema.UnmarshalJSON(bytes.NewReader(log))
	require.NoError(t, err)
	return schema.Validate(inst)
}

// sarifLog is the part of a SARIF log the tests read.
type sarifLog struct {
	Schema  string `json:"$schema"`
	Version string `json:"version"`
	Runs    []struct {
		Tool struct {
			Driver struct {
				Name    string                     `json:"name"`
				Version string                     `json:"version"`
				Rules   []sarifReportingDescriptor `json:"rules"`
			} `json:"driver"`
		} `json:"tool"`
		ColumnKind         string                           `json:"columnKind"`
		OriginalURIBaseIDs map[string]sarifArtifactLocation `json:"originalUriBaseIds"`
		Results            []sarifResult                    `json:"results"`
		Invocations        []sarifInvocation                `json:"invocations"`
	} `json:"runs"`
}

func renderSARIF(t *testing.T, opt Options, recs ...*Record) ([]byte, sarifLog) {
	t.Helper()
	var out bytes.Buffer
	runWriter(t, NewSARIF(&out, opt), recs...)
	var log sarifLog
	dec := json.NewDecoder(bytes.NewReader(out.Bytes()))
	require.NoError(t, dec.Decode(&log), out.String())
	require.Len(t, log.Runs, 1)
	return out.Bytes(), log
}

func TestSARIFSchema(t *testing.T) {
	opt := testOptions(t)
	opt.WorkDir = "/work/news"
	b, _ := renderSARIF(t, opt, sampleRecords(t)...)
	validateSARIF(t, b)

	b, _ = renderSARIF(t, Options{}) // no rules, no documents
	validateSARIF(t, b)
}

// TestSARIFMatchesJSON checks every result against the JSON of the same
// records: one result per finding, in order, at the same place.
func TestSARIFMatchesJSON(t *testing.T) {
	recs := sampleRecords(t)
	opt := testOptions(t)
	opt.WorkDir = "/work/news"
	_, log := renderSARIF(t, opt, recs...)
	run := log.Runs[0]
	assert.Equal(t, "2.1.0", log.Version)
	assert.Equal(t, sarifSchema, log.Schema)
	assert.Equal(t, "unicodeCodePoints", run.ColumnKind)
	assert.Equal(t, "file:///work/news/", run.OriginalURIBaseIDs[srcRoot].URI)
	assert.Equal(t, "mtcheck", run.Tool.Driver.Name)
	assert.Equal(t, "v0.0.0-test", run.Tool.Driver.Version)

	var js bytes.Buffer
	runWriter(t, NewJSON(&js), recs...)
	var report struct{ Documents []Record }
	require.NoError(t, json.Unmarshal(js.Bytes(), &report))

	require.Len(t, run.Results, countFindings(recs), "one result per finding")
	i := 0
	for d, doc := range report.Documents {
		rec := recs[d]
		for _, f := range doc.Findings {
			res := run.Results[i]
			i++
			assert.Equal(t, f.Rule, res.RuleID)
			require.NotNil(t, res.RuleIndex)
			assert.Equal(t, f.Rule, run.Tool.Driver.Rules[*res.RuleIndex].ID)
			assert.Equal(t, f.Message, res.Message.Text)
			want := map[checker.Severity]string{checker.Minor: "warning", checker.Major: "error", checker.Critical: "error"}
			assert.Equal(t, want[f.Severity], res.Level)
			require.Len(t, res.Locations, 1)
			loc := res.Locations[0]
			var start, col, length, endLine, endCol int
			var charOff, charLen *int
			if HasFile(rec) {
				require.NotNil(t, loc.PhysicalLocation, "%s has a file", doc.ID)
				reg := loc.PhysicalLocation.Region
				start, length, col = *reg.ByteOffset, *reg.ByteLength, reg.StartColumn
				assert.Equal(t, f.Line, reg.StartLine)
				endLine, endCol, charOff, charLen = reg.EndLine, reg.EndColumn, reg.CharOffset, reg.CharLength
				assert.Equal(t, f.Text, reg.Snippet.Text)
			} else {
				require.Nil(t, loc.PhysicalLocation, "%s has no file", doc.ID)
				require.Len(t, loc.LogicalLocations, 1)
				assert.Equal(t, Label(rec), loc.LogicalLocations[0].FullyQualifiedName)
				p := loc.Properties
				start, length, col = p.ByteOffset, p.ByteLength, p.StartColumn
				assert.Equal(t, f.Line, p.StartLine)
				endLine, endCol, charOff, charLen = p.EndLine, p.EndColumn, p.CharOffset, p.CharLength
			}
			assert.Equal(t, f.Start, start)
			assert.Equal(t, f.End-f.Start, length)
			assert.Equal(t, f.Column, col)
			end := rec.Doc.Lines.Position(f.End)
			assert.Equal(t, end, checker.Position{Line: endLine, Column: endCol})
			require.NotNil(t, charOff)
			assert.Equal(t, rec.Doc.Lines.CharOffset(f.Start), *charOff)
			assert.Equal(t, rec.Doc.Lines.CharOffset(f.End)-*charOff, *charLen)
			if !rec.Doc.Source.Extracted {
				in := rec.Doc.Text // plain UTF-8 input without BOM: the text is the input
				assert.Equal(t, utf8.RuneCountInString(in[:f.Start]), *charOff, "code points before the finding")
				assert.Equal(t, utf8.RuneCountInString(f.Text), *charLen)
			}
			require.Len(t, res.RelatedLocations, len(f.Related))
			for k, rel := range f.Related {
				assert.Equal(t, k+1, *res.RelatedLocations[k].ID)
				assert.Equal(t, rel.Message, res.RelatedLocations[k].Message.Text)
			}
		}
	}
	inv := run.Invocations
	require.Len(t, inv, 1)
	assert.False(t, inv[0].ExecutionSuccessful, "an error record makes the run unsuccessful")
	require.Len(t, inv[0].ToolExecutionNotifications, 1)
	n := inv[0].ToolExecutionNotifications[0]
	assert.Equal(t, "error", n.Level)
	assert.Equal(t, "kaputt.txt: invalid UTF-8 at byte offset 17", n.Message.Text)
	assert.Equal(t, "kaputt.txt", n.Locations[0].PhysicalLocation.ArtifactLocation.URI)
}

func TestSARIFRules(t *testing.T) {
	_, log := renderSARIF(t, testOptions(t))
	rules := log.Runs[0].Tool.Driver.Rules
	require.Len(t, rules, len(testRules())+1, "every enabled rule and the engine's suppression rule")
	assert.Equal(t, checker.SuppressionRule().ID, rules[len(rules)-1].ID)
	d := rules[0]
	assert.Equal(t, "dup-verb", d.ID)
	assert.Equal(t, "DupVerb", d.Name)
	assert.Equal(t, "Two reporting clauses for one quotation", d.ShortDescription.Text)
	assert.Contains(t, d.FullDescription.Text, "Test rule")
	assert.Equal(t, "error", d.DefaultConfiguration.Level)
	assert.Equal(t, []string{"fluency/duplicate-verb", "fluency"}, d.Properties.Tags)
	assert.Contains(t, d.Help.Text, "Flagged:\n- Ein «Beispiel» für dup-verb.")
	assert.Contains(t, d.Help.Markdown, "- Ein **Beispiel** für dup-verb.")
	assert.Contains(t, d.Help.Markdown, "**Not flagged:**\n\n- Ein gutes Beispiel.")
	assert.Equal(t, "DuplicateReportingVerb", pascalCase("duplicate-reporting-verb"))
}

func TestSARIFNoRecords(t *testing.T) {
	_, log := renderSARIF(t, Options{})
	assert.Empty(t, log.Runs[0].Results)
	assert.True(t, log.Runs[0].Invocations[0].ExecutionSuccessful)
	assert.Nil(t, log.Runs[0].OriginalURIBaseIDs, "no base without a working directory")
}

// TestSARIFFixes: fixes for a plain UTF-8 file, applied to the input, give
// the suggestion; none for decoded input or records without a file.
func TestSARIFFixes(t *testing.T) {
	recs := sampleRecords(t)
	_, log := renderSARIF(t, testOptions(t), recs...)
	fixes := map[string]int{}
	for _, res := range log.Runs[0].Results {
		uri := "(logical)"
		if res.Locations[0].PhysicalLocation != nil {
			uri = res.Locations[0].PhysicalLocation.ArtifactLocation.URI
		}
		fixes[uri] += len(res.Fixes)
		for _, fix := range res.Fixes {
			require.Len(t, fix.ArtifactChanges, 1)
			ch := fix.ArtifactChanges[0]
			assert.Equal(t, uri, ch.ArtifactLocation.URI)
			rep := ch.Replacements[0]
			del := rep.DeletedRegion
			in := sampleArticle
			fixed := in[:*del.ByteOffset] + rep.InsertedContent.Text + in[*del.ByteOffset+*del.ByteLength:]
			runes := []rune(in)
			fixedByChars := string(runes[:*del.CharOffset]) + rep.InsertedContent.Text + string(runes[*del.CharOffset+*del.CharLength:])
			assert.Equal(t, fixed, fixedByChars, "byte and character regions agree")
			assert.NotEqual(t, in, fixed)
		}
	}
	assert.Equal(t, map[string]int{"korpus/artikel%201.txt": 7, "alt/latin1.txt": 0, "(logical)": 0}, fixes,
		"fixes only for the plain UTF-8 file: 1 date, 1 verb, 2 + 2 honorifics, 1 glued word")
}

// TestSARIFFingerprints: inserting a paragraph above the findings changes
// their lines but not their fingerprints; repeated findings in one
// paragraph are told apart.
func TestSARIFFingerprints(t *testing.T) {
	prints := func(text string) map[string]string {
		_, log := renderSARIF(t, testOptions(t), check(t, "a.txt", "a.txt", text))
		out := map[string]string{}
		for _, res := range log.Runs[0].Results {
			key := res.RuleID + " " + res.Properties.Text
			fp := res.PartialFingerprints[fingerprintKey]
			require.NotEmpty(t, fp)
			for out[key] != "" {
				key += "'"
			}
			out[key] = fp
		}
		return out
	}
	before := prints(sampleArticle)
	after := prints("Ein neuer Vorspann mit Mr. Neu.\n\n" + sampleArticle)
	delete(after, "honorific Mr. Neu")
	assert.Equal(t, before, after)
	assert.Len(t, before, 10)

	twice := prints("Er kam am May 1, 2020 und am May 1, 2020 wieder.")
	assert.Len(t, twice, 2)
	assert.NotEqual(t, twice["english-date May 1, 2020"], twice["english-date May 1, 2020'"])
	assert.True(t, strings.HasSuffix(twice["english-date May 1, 2020'"], ":2"))
}

func TestArtifactURI(t *testing.T) {
	tests := []struct {
		path, wd string
		want     string
		relative bool
	}{
		{"a.txt", "/work", "a.txt", true},
		{"sub dir/ä ö.txt", "/work", "sub%20dir/%C3%A4%20%C3%B6.txt", true},
		{"/work/x/a.txt", "/work", "x/a.txt", true},
		{"../other/a.txt", "/work/news", "file:///work/other/a.txt", false},
		{"/etc/a#b?.txt", "/work", "file:///etc/a%23b%3F.txt", false},
		{"c:d.txt", "/work", "c%3Ad.txt", true},
		{"rel/a.txt", "", "rel/a.txt", true},
		{"/abs/a.txt", "", "file:///abs/a.txt", false},
	}
	for _, tc := range tests {
		got, rel := artifactURI(tc.path, tc.wd)
		assert.Equal(t, tc.want, got, tc.path)
		assert.Equal(t, tc.relative, rel, tc.path)
	}
	assert.Equal(t, "file:///work/my%20news/", dirURI("/work/my news"))
}

func TestSARIFManyErrors(t *testing.T) {
	var out bytes.Buffer
	w := NewSARIF(&out, Options{})
	var s Summary
	for range maxNotifications + 5 {
		r := ErrorRecord("-", "-", errors.New("kaputt"))
		s.Add(r)
		require.NoError(t, w.Write(r))
	}
	require.NoError(t, w.Close(s))
	var log sarifLog
	require.NoError(t, json.Unmarshal(out.Bytes(), &log))
	notes := log.Runs[0].Invocations[0].ToolExecutionNotifications
	require.Len(t, notes, maxNotifications+1)
	assert.Equal(t, "5 more documents could not be checked; the other formats list them", notes[maxNotifications].Message.Text)
}

// TestSARIFSchemaRejects makes sure the schema check can fail: a wrong
// level and a URI that is no URI are rejected.
func TestSARIFSchemaRejects(t *testing.T) {
	if sarifSchemaPath(t) == "" {
		t.Skip("no ../shared/schemas/sarif-schema-2.1.0.json beside the repository")
	}
	for _, bad := range []string{
		`{"version":"2.1.0","runs":[{"tool":{"driver":{"name":"x"}},"results":[{"message":{"text":"m"},"level":"fatal"}]}]}`,
		`{"version":"2.1.0","runs":[{"tool":{"driver":{"name":"x"}},"results":[{"message":{"text":"m"},"locations":[{"physicalLocation":{"artifactLocation":{"uri":"a b:%zz"}}}]}]}]}`,
	} {
		assert.Error(t, sarifSchemaError(t, []byte(bad)), "schema accepts %s", bad)
	}
}

// TestSARIFEncodings: byte offsets count the input's own bytes (a byte
// order mark included), character offsets and columns count code points
// without the mark; decoded UTF-16 gets no fixes.
func TestSARIFEncodings(t *testing.T) {
	const text = "Über Mr. Müller."
	bomRec := check(t, "bom.txt", "bom.txt", "\uFEFF"+text)
	utf16 := []byte{0xFF, 0xFE} // little endian with a byte order mark
	for _, r := range text {
		utf16 = append(utf16, byte(r), byte(r>>8))
	}
	wide := checkRaw(t, "wide.txt", "wide.txt", string(utf16), checker.UTF16LE)
	_, log := renderSARIF(t, testOptions(t), bomRec, wide)
	res := log.Runs[0].Results
	require.Len(t, res, 2)
	for i, want := range []struct{ byteOff, byteLen int }{{3 + 6, 11}, {2 + 2*5, 2 * 10}} {
		reg := res[i].Locations[0].PhysicalLocation.Region
		assert.Equal(t, want.byteOff, *reg.ByteOffset, "record %d", i)
		assert.Equal(t, want.byteLen, *reg.ByteLength, "record %d", i)
		assert.Equal(t, 5, *reg.CharOffset, "Über + space, no byte order mark")
		assert.Equal(t, 10, *reg.CharLength)
		assert.Equal(t, 1, reg.StartLine)
		assert.Equal(t, 6, reg.StartColumn)
		assert.Equal(t, 16, reg.EndColumn)
		assert.Equal(t, "Mr. Müller", reg.Snippet.Text)
	}
	assert.Len(t, res[0].Fixes, 2, "UTF-8 with a byte order mark is exact")
	assert.Empty(t, res[1].Fixes, "decoded UTF-16 is not")
}
