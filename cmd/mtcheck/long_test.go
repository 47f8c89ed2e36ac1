package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/mtcheck/mtcheck/checker"
	"github.com/mtcheck/mtcheck/checker/checkertest"
)

// longText is a plain text longer than streamAbove, with findings of the
// test rules all over it.
func longText() string {
	var b strings.Builder
	for b.Len() <= streamAbove+streamWindow {
		b.WriteString(checkertest.GermanText(64<<10, int64(b.Len())))
		b.WriteString("\n\nEr sagte sagte es, ähm, am Ende.\n\n")
	}
	return b.String()
}

// TestCheckLongTextStreams: a text longer than streamAbove is checked
// window by window and written in parts, with the same findings, paragraph
// scores and score as the engine gives for the whole text, and --max-bytes
// does not apply to it.
func TestCheckLongTextStreams(t *testing.T) {
	text := longText()
	path := filepath.Join(t.TempDir(), "lang.txt")
	require.NoError(t, os.WriteFile(path, []byte(text), 0o644))
	eng, err := checker.NewEngine(testRules(), checker.Config{})
	require.NoError(t, err)
	whole, err := eng.CheckText(text)
	require.NoError(t, err)

	res := runWith(t, nil, "check", "--format", "jsonl", "--exit-zero", "--max-bytes", "1000", path)
	require.Equal(t, exitOK, res.code, res.stderr)
	assert.Regexp(t, `,"score":[0-9.]+,"penalty":[0-9]+,"penalty_per_1000_words":[0-9.]+,"words":[0-9]+,"passed":(true|false)}\n$`, res.stdout, "the score fields come last")
	var rec docRecord
	dec := json.NewDecoder(strings.NewReader(res.stdout))
	dec.DisallowUnknownFields()
	require.NoError(t, dec.Decode(&rec))
	assert.Empty(t, rec.Error)
	assert.Equal(t, whole.Score, rec.Score)
	assert.Equal(t, whole.Penalty, rec.Penalty)
	assert.Equal(t, whole.Words, rec.Words)
	require.Len(t, rec.Findings, len(whole.Findings))
	for i, f := range rec.Findings {
		w := whole.Findings[i]
		assert.Equal(t, []any{w.Rule, w.Span, w.Position, w.Text, w.Paragraph}, []any{f.Rule, f.Span, f.Position, f.Text, f.Paragraph})
		assert.Equal(t, text[f.Start:f.End], f.Text)
	}
	require.Len(t, rec.Paragraphs, len(whole.Paragraphs))
	for i, p := range rec.Paragraphs {
		w := whole.Paragraphs[i]
		assert.Equal(t, []any{w.Index, w.Span, w.Line, w.Words, w.Penalty, w.Score}, []any{p.Index, p.Span, p.Line, p.Words, p.Penalty, p.Score})
	}

	text2 := runWith(t, nil, "check", "--exit-zero", path)
	assert.Contains(t, text2.stdout, "lang.txt:")
	assert.Contains(t, text2.stdout, "Punkte")

	sarif := runWith(t, nil, "check", "--format", "sarif", "--exit-zero", "--max-bytes", "1000", path)
	assert.Equal(t, exitTrouble, sarif.code, "SARIF needs the whole document, and --max-bytes applies to it")
	assert.Contains(t, sarif.stdout, "larger than the limit")
}
