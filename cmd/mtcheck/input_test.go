package main

import (
	"encoding/binary"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
	"unicode/utf16"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/mtcheck/mtcheck/checker"
)

func encodeUTF16LE(s string, bom bool) []byte {
	var b []byte
	if bom {
		b = append(b, 0xFF, 0xFE)
	}
	for _, u := range utf16.Encode([]rune(s)) {
		b = binary.LittleEndian.AppendUint16(b, u)
	}
	return b
}

// TestCheckUTF16Files: UTF-16 files, with or without a byte order mark, are
// decoded; offsets count the file's bytes and the text of a finding is UTF-8.
func TestCheckUTF16Files(t *testing.T) {
	text := "Überschrift\n\nDer Bürger sagte sagte es.\n"
	dir := t.TempDir()
	for name, bom := range map[string]bool{"bom.txt": true, "nobom.txt": false} {
		require.NoError(t, os.WriteFile(filepath.Join(dir, name), encodeUTF16LE(text, bom), 0o644))
	}
	res := runWith(t, nil, "check", "--format", "json", dir)
	require.Equal(t, exitFailed, res.code, res.stderr)
	r := decodeReport(t, res.stdout)
	require.Len(t, r.Documents, 2)
	for _, d := range r.Documents {
		require.Empty(t, d.Error)
		require.Len(t, d.Findings, 1, d.Path)
		f := d.Findings[0]
		assert.Equal(t, "sagte sagte", f.Text)
		assert.Equal(t, checker.Position{Line: 3, Column: 12}, f.Position)
		bomLen := 0
		if strings.HasSuffix(d.Path, "/bom.txt") {
			bomLen = 2
		}
		units := len(utf16.Encode([]rune(text[:strings.Index(text, "sagte sagte")])))
		assert.Equal(t, bomLen+2*units, f.Start, d.Path)
		assert.Equal(t, 2*len("sagte sagte"), f.Len())
		assert.Equal(t, bomLen, d.Paragraphs[0].Start)
	}
}

func TestCheckEncodingFlag(t *testing.T) {
	latin1 := "Gr\xfc\xdfe: er sagte sagte es."
	res := runWith(t, strings.NewReader(latin1), "check", "--format", "json")
	assert.Equal(t, exitTrouble, res.code)
	r := decodeReport(t, res.stdout)
	assert.Contains(t, r.Documents[0].Error, "invalid UTF-8 at byte offset 2")
	assert.Contains(t, r.Documents[0].Error, "--encoding windows-1252")

	res = runWith(t, strings.NewReader(latin1), "check", "--format", "json", "--encoding", "latin-1")
	assert.Equal(t, exitFailed, res.code, res.stderr)
	r = decodeReport(t, res.stdout)
	require.Len(t, r.Documents[0].Findings, 1)
	f := r.Documents[0].Findings[0]
	assert.Equal(t, "sagte sagte", f.Text)
	assert.Equal(t, strings.Index(latin1, "sagte sagte"), f.Start)
	assert.Equal(t, 11, f.Column)

	res = runWith(t, strings.NewReader(latin1), "check", "--encoding", "ebcdic")
	assert.Equal(t, exitTrouble, res.code)
	assert.Contains(t, res.stderr, `unknown encoding "ebcdic"`)
}

// slowRule takes a while for every sentence, so that a long document runs
// over its time budget and a short one does not.
func slowRule() checker.Rule {
	r := phraseRule("slow-rule", "style/filler", checker.Minor, "langsam", "Langsam.")
	r.Check = func(p *checker.Pass) {
		for range p.Sentences() {
			time.Sleep(5 * time.Millisecond)
		}
	}
	return r
}

func TestCheckTimeoutMakesAnErrorRecordAndGoesOn(t *testing.T) {
	dir := t.TempDir()
	files := map[string]string{
		"1-short.txt": "Ein Satz.",
		"2-long.txt":  strings.Repeat("Noch ein Satz. ", 400),
		"3-short.txt": "Noch ein kurzer Satz.",
	}
	for name, text := range files {
		require.NoError(t, os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644))
	}
	e := &env{rules: []checker.Rule{slowRule()}}
	res := runEnv(t, e, "check", "--format", "json", "--timeout", "100ms", "--jobs", "2", dir)
	assert.Equal(t, exitTrouble, res.code)
	r := decodeReport(t, res.stdout)
	require.Len(t, r.Documents, 3)
	assert.Equal(t, []string{"1-short.txt", "2-long.txt", "3-short.txt"},
		[]string{filepath.Base(r.Documents[0].Path), filepath.Base(r.Documents[1].Path), filepath.Base(r.Documents[2].Path)})
	assert.Empty(t, r.Documents[0].Error)
	assert.Contains(t, r.Documents[1].Error, `time budget (--timeout) and was stopped during rule "slow-rule"`)
	assert.Empty(t, r.Documents[2].Error)
	assert.Equal(t, 1, r.Summary.Errors)

	res = runEnv(t, &env{rules: []checker.Rule{slowRule()}}, "check", "--format", "json", "--timeout", "0",
		filepath.Join(dir, "2-long.txt"))
	assert.Equal(t, exitOK, res.code, "--timeout 0 turns the budget off")
}

func TestBudgetGrowsWithTheInput(t *testing.T) {
	assert.Equal(t, 10*time.Second, budget(10*time.Second, 0))
	assert.Equal(t, 20*time.Second, budget(10*time.Second, 1<<20))
	assert.Equal(t, 15*time.Second, budget(10*time.Second, 1<<19))
}
