package batch

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestJSONLSource(t *testing.T) {
	in := strings.Join([]string{
		`{"id": "a", "text": "Er kam nicht.", "source": "He did not come."}`,
		`{"id": "b", "text": "Er kam.", "source": null}`,
		`{"id": "c", "text": "<p>Er kam.</p>", "source": "<p>He came.</p>", "format": "html"}`,
		`{"id": "d", "text": "Er kam.", "source": {"en": "He came."}}`,
		`{"id": "e", "text": "Er kam.", "source": "a", "source": "b"}`,
		`{"id": "f", "source": "He came."}`,
	}, "\n")
	docs := collect(t, JSONL(strings.NewReader(in), "s.jsonl", 1<<10))
	require.Len(t, docs, 6)
	assert.Equal(t, "He did not come.", docs[0].Source)
	assert.NoError(t, docs[0].Err)
	assert.Equal(t, "", docs[1].Source)
	assert.NoError(t, docs[1].Err)
	assert.Equal(t, "<p>He came.</p>", docs[2].Source)
	assert.Equal(t, FormatHTML, docs[2].Format)
	assert.EqualError(t, docs[3].Err, `"source" must be a string`)
	assert.EqualError(t, docs[4].Err, `duplicate key "source"`)
	assert.EqualError(t, docs[5].Err, `missing "text"`)
	for _, d := range docs[3:] {
		assert.Empty(t, d.Source, "an error record carries no source")
	}
}

func TestXLIFFInputs(t *testing.T) {
	const doc = `<?xml version="1.0"?><xliff version="1.2"><file><body><trans-unit id="1"><source>a</source><target>b</target></trans-unit></body></file></xliff>`
	assert.Equal(t, InputXLIFF, Sniff([]byte(doc)))
	dir := t.TempDir()
	for _, name := range []string{"a.xlf", "b.xliff", "c.xml", "d.txt"} {
		require.NoError(t, os.WriteFile(filepath.Join(dir, name), []byte(doc), 0o644))
	}
	var got []string
	for d := range Inputs([]string{dir}, nil, Options{MaxBytes: 1 << 20}) {
		require.NoError(t, d.Err)
		got = append(got, filepath.Base(d.Path)+" "+string(d.Format))
	}
	assert.Equal(t, []string{"a.xlf xliff", "b.xliff xliff", "c.xml xliff", "d.txt text"}, got)
	in, err := ParseInput("xliff")
	require.NoError(t, err)
	var forced []string
	for d := range Inputs([]string{filepath.Join(dir, "d.txt")}, nil, Options{Input: in, MaxBytes: 1 << 20}) {
		forced = append(forced, string(d.Format))
	}
	assert.Equal(t, []string{"xliff"}, forced)
}
