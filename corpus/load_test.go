package corpus

import (
	"os"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/mtcheck/mtcheck/checker"
)

// loadAll loads a corpus file and returns its documents.
func loadAll(t *testing.T, path string) ([]*Document, error) {
	t.Helper()
	var docs []*Document
	err := LoadFile(path, func(d *Document) error {
		docs = append(docs, d)
		return nil
	})
	return docs, err
}

func TestInlineStripsMarksAndMapsPositions(t *testing.T) {
	docs, err := loadAll(t, "testdata/inline/marked.txt")
	require.NoError(t, err)
	require.Len(t, docs, 1)
	d := docs[0]
	assert.Equal(t, Annotated, d.Kind)
	assert.Equal(t, "Überschrift\n\nDer Minister kam am March 3, 2025 nach Berlin.\nDort traf er Mr. Weber und sprach lange.\n", d.Text)
	want := []struct {
		id, text, rule string
		line, col      int
	}{
		{"M1", "March 3, 2025", "english-date", 3, 23},
		{"M2", "Mr. Weber", "", 4, 16},
		{"M3", "lange", "calque", 4, 41},
	}
	require.Len(t, d.Expected, len(want))
	for i, w := range want {
		e := d.Expected[i]
		assert.Equal(t, w.id, e.ID)
		assert.Equal(t, w.text, d.Text[e.Start:e.End])
		assert.Equal(t, w.rule, e.Rule)
		assert.Equal(t, Must, e.Level)
		assert.Equal(t, w.line, e.Line)
		assert.Equal(t, checker.Position{Line: w.line, Column: w.col}, d.Position(e.Start), w.id)
	}
	// Text after a mark with a rule: "Der Minister kam am {{March 3, 2025|english-date}} " is 51 characters.
	assert.Equal(t, checker.Position{Line: 3, Column: 52}, d.Position(strings.Index(d.Text, "nach")))
	assert.Equal(t, checker.Position{Line: 1, Column: 2}, d.Position(len("Ü")), "columns count characters")
}

func TestInlineErrorsNameFileAndLine(t *testing.T) {
	tests := []struct{ file, want string }{
		{"testdata/inline/unclosed.txt", "testdata/inline/unclosed.txt:3: unclosed {{"},
		{"testdata/inline/stray.txt", "testdata/inline/stray.txt:2: unmatched }}"},
		{"testdata/inline/empty.txt", "testdata/inline/empty.txt:3: empty mark"},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			_, err := loadAll(t, tt.file)
			require.Error(t, err)
			assert.Contains(t, err.Error(), tt.want)
			var le *checker.FileError
			assert.ErrorAs(t, err, &le)
		})
	}
}

func TestStandOffLoadsQuotesLevelsAndRules(t *testing.T) {
	docs, err := loadAll(t, "testdata/standoff/article.annotations.tsv") // naming the TSV loads its text
	require.NoError(t, err)
	require.Len(t, docs, 1)
	d := docs[0]
	assert.Equal(t, "testdata/standoff/article.txt", d.Path)
	assert.Equal(t, Annotated, d.Kind)
	type exp struct {
		id, quote, rule, category string
		level                     Level
		line                      int
	}
	var got []exp
	for _, e := range d.Expected {
		got = append(got, exp{e.ID, d.Text[e.Start:e.End], e.Rule, e.Category, e.Level, e.Line})
	}
	assert.Equal(t, []exp{
		{"A2", "den Haushalt\nbeschlossen", "", "style/calque", Should, 3},
		{"A1", "sagte der Bürgermeister sagte er", "duplicate-reporting-verb", "fluency/duplicate-verb", Must, 2},
		{"A3", "späten Abend", "", "fluency/grammar", CleanIsh, 5},
	}, got, "ordered by offset, lines of the TSV")
	assert.Equal(t, "two reporting clauses", d.Expected[1].Note)
	assert.Equal(t, checker.Position{Line: 4, Column: 14}, d.Position(d.Expected[1].Start))
}

func TestStandOffErrorsNameFileAndLine(t *testing.T) {
	text := "Die Stadt wächst. Die Stadt baut.\nDer Rat tagt."
	tests := []struct{ name, tsv, want string }{
		{"quote twice", "# c\nT1\tmust\tstyle/calque\tminor\tDie Stadt\tn", `x.tsv:2: quote "Die Stadt" occurs 2 times`},
		{"overlapping twice", "T1\tmust\tstyle/calque\tminor\tt\tn", `x.tsv:1: quote "t" occurs`},
		{"quote missing", "\nT1\tmust\tstyle/calque\tminor\tDas Dorf\tn", `x.tsv:2: quote "Das Dorf" does not occur`},
		{"line break escape", "T1\tmust\tstyle/calque\tminor\tbaut.\\nDer Rat tagt.\tn\nT2\tmust\tstyle/calque\tminor\tRat\\ntagt\tn",
			`x.tsv:2: quote "Rat\ntagt" does not occur`},
		{"too few columns", "T1\tmust\tstyle/calque\tminor", "x.tsv:1: want 5 to 7 tab-separated columns"},
		{"bad level", "T1\tcould\tstyle/calque\tminor\twächst", `x.tsv:1: unknown level "could"`},
		{"bad category", "T1\tmust\tcalque\tminor\twächst", `x.tsv:1: category "calque"`},
		{"unknown family", "T1\tmust\tgrammar/calque\tminor\twächst", `x.tsv:1: category "grammar/calque"`},
		{"bad severity", "T1\tmust\tstyle/calque\thuge\twächst", `x.tsv:1: unknown severity "huge"`},
		{"bad rule", "T1\tmust\tstyle/calque\tminor\twächst\tn\tNot_A_Rule", `x.tsv:1: rule "Not_A_Rule"`},
		{"empty quote", "T1\tmust\tstyle/calque\tminor\t\tn", "x.tsv:1: empty quote"},
		{"empty id", "\tmust\tstyle/calque\tminor\twächst", "x.tsv:1: empty id"},
		{"duplicate id", "T1\tmust\tstyle/calque\tminor\twächst\nT1\tmust\tstyle/calque\tminor\tbaut", `x.tsv:2: id "T1" already used on line 1`},
		{"invalid UTF-8", "T1\tmust\tstyle/calque\tminor\t\xff", "x.tsv:1: invalid UTF-8"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := ParseStandOff("x.txt", text, "x.tsv", tt.tsv)
			require.Error(t, err)
			assert.Contains(t, err.Error(), tt.want)
		})
	}
	_, err := ParseStandOff("x.txt", "Zeile\n\xfe", "x.tsv", "")
	assert.EqualError(t, err, "x.txt:2: invalid UTF-8")
}

func TestStandOffFileErrorNamesTSV(t *testing.T) {
	_, err := loadAll(t, "testdata/standoff/twice.txt")
	assert.EqualError(t, err, `testdata/standoff/twice.annotations.tsv:2: quote "Die Stadt" occurs 2 times in the text; it must occur exactly once`)
}

func TestNativeLoadsWholeFile(t *testing.T) {
	docs, err := loadAll(t, "testdata/native/plain.txt")
	require.NoError(t, err)
	require.Len(t, docs, 1)
	assert.Equal(t, Native, docs[0].Kind)
	assert.Empty(t, docs[0].Expected)
	assert.Equal(t, "Der Zug fuhr pünktlich ab.\n\nAm Abend regnete es in Hamburg.\n", docs[0].Text)
}

func TestMQMStreamsPlainAndGzip(t *testing.T) {
	for _, path := range []string{"testdata/mqm/small.jsonl", "testdata/mqm/small.jsonl.gz"} {
		t.Run(path, func(t *testing.T) {
			docs, err := loadAll(t, path)
			require.NoError(t, err)
			require.Len(t, docs, 3)
			d := docs[0]
			assert.Equal(t, MQM, d.Kind)
			assert.Equal(t, path+"#sys-a/d1/0", d.ID)
			assert.Equal(t, "Mr. Smith kam am Montag.", d.Text)
			assert.Equal(t, &MQMInfo{Dataset: "fixture", System: "sys-a", Origin: OriginMT, Doc: "d1", SegIndex: 0, SegID: 1,
				Score: 1, Errors: []checker.Span{{Start: 0, End: 9}}, Categories: []string{"locale/honorific"}}, d.MQM)
			assert.Equal(t, "Mr. Smith", d.Text[d.MQM.Errors[0].Start:d.MQM.Errors[0].End])
			assert.Equal(t, 1, d.Line)
			assert.Equal(t, OriginHuman, docs[2].MQM.Origin)
			assert.Equal(t, 4, docs[2].Line, "blank lines are skipped but counted")
			assert.Equal(t, checker.Position{Line: 4, Column: 7}, docs[2].Position(len("Herr S")))
		})
	}
}

func TestMQMBadRecordsAreReportedAndTheRestRead(t *testing.T) {
	docs, err := loadAll(t, "testdata/mqm/bad.jsonl")
	var lines []int
	for _, d := range docs {
		lines = append(lines, d.Line)
	}
	assert.Equal(t, []int{1, 5}, lines)
	require.Error(t, err)
	msg := err.Error()
	assert.Contains(t, msg, "testdata/mqm/bad.jsonl:2: malformed JSON")
	assert.Contains(t, msg, "testdata/mqm/bad.jsonl:3: error 1 span [3,40) lies outside the target of 8 bytes")
	assert.Contains(t, msg, `testdata/mqm/bad.jsonl:4: origin "robot" is neither "mt" nor "human"`)
}

func TestMQMRecordChecks(t *testing.T) {
	tests := []struct{ name, line, want string }{
		{"no target", `{"system": "s", "origin": "mt", "mqm_score": 0}`, "x.jsonl:1: record has no target"},
		{"no system", `{"target": "a", "origin": "mt", "mqm_score": 0}`, "x.jsonl:1: record has no system"},
		{"no score", `{"target": "a", "system": "s", "origin": "mt"}`, "x.jsonl:1: record has no mqm_score"},
		{"no end", `{"target": "a", "system": "s", "origin": "mt", "mqm_score": 0, "errors": [{"start": 0}]}`, "x.jsonl:1: error 1 has no start or end"},
		{"cut character", `{"target": "Müll", "system": "s", "origin": "mt", "mqm_score": 0, "errors": [{"start": 0, "end": 2}]}`, "x.jsonl:1: error 1 span [0,2) cuts a character"},
		{"reversed", `{"target": "Müll", "system": "s", "origin": "mt", "mqm_score": 0, "errors": [{"start": 3, "end": 1}]}`, "x.jsonl:1: error 1 span [3,1) lies outside"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			n := 0
			err := ReadMQM(strings.NewReader(tt.line), "x.jsonl", func(*Document) error { n++; return nil })
			assert.ErrorContains(t, err, tt.want)
			assert.Zero(t, n)
		})
	}
}

func TestDetectAndExpand(t *testing.T) {
	files, err := Expand([]string{"testdata/walk"})
	require.NoError(t, err)
	assert.Equal(t, []string{
		"testdata/walk/a.txt", "testdata/walk/b.txt", "testdata/walk/c.txt", "testdata/walk/d.jsonl", "testdata/walk/sub/e.txt",
	}, files, "sorted; README, testdata, hidden and _ directories skipped")
	var formats []Format
	for _, f := range files {
		format, err := Detect(f)
		require.NoError(t, err)
		formats = append(formats, format)
	}
	assert.Equal(t, []Format{FormatNative, FormatInline, FormatStandOff, FormatMQM, FormatNative}, formats)

	files, err = Expand([]string{"testdata/walk/c.annotations.tsv", "testdata/mqm/small.jsonl.gz"})
	require.NoError(t, err)
	assert.Equal(t, []string{"testdata/walk/c.txt", "testdata/mqm/small.jsonl.gz"}, files)

	_, err = Expand([]string{"testdata/orphan"})
	assert.EqualError(t, err, "testdata/orphan/lonely.annotations.tsv: annotation file without its text lonely.txt")
	_, err = Expand([]string{"testdata/nonexistent"})
	assert.ErrorIs(t, err, os.ErrNotExist)
	_, err = Detect("testdata/walk/README.md")
	assert.ErrorContains(t, err, "testdata/walk/README.md: unknown corpus format")
	err = LoadFile("testdata/walk/README.md", func(*Document) error { return nil })
	assert.ErrorContains(t, err, "unknown corpus format")
	err = LoadFile("testdata/nonexistent.txt", func(*Document) error { return nil })
	assert.ErrorIs(t, err, os.ErrNotExist)
}
