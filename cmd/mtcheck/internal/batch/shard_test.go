package batch

import (
	"fmt"
	"hash/fnv"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestParseShard(t *testing.T) {
	tests := []struct {
		in   string
		want Shard
		err  string
	}{
		{"", Shard{}, ""},
		{"1/1", Shard{1, 1}, ""},
		{"2/5", Shard{2, 5}, ""},
		{"5/5", Shard{5, 5}, ""},
		{" 3 / 4 ", Shard{3, 4}, ""},
		{"0/5", Shard{}, `--shard "0/5": K must be between 1 and 5`},
		{"6/5", Shard{}, `--shard "6/5": K must be between 1 and 5`},
		{"-1/5", Shard{}, `--shard "-1/5": K must be between 1 and 5`},
		{"1/0", Shard{}, `--shard "1/0": N must be at least 1`},
		{"1/-2", Shard{}, `--shard "1/-2": N must be at least 1`},
		{"2", Shard{}, `--shard "2": want K/N, as in 2/5 (shard 2 of 5)`},
		{"a/5", Shard{}, `--shard "a/5": K and N must be whole numbers, as in 2/5`},
		{"2/5/7", Shard{}, `--shard "2/5/7": K and N must be whole numbers, as in 2/5`},
		{"1.5/3", Shard{}, `--shard "1.5/3": K and N must be whole numbers, as in 2/5`},
	}
	for _, tc := range tests {
		t.Run(tc.in, func(t *testing.T) {
			got, err := ParseShard(tc.in)
			if tc.err != "" {
				assert.EqualError(t, err, tc.err)
				return
			}
			require.NoError(t, err)
			assert.Equal(t, tc.want, got)
			if tc.in != "" {
				assert.Equal(t, strings.ReplaceAll(tc.in, " ", ""), got.String())
			}
		})
	}
}

func TestShardKeeps(t *testing.T) {
	assert.True(t, Shard{}.Keeps("a"), "the zero Shard keeps everything")
	assert.True(t, Shard{1, 1}.Keeps("a"))
	h := fnv.New64a()
	h.Write([]byte("artikel/1.txt"))
	k := int(h.Sum64()%7) + 1
	for i := 1; i <= 7; i++ {
		assert.Equal(t, i == k, Shard{i, 7}.Keeps("artikel/1.txt"), "FNV-1a 64 modulo N is K-1")
	}
	// Every key is in exactly one shard.
	for i := range 200 {
		key := "doc-" + strconv.Itoa(i)
		n := 0
		for k := 1; k <= 5; k++ {
			if (Shard{k, 5}).Keeps(key) {
				n++
			}
		}
		require.Equal(t, 1, n, key)
	}
}

// TestShardsPartitionTheBatch checks that N shards together yield exactly
// the documents of the unsharded batch, each once and in the same relative
// order, over files, a directory, a JSONL file, feeds, URLs and stdin.
func TestShardsPartitionTheBatch(t *testing.T) {
	dir := t.TempDir()
	var jsonl strings.Builder
	for i := range 12 {
		if i%3 == 0 {
			fmt.Fprintf(&jsonl, `{"text": "Satz ohne Kennung %d."}`+"\n", i)
		} else {
			fmt.Fprintf(&jsonl, `{"id": "r%d", "text": "Satz %d.", "format": "markdown"}`+"\n", i, i)
		}
	}
	jsonl.WriteString("kaputt\n")
	var rss strings.Builder
	rss.WriteString(`<rss version="2.0"><channel>`)
	for i := range 15 {
		switch i % 3 {
		case 0:
			fmt.Fprintf(&rss, "<item><guid>g%d</guid><title>Meldung %d</title></item>", i, i)
		case 1:
			fmt.Fprintf(&rss, "<item><link>https://zeitung.example/%d</link><title>Meldung %d</title></item>", i, i)
		default:
			fmt.Fprintf(&rss, "<item><title>Meldung %d</title></item>", i)
		}
	}
	rss.WriteString(`</channel></rss>`)
	files := map[string]string{
		"records.jsonl": jsonl.String(), "nachrichten.rss": rss.String(), "leer.rss": `<rss><channel/></rss>`,
		"x.json": testJSONFeed, "notiz.go": "x",
	}
	for i := range 10 {
		files[fmt.Sprintf("texte/t%02d.txt", i)] = fmt.Sprintf("Text %d.", i)
		files[fmt.Sprintf("texte/sub/s%d.md", i)] = fmt.Sprintf("# Text %d", i)
	}
	writeFiles(t, dir, files)
	opener := fakeOpener{
		"https://zeitung.example/seite": {body: "<html><body>Seite</body></html>", contentType: "text/html"},
		"https://zeitung.example/feed":  {body: testAtom, contentType: "application/atom+xml"},
	}
	paths := []string{
		filepath.Join(dir, "texte"), filepath.Join(dir, "records.jsonl"), filepath.Join(dir, "nachrichten.rss"),
		filepath.Join(dir, "leer.rss"), filepath.Join(dir, "x.json"), filepath.Join(dir, "fehlt.txt"),
		filepath.Join(dir, "notiz.go"), "https://zeitung.example/seite", "https://zeitung.example/feed",
		"https://zeitung.example/fehlt", "-",
	}
	render := func(d Document) string {
		s := d.Path + " | " + d.ID + " | " + d.Text
		if d.Err != nil {
			s += " | " + d.Err.Error()
		}
		return s
	}
	run := func(sh Shard) []string {
		var out []string
		for d := range Inputs(paths, strings.NewReader("Von der Standardeingabe."), Options{MaxBytes: 1 << 20, Shard: sh, Opener: opener}) {
			out = append(out, render(d))
		}
		return out
	}
	all := run(Shard{})
	require.Len(t, all, 20+13+15+1+4+1+1+1+3+1+1)
	for _, n := range []int{1, 2, 3, 5, 7, 64} {
		t.Run(strconv.Itoa(n), func(t *testing.T) {
			count := map[string]int{}
			total := 0
			for k := 1; k <= n; k++ {
				part := run(Shard{k, n})
				total += len(part)
				// In the order of the whole batch.
				j := 0
				for _, r := range part {
					for j < len(all) && all[j] != r {
						j++
					}
					require.Less(t, j, len(all), "shard %d/%d: %q out of order or unknown", k, n, r)
					j++
				}
				for _, r := range part {
					count[r]++
				}
			}
			want := map[string]int{}
			for _, r := range all {
				want[r]++
			}
			assert.Equal(t, want, count)
			assert.Equal(t, len(all), total)
		})
	}
}
