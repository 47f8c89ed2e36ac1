//go:build perf

package corpus_test

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/blevesearch/segment"
	"github.com/stretchr/testify/require"

	"github.com/mtcheck/mtcheck/checker"
	"github.com/mtcheck/mtcheck/rules"
)

// TestPerformanceTable measures, side by side in one run, what the README's
// performance table states, on the German corpus of BenchmarkCorpus (at
// least 5 MB from ../shared):
//
//   - words/s on one core of bare UAX#29 segmentation and of the full check,
//     and their ratio;
//   - start-up: the best wall time of ten fresh `mtcheck check` runs of one
//     line;
//   - peak RSS of `mtcheck check` streaming 100 MB of JSONL and checking one
//     plain-text file of MTCHECK_PERF_MB megabytes (default 200; 1024 for the
//     README's 1 GB figure);
//   - the same plain-text file on one core and on all cores, for the
//     scaling of a single large document.
//
// Run it with: go test -tags perf -run Performance -v -timeout 30m ./corpus
func TestPerformanceTable(t *testing.T) {
	docs := loadBenchCorpus(t)
	var size, words int
	raw := make([][]byte, len(docs))
	for i, text := range docs {
		d, err := checker.Analyze(text)
		require.NoError(t, err)
		size += len(text)
		words += d.Words()
		raw[i] = []byte(text)
	}
	eng, err := checker.NewEngine(rules.All(), checker.Config{})
	require.NoError(t, err)
	prev := runtime.GOMAXPROCS(1)
	segRate := rate(words, func() {
		for _, buf := range raw {
			seg := segment.NewWordSegmenterDirect(buf)
			for seg.Segment() {
			}
		}
	})
	checkRate := rate(words, func() {
		for _, text := range docs {
			if _, err := eng.CheckText(text); err != nil {
				t.Fatal(err)
			}
		}
	})
	runtime.GOMAXPROCS(prev)

	dir := t.TempDir()
	bin := filepath.Join(dir, "mtcheck")
	build := exec.Command("go", "build", "-o", bin, "./cmd/mtcheck")
	build.Dir = ".."
	out, err := build.CombinedOutput()
	require.NoError(t, err, string(out))

	startup := time.Duration(1 << 62)
	for range 10 {
		cmd := exec.Command(bin, "check", "--no-config")
		cmd.Stdin = strings.NewReader("Er sagte sagte es.\n")
		start := time.Now()
		_ = cmd.Run() // exit status 1: the sentence fails
		startup = min(startup, time.Since(start))
	}

	jsonl := filepath.Join(dir, "feed.jsonl")
	writeUntil(t, jsonl, 100<<20, func(i int) string {
		b, _ := json.Marshal(map[string]string{"id": fmt.Sprint(i), "text": docs[i%len(docs)]})
		return string(b) + "\n"
	})
	jsonlRSS, jsonlTime := measure(t, nil, bin, "check", "--no-config", "--format", "jsonl", "--exit-zero", jsonl)

	// The corpus once as JSONL, for the command's own words/s on one core.
	corpusJSONL := filepath.Join(dir, "corpus.jsonl")
	writeUntil(t, corpusJSONL, size, func(i int) string {
		b, _ := json.Marshal(map[string]string{"id": fmt.Sprint(i), "text": docs[i%len(docs)]})
		return string(b) + "\n"
	})

	mb := 200
	if s := os.Getenv("MTCHECK_PERF_MB"); s != "" {
		fmt.Sscan(s, &mb)
	}
	plain := filepath.Join(dir, "long.txt")
	writeUntil(t, plain, mb<<20, func(i int) string { return docs[i%len(docs)] + "\n\n" })
	longRSS, longAll := measure(t, nil, bin, "check", "--no-config", "--format", "csv", "--exit-zero", plain)
	_, longOne := measure(t, []string{"GOMAXPROCS=1"}, bin, "check", "--no-config", "--format", "csv", "--exit-zero", plain)

	bins := []string{bin}
	if old := os.Getenv("MTCHECK_PERF_BEFORE"); old != "" {
		bins = append(bins, old) // an earlier build, measured the same way
	}
	for _, b := range bins {
		best := time.Duration(1 << 62)
		for range 10 {
			cmd := exec.Command(b, "check", "--no-config")
			cmd.Stdin = strings.NewReader("Er sagte sagte es.\n")
			start := time.Now()
			_ = cmd.Run()
			best = min(best, time.Since(start))
		}
		_, oneCore := measure(t, []string{"GOMAXPROCS=1"}, b, "check", "--no-config", "--input", "jsonl",
			"--format", "jsonl", "--exit-zero", corpusJSONL)
		jr, _ := measure(t, nil, b, "check", "--no-config", "--input", "jsonl", "--format", "jsonl", "--exit-zero", jsonl)
		lr, lt := measure(t, nil, b, "check", "--no-config", "--format", "csv", "--exit-zero", "--max-bytes", "2000000000", plain)
		t.Logf("command %s: start-up %.0f ms; corpus as JSONL on one core %.2f M words/s; peak RSS 100 MB JSONL %d MB, "+
			"%d MB file %d MB in %.1f s", b, best.Seconds()*1000, float64(words)/oneCore.Seconds()/1e6, jr>>20, mb, lr>>20, lt.Seconds())
	}

	t.Logf("corpus: %.1f MB, %d words, %d documents", float64(size)/(1<<20), words, len(docs))
	t.Logf("| measure | figure |")
	t.Logf("|---|---|")
	t.Logf("| bare UAX#29 segmentation, one core | %.2f M words/s |", segRate/1e6)
	t.Logf("| mtcheck full check, one core | %.2f M words/s |", checkRate/1e6)
	t.Logf("| check time / segmentation time | %.1f× |", segRate/checkRate)
	t.Logf("| start-up, one line (best of 10) | %.0f ms |", startup.Seconds()*1000)
	t.Logf("| peak RSS streaming 100 MB of JSONL | %d MB (%.1f s) |", jsonlRSS>>20, jsonlTime.Seconds())
	t.Logf("| peak RSS, one %d MB plain-text file | %d MB |", mb, longRSS>>20)
	t.Logf("| one %d MB file: one core / %d cores | %.1f s / %.1f s (%.2f×) |", mb, runtime.NumCPU(),
		longOne.Seconds(), longAll.Seconds(), longOne.Seconds()/longAll.Seconds())
}

// rate returns words per second of the fastest of three runs of pass.
func rate(words int, pass func()) float64 {
	best := time.Duration(1 << 62)
	for range 3 {
		start := time.Now()
		pass()
		best = min(best, time.Since(start))
	}
	return float64(words) / best.Seconds()
}

// writeUntil writes piece(0), piece(1), … to path until it has size bytes.
func writeUntil(t *testing.T, path string, size int, piece func(int) string) {
	f, err := os.Create(path)
	require.NoError(t, err)
	defer f.Close()
	var buf bytes.Buffer
	for i, n := 0, 0; n < size; i++ {
		p := piece(i)
		buf.WriteString(p)
		n += len(p)
		if buf.Len() > 1<<20 {
			_, err := buf.WriteTo(f)
			require.NoError(t, err)
		}
	}
	_, err = buf.WriteTo(f)
	require.NoError(t, err)
}

// measure runs a command and returns its peak RSS in bytes and its wall time.
func measure(t *testing.T, env []string, name string, args ...string) (int64, time.Duration) {
	cmd := exec.Command(name, args...)
	cmd.Env = append(os.Environ(), env...)
	cmd.Stdout, cmd.Stderr = nil, nil
	start := time.Now()
	err := cmd.Run()
	elapsed := time.Since(start)
	if err != nil {
		if _, ok := err.(*exec.ExitError); !ok {
			t.Fatal(err)
		}
	}
	return cmd.ProcessState.SysUsage().(*syscall.Rusage).Maxrss << 10, elapsed
}
