package main

import (
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// rssFeed is a small RSS feed of our own with German items.
const rssFeed = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>Nachrichten</title>
<item><guid>n-1</guid><title>Bahn erhöht die Preise</title><link>https://example.org/1</link>
<content:encoded><![CDATA[<p>Die Bahn sagte sagte am Montag, die Preise stiegen.</p>]]></content:encoded></item>
<item><guid>n-2</guid><title>Neue Brücke eröffnet</title><link>https://example.org/2</link>
<description>&lt;p&gt;Die Brücke ist fertig.&lt;/p&gt;</description></item>
</channel></rss>`

// atomFeed is a small Atom feed of our own.
const atomFeed = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Meldungen</title><id>urn:feed</id><updated>2026-12-01T00:00:00Z</updated>
<entry><id>urn:a-1</id><title>Stadtrat tagt</title><updated>2026-12-01T00:00:00Z</updated>
<content type="html">&lt;p&gt;Der Stadtrat tagte bis spät.&lt;/p&gt;</content></entry>
</feed>`

func TestCheckFeedsFilesAndURLs(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/rss":
			w.Header().Set("Content-Type", "application/rss+xml")
			fmt.Fprint(w, rssFeed)
		case "/atom":
			w.Header().Set("Content-Type", "application/atom+xml")
			fmt.Fprint(w, atomFeed)
		default:
			http.Error(w, "kaputt", http.StatusInternalServerError)
		}
	}))
	defer srv.Close()
	dir := t.TempDir()
	require.NoError(t, os.WriteFile(filepath.Join(dir, "news.rss"), []byte(rssFeed), 0o644))
	require.NoError(t, os.WriteFile(filepath.Join(dir, "meldungen.xml"), []byte(atomFeed), 0o644))

	res := runWith(t, nil, "check", "--format", "json", filepath.Join(dir, "news.rss"), srv.URL+"/broken",
		filepath.Join(dir, "meldungen.xml"), srv.URL+"/rss", srv.URL+"/atom")
	assert.Equal(t, exitTrouble, res.code, "a feed that cannot be fetched is an input error")
	r := decodeReport(t, res.stdout)
	var ids []string
	for _, d := range r.Documents {
		ids = append(ids, d.ID)
		if d.Error == "" {
			assert.Equal(t, "html", d.Format)
			assert.NotEmpty(t, d.Feed)
		}
	}
	assert.Equal(t, []string{"n-1", "n-2", srv.URL + "/broken", "urn:a-1", "n-1", "n-2", "urn:a-1"}, ids)
	assert.Contains(t, r.Documents[2].Error, "500")
	assert.Equal(t, "https://example.org/1", r.Documents[0].Link)
	assert.Equal(t, "Bahn erhöht die Preise", r.Documents[0].Title)
	require.Len(t, r.Documents[0].Findings, 1)
	assert.Equal(t, "sagte sagte", r.Documents[0].Findings[0].Text, "the item's HTML content is checked without tags")
	assert.Equal(t, 1, r.Summary.Errors)
}

func TestCheckShardsPartitionTheRun(t *testing.T) {
	dir := t.TempDir()
	for i := range 12 {
		require.NoError(t, os.WriteFile(filepath.Join(dir, fmt.Sprintf("t%02d.txt", i)), []byte("Er sagte sagte es."), 0o644))
	}
	require.NoError(t, os.WriteFile(filepath.Join(dir, "r.jsonl"), []byte(`{"id":"a","text":"x"}`+"\n"+`{"id":"b","text":"y"}`+"\n"), 0o644))
	all := runWith(t, nil, "check", "--format", "jsonl", "--exit-zero", dir)
	require.Equal(t, exitOK, all.code, all.stderr)
	var joined []string
	for k := 1; k <= 3; k++ {
		res := runWith(t, nil, "check", "--format", "jsonl", "--exit-zero", "--shard", fmt.Sprintf("%d/3", k), dir)
		require.Equal(t, exitOK, res.code, res.stderr)
		joined = append(joined, lines(res.stdout)...)
	}
	want := lines(all.stdout)
	assert.ElementsMatch(t, want, joined, "the shards together are the whole run, each record once")

	e := &env{rules: testRules(), getenv: func(k string) string {
		if k == "JOB_COMPLETION_INDEX" {
			return "1"
		}
		return ""
	}}
	auto := runEnv(t, e, "check", "--format", "jsonl", "--exit-zero", "--shard", "auto/3", dir)
	two := runWith(t, nil, "check", "--format", "jsonl", "--exit-zero", "--shard", "2/3", dir)
	assert.Equal(t, two.stdout, auto.stdout, "auto takes the Kubernetes job index + 1")
	bad := runWith(t, nil, "check", "--shard", "auto/3", dir)
	assert.Equal(t, exitTrouble, bad.code)
	assert.Contains(t, bad.stderr, "JOB_COMPLETION_INDEX")
	bad = runWith(t, nil, "check", "--shard", "4/3", dir)
	assert.Equal(t, exitTrouble, bad.code)
}

func TestCheckOutputAndReportFiles(t *testing.T) {
	dir := t.TempDir()
	out, report := filepath.Join(dir, "out.sarif"), filepath.Join(dir, "bericht.html")
	res := runWith(t, strings.NewReader("Er sagte sagte es."), "check", "--format", "sarif", "-o", out, "--report", report)
	assert.Equal(t, exitFailed, res.code, res.stderr)
	assert.Empty(t, res.stdout, "the report goes to the file")
	sarif, err := os.ReadFile(out)
	require.NoError(t, err)
	assert.Contains(t, string(sarif), `"ruleId":"double-said"`)
	html, err := os.ReadFile(report)
	require.NoError(t, err)
	assert.Contains(t, string(html), "<!DOCTYPE html>")
	assert.Equal(t, 1, strings.Count(string(html), `<mark class="finding`))
}

func TestCheckProgressOnATerminal(t *testing.T) {
	dir := t.TempDir()
	for i := range 200 {
		require.NoError(t, os.WriteFile(filepath.Join(dir, fmt.Sprintf("t%03d.txt", i)), []byte("Er sagte sagte es."), 0o644))
	}
	res := runEnv(t, &env{rules: testRules(), progress: true}, "check", dir)
	assert.Contains(t, res.stderr, "Prüfe", "a progress bar on a terminal")
	assert.Contains(t, res.stderr, "/200)", "the total is counted first")
	assert.Contains(t, res.stdout, "Schlechteste Dokumente", "a batch ends with the worst documents first")

	res = runEnv(t, &env{rules: testRules(), progress: true}, "check", "--quiet", dir)
	assert.NotContains(t, res.stderr, "Prüfe")
	res = runEnv(t, &env{rules: testRules()}, "check", dir)
	assert.NotContains(t, res.stderr, "Prüfe", "no bar when stderr is not a terminal")
}

// lines returns the non-empty lines of s (a shard's output may be empty).
func lines(s string) []string {
	var out []string
	for l := range strings.Lines(s) {
		if l = strings.TrimSuffix(l, "\n"); l != "" {
			out = append(out, l)
		}
	}
	return out
}
