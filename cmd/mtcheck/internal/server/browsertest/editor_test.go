//go:build browser

// Package browsertest drives the editor page of mtcheck serve in headless
// Chromium against the real server, started in-process on loopback:
//
//	go test -tags browser -v ./cmd/mtcheck/internal/server/browsertest
//
// It needs /usr/bin/chromium (Debian: apt-get install chromium) and skips
// without it, unless MTCHECK_REQUIRE_BROWSER=1 makes that a failure. The
// accessibility check injects axe-core from ../nodeclient/node_modules (npm ci
// there); without it that subtest skips, or fails under
// MTCHECK_REQUIRE_BROWSER=1. The screenshot goes to $MTCHECK_SCREENSHOT_DIR
// (default: the temporary directory); the test logs its path.
package browsertest

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/browser"
	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/input"
	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/mtcheck/mtcheck/cmd/mtcheck/internal/chromiumtest"
	"github.com/mtcheck/mtcheck/cmd/mtcheck/internal/server"
)

// axePath is axe-core's browser bundle, installed by npm ci in nodeclient.
const axePath = "../nodeclient/node_modules/axe-core/axe.min.js"

// article is a German news text with the traces machine translation from
// English leaves: a doubled reporting verb, an English date, a word glued
// at a former link, a verb in third place, an English honorific, a scraped
// image credit. The emoji and the umlauts before the findings make UTF-8
// byte offsets, code points and JavaScript string indices all differ.
const article = `Regierung plant neue Regeln für Plattformen 📱

Der Digitalminister hat am Dienstag in Berlin einen Entwurf vorgestellt, der große Plattformen stärker in die Pflicht nehmen soll.

„Wir werden die Regeln noch in diesem Jahr vorlegen“, sagte der Minister sagte er. Die Opposition hält den Zeitplan für zu ehrgeizig.

Der Entwurf wurde am November 23, 2024 im Kabinett beraten. Über die Einzelheiten hatte zuerst ein TweetIn der Nacht berichtet.

Früher das Unternehmen Sagte er, solche Auflagen seien überflüssig.

Mr. Schmidt vom Verband der Internetwirtschaft 😀 begrüßte den Entwurf dagegen ausdrücklich.

Bildquelle, Getty Images
`

// finding is what the test reads of a finding of POST /api/v1/check.
type finding struct {
	Rule        string   `json:"rule"`
	Severity    string   `json:"severity"`
	Start       int      `json:"start"`
	End         int      `json:"end"`
	Text        string   `json:"text"`
	Suggestions []string `json:"suggestions"`
	TextStart   *int     `json:"text_start"`
	TextEnd     *int     `json:"text_end"`
}

// document is what the test reads of the answer of POST /api/v1/check.
type document struct {
	Score    float64   `json:"score"`
	Passed   bool      `json:"passed"`
	Findings []finding `json:"findings"`
	Text     *string   `json:"text"`
}

func TestEditorPage(t *testing.T) {
	ctx := chromiumtest.NewBrowser(t)
	base := newServer(t)
	want := checkAPI(t, base, "text", article)
	require.NotEmpty(t, want.Findings, "the API finds nothing in the sample article")
	t.Logf("API: %d findings, score %.1f, passed %v", len(want.Findings), want.Score, want.Passed)

	var pl chromiumtest.PageLog
	pl.Listen(t, ctx)
	require.NoError(t, chromedp.Do(ctx,
		chromedp.Navigate(base+"/"),
		chromedp.WaitVisible(chromedp.CSS("#source")),
		chromedp.Focus(chromedp.CSS("#source")),
		insertText(article),
		chromedp.Click(chromedp.CSS("#check")),
	))
	waitChecks(t, ctx, 1)

	// One .finding element per finding of the API, one list entry each, and
	// the highlights of a finding hold its text.
	v := view(t, ctx)
	t.Logf("page: %d .finding, %d .finding-cont, %d list entries; summary %q", v.Finding, v.Cont, v.Items, v.Summary)
	assert.Equal(t, len(want.Findings), v.Finding, "number of .finding elements")
	assert.Equal(t, len(want.Findings), v.Items, "number of entries in the list of findings")
	assert.Contains(t, v.Summary, map[bool]string{true: "✔ bestanden", false: "nicht bestanden"}[want.Passed])
	assert.Contains(t, v.Summary, fmt.Sprintf("%d Befunde", len(want.Findings)))
	for i, f := range want.Findings {
		if !strings.Contains(f.Text, "\n") {
			assert.Equal(t, f.Text, v.Marked[i], "highlighted text of finding %d (%s)", i, f.Rule)
		}
	}
	assert.Equal(t, article, v.Source, "the textarea holds the pasted article")

	// Keyboard: a highlight is focusable, and Enter moves to its entry in
	// the list of findings.
	require.NoError(t, chromedp.Do(ctx,
		chromedp.Focus(chromedp.CSS("mark.finding")),
		chromedp.KeyEvent(kb.Enter),
	))
	active, err := chromedp.Run(ctx, chromedp.Evaluate[string](`document.activeElement.id + " " +
		document.activeElement.getAttribute("aria-current")`))
	require.NoError(t, err)
	assert.Regexp(t, `^f-\d+ true$`, active, "Enter on a highlight selects and focuses its list entry")

	// Filtering hides list entries and highlights, never removes .finding.
	var minor int
	for _, f := range want.Findings {
		if f.Severity == "minor" {
			minor++
		}
	}
	require.NoError(t, chromedp.Do(ctx, chromedp.Click(chromedp.CSS(`input[name=sev][value=minor]`))))
	f := view(t, ctx)
	assert.Equal(t, len(want.Findings)-minor, f.Visible, "list entries shown with minor findings filtered out")
	assert.Equal(t, len(want.Findings), f.Finding, ".finding elements with a filter on")
	require.NoError(t, chromedp.Do(ctx, chromedp.Click(chromedp.CSS(`input[name=sev][value=minor]`))))

	// The downloads: the last answer as JSON, the text of the textarea.
	dir := t.TempDir()
	b := chromedp.FromContext(ctx).Browser
	_, err = cdp.Call(ctx, b, browser.SetDownloadBehavior, browser.SetDownloadBehaviorParams{
		Behavior: browser.SetDownloadBehaviorBehaviorAllow, DownloadPath: dir})
	require.NoError(t, err)
	require.NoError(t, chromedp.Do(ctx, chromedp.Click(chromedp.CSS("#download-json")), chromedp.Click(chromedp.CSS("#download-text"))))
	var got document
	require.NoError(t, json.Unmarshal(waitFile(t, filepath.Join(dir, "mtcheck-ergebnis.json")), &got))
	assert.Len(t, got.Findings, len(want.Findings), "findings in the downloaded JSON")
	assert.Equal(t, article, string(waitFile(t, filepath.Join(dir, "artikel-korrigiert.txt"))), "the downloaded text")

	t.Run("axe", func(t *testing.T) { runAxe(t, ctx) })
	chromiumtest.Screenshot(t, ctx, "mtcheck-editor.png", true)

	// Applying a suggestion replaces the finding's text in the textarea and
	// checks again: one finding fewer.
	idx, sug := -1, ""
	for i, f := range want.Findings {
		if f.Rule == "english-honorific" && len(f.Suggestions) > 0 {
			idx, sug = i, f.Suggestions[0]
		}
	}
	require.GreaterOrEqual(t, idx, 0, "the API reports no english-honorific finding with a suggestion: %+v", want.Findings)
	old := want.Findings[idx].Text
	require.NoError(t, chromedp.Do(ctx, chromedp.Click(chromedp.CSS(fmt.Sprintf("#f-%d button.sug", idx)))))
	waitChecks(t, ctx, 2)
	after := view(t, ctx)
	wantText := strings.Replace(article, old, sug, 1)
	assert.Equal(t, wantText, after.Source, "the textarea after applying %q for %q", sug, old)
	again := checkAPI(t, base, "text", wantText)
	assert.Len(t, again.Findings, len(want.Findings)-1, "findings of the API after the correction")
	assert.Equal(t, len(want.Findings)-1, after.Finding, ".finding elements after the re-check")
	t.Logf("after applying %q for %q: %d findings (status %q)", sug, old, after.Finding, after.Status)

	problems, warnings := pl.Snapshot()
	for _, w := range warnings {
		t.Logf("page warning: %s", w)
	}
	assert.Empty(t, problems, "console errors or exceptions on the page")
}

// markdownArticle has findings whose source spans hold markup (emphasis,
// a link) and one that is plain source text.
const markdownArticle = `# Neue Regeln für Plattformen 📱

„Wir prüfen das“, sagte der **Minister** sagte er. Zuerst hatte ein [Tweet](https://example.org/s/1)In der Nacht berichtet.

Mr. Schmidt vom Verband begrüßte den Entwurf.
`

// TestEditorMarkdown applies suggestions to Markdown: in the source where
// the finding's span is plain text, and not at all (with an explanation)
// where markup lies in it.
func TestEditorMarkdown(t *testing.T) {
	ctx := chromiumtest.NewBrowser(t)
	base := newServer(t)
	want := checkAPI(t, base, "markdown", markdownArticle)
	var pl chromiumtest.PageLog
	pl.Listen(t, ctx)
	require.NoError(t, chromedp.Do(ctx,
		chromedp.Navigate(base+"/"),
		chromedp.WaitVisible(chromedp.CSS("#source")),
		chromedp.Focus(chromedp.CSS("#source")),
		insertText(markdownArticle),
		chromedp.KeyEvent(kb.Enter, chromedp.KeyModifiers(chromedp.ModifierCtrl)),
	))
	waitChecks(t, ctx, 1)
	v := view(t, ctx)
	assert.Equal(t, "Geprüft als Markdown.", v.Status, "the format is detected")
	assert.Equal(t, len(want.Findings), v.Finding, "number of .finding elements")
	honorific, glued := ruleIndex(want, "english-honorific"), ruleIndex(want, "glued-words")
	require.True(t, honorific >= 0 && glued >= 0, "findings: %+v", want.Findings)

	old, sug := want.Findings[honorific].Text, want.Findings[honorific].Suggestions[0]
	require.NoError(t, chromedp.Do(ctx, chromedp.Click(chromedp.CSS(fmt.Sprintf("#f-%d button.sug", honorific)))))
	waitChecks(t, ctx, 2)
	fixed := strings.Replace(markdownArticle, old, sug, 1)
	v = view(t, ctx)
	assert.Equal(t, fixed, v.Source, "the Markdown source after applying %q", sug)
	assert.Equal(t, len(want.Findings)-1, v.Finding, ".finding elements after the re-check")

	now := checkAPI(t, base, "markdown", fixed)
	glued = ruleIndex(now, "glued-words")
	require.GreaterOrEqual(t, glued, 0)
	require.NoError(t, chromedp.Do(ctx, chromedp.Click(chromedp.CSS(fmt.Sprintf("#f-%d button.sug", glued)))))
	v = view(t, ctx)
	assert.Contains(t, v.Status, "von Hand", "a span with markup in it is not replaced")
	assert.Equal(t, fixed, v.Source, "the source is left alone")
	checks, err := chromedp.Run(ctx, chromedp.Evaluate[string](`document.getElementById("result").dataset.checks`))
	require.NoError(t, err)
	assert.Equal(t, "2", checks, "no re-check without a change")

	// Opening a file reads it into the textarea and sets the format by
	// its extension.
	page := filepath.Join(t.TempDir(), "seite.html")
	html := "<article><p>Laut Mr. Schmidt ist das <b>neu</b>.</p></article>\n"
	require.NoError(t, os.WriteFile(page, []byte(html), 0o644))
	require.NoError(t, chromedp.Do(ctx, chromedp.SetUploadFiles(chromedp.CSS("#file"), []string{page}),
		chromedp.WaitReady(chromedp.CSS(`input[name=format][value=html]:checked`))))
	v = view(t, ctx)
	assert.Equal(t, html, v.Source, "the textarea holds the opened file")

	problems, _ := pl.Snapshot()
	assert.Empty(t, problems, "console errors or exceptions on the page")
}

// TestEditorSettings sends the settings with the check, and shows the
// server's error for a bad one.
func TestEditorSettings(t *testing.T) {
	ctx := chromiumtest.NewBrowser(t)
	base := newServer(t)
	want := checkAPI(t, base, "text", article)
	var pl chromiumtest.PageLog
	pl.Listen(t, ctx)
	require.NoError(t, chromedp.Do(ctx,
		chromedp.Navigate(base+"/"),
		chromedp.WaitVisible(chromedp.CSS("#source")),
		chromedp.SetValue(chromedp.CSS("#source"), article),
		chromedp.Click(chromedp.CSS(".settings summary")),
		chromedp.SendKeys(chromedp.CSS("#accept"), "Schmidt"),
		chromedp.Click(chromedp.CSS("#check")),
	))
	waitChecks(t, ctx, 1)
	v := view(t, ctx)
	assert.Equal(t, len(want.Findings)-1, v.Finding, "accept: [Schmidt] drops the finding about Mr. Schmidt")

	require.NoError(t, chromedp.Do(ctx,
		chromedp.SendKeys(chromedp.CSS("#disable"), "keine-regel"),
		chromedp.Click(chromedp.CSS("#check")),
	))
	wctx, cancel := context.WithTimeout(ctx, 10*time.Second)
	defer cancel()
	require.NoError(t, chromedp.Do(wctx, chromedp.WaitReady(chromedp.CSS("#status.error"))))
	v = view(t, ctx)
	assert.Contains(t, v.Status, "Fehler: ")
	assert.Contains(t, v.Status, `"keine-regel"`, "the server's message is shown")
	assert.Equal(t, len(want.Findings)-1, v.Finding, "the last result stays")

	// The browser logs the answer 400 as an error; nothing else may fail.
	problems, _ := pl.Snapshot()
	for _, p := range problems {
		assert.Contains(t, p, "status of 400", "console errors or exceptions on the page")
	}
}

// TestEditorOverlaps renders a made-up answer whose findings cross, nest,
// repeat a span, are empty, run over a paragraph break and carry markup as
// text: every finding has exactly one .finding element, its highlights
// hold its text, and no markup of the text becomes an element.
func TestEditorOverlaps(t *testing.T) {
	ctx := chromiumtest.NewBrowser(t)
	base := newServer(t)
	text := "Alpha Beta Gamma Delta\n\nEpsilon <img src=x onerror=alert(1)> Zeta"
	span := func(rule string, start, end int) map[string]any {
		return map[string]any{"rule": rule, "category": "fluency/test", "severity": "minor",
			"message": "Befund " + rule, "start": start, "end": end, "line": 1, "column": start + 1,
			"paragraph": 0, "text": text[start:end], "suggestions": []string{}, "text_start": start, "text_end": end}
	}
	findings := []map[string]any{
		span("a", 0, 10), span("b", 6, 16), span("c", 6, 10), span("d", 17, 31),
		span("e", 5, 5), span("f", 0, 10), span("g", 32, 60),
	}
	findings[1]["severity"], findings[3]["severity"] = "major", "critical"
	doc := map[string]any{"id": "editor", "path": "", "format": "text", "score": 50.0, "penalty": 9,
		"penalty_per_1000_words": 500.0, "words": 9, "passed": false, "text": text, "findings": findings,
		"paragraphs": []map[string]any{
			{"index": 0, "start": 0, "end": 22, "line": 1, "words": 4, "penalty": 9, "score": 0, "headline": false, "text_start": 0, "text_end": 22},
			{"index": 1, "start": 24, "end": 65, "line": 3, "words": 5, "penalty": 0, "score": 100, "headline": false, "text_start": 24, "text_end": 65},
		}}
	require.Equal(t, "<img src=x onerror=alert(1)>", text[32:60])
	require.Len(t, text, 65)
	raw, err := json.Marshal(doc)
	require.NoError(t, err)
	var pl chromiumtest.PageLog
	pl.Listen(t, ctx)
	require.NoError(t, chromedp.Do(ctx,
		chromedp.Navigate(base+"/"),
		chromedp.WaitVisible(chromedp.CSS("#source")),
		chromedp.SetValue(chromedp.CSS("#source"), text),
	))
	// The page's next check gets the made-up answer.
	_, err = chromedp.Run(ctx, chromedp.Evaluate[bool](`(() => { const doc = `+string(raw)+`;
		window.fetch = async () => new Response(JSON.stringify(doc), {status: 200, headers: {"Content-Type": "application/json"}});
		return true; })()`))
	require.NoError(t, err)
	require.NoError(t, chromedp.Do(ctx, chromedp.Click(chromedp.CSS("#check"))))
	waitChecks(t, ctx, 1)
	v := view(t, ctx)
	assert.Equal(t, len(findings), v.Finding, "one .finding per finding")
	assert.Positive(t, v.Cont, "crossing findings are split")
	want := map[int]string{0: "Alpha Beta", 1: "Beta Gamma", 2: "Beta", 3: "DeltaEpsilon", 4: "", 5: "Alpha Beta",
		6: "<img src=x onerror=alert(1)>"}
	for i, w := range want {
		assert.Equal(t, w, v.Marked[i], "highlighted text of finding %s", findings[i]["rule"])
	}
	imgs, err := chromedp.Run(ctx, chromedp.Evaluate[int](`document.querySelectorAll("#doc img, #findings img").length`))
	require.NoError(t, err)
	assert.Zero(t, imgs, "text is never parsed as HTML")
	t.Run("axe", func(t *testing.T) { runAxe(t, ctx) })
	chromiumtest.Screenshot(t, ctx, "mtcheck-editor-overlaps.png", true)
	problems, _ := pl.Snapshot()
	assert.Empty(t, problems, "console errors or exceptions on the page")
}

// ruleIndex returns the index of the first finding of rule in d with a
// suggestion, or -1.
func ruleIndex(d document, rule string) int {
	for i, f := range d.Findings {
		if f.Rule == rule && len(f.Suggestions) > 0 {
			return i
		}
	}
	return -1
}

// pageView is what the test reads of the page.
type pageView struct {
	Finding, Cont, Items, Visible int
	Summary, Status, Source       string
	// Marked is, per finding index, the text of its highlights in order.
	Marked map[int]string
}

func view(t *testing.T, ctx context.Context) pageView {
	t.Helper()
	v, err := chromedp.Run(ctx, chromedp.Evaluate[pageView](`(() => {
		const marked = {};
		for (const m of document.querySelectorAll("#doc mark")) marked[m.dataset.i] = (marked[m.dataset.i] || "") + m.textContent;
		return {
			Finding: document.querySelectorAll(".finding").length,
			Cont: document.querySelectorAll(".finding-cont").length,
			Items: document.querySelectorAll("#findings li.item").length,
			Visible: document.querySelectorAll("#findings li.item:not([hidden])").length,
			Summary: document.getElementById("summary").textContent,
			Status: document.getElementById("status").textContent,
			Source: document.getElementById("source").value,
			Marked: marked,
		};
	})()`))
	require.NoError(t, err)
	return v
}

// waitChecks waits until the page has shown the result of its n-th check.
func waitChecks(t *testing.T, ctx context.Context, n int) {
	t.Helper()
	wctx, cancel := context.WithTimeout(ctx, 30*time.Second)
	defer cancel()
	err := chromedp.Do(wctx, chromedp.WaitReady(chromedp.CSS(fmt.Sprintf(`#result[data-checks="%d"]`, n))))
	if err != nil {
		status, _ := chromedp.Run(ctx, chromedp.Evaluate[string](`document.getElementById("status").textContent`))
		t.Fatalf("no result of check %d: %v (status line: %q)", n, err, status)
	}
}

// waitFile waits for a download to be complete and returns its content.
func waitFile(t *testing.T, path string) []byte {
	t.Helper()
	for deadline := time.Now().Add(10 * time.Second); time.Now().Before(deadline); time.Sleep(50 * time.Millisecond) {
		if b, err := os.ReadFile(path); err == nil {
			return b
		}
	}
	t.Fatalf("no download %s", path)
	return nil
}

// insertText types s into the focused element as one insertion, as a paste does.
func insertText(s string) chromedp.Action[chromedp.Void] {
	return chromedp.Func(func(ctx context.Context, tg *chromedp.Target) error {
		_, err := cdp.Call(ctx, tg, input.InsertText, input.InsertTextParams{Text: s})
		return err
	})
}

// axeViolation is what the test reads of an axe-core violation.
type axeViolation struct {
	ID, Impact, Help string
	Nodes            []string
}

// runAxe runs axe-core on the page: no serious or critical violation.
func runAxe(t *testing.T, ctx context.Context) {
	src, err := os.ReadFile(axePath)
	if err != nil {
		msg := fmt.Sprintf("no axe-core at %s (npm ci in cmd/mtcheck/internal/server/nodeclient): %v", axePath, err)
		if os.Getenv("MTCHECK_REQUIRE_BROWSER") == "1" {
			t.Fatal(msg + "; MTCHECK_REQUIRE_BROWSER=1 requires it")
		}
		t.Skip(msg)
	}
	_, err = chromedp.Run(ctx, chromedp.Evaluate[bool](string(src)+"\n;true"))
	require.NoError(t, err, "injecting axe-core")
	vs, err := chromedp.Run(ctx, chromedp.Evaluate[[]axeViolation](`axe.run(document).then(r => r.violations.map(v => ({
		ID: v.id, Impact: v.impact || "", Help: v.help,
		Nodes: v.nodes.map(n => n.target.join(" ")).slice(0, 5)})))`, chromedp.EvalAwaitPromise))
	require.NoError(t, err, "running axe-core")
	version, _ := chromedp.Run(ctx, chromedp.Evaluate[string](`axe.version`))
	serious := 0
	for _, v := range vs {
		t.Logf("axe %s: %s (%s): %s; %v", version, v.ID, v.Impact, v.Help, v.Nodes)
		if v.Impact == "serious" || v.Impact == "critical" {
			serious++
		}
	}
	t.Logf("axe %s: %d violations, %d serious or critical", version, len(vs), serious)
	assert.Zero(t, serious, "serious or critical accessibility violations")
}

// newServer starts mtcheck's server in-process on loopback with the
// built-in configuration and returns its base URL.
func newServer(t *testing.T) string {
	t.Helper()
	o := server.DefaultOptions()
	o.NoConfig = true
	o.Version = "browsertest"
	o.Logger = slog.New(slog.DiscardHandler)
	s, err := server.New(o)
	require.NoError(t, err)
	ts := httptest.NewServer(s.Handler())
	t.Cleanup(ts.Close)
	return ts.URL
}

// checkAPI checks text of the format (text, markdown or html) with
// POST /api/v1/check.
func checkAPI(t *testing.T, base, format, text string) document {
	t.Helper()
	body, err := json.Marshal(map[string]any{format: text, "include_text": true})
	require.NoError(t, err)
	res, err := http.Post(base+"/api/v1/check", "application/json", bytes.NewReader(body))
	require.NoError(t, err)
	defer res.Body.Close()
	raw, err := io.ReadAll(res.Body)
	require.NoError(t, err)
	require.Equal(t, http.StatusOK, res.StatusCode, "POST /api/v1/check: %s", raw)
	var d document
	require.NoError(t, json.Unmarshal(raw, &d), "%s", raw)
	return d
}
