//go:build browser

// The browser test renders HTML reports in headless Chromium:
//
//	go test -tags browser -run Browser -v ./cmd/mtcheck/internal/output
//
// It needs /usr/bin/chromium (Debian: apt-get install chromium) and skips
// without it, unless MTCHECK_REQUIRE_BROWSER=1 makes that a failure.
// Screenshots go to $MTCHECK_SCREENSHOT_DIR (default: the temporary
// directory); the test logs their paths.

package output

import (
	"bytes"
	"context"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/mtcheck/mtcheck/cmd/mtcheck/internal/chromiumtest"
)

// browserView is what the browser saw of a report.
type browserView struct {
	// Marks counts the <mark class="finding …"> elements, Cont the
	// continuation marks, Docs the document sections.
	Marks, Cont, Docs int
	// Resources counts the resources the page loaded besides itself.
	Resources int
	// Load is the time from navigation to the load event.
	Load time.Duration
}

// openReport loads an HTML file in the browser of ctx and returns what it
// sees; problems the page reports fail the test.
func openReport(t *testing.T, ctx context.Context, path string) browserView {
	t.Helper()
	var pl chromiumtest.PageLog
	pl.Listen(t, ctx)
	u := (&url.URL{Scheme: "file", Path: path}).String()
	start := time.Now()
	require.NoError(t, chromedp.Do(ctx, chromedp.Navigate(u), chromedp.WaitReady(chromedp.CSS("footer"))))
	var v browserView
	v.Load = time.Since(start)
	counts, err := chromedp.Run(ctx, chromedp.Evaluate[[]int](`[
		document.querySelectorAll("mark.finding").length,
		document.querySelectorAll("mark.finding-cont").length,
		document.querySelectorAll("details.doc").length,
		performance.getEntriesByType("resource").length]`))
	require.NoError(t, err)
	v.Marks, v.Cont, v.Docs, v.Resources = counts[0], counts[1], counts[2], counts[3]
	t.Cleanup(func() {
		problems, warnings := pl.Snapshot()
		for _, w := range warnings {
			t.Logf("%s: %s", filepath.Base(path), w)
		}
		assert.Empty(t, problems, "%s: the page reported problems", filepath.Base(path))
	})
	return v
}

// writeReport renders records into an HTML file in dir.
func writeReport(t *testing.T, dir, name string, recs []*Record) string {
	t.Helper()
	var out bytes.Buffer
	runWriter(t, NewHTML(&out, testOptions(t)), recs...)
	path := filepath.Join(dir, name)
	require.NoError(t, os.WriteFile(path, out.Bytes(), 0o644))
	return path
}

func TestBrowserReports(t *testing.T) {
	ctx := chromiumtest.NewBrowser(t)
	dir := t.TempDir()

	// The harness must see what it is there to catch: a console error, an
	// uncaught exception and a load that the report's policy blocks.
	t.Run("harness", func(t *testing.T) {
		path := filepath.Join(dir, "kaputt.html")
		page := `<!DOCTYPE html><html><head><meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'unsafe-inline'">` +
			`</head><body><img src="https://example.invalid/x.png"><script>console.error("kaputt"); undefinedFunction();</script><footer></footer></body></html>`
		require.NoError(t, os.WriteFile(path, []byte(page), 0o644))
		var pl chromiumtest.PageLog
		pl.Listen(t, ctx)
		require.NoError(t, chromedp.Do(ctx, chromedp.Navigate((&url.URL{Scheme: "file", Path: path}).String()),
			chromedp.WaitReady(chromedp.CSS("footer"))))
		deadline := time.Now().Add(5 * time.Second)
		for {
			problems, _ := pl.Snapshot()
			joined := strings.Join(problems, "\n")
			if strings.Contains(joined, "kaputt") && strings.Contains(joined, "undefinedFunction") &&
				strings.Contains(joined, "Content Security Policy") {
				break
			}
			if time.Now().After(deadline) {
				t.Fatalf("the harness missed a problem; it saw:\n%s", joined)
			}
			time.Sleep(50 * time.Millisecond)
		}
	})

	t.Run("article", func(t *testing.T) {
		recs := []*Record{check(t, "korpus/batteriefabrik.txt", "korpus/batteriefabrik.txt", sampleArticle)}
		v := openReport(t, ctx, writeReport(t, dir, "artikel.html", recs))
		assert.Equal(t, countFindings(recs), v.Marks, "one highlight per finding")
		assert.Equal(t, 2, v.Cont, "the crossing finding and the leftover block continue")
		assert.Zero(t, v.Resources, "nothing loaded")
		open, err := chromedp.Run(ctx, chromedp.Evaluate[bool](`document.getElementById("doc-0").open`))
		require.NoError(t, err)
		assert.True(t, open, "a report of one document opens it")
		below, err := chromedp.Run(ctx, chromedp.Evaluate[bool](
			`document.getElementById("summary").getBoundingClientRect().top > document.getElementById("doc-0").getBoundingClientRect().bottom`))
		require.NoError(t, err)
		assert.True(t, below, "the text comes before the summary")
		chromiumtest.Screenshot(t, ctx, "mtcheck-report-artikel.png", true)
	})

	t.Run("mixed", func(t *testing.T) {
		recs := sampleRecords(t)
		v := openReport(t, ctx, writeReport(t, dir, "gemischt.html", recs))
		assert.Equal(t, countFindings(recs), v.Marks)
		assert.Equal(t, len(recs), v.Docs)
		assert.Zero(t, v.Resources)

		// The filters hide what they name.
		hidden := `getComputedStyle(document.querySelector("li.sev-minor")).display === "none"`
		before, err := chromedp.Run(ctx, chromedp.Evaluate[bool](hidden))
		require.NoError(t, err)
		require.NoError(t, chromedp.Do(ctx, chromedp.Click(chromedp.CSS(`input[data-hide="sev-minor"]`))))
		after, err := chromedp.Run(ctx, chromedp.Evaluate[bool](hidden))
		require.NoError(t, err)
		assert.False(t, before)
		assert.True(t, after, "unticking minor hides the minor findings")
		require.NoError(t, chromedp.Do(ctx, chromedp.Click(chromedp.CSS(`input[data-hide="sev-minor"]`))))
		require.NoError(t, chromedp.Do(ctx, chromedp.Click(chromedp.CSS("#only-failed"))))
		passedHidden, err := chromedp.Run(ctx, chromedp.Evaluate[bool](
			`getComputedStyle(document.querySelector("details.doc.passed")).display === "none"`))
		require.NoError(t, err)
		assert.True(t, passedHidden, "only failed documents")
		require.NoError(t, chromedp.Do(ctx, chromedp.Click(chromedp.CSS("#only-failed")),
			chromedp.Click(chromedp.CSS("#open-all"))))
		chromiumtest.Screenshot(t, ctx, "mtcheck-report-gemischt.png", true)
	})

	t.Run("1000 documents", func(t *testing.T) {
		recs := batchRecords(t, 1000)
		path := writeReport(t, dir, "stapel-1000.html", recs)
		fi, err := os.Stat(path)
		require.NoError(t, err)
		v := openReport(t, ctx, path)
		t.Logf("1,000 documents, %d findings, %.1f MiB: loaded in %v", countFindings(recs), float64(fi.Size())/(1<<20), v.Load)
		assert.Equal(t, countFindings(recs), v.Marks)
		assert.Equal(t, 1000, v.Docs)
		assert.Zero(t, v.Resources)
		chromiumtest.Screenshot(t, ctx, "mtcheck-report-1000.png", false)

		// A link of the summary opens its document and shows the mark.
		start := time.Now()
		require.NoError(t, chromedp.Do(ctx, chromedp.Click(chromedp.CSS(`ol.worst a[href^="#doc-"]`))))
		target, err := chromedp.Run(ctx, chromedp.Evaluate[string](`location.hash`))
		require.NoError(t, err)
		open, err := chromedp.Run(ctx, chromedp.Evaluate[bool](`document.getElementById(location.hash.slice(1)).open`))
		require.NoError(t, err)
		assert.True(t, open, "the worst document %s opens", target)
		require.NoError(t, chromedp.Do(ctx, chromedp.Click(chromedp.CSS(target+` mark.finding`))))
		chromiumtest.Screenshot(t, ctx, "mtcheck-report-1000-offen.png", false)
		t.Logf("opened %s in %v", target, time.Since(start))

		start = time.Now()
		require.NoError(t, chromedp.Do(ctx, chromedp.Click(chromedp.CSS("#open-all"))))
		n, err := chromedp.Run(ctx, chromedp.Evaluate[int](`document.querySelectorAll("details.doc[open]").length`))
		require.NoError(t, err)
		assert.Equal(t, 1000, n)
		t.Logf("opened all 1,000 documents in %v", time.Since(start))
	})
}
