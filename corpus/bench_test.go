package corpus_test

import (
	"bufio"
	"compress/gzip"
	"encoding/json"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/blevesearch/segment"
	"github.com/stretchr/testify/require"

	"github.com/mtcheck/mtcheck/checker"
	"github.com/mtcheck/mtcheck/rules"
)

// benchCorpusSize is the least size of the corpus of BenchmarkCorpus.
const benchCorpusSize = 5 << 20

// BenchmarkCorpus measures mtcheck on real German: the unique target texts
// of the MQM sets (the segments of one document joined into one document,
// with blank lines between them), the native GSD text and the seed article,
// all from ../shared and repeated until the corpus has at least 5 MB. Each
// document is checked on its own, as a batch would. The sub-benchmarks are
// bare UAX#29 segmentation (segment), the text model (analyze) and the full
// check with every rule (check); each reports words/s, B/word and
// allocs/word, and analyze and check also x-segment, how many times the
// time of bare segmentation they take. The corpus is read at run time and
// never copied into the repository; without ../shared the benchmark is skipped.
func BenchmarkCorpus(b *testing.B) {
	docs := loadBenchCorpus(b)
	var size, words int
	for _, text := range docs {
		d, err := checker.Analyze(text)
		require.NoError(b, err)
		size += len(text)
		words += d.Words()
	}
	raw := make([][]byte, len(docs))
	for i, text := range docs {
		raw[i] = []byte(text)
	}
	segmentAll := func() {
		for _, buf := range raw {
			seg := segment.NewWordSegmenterDirect(buf)
			for seg.Segment() {
			}
		}
	}
	eng, err := checker.NewEngine(rules.All(), checker.Config{})
	require.NoError(b, err)

	// segmentNs is the time per word of bare segmentation, measured by the
	// segment sub-benchmark or, when it is not run, by a few passes here.
	var segmentNs float64
	run := func(name string, pass func()) {
		b.Run(name, func(b *testing.B) {
			b.SetBytes(int64(size))
			b.ReportAllocs()
			var before runtime.MemStats
			runtime.ReadMemStats(&before)
			for b.Loop() {
				pass()
			}
			var after runtime.MemStats
			runtime.ReadMemStats(&after)
			n := float64(words) * float64(b.N)
			ns := float64(b.Elapsed().Nanoseconds()) / n
			b.ReportMetric(1e9/ns, "words/s")
			b.ReportMetric(float64(after.TotalAlloc-before.TotalAlloc)/n, "B/word")
			b.ReportMetric(float64(after.Mallocs-before.Mallocs)/n, "allocs/word")
			if name == "segment" {
				segmentNs = ns
				return
			}
			if segmentNs == 0 {
				segmentNs = minTimePerWord(segmentAll, words)
			}
			b.ReportMetric(ns/segmentNs, "x-segment")
		})
	}
	run("segment", segmentAll)
	run("analyze", func() {
		for _, text := range docs {
			if _, err := checker.Analyze(text); err != nil {
				b.Fatal(err)
			}
		}
	})
	run("check", func() {
		for _, text := range docs {
			if _, err := eng.CheckText(text); err != nil {
				b.Fatal(err)
			}
		}
	})
}

// minTimePerWord returns the least time per word of three runs of pass over
// a corpus of words words, in nanoseconds.
func minTimePerWord(pass func(), words int) float64 {
	best := time.Duration(1<<63 - 1)
	for range 3 {
		start := time.Now()
		pass()
		best = min(best, time.Since(start))
	}
	return float64(best.Nanoseconds()) / float64(words)
}

// loadBenchCorpus returns the documents of BenchmarkCorpus, skipping the
// benchmark when ../shared is not there.
func loadBenchCorpus(b testing.TB) []string {
	shared := sharedDir(b)
	if shared == "" {
		b.Skip("../shared not found")
	}
	var docs []string
	for _, name := range []string{"mqm-ende-newstest2020.jsonl.gz", "mqm-ende-ted2021.jsonl.gz"} {
		docs = append(docs, mqmTargets(b, filepath.Join(shared, "eval", name))...)
	}
	for _, name := range []string{"eval/native-de-gsd-dev.txt", "seeds/000_1eb09675d5154259.txt"} {
		text, err := os.ReadFile(filepath.Join(shared, name))
		require.NoError(b, err)
		docs = append(docs, string(text))
	}
	size := 0
	for _, d := range docs {
		size += len(d)
	}
	require.Positive(b, size)
	all := docs
	for total := size; total < benchCorpusSize; total += size {
		all = append(all, docs...)
	}
	return all
}

// mqmTargets reads an MQM JSON-lines file (gzip) and returns one document per
// MQM document: its unique target segments in segment order, separated by
// blank lines.
func mqmTargets(b testing.TB, path string) []string {
	f, err := os.Open(path)
	require.NoError(b, err)
	defer f.Close()
	zr, err := gzip.NewReader(f)
	require.NoError(b, err)
	type part struct {
		index  int
		target string
	}
	var order []string
	byDoc := map[string][]part{}
	seen := map[string]bool{}
	sc := bufio.NewScanner(zr)
	sc.Buffer(nil, 16<<20)
	for sc.Scan() {
		var rec struct {
			Doc    string `json:"doc"`
			Index  int    `json:"doc_seg_index"`
			Target string `json:"target"`
		}
		require.NoError(b, json.Unmarshal(sc.Bytes(), &rec))
		if key := rec.Doc + "\x00" + rec.Target; rec.Target == "" || seen[key] {
			continue
		} else {
			seen[key] = true
		}
		if _, ok := byDoc[rec.Doc]; !ok {
			order = append(order, rec.Doc)
		}
		byDoc[rec.Doc] = append(byDoc[rec.Doc], part{rec.Index, rec.Target})
	}
	require.NoError(b, sc.Err())
	docs := make([]string, 0, len(order))
	for _, doc := range order {
		segs := byDoc[doc]
		slices.SortStableFunc(segs, func(x, y part) int { return x.index - y.index })
		texts := make([]string, len(segs))
		for i, s := range segs {
			texts[i] = strings.TrimSpace(s.target)
		}
		docs = append(docs, strings.Join(texts, "\n\n")+"\n")
	}
	return docs
}
