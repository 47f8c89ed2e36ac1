//go:build load

package server

import (
	"context"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/url"
	"os"
	"slices"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/mtcheck/mtcheck/checker/checkertest"
)

// loadArticles returns n German articles of about 600 words: the article of
// the tests followed by generated news prose with artifacts, each different.
func loadArticles(n int) []string {
	out := make([]string, n)
	for i := range out {
		a := strings.Replace(article, "November 23", "November "+strconv.Itoa(1+i%28), 1)
		for size := 3000; ; size += 200 {
			text := a + "\n" + checkertest.GermanText(size, int64(i))
			if len(strings.Fields(text)) >= 600 {
				out[i] = text
				break
			}
		}
	}
	return out
}

func envInt(name string, def int) int {
	if v, err := strconv.Atoi(os.Getenv(name)); err == nil && v > 0 {
		return v
	}
	return def
}

// peakRSS returns the peak resident set size of the process (VmHWM), in KiB.
func peakRSS() int {
	b, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return -1
	}
	for line := range strings.Lines(string(b)) {
		if rest, ok := strings.CutPrefix(line, "VmHWM:"); ok {
			n, _ := strconv.Atoi(strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(rest), "kB")))
			return n
		}
	}
	return -1
}

func percentile(ds []time.Duration, p float64) time.Duration {
	if len(ds) == 0 {
		return 0
	}
	slices.Sort(ds)
	return ds[min(len(ds)-1, int(float64(len(ds))*p))]
}

// TestLoad sends ~600-word articles to /v2/check from MTCHECK_LOAD_CLIENTS
// (default 200) concurrent clients for MTCHECK_LOAD_SECONDS (default 60) on
// a real loopback listener, with the server's default limits, and reports
// requests/s, end-to-end p50 and p99, the p99 of the engine's check inside
// the handler, errors (any answer but 200, 503s of the queue included) and
// the peak RSS of the process (server and clients).
//
//	go test -tags load -run Load -v ./cmd/mtcheck/internal/server
func TestLoad(t *testing.T) {
	clients := envInt("MTCHECK_LOAD_CLIENTS", 200)
	duration := time.Duration(envInt("MTCHECK_LOAD_SECONDS", 60)) * time.Second
	articles := loadArticles(64)
	words := 0
	for _, a := range articles {
		words += len(strings.Fields(a))
	}

	var checkMu sync.Mutex
	var checks []time.Duration
	o := DefaultOptions()
	o.NoConfig = true
	o.Logger = discardLogger()
	s, err := New(o)
	if err != nil {
		t.Fatal(err)
	}
	s.onCheck = func(d time.Duration) {
		checkMu.Lock()
		checks = append(checks, d)
		checkMu.Unlock()
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	ctx, stop := context.WithCancel(context.Background())
	served := make(chan error, 1)
	go func() { served <- s.Serve(ctx, ln) }()
	endpoint := "http://" + ln.Addr().String() + "/v2/check"
	client := &http.Client{Transport: &http.Transport{MaxIdleConns: clients, MaxIdleConnsPerHost: clients},
		Timeout: 2 * o.RequestTimeout}

	var (
		wg        sync.WaitGroup
		errs      atomic.Int64
		mu        sync.Mutex
		latencies []time.Duration
		firstErr  atomic.Value
		deadline  = time.Now().Add(duration)
	)
	start := time.Now()
	for c := range clients {
		wg.Go(func() {
			var mine []time.Duration
			for i := c; time.Now().Before(deadline); i += clients {
				body := url.Values{"text": {articles[i%len(articles)]}, "language": {"de-DE"}}.Encode()
				t0 := time.Now()
				resp, err := client.Post(endpoint, "application/x-www-form-urlencoded", strings.NewReader(body))
				if err == nil {
					_, err = io.Copy(io.Discard, resp.Body)
					resp.Body.Close()
					if err == nil && resp.StatusCode != http.StatusOK {
						err = fmt.Errorf("status %d", resp.StatusCode)
					}
				}
				if err != nil {
					errs.Add(1)
					firstErr.CompareAndSwap(nil, err.Error())
					continue
				}
				mine = append(mine, time.Since(t0))
			}
			mu.Lock()
			latencies = append(latencies, mine...)
			mu.Unlock()
		})
	}
	wg.Wait()
	elapsed := time.Since(start)
	stop()
	if err := <-served; err != nil {
		t.Errorf("Serve: %v", err)
	}
	n := len(latencies) + int(errs.Load())
	rps := float64(n) / elapsed.Seconds()
	checkMu.Lock()
	checkP50, checkP99 := percentile(checks, 0.5), percentile(checks, 0.99)
	checkMu.Unlock()
	t.Logf("articles: %d, %d words on average", len(articles), words/len(articles))
	summary := fmt.Sprintf("LOAD clients=%d duration=%v requests=%d rps=%.1f p50=%v p99=%v check_p50=%v check_p99=%v errors=%d peak_rss=%.1fMiB",
		clients, elapsed.Round(time.Millisecond), n, rps, percentile(latencies, 0.5).Round(time.Millisecond),
		percentile(latencies, 0.99).Round(time.Millisecond), checkP50.Round(10*time.Microsecond),
		checkP99.Round(10*time.Microsecond), errs.Load(), float64(peakRSS())/1024)
	fmt.Println(summary)
	t.Log(summary)
	if errs.Load() > 0 {
		t.Errorf("%d requests failed; the first: %v", errs.Load(), firstErr.Load())
	}
}
