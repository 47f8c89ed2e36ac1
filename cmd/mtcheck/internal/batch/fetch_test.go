package batch

import (
	"context"
	"errors"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// fakeResponse is what fakeOpener serves for a URL.
type fakeResponse struct {
	body, contentType string
	err               error
}

// fakeOpener serves canned responses; other URLs are not found.
type fakeOpener map[string]fakeResponse

func (f fakeOpener) Open(_ context.Context, url string) (io.ReadCloser, Meta, error) {
	r, ok := f[url]
	switch {
	case !ok:
		return nil, Meta{}, errors.New("HTTP status 404 Not Found")
	case r.err != nil:
		return nil, Meta{}, r.err
	}
	return io.NopCloser(strings.NewReader(r.body)), Meta{ContentType: r.contentType, URL: url}, nil
}

// testServer serves the German test pages and feeds, and the failures an
// opener must turn into error documents.
func testServer(t *testing.T) (*httptest.Server, *sync.Map) {
	t.Helper()
	agents := &sync.Map{} // path → User-Agent
	mux := http.NewServeMux()
	serve := func(path, contentType, body string) {
		mux.HandleFunc(path, func(w http.ResponseWriter, r *http.Request) {
			agents.Store(path, r.UserAgent())
			if contentType != "" {
				w.Header().Set("Content-Type", contentType)
			}
			_, _ = io.WriteString(w, body)
		})
	}
	serve("/rss", "application/rss+xml; charset=utf-8", testRSS)
	serve("/atom-as-html", "text/html; charset=utf-8", testAtom) // a misconfigured server: the content decides
	serve("/feed.json", "application/feed+json", testJSONFeed)
	serve("/seite", "text/html; charset=utf-8", "<html><body><p>Der Bürgermeister sagte sagte es.</p></body></html>")
	serve("/fragment", "text/html", "<p>Nur ein Absatz.</p>")
	serve("/text", "text/plain; charset=utf-8", "Ein schlichter Text.")
	serve("/artikel.md", "text/plain", "# Überschrift\n\nText.")
	serve("/bild.png", "image/png", "\x89PNG\r\n\x1a\n")
	serve("/daten.json", "application/json", `{"wetter": "sonnig"}`)
	serve("/kaputt.rss", "application/rss+xml", `<rss version="2.0"><channel><item><title>Kaputt`)
	serve("/leer.rss", "application/rss+xml", `<rss version="2.0"><channel><title>Leer</title></channel></rss>`)
	serve("/kein-feed", "application/rss+xml", `Das ist kein Feed.`)
	mux.HandleFunc("/gross", func(w http.ResponseWriter, _ *http.Request) {
		w.Header().Set("Content-Type", "text/plain")
		w.Header().Set("Content-Length", "2500")
		_, _ = io.WriteString(w, strings.Repeat("Wort ", 500))
	})
	serve("/packed.gz", "application/gzip", gzipped(t, testAtom))
	mux.HandleFunc("/gzip", func(w http.ResponseWriter, r *http.Request) {
		if !strings.Contains(r.Header.Get("Accept-Encoding"), "gzip") {
			http.Error(w, "gzip expected", http.StatusNotAcceptable)
			return
		}
		w.Header().Set("Content-Type", "application/rss+xml")
		w.Header().Set("Content-Encoding", "gzip")
		_, _ = io.WriteString(w, gzipped(t, testRSS))
	})
	mux.HandleFunc("/gross-chunked", func(w http.ResponseWriter, _ *http.Request) {
		w.Header().Set("Content-Type", "text/plain")
		for range 500 {
			_, _ = io.WriteString(w, "Wort ")
			w.(http.Flusher).Flush()
		}
	})
	mux.HandleFunc("/fehler", func(w http.ResponseWriter, _ *http.Request) {
		http.Error(w, "kaputt", http.StatusInternalServerError)
	})
	mux.HandleFunc("/langsam", func(w http.ResponseWriter, r *http.Request) {
		select {
		case <-time.After(5 * time.Second):
		case <-r.Context().Done():
		}
	})
	mux.HandleFunc("/langsamer-koerper", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/plain")
		_, _ = io.WriteString(w, "Anfang ")
		w.(http.Flusher).Flush()
		select {
		case <-time.After(5 * time.Second):
		case <-r.Context().Done():
		}
	})
	mux.HandleFunc("/schleife", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "/schleife", http.StatusFound)
	})
	mux.HandleFunc("/umleitung/{n}", func(w http.ResponseWriter, r *http.Request) {
		n, _ := strconv.Atoi(r.PathValue("n"))
		if n == 0 {
			http.Redirect(w, r, "/text", http.StatusMovedPermanently)
			return
		}
		http.Redirect(w, r, "/umleitung/"+strconv.Itoa(n-1), http.StatusFound)
	})
	srv := httptest.NewServer(mux)
	t.Cleanup(srv.Close)
	return srv, agents
}

func TestInputsURLs(t *testing.T) {
	srv, agents := testServer(t)
	opener := NewHTTPOpener(HTTPOptions{Version: "1.2.3", Timeout: 300 * time.Millisecond, MaxBytes: 2000})
	tests := []struct {
		path string
		want []string
	}{
		{"/rss", []string{"urn:zeitung:radweg html [Stadtrat beschließt neuen Radweg]", "https://zeitung.example/baecker html [Bäcker & Söhne schließen]", "URL#3 html []"}},
		{"/atom-as-html", []string{"urn:zeitung:vorsitz html [Mr. Müller übernimmt den Vorsitz]", "urn:zeitung:preise html [Preise steigen]", "https://zeitung.example/self html [Nur eine Zusammenfassung]"}},
		{"/seite", []string{"URL html <html><body><p>Der Bürgermeist"}},
		{"/fragment", []string{"URL html <p>Nur ein Absatz.</p>"}},
		{"/text", []string{"URL text Ein schlichter Text."}},
		{"/artikel.md", []string{"URL markdown # Überschrift\n\nText."}},
		{"/bild.png", []string{"URL ERROR unsupported content type image/png"}},
		{"/daten.json", []string{`URL ERROR JSON that is not a JSON Feed (no "version": "https://jsonfeed.org/version/…")`}},
		{"/kaputt.rss", []string{"URL ERROR malformed RSS feed: XML syntax error on line 1: unexpected EOF"}},
		{"/leer.rss", []string{"URL ERROR feed has no items"}},
		{"/kein-feed", []string{"URL ERROR not a feed: RSS, Atom or JSON Feed expected"}},
		{"/gross", []string{"URL ERROR response is larger than the limit of 2000 bytes (--max-bytes)"}},
		{"/gross-chunked", []string{"URL ERROR response is larger than the limit of 2000 bytes (--max-bytes)"}},
		{"/fehler", []string{"URL ERROR HTTP status 500 Internal Server Error"}},
		{"/nirgends", []string{"URL ERROR HTTP status 404 Not Found"}},
		{"/langsam", []string{"URL ERROR no complete response within 300ms (timeout)"}},
		{"/langsamer-koerper", []string{"URL ERROR no complete response within 300ms (timeout)"}},
		{"/schleife", []string{"URL ERROR more than 5 redirects"}},
		{"/umleitung/4", []string{"URL text Ein schlichter Text."}}, // 5 redirects
		{"/umleitung/5", []string{"URL ERROR more than 5 redirects"}},
	}
	var paths []string
	var want []string
	for _, tc := range tests {
		url := srv.URL + tc.path
		paths = append(paths, url)
		for _, w := range tc.want {
			want = append(want, strings.Replace(w, "URL", url, 1))
		}
	}
	// All in one batch: every URL gives its records, a failure does not stop the others.
	docs := collect(t, Inputs(paths, nil, Options{MaxBytes: 2000, Opener: opener}))
	assert.Equal(t, want, summaries("", docs))
	for _, d := range docs {
		assert.True(t, strings.HasPrefix(d.Path, srv.URL), d.Path)
		if d.Err == nil && d.Feed == "" {
			assert.True(t, d.Raw, "a page is read as bytes: %s", d.ID)
		}
	}
	ua, _ := agents.Load("/text")
	assert.Equal(t, "mtcheck/1.2.3 (+https://github.com/mtcheck/mtcheck)", ua)
	assert.Equal(t, ua, opener.UserAgent())
}

func TestInputsURLFeeds(t *testing.T) {
	srv, _ := testServer(t)
	opt := Options{MaxBytes: 1 << 20, Opener: NewHTTPOpener(HTTPOptions{MaxBytes: 1 << 20})}
	for _, path := range []string{"/rss", "/gzip", "/atom-as-html", "/packed.gz", "/feed.json"} {
		t.Run(path, func(t *testing.T) {
			url := srv.URL + path
			docs := collect(t, Inputs([]string{url}, nil, opt))
			require.NotEmpty(t, docs)
			for _, d := range docs {
				assert.Equal(t, url, d.Feed)
				assert.Equal(t, url, d.Path)
			}
			switch path {
			case "/rss", "/gzip":
				require.Len(t, docs, 3)
				assert.Equal(t, "Stadtrat beschließt neuen Radweg", docs[0].Title)
				assert.Equal(t, "https://zeitung.example/radweg", docs[0].Link)
			case "/atom-as-html", "/packed.gz":
				require.Len(t, docs, 3)
				assert.Equal(t, "urn:zeitung:vorsitz", docs[0].ItemID)
			case "/feed.json":
				require.Len(t, docs, 4)
				assert.Equal(t, "42", docs[0].ID)
			}
		})
	}
	// A forced input mode reads a URL as that format, whatever it says.
	docs := collect(t, Inputs([]string{srv.URL + "/seite"}, nil, Options{Input: InputText, MaxBytes: 1 << 20}))
	require.Len(t, docs, 1)
	assert.Equal(t, FormatText, docs[0].Format)
}

func TestHTTPOpenerNetworkErrors(t *testing.T) {
	// Connection refused: a port that was just closed.
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	require.NoError(t, err)
	closed := "http://" + ln.Addr().String() + "/"
	require.NoError(t, ln.Close())

	// A DNS failure, made by the transport so that the test needs no resolver.
	dnsFail := &http.Transport{DialContext: func(_ context.Context, _, addr string) (net.Conn, error) {
		host, _, _ := net.SplitHostPort(addr)
		return nil, &net.OpError{Op: "dial", Net: "tcp", Err: &net.DNSError{Err: "no such host", Name: host, IsNotFound: true}}
	}}
	tests := []struct {
		name   string
		opener Opener
		url    string
		want   string
	}{
		{"connection refused", NewHTTPOpener(HTTPOptions{MaxBytes: 100}), closed, "connection refused"},
		{"dns", NewHTTPOpener(HTTPOptions{MaxBytes: 100, Transport: dnsFail}), "http://nirgendwo.invalid/feed", `cannot resolve host "nirgendwo.invalid": no such host`},
		{"bad url", NewHTTPOpener(HTTPOptions{MaxBytes: 100}), "http://[::1", "invalid URL: missing ']' in host"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			docs := collect(t, Inputs([]string{tc.url, "-"}, strings.NewReader("danach"), Options{MaxBytes: 100, Opener: tc.opener}))
			require.Len(t, docs, 2, "the batch goes on")
			assert.Equal(t, tc.url, docs[0].ID)
			assert.EqualError(t, docs[0].Err, tc.want)
			assert.Equal(t, "danach", docs[1].Text)
		})
	}
}

func TestHTTPOpenerRealDNSFailure(t *testing.T) {
	// .invalid never resolves; without a resolver the lookup fails too.
	opener := NewHTTPOpener(HTTPOptions{MaxBytes: 100, Timeout: 5 * time.Second})
	docs := collect(t, Inputs([]string{"http://nirgendwo.invalid/"}, nil, Options{MaxBytes: 100, Opener: opener}))
	require.Len(t, docs, 1)
	assert.Error(t, docs[0].Err)
	assert.Empty(t, docs[0].Text)
}

func TestHTTPOpenerCancelled(t *testing.T) {
	srv, _ := testServer(t)
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	docs := collect(t, InputsContext(ctx, []string{srv.URL + "/text"}, nil, Options{MaxBytes: 100}))
	require.Len(t, docs, 1)
	assert.ErrorIs(t, docs[0].Err, context.Canceled)
}

func TestURLInput(t *testing.T) {
	tests := []struct {
		url, contentType string
		kind             sniffKind
		want             Input
		err              string
	}{
		{"https://x/a", "text/html", sniffText, InputHTML, ""},
		{"https://x/a", "application/xhtml+xml", sniffText, InputHTML, ""},
		{"https://x/a", "text/plain", sniffRSS, InputFeed, ""},
		{"https://x/a", "application/atom+xml", sniffText, InputFeed, ""},
		{"https://x/a", "text/markdown; charset=utf-8", sniffText, InputMarkdown, ""},
		{"https://x/a", "application/x-ndjson", sniffText, InputJSONL, ""},
		{"https://x/a.jsonl", "text/plain", sniffText, InputJSONL, ""},
		{"https://x/a.md?x=1", "", sniffText, InputMarkdown, ""},
		{"https://x/a.rss", "", sniffText, InputText, ""},
		{"https://x/a", "", sniffText, InputText, ""},
		{"https://x/a", "text/csv", sniffText, InputText, ""},
		{"https://x/a", "broken/;;", sniffText, InputText, ""},
		{"https://x/a.txt", "application/octet-stream", sniffText, InputText, ""},
		{"https://x/a", "application/octet-stream", sniffText, "", "unsupported content type application/octet-stream"},
		{"https://x/a", "application/pdf", sniffText, "", "unsupported content type application/pdf"},
		{"https://x/a", "application/xml", sniffText, "", "XML that is neither a feed (RSS, Atom) nor HTML"},
		{"https://x/a", "application/xml", sniffHTML, InputHTML, ""},
	}
	for _, tc := range tests {
		t.Run(tc.url+" "+tc.contentType, func(t *testing.T) {
			in, err := urlInput(tc.url, Meta{ContentType: tc.contentType}, tc.kind)
			if tc.err != "" {
				assert.EqualError(t, err, tc.err)
				return
			}
			require.NoError(t, err)
			assert.Equal(t, tc.want, in)
		})
	}
}
