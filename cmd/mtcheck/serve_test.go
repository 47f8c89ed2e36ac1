package main

import (
	"bytes"
	"context"
	"io"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"
)

// lockedBuffer is a buffer for output written while the test reads it.
type lockedBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (l *lockedBuffer) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.Write(p)
}

func (l *lockedBuffer) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.String()
}

// TestServe runs mtcheck serve with the test rules and the configuration
// of its working directory, checks a text over HTTP and stops it by
// cancelling the command's context, as SIGTERM does.
func TestServe(t *testing.T) {
	wd := t.TempDir()
	if err := os.WriteFile(filepath.Join(wd, ".mtcheck.yaml"), []byte("disable: [filler-word]\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	logs := &lockedBuffer{}
	e := &env{ctx: ctx, stdin: strings.NewReader(""), stdout: io.Discard, stderr: logs, rules: testRules(), wd: wd}
	done := make(chan int, 1)
	go func() { done <- run(e, []string{"serve", "--addr", "127.0.0.1:0", "--max-concurrent", "2"}) }()

	addr := regexp.MustCompile(`listening" addr=(\S+)`)
	var base string
	for i := 0; base == ""; i++ {
		if m := addr.FindStringSubmatch(logs.String()); m != nil {
			base = "http://" + m[1]
		} else if i > 500 {
			t.Fatalf("mtcheck serve did not start:\n%s", logs)
		}
		time.Sleep(10 * time.Millisecond)
	}
	resp, err := http.PostForm(base+"/v2/check", url.Values{"text": {"Er sagte sagte es, ähm."}, "language": {"de"}})
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if resp.StatusCode != http.StatusOK || !strings.Contains(string(body), `"id":"double-said"`) ||
		strings.Contains(string(body), "filler-word") {
		t.Errorf("/v2/check: %d %s", resp.StatusCode, body)
	}
	cancel()
	select {
	case code := <-done:
		if code != exitOK {
			t.Errorf("exit code %d:\n%s", code, logs)
		}
	case <-time.After(30 * time.Second):
		t.Fatal("mtcheck serve did not stop")
	}
	for _, want := range []string{"msg=request method=POST path=/v2/check", "status=200", `config=` + filepath.Join(wd, ".mtcheck.yaml"), "shut down"} {
		if !strings.Contains(logs.String(), want) {
			t.Errorf("the log lacks %q:\n%s", want, logs)
		}
	}
}

func TestServeErrors(t *testing.T) {
	wd := t.TempDir()
	os.WriteFile(filepath.Join(wd, ".mtcheck.yaml"), []byte("disable: [filler-wrd]\n"), 0o644)
	for _, tt := range []struct {
		args []string
		want string
	}{
		{[]string{"serve", "--config", "x.yaml", "--no-config"}, "--config and --no-config exclude each other"},
		{[]string{"serve", "now"}, `unknown command "now"`},
		{[]string{"serve", "--max-body", "lots"}, `invalid size "lots"`},
		{[]string{"serve", "--addr", "8081"}, `--addr "8081"`},
		{[]string{"serve", "--cors-origin", "example.org"}, `--cors-origin "example.org"`},
		{[]string{"serve", "--addr", "127.0.0.1:0"}, `disable[0]: unknown rule or pack "filler-wrd" (did you mean "filler-word"?)`},
	} {
		r := runEnv(t, &env{rules: testRules(), wd: wd}, tt.args...)
		if r.code != exitTrouble || !strings.Contains(r.stderr, tt.want) {
			t.Errorf("%v: exit %d, stderr %q; want %d, %q", tt.args, r.code, r.stderr, exitTrouble, tt.want)
		}
	}
}
