// Package chromiumtest drives headless Chromium for the browser tests of the
// HTML report (internal/output) and the editor page (internal/server): it
// starts the browser, collects what a page reports as a problem and saves
// screenshots. Only tests built with the tag browser use it.
package chromiumtest

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/chromedp/cdproto/log"
	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"
	"github.com/stretchr/testify/require"
)

// ChromiumPath is the browser the tests drive (Debian's chromium).
const ChromiumPath = "/usr/bin/chromium"

// NewBrowser starts headless Chromium with a fresh profile and returns a
// chromedp context for it; the browser stops when the test ends. It skips
// the test when Chromium is missing, or fails it when
// MTCHECK_REQUIRE_BROWSER=1.
func NewBrowser(t *testing.T) context.Context {
	t.Helper()
	if _, err := os.Stat(ChromiumPath); err != nil {
		msg := fmt.Sprintf("no Chromium at %s (Debian: apt-get install chromium): %v", ChromiumPath, err)
		if os.Getenv("MTCHECK_REQUIRE_BROWSER") == "1" {
			t.Fatal(msg + "; MTCHECK_REQUIRE_BROWSER=1 requires it")
		}
		t.Skip(msg)
	}
	opts := []chromedp.ExecAllocatorOption{
		chromedp.ExecPath(ChromiumPath),
		chromedp.Headless,
		chromedp.NoFirstRun,
		chromedp.NoDefaultBrowserCheck,
		chromedp.Flag("no-sandbox", true),
		chromedp.Flag("disable-gpu", true),
		chromedp.Flag("disable-quic", true),
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.Flag("disable-dev-shm-usage", true),
		chromedp.Flag("disable-extensions", true),
		chromedp.Flag("hide-scrollbars", true),
		chromedp.UserDataDir(t.TempDir()),
		chromedp.WindowSize(1280, 1000),
	}
	actx, cancelAlloc := chromedp.NewExecAllocator(context.Background(), opts...)
	ctx, cancel := chromedp.NewContext(actx)
	t.Cleanup(func() { cancel(); cancelAlloc() })
	// Start the browser now, on this context: the first call allocates it
	// and ties it to the context it is given.
	require.NoError(t, chromedp.Do(ctx), "starting %s", ChromiumPath)
	return ctx
}

// PageLog collects what a page reports as a problem: console errors and
// assertions, uncaught exceptions, and errors of the browser log (a failed
// or blocked request, a violated Content-Security-Policy); and, apart, its
// warnings.
type PageLog struct {
	mu                 sync.Mutex
	problems, warnings []string
}

// Listen collects the problems of the page of ctx until the test ends.
func (p *PageLog) Listen(t *testing.T, ctx context.Context) {
	t.Helper()
	ctx, stop := context.WithCancel(ctx)
	t.Cleanup(stop)
	require.NoError(t, chromedp.Listen(ctx, func(ev any) {
		p.mu.Lock()
		defer p.mu.Unlock()
		switch ev := ev.(type) {
		case *runtime.EventConsoleAPICalled:
			var args []string
			for _, a := range ev.Args {
				args = append(args, string(a.Value)+a.Description)
			}
			msg := fmt.Sprintf("console.%s: %s", ev.Type, strings.Join(args, " "))
			switch ev.Type {
			case runtime.ConsoleAPICalledTypeError, runtime.ConsoleAPICalledTypeAssert:
				p.problems = append(p.problems, msg)
			case runtime.ConsoleAPICalledTypeWarning:
				p.warnings = append(p.warnings, msg)
			}
		case *runtime.EventExceptionThrown:
			d := ev.ExceptionDetails
			msg := "exception: " + d.Text
			if d.Exception != nil {
				msg += " " + d.Exception.Description
			}
			p.problems = append(p.problems, msg)
		case *log.EventEntryAdded:
			msg := fmt.Sprintf("log %s (%s): %s %s", ev.Entry.Level, ev.Entry.Source, ev.Entry.Text, ev.Entry.URL)
			switch ev.Entry.Level {
			case log.EntryLevelError:
				p.problems = append(p.problems, msg)
			case log.EntryLevelWarning:
				p.warnings = append(p.warnings, msg)
			}
		}
	}))
}

// Snapshot returns copies of the problems and warnings collected so far.
func (p *PageLog) Snapshot() (problems, warnings []string) {
	p.mu.Lock()
	defer p.mu.Unlock()
	return append([]string(nil), p.problems...), append([]string(nil), p.warnings...)
}

// Screenshot saves a PNG of the page (full: the whole page, else the
// viewport) as name in $MTCHECK_SCREENSHOT_DIR or the temporary directory,
// logs its path and returns it.
func Screenshot(t *testing.T, ctx context.Context, name string, full bool) string {
	t.Helper()
	dir := os.Getenv("MTCHECK_SCREENSHOT_DIR")
	if dir == "" {
		dir = os.TempDir()
	}
	require.NoError(t, os.MkdirAll(dir, 0o755))
	shot := chromedp.CaptureScreenshot()
	if full {
		shot = chromedp.FullScreenshot(100)
	}
	png, err := chromedp.Run(ctx, shot)
	require.NoError(t, err)
	path := filepath.Join(dir, name)
	require.NoError(t, os.WriteFile(path, png, 0o644))
	t.Logf("screenshot: %s", path)
	return path
}
