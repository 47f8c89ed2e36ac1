package batch

import (
	"context"
	"errors"
	"fmt"
	"io"
	"math"
	"mime"
	"net"
	"net/http"
	"net/url"
	"path"
	"strings"
	"syscall"
	"time"
)

// Opener opens the URLs given as operands. An implementation must be safe
// for concurrent use.
type Opener interface {
	// Open starts fetching url. The body is the content (decompressed, when
	// the transfer was compressed); its Read returns an error, never a
	// silent end, when the content cannot be read in full or exceeds the
	// opener's size limit. Errors are fit for a report that names the URL
	// already.
	Open(ctx context.Context, url string) (io.ReadCloser, Meta, error)
}

// Meta describes what an Opener opened.
type Meta struct {
	// ContentType is the media type of the content with its parameters, as
	// the server sent it; empty when unknown.
	ContentType string
	// URL is where the content came from, after redirects.
	URL string
}

// Defaults of the HTTP opener.
const (
	DefaultFetchTimeout = 30 * time.Second
	MaxRedirects        = 5
	// ProjectURL is named in the User-Agent header.
	ProjectURL = "https://github.com/mtcheck/mtcheck"
)

// HTTPOptions configure NewHTTPOpener.
type HTTPOptions struct {
	// Version is mtcheck's version for the User-Agent header
	// "mtcheck/VERSION (+https://github.com/mtcheck/mtcheck)"; "" is "devel".
	Version string
	// Timeout bounds a whole fetch, from the request to the end of the body;
	// 0 is DefaultFetchTimeout.
	Timeout time.Duration
	// MaxBytes is the largest content read; a larger one is an error. 0
	// means no limit.
	MaxBytes int
	// Transport makes the requests; nil is a clone of
	// http.DefaultTransport. It is for tests.
	Transport http.RoundTripper
}

// HTTPOpener is the Opener of http:// and https:// URLs: a GET request with
// a clear User-Agent, compressed transfer accepted, at most MaxRedirects
// redirects, a time limit for the whole fetch and a size limit for the
// content. A status other than 2xx is an error naming it.
type HTTPOpener struct {
	client    *http.Client
	userAgent string
	timeout   time.Duration
	maxBytes  int64
}

// NewHTTPOpener returns an HTTPOpener configured by o.
func NewHTTPOpener(o HTTPOptions) *HTTPOpener {
	if o.Version == "" {
		o.Version = "devel"
	}
	if o.Timeout <= 0 {
		o.Timeout = DefaultFetchTimeout
	}
	maxBytes := int64(o.MaxBytes)
	if maxBytes <= 0 {
		maxBytes = math.MaxInt64 - 1
	}
	if o.Transport == nil {
		// Leaving Accept-Encoding unset lets the transport ask for gzip
		// and decompress the body.
		o.Transport = http.DefaultTransport.(*http.Transport).Clone()
	}
	return &HTTPOpener{
		client: &http.Client{
			Transport: o.Transport,
			Timeout:   o.Timeout,
			CheckRedirect: func(_ *http.Request, via []*http.Request) error {
				if len(via) > MaxRedirects {
					return errTooManyRedirects
				}
				return nil
			},
		},
		userAgent: "mtcheck/" + o.Version + " (+" + ProjectURL + ")",
		timeout:   o.Timeout,
		maxBytes:  maxBytes,
	}
}

// UserAgent returns the User-Agent header the opener sends.
func (h *HTTPOpener) UserAgent() string { return h.userAgent }

var errTooManyRedirects = fmt.Errorf("more than %d redirects", MaxRedirects)

// accept is the Accept header: feeds and pages first, then plain text.
const accept = "application/rss+xml, application/atom+xml, application/feed+json, application/xml;q=0.9, " +
	"text/html;q=0.9, application/xhtml+xml;q=0.9, text/markdown;q=0.8, text/plain;q=0.8, */*;q=0.5"

// Open implements Opener.
func (h *HTTPOpener) Open(ctx context.Context, rawURL string) (io.ReadCloser, Meta, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, rawURL, nil)
	if err != nil {
		return nil, Meta{}, fmt.Errorf("invalid URL: %v", unwrapURLError(err))
	}
	req.Header.Set("User-Agent", h.userAgent)
	req.Header.Set("Accept", accept)
	resp, err := h.client.Do(req)
	if err != nil {
		return nil, Meta{}, h.fetchError(err)
	}
	if resp.StatusCode < 200 || resp.StatusCode > 299 {
		resp.Body.Close()
		return nil, Meta{}, fmt.Errorf("HTTP status %s", resp.Status)
	}
	if resp.ContentLength > h.maxBytes {
		resp.Body.Close()
		return nil, Meta{}, responseTooLarge(h.maxBytes)
	}
	meta := Meta{ContentType: resp.Header.Get("Content-Type"), URL: resp.Request.URL.String()}
	return &httpBody{h: h, rc: resp.Body, left: h.maxBytes}, meta, nil
}

func responseTooLarge(maxBytes int64) error {
	return fmt.Errorf("response is larger than the limit of %d bytes (--max-bytes)", maxBytes)
}

// httpBody is a response body that ends with an error once more than its
// limit is read, and whose errors say what went wrong.
type httpBody struct {
	h    *HTTPOpener
	rc   io.ReadCloser
	left int64
}

func (b *httpBody) Read(p []byte) (int, error) {
	if b.left < 0 {
		return 0, responseTooLarge(b.h.maxBytes)
	}
	if int64(len(p)) > b.left+1 {
		p = p[:b.left+1] // one byte more tells a larger content
	}
	n, err := b.rc.Read(p)
	b.left -= int64(n)
	if b.left < 0 {
		return n - 1, responseTooLarge(b.h.maxBytes)
	}
	if err != nil && err != io.EOF {
		err = b.h.fetchError(err)
	}
	return n, err
}

func (b *httpBody) Close() error { return b.rc.Close() }

// fetchError rephrases the error of a fetch: what went wrong, without the
// URL (reports name it already).
func (h *HTTPOpener) fetchError(err error) error {
	var dnsErr *net.DNSError
	var netErr net.Error
	switch {
	case errors.Is(err, errTooManyRedirects):
		return errTooManyRedirects
	case errors.Is(err, context.Canceled):
		return context.Canceled
	case errors.As(err, &dnsErr):
		return fmt.Errorf("cannot resolve host %q: %s", dnsErr.Name, dnsErr.Err)
	case errors.Is(err, syscall.ECONNREFUSED):
		return fmt.Errorf("connection refused")
	case errors.Is(err, context.DeadlineExceeded), errors.As(err, &netErr) && netErr.Timeout():
		return fmt.Errorf("no complete response within %v (timeout)", h.timeout)
	}
	return fmt.Errorf("fetch failed: %v", unwrapURLError(err))
}

func unwrapURLError(err error) error {
	var ue *url.Error
	if errors.As(err, &ue) {
		return ue.Err
	}
	return err
}

// readURL fetches a URL and yields its documents, read as in; InputAuto
// reads it by its content and Content-Type (see urlInput).
func readURL(ctx context.Context, rawURL string, in Input, opt Options, yield func(Document) bool) bool {
	body, meta, err := opt.Opener.Open(ctx, rawURL)
	if err != nil {
		return yield(errDoc(rawURL, err))
	}
	defer body.Close()
	if in != InputAuto {
		return readStream(rawURL, body, in, opt, yield)
	}
	decide := func(k sniffKind) (Input, error) { return urlInput(rawURL, meta, k) }
	return readSniffed(rawURL, body, opt, decide, yield)
}

// urlInput decides how to read the content of a URL whose first bytes look
// like k: a feed or an HTML page by its content, else by its Content-Type
// (or, without a usable one, the extension of the URL's path). Content that
// is no text (an image, a PDF, JSON or XML that is no feed) is an error.
func urlInput(rawURL string, meta Meta, k sniffKind) (Input, error) {
	if k != sniffText {
		return k.input(), nil
	}
	mt, _, err := mime.ParseMediaType(meta.ContentType)
	if err != nil {
		mt = ""
	}
	switch mt {
	case "text/html", "application/xhtml+xml":
		return InputHTML, nil
	case "application/rss+xml", "application/atom+xml", "application/rdf+xml", "application/feed+json":
		return InputFeed, nil // not recognised by content, so the feed reader says what is wrong
	case "text/markdown", "text/x-markdown":
		return InputMarkdown, nil
	case "application/x-ndjson", "application/jsonl", "application/x-jsonlines", "application/jsonlines":
		return InputJSONL, nil
	case "application/json":
		return "", errors.New(`JSON that is not a JSON Feed (no "version": "https://jsonfeed.org/version/…")`)
	case "text/xml", "application/xml":
		return "", errors.New("XML that is neither a feed (RSS, Atom) nor HTML")
	case "", "text/plain", "application/octet-stream":
		var ext string
		if u, err := url.Parse(rawURL); err == nil {
			ext = strings.ToLower(path.Ext(u.Path))
		}
		if in, ok := extInputs[ext]; ok && in != InputFeed {
			return in, nil
		}
		if mt == "application/octet-stream" {
			return "", fmt.Errorf("unsupported content type %s", mt)
		}
		return InputText, nil
	}
	if strings.HasPrefix(mt, "text/") {
		return InputText, nil
	}
	return "", fmt.Errorf("unsupported content type %s", mt)
}
