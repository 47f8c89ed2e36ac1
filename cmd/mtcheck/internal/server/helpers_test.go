package server

import (
	"bytes"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"sync"
	"testing"
	"time"
	"unicode/utf16"

	"github.com/mtcheck/mtcheck/checker"
	"github.com/mtcheck/mtcheck/rules/pack"
)

// syncBuffer is a bytes.Buffer safe for the concurrent writes of a logger.
type syncBuffer struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (b *syncBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.Write(p)
}

func (b *syncBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.String()
}

// newTestServer returns a server with the built-in rules and no
// configuration file, adjusted by mod; its log goes to the returned buffer.
func newTestServer(t testing.TB, mod func(*Options)) (*Server, *syncBuffer) {
	t.Helper()
	logs := &syncBuffer{}
	o := DefaultOptions()
	o.NoConfig = true
	o.Version = "test"
	o.Logger = slog.New(slog.NewTextHandler(logs, nil))
	if mod != nil {
		mod(&o)
	}
	s, err := New(o)
	if err != nil {
		t.Fatal(err)
	}
	return s, logs
}

// serve sends one request to the server's handler.
func serve(s *Server, method, target, contentType, body string, header ...string) *httptest.ResponseRecorder {
	req := httptest.NewRequest(method, target, strings.NewReader(body))
	if contentType != "" {
		req.Header.Set("Content-Type", contentType)
	}
	for i := 0; i+1 < len(header); i += 2 {
		req.Header.Set(header[i], header[i+1])
	}
	w := httptest.NewRecorder()
	s.Handler().ServeHTTP(w, req)
	return w
}

// ltPost posts a form to /v2/check.
func ltPost(s *Server, form url.Values) *httptest.ResponseRecorder {
	return serve(s, http.MethodPost, "/v2/check", "application/x-www-form-urlencoded", form.Encode())
}

// apiPost posts a JSON body to /api/v1/check.
func apiPost(s *Server, body string) *httptest.ResponseRecorder {
	return serve(s, http.MethodPost, "/api/v1/check", "application/json", body)
}

// units16 returns s[off:off+n] with off and n counted in UTF-16 code units,
// as a Java or JavaScript client slices the text.
func units16(s string, off, n int) string {
	u := utf16.Encode([]rune(s))
	if off < 0 || n < 0 || off+n > len(u) {
		return "<out of range>"
	}
	return string(utf16.Decode(u[off : off+n]))
}

// testRule returns a valid rule of the test category that runs check.
func testRule(id string, check func(*checker.Pass)) checker.Rule {
	return checker.Rule{ID: id, Title: "Test rule " + id, Category: "fluency/test", Severity: checker.Minor,
		Message: "Testbefund.", Doc: "A rule for the server's tests.", Bad: []string{"{{x}}"}, Good: []string{"y"},
		Check: check}
}

// rulesOf returns a rule source of the given rules only.
func rulesOf(rs ...checker.Rule) func(...*pack.Pack) ([]checker.Rule, error) {
	return func(...*pack.Pack) ([]checker.Rule, error) { return rs, nil }
}

// slowRule runs until the check is stopped (by the request's timeout).
var slowRule = testRule("slow", func(p *checker.Pass) {
	for !p.Stopped() {
		time.Sleep(time.Millisecond)
	}
})

// blockingRule holds its check until release is closed or the check is
// stopped, and reports on entering through started.
func blockingRule(started chan<- struct{}, release <-chan struct{}) checker.Rule {
	return testRule("blocking", func(p *checker.Pass) {
		started <- struct{}{}
		for !p.Stopped() {
			select {
			case <-release:
				return
			case <-time.After(time.Millisecond):
			}
		}
	})
}

// readAll reads a response body.
func readAll(t *testing.T, r io.Reader) string {
	t.Helper()
	b, err := io.ReadAll(r)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// article is a German news article of our own with the artifacts machine
// translation leaves: a duplicated reporting verb, an English honorific, an
// English date, a glued word at a lost link boundary, a repeated paragraph,
// leftovers of the scraped page, English quotation marks.
const article = `Stadtwerke kündigen neue Preise an

Berlin, November 23, 2024 – Die Stadtwerke der Hauptstadt wollen die Preise für Fernwärme im kommenden Jahr deutlich anheben.

„Wir haben keine andere Wahl“, sagte der Minister sagte er am Donnerstag vor Journalisten im Roten Rathaus.

Mr. Keller, der Vorstandschef des Unternehmens, verwies auf gestiegene Kosten für Gas und Personal.

Die Verbraucherzentrale kritisierte die Pläne scharf. Auf der Plattform X schrieb sie in einem TweetIn dem Beitrag hieß es, die Erhöhung treffe vor allem Familien.

Bildquelle, Getty Images

Die Stadtwerke der Hauptstadt wollen die Preise für Fernwärme im kommenden Jahr deutlich anheben.

Nach Angaben des Senats sollen Haushalte mit geringem Einkommen einen Zuschuss erhalten. "Das ist ein wichtiges Signal", sagte eine Sprecherin.
`

// discardLogger is a logger that writes nothing.
func discardLogger() *slog.Logger { return slog.New(slog.NewTextHandler(io.Discard, nil)) }
