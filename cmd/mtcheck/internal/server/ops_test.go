package server

import (
	"context"
	"encoding/json"
	"net"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/spf13/pflag"

	"github.com/mtcheck/mtcheck/rules/config"
)

func writeConfig(t *testing.T, dir, content string) string {
	t.Helper()
	path := filepath.Join(dir, config.FileName)
	if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

func TestHealthAndReadiness(t *testing.T) {
	s, _ := newTestServer(t, nil)
	if w := serve(s, http.MethodGet, "/healthz", "", ""); w.Code != http.StatusOK {
		t.Errorf("/healthz: %d", w.Code)
	}
	if w := serve(s, http.MethodGet, "/readyz", "", ""); w.Code != http.StatusOK {
		t.Errorf("/readyz: %d", w.Code)
	}
	s.draining.Store(true)
	if w := serve(s, http.MethodGet, "/readyz", "", ""); w.Code != http.StatusServiceUnavailable {
		t.Errorf("/readyz while draining: %d", w.Code)
	}
	if w := serve(s, http.MethodGet, "/healthz", "", ""); w.Code != http.StatusOK {
		t.Errorf("/healthz while draining: %d", w.Code)
	}
}

func TestMetrics(t *testing.T) {
	s, logs := newTestServer(t, nil)
	ltPost(s, url.Values{"text": {"Wir trafen Mr. Keller."}, "language": {"de"}})
	ltPost(s, url.Values{"text": {"x"}, "language": {"fr"}})
	serve(s, http.MethodGet, "/no/such/page.txt", "", "")
	w := serve(s, http.MethodGet, "/metrics", "", "")
	if w.Code != http.StatusOK {
		t.Fatalf("status %d", w.Code)
	}
	body := w.Body.String()
	for _, want := range []string{
		`mtcheck_http_requests_total{code="200",route="POST /v2/check"} 1`,
		`mtcheck_http_requests_total{code="400",route="POST /v2/check"} 1`,
		`mtcheck_http_requests_total{code="404",route="GET /"} 1`,
		`mtcheck_http_request_duration_seconds_bucket{route="POST /v2/check",le="+Inf"} 2`,
		`mtcheck_check_duration_seconds_count{api="languagetool"} 1`,
		`mtcheck_words_checked_total 4`,
		`mtcheck_findings_total{rule="english-honorific"} 1`,
		`mtcheck_http_requests_in_flight 1`,
		`mtcheck_check_queue_length 0`,
		`mtcheck_checks_running 0`,
		`mtcheck_checks_rejected_total{reason="queue_full"} 0`,
		`mtcheck_config_reloads_total{result="ok"} 0`,
		`mtcheck_rules_enabled `,
		`go_goroutines `,
	} {
		if !strings.Contains(body, want) {
			t.Errorf("metrics lack %s", want)
		}
	}
	// One log line per request, with method, path, status, bytes and duration.
	line := ""
	for l := range strings.Lines(logs.String()) {
		if strings.Contains(l, "path=/no/such/page.txt") {
			line = l
		}
	}
	for _, want := range []string{"msg=request", "method=GET", "status=404", "bytes=", "duration="} {
		if !strings.Contains(line, want) {
			t.Errorf("request log line %q lacks %s", line, want)
		}
	}
}

func TestCORS(t *testing.T) {
	preflight := func(s *Server, origin string) *http.Response {
		w := serve(s, http.MethodOptions, "/v2/check", "", "", "Origin", origin,
			"Access-Control-Request-Method", "POST", "Access-Control-Request-Headers", "content-type")
		return w.Result()
	}
	none, _ := newTestServer(t, nil)
	if r := preflight(none, "https://a.example"); r.StatusCode != http.StatusForbidden || r.Header.Get("Access-Control-Allow-Origin") != "" {
		t.Errorf("without --cors-origin: %d %v", r.StatusCode, r.Header)
	}
	w := serve(none, http.MethodGet, "/v2/languages", "", "", "Origin", "https://a.example")
	if h := w.Header().Get("Access-Control-Allow-Origin"); h != "" {
		t.Errorf("without --cors-origin: Access-Control-Allow-Origin %q", h)
	}

	one, _ := newTestServer(t, func(o *Options) { o.CORSOrigins = []string{"https://a.example"} })
	r := preflight(one, "https://a.example")
	if r.StatusCode != http.StatusNoContent || r.Header.Get("Access-Control-Allow-Origin") != "https://a.example" ||
		!strings.Contains(r.Header.Get("Access-Control-Allow-Methods"), "POST") ||
		r.Header.Get("Access-Control-Allow-Headers") != "content-type" || r.Header.Get("Vary") != "Origin" {
		t.Errorf("preflight of an allowed origin: %d %v", r.StatusCode, r.Header)
	}
	if r := preflight(one, "https://b.example"); r.StatusCode != http.StatusForbidden || r.Header.Get("Access-Control-Allow-Origin") != "" {
		t.Errorf("preflight of another origin: %d %v", r.StatusCode, r.Header)
	}
	w = ltPost(one, url.Values{"text": {"x"}, "language": {"de"}})
	w = serve(one, http.MethodPost, "/v2/check", "application/x-www-form-urlencoded", "text=x&language=de", "Origin", "https://a.example")
	if w.Code != http.StatusOK || w.Header().Get("Access-Control-Allow-Origin") != "https://a.example" {
		t.Errorf("request of an allowed origin: %d %v", w.Code, w.Header())
	}

	any, _ := newTestServer(t, func(o *Options) { o.CORSOrigins = []string{"*"} })
	if r := preflight(any, "moz-extension://abc"); r.StatusCode != http.StatusNoContent || r.Header.Get("Access-Control-Allow-Origin") != "*" {
		t.Errorf("preflight with *: %d %v", r.StatusCode, r.Header)
	}
}

func TestCheckTimeout(t *testing.T) {
	s, _ := newTestServer(t, func(o *Options) { o.Rules = rulesOf(slowRule); o.RequestTimeout = 100 * time.Millisecond })
	start := time.Now()
	w := ltPost(s, url.Values{"text": {"Ein Satz."}, "language": {"de"}})
	if took := time.Since(start); took > 5*time.Second {
		t.Errorf("the timeout of 100ms answered after %v", took)
	}
	if w.Code != http.StatusServiceUnavailable || w.Header().Get("Retry-After") != "" ||
		!strings.HasPrefix(w.Body.String(), `Error: Text checking took longer than allowed maximum of 100 milliseconds (--request-timeout) and was stopped during rule "slow"`) {
		t.Errorf("LanguageTool API: %d %v %q", w.Code, w.Header(), w.Body)
	}
	w = apiPost(s, `{"text": "Ein Satz."}`)
	if w.Code != http.StatusServiceUnavailable || !strings.Contains(w.Body.String(), `"error":"Text checking took longer`) {
		t.Errorf("mtcheck API: %d %q", w.Code, w.Body)
	}
	w = serve(s, http.MethodPost, "/api/v1/batch", "application/x-ndjson", `{"id": "a", "text": "Ein Satz."}`+"\n")
	if w.Code != http.StatusOK || !strings.Contains(w.Body.String(), `"error":"Text checking took longer`) {
		t.Errorf("batch: %d %q", w.Code, w.Body)
	}
}

func TestOverload(t *testing.T) {
	started, release := make(chan struct{}, 1), make(chan struct{})
	s, _ := newTestServer(t, func(o *Options) {
		o.Rules = rulesOf(blockingRule(started, release))
		o.Limiter = NewLimiter(1, 0)
	})
	first := make(chan int)
	go func() { first <- ltPost(s, url.Values{"text": {"Ein Satz."}, "language": {"de"}}).Code }()
	<-started
	// The only worker is busy and no request may wait: refused at once.
	w := ltPost(s, url.Values{"text": {"Noch ein Satz."}, "language": {"de"}})
	if w.Code != http.StatusServiceUnavailable || w.Header().Get("Retry-After") == "" || !strings.Contains(w.Body.String(), "server busy") {
		t.Errorf("LanguageTool API with a full queue: %d %v %q", w.Code, w.Header(), w.Body)
	}
	w = apiPost(s, `{"text": "Noch ein Satz."}`)
	if w.Code != http.StatusServiceUnavailable || w.Header().Get("Retry-After") == "" || !strings.Contains(w.Body.String(), "server busy") {
		t.Errorf("mtcheck API with a full queue: %d %v %q", w.Code, w.Header(), w.Body)
	}
	close(release)
	if code := <-first; code != http.StatusOK {
		t.Errorf("the first request: %d", code)
	}
	m := serve(s, http.MethodGet, "/metrics", "", "").Body.String()
	if !strings.Contains(m, `mtcheck_checks_rejected_total{reason="queue_full"} 2`) {
		t.Errorf("metrics do not count the refusals")
	}
}

func TestOverloadWaitedTooLong(t *testing.T) {
	s, _ := newTestServer(t, func(o *Options) {
		o.Limiter = NewLimiter(1, 5)
		o.RequestTimeout = 100 * time.Millisecond
	})
	hold, err := s.limiter.Acquire(context.Background(), true)
	if err != nil {
		t.Fatal(err)
	}
	w := ltPost(s, url.Values{"text": {"Ein Satz."}, "language": {"de"}})
	if w.Code != http.StatusServiceUnavailable || w.Header().Get("Retry-After") == "" ||
		!strings.Contains(w.Body.String(), "no worker became free within the request timeout of 100ms") {
		t.Errorf("waited too long: %d %v %q", w.Code, w.Header(), w.Body)
	}
	hold()
	if w := ltPost(s, url.Values{"text": {"Ein Satz."}, "language": {"de"}}); w.Code != http.StatusOK {
		t.Errorf("after the worker is free: %d %q", w.Code, w.Body)
	}
}

func TestLimiter(t *testing.T) {
	l := NewLimiter(2, 1)
	ctx := context.Background()
	r1, _ := l.Acquire(ctx, true)
	r2, _ := l.Acquire(ctx, true)
	if l.Busy() != 2 {
		t.Errorf("busy %d", l.Busy())
	}
	got := make(chan error, 1)
	go func() {
		r, err := l.Acquire(ctx, true)
		if err == nil {
			r()
		}
		got <- err
	}()
	for l.Waiting() != 1 {
		time.Sleep(time.Millisecond)
	}
	if _, err := l.Acquire(ctx, true); err != ErrQueueFull {
		t.Errorf("with the queue full: %v", err)
	}
	short, cancel := context.WithTimeout(ctx, 10*time.Millisecond)
	defer cancel()
	if _, err := l.Acquire(short, false); err != ErrWaitedTooLong {
		t.Errorf("outside the queue, past the deadline: %v", err)
	}
	r1()
	if err := <-got; err != nil {
		t.Errorf("the waiting request: %v", err)
	}
	r2()
	if l.Busy() != 0 || l.Waiting() != 0 {
		t.Errorf("busy %d, waiting %d", l.Busy(), l.Waiting())
	}
}

// ruleRuns reports whether english-date runs under the server's configuration.
func ruleRuns(t *testing.T, s *Server) bool {
	t.Helper()
	w := ltPost(s, url.Values{"text": {"Am November 23, 2024 kam er."}, "language": {"de"}})
	return strings.Contains(w.Body.String(), `"id":"english-date"`)
}

func TestReload(t *testing.T) {
	dir := t.TempDir()
	path := writeConfig(t, dir, "disable: [english-date]\n")
	s, logs := newTestServer(t, func(o *Options) { o.NoConfig = false; o.ConfigFile = path })
	if ruleRuns(t, s) {
		t.Fatal("english-date runs though the configuration disables it")
	}
	writeConfig(t, dir, "threshold: 90\n")
	if err := s.Reload(); err != nil {
		t.Fatal(err)
	}
	if !ruleRuns(t, s) {
		t.Fatal("english-date does not run after the reload")
	}
	writeConfig(t, dir, "disable: [english-dat]\n")
	err := s.Reload()
	if err == nil || !strings.Contains(err.Error(), `did you mean "english-date"`) {
		t.Fatalf("broken configuration: %v", err)
	}
	if !ruleRuns(t, s) {
		t.Error("the old configuration is not kept after a broken one")
	}
	if !strings.Contains(logs.String(), "configuration not reloaded") || !strings.Contains(logs.String(), "english-dat") {
		t.Errorf("the log does not report the broken configuration:\n%s", logs)
	}
	m := serve(s, http.MethodGet, "/metrics", "", "").Body.String()
	if !strings.Contains(m, `mtcheck_config_reloads_total{result="ok"} 1`) || !strings.Contains(m, `mtcheck_config_reloads_total{result="error"} 1`) {
		t.Error("metrics do not count the reloads")
	}
}

func TestNewBrokenConfig(t *testing.T) {
	dir := t.TempDir()
	writeConfig(t, dir, "disable: [leftover]\n")
	o := DefaultOptions()
	o.WorkDir = dir
	_, err := New(o)
	if err == nil || !strings.Contains(err.Error(), `disable[0]: unknown rule or pack "leftover" (did you mean "leftovers"?)`) {
		t.Errorf("New with a broken configuration: %v", err)
	}
}

// startServing serves s on a loopback listener until the returned cancel
// is called; wait returns Serve's error.
func startServing(t *testing.T, s *Server) (base string, cancel func(), wait func() error) {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	errc := make(chan error, 1)
	go func() { errc <- s.Serve(ctx, ln) }()
	base = "http://" + ln.Addr().String()
	for i := 0; ; i++ {
		resp, err := http.Get(base + "/readyz")
		if err == nil {
			resp.Body.Close()
			break
		}
		if i > 200 {
			t.Fatal(err)
		}
		time.Sleep(10 * time.Millisecond)
	}
	return base, cancel, func() error {
		select {
		case err := <-errc:
			return err
		case <-time.After(30 * time.Second):
			t.Fatal("Serve did not return")
			return nil
		}
	}
}

func TestReloadOnSIGHUP(t *testing.T) {
	dir := t.TempDir()
	path := writeConfig(t, dir, "disable: [english-date]\n")
	s, logs := newTestServer(t, func(o *Options) { o.NoConfig = false; o.ConfigFile = path })
	_, cancel, wait := startServing(t, s)
	eventually := func(what string, ok func() bool) {
		t.Helper()
		for i := 0; !ok(); i++ {
			if i > 500 {
				t.Fatalf("%s: not after 5 s", what)
			}
			time.Sleep(10 * time.Millisecond)
		}
	}
	writeConfig(t, dir, "")
	syscall.Kill(os.Getpid(), syscall.SIGHUP)
	eventually("reload of a good configuration", func() bool { return ruleRuns(t, s) })
	writeConfig(t, dir, "threshold: [1]\n")
	syscall.Kill(os.Getpid(), syscall.SIGHUP)
	eventually("report of a broken configuration", func() bool { return strings.Contains(logs.String(), "configuration not reloaded") })
	if !ruleRuns(t, s) {
		t.Error("the old configuration is not kept after a broken one")
	}
	cancel()
	if err := wait(); err != nil {
		t.Errorf("Serve: %v", err)
	}
}

func TestGracefulShutdown(t *testing.T) {
	started, release := make(chan struct{}, 1), make(chan struct{})
	s, _ := newTestServer(t, func(o *Options) {
		o.Rules = rulesOf(blockingRule(started, release))
		o.DrainDelay = 300 * time.Millisecond
	})
	base, cancel, wait := startServing(t, s)
	inFlight := make(chan int, 1)
	go func() {
		resp, err := http.PostForm(base+"/v2/check", url.Values{"text": {"Ein Satz."}, "language": {"de"}})
		if err != nil {
			t.Error(err)
			inFlight <- 0
			return
		}
		resp.Body.Close()
		inFlight <- resp.StatusCode
	}()
	<-started
	cancel()
	time.Sleep(50 * time.Millisecond)
	resp, err := http.Get(base + "/readyz")
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusServiceUnavailable {
		t.Errorf("/readyz while draining: %d", resp.StatusCode)
	}
	time.Sleep(400 * time.Millisecond) // past the drain delay: the listener is closed
	close(release)
	if code := <-inFlight; code != http.StatusOK {
		t.Errorf("the request in flight: %d", code)
	}
	if err := wait(); err != nil {
		t.Errorf("Serve: %v", err)
	}
	if _, err := http.Get(base + "/healthz"); err == nil {
		t.Error("the server still accepts connections after shutting down")
	}
}

func TestWebPageAndMethods(t *testing.T) {
	s, _ := newTestServer(t, nil)
	w := serve(s, http.MethodGet, "/", "", "")
	if w.Code != http.StatusOK || !strings.HasPrefix(w.Header().Get("Content-Type"), "text/html") ||
		!strings.Contains(strings.ToLower(w.Body.String()), "<html") {
		t.Errorf("/: %d %q", w.Code, w.Header().Get("Content-Type"))
	}
	if csp := w.Header().Get("Content-Security-Policy"); !strings.Contains(csp, "default-src 'self'") ||
		!strings.Contains(csp, "frame-ancestors 'none'") {
		t.Errorf("/: Content-Security-Policy %q", csp)
	}
	if w := serve(s, http.MethodGet, "/no-such-file", "", ""); w.Code != http.StatusNotFound {
		t.Errorf("/no-such-file: %d", w.Code)
	}
	if w := serve(s, http.MethodDelete, "/v2/check", "", ""); w.Code != http.StatusMethodNotAllowed {
		t.Errorf("DELETE /v2/check: %d", w.Code)
	}
	if w := serve(s, http.MethodGet, "/api/v1/check", "", ""); w.Code != http.StatusMethodNotAllowed {
		t.Errorf("GET /api/v1/check: %d", w.Code)
	}
	w = serve(s, http.MethodGet, "/api/v1/openapi.json", "", "")
	var doc map[string]any
	if err := json.Unmarshal(w.Body.Bytes(), &doc); err != nil || doc["openapi"] != "3.0.3" {
		t.Errorf("/api/v1/openapi.json: %d %v", w.Code, err)
	}
}

func TestFlags(t *testing.T) {
	o := DefaultOptions()
	fs := pflag.NewFlagSet("serve", pflag.ContinueOnError)
	RegisterFlags(fs, &o)
	err := fs.Parse([]string{"--addr", "0.0.0.0:9000", "--max-body", "512KiB", "--max-text-length", "5000",
		"--request-timeout", "3s", "--max-concurrent", "7", "--queue", "9", "--cors-origin", "https://a.example",
		"--cors-origin", "*", "--no-config", "--shutdown-timeout", "4s", "--drain-delay", "1s"})
	if err != nil {
		t.Fatal(err)
	}
	if o.Addr != "0.0.0.0:9000" || o.MaxBody != 512<<10 || o.MaxTextLength != 5000 || o.RequestTimeout != 3*time.Second ||
		o.MaxConcurrent != 7 || o.Queue != 9 || len(o.CORSOrigins) != 2 || !o.NoConfig || o.ShutdownTimeout != 4*time.Second ||
		o.DrainDelay != time.Second {
		t.Errorf("options %+v", o)
	}
	if err := o.Validate(); err != nil {
		t.Error(err)
	}
	if f := fs.Lookup("max-body"); f.DefValue != "10MiB" {
		t.Errorf("--max-body default %q", f.DefValue)
	}
	for in, want := range map[string]int64{"10MiB": 10 << 20, "512kib": 512 << 10, "1.5MB": 1_500_000, "1048576": 1 << 20, "2GiB": 2 << 30, "100B": 100} {
		if got, err := ParseByteSize(in); err != nil || got != want {
			t.Errorf("ParseByteSize(%q) = %d, %v; want %d", in, got, err, want)
		}
		if got, _ := ParseByteSize(FormatByteSize(want)); got != want {
			t.Errorf("FormatByteSize(%d) = %q does not read back", want, FormatByteSize(want))
		}
	}
	for _, bad := range []string{"", "MiB", "-1", "ten"} {
		if _, err := ParseByteSize(bad); err == nil {
			t.Errorf("ParseByteSize(%q) accepted", bad)
		}
	}
	for _, mod := range []func(*Options){
		func(o *Options) { o.ConfigFile = "x.yaml"; o.NoConfig = true },
		func(o *Options) { o.MaxTextLength = 0 },
		func(o *Options) { o.RequestTimeout = 0 },
		func(o *Options) { o.Addr = "8081" },
		func(o *Options) { o.CORSOrigins = []string{"example.org"} },
	} {
		o := DefaultOptions()
		mod(&o)
		if err := o.Validate(); err == nil {
			t.Errorf("Validate accepted %+v", o)
		}
	}
}
