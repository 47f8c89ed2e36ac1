package server

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/mtcheck/mtcheck/checker"
	"github.com/mtcheck/mtcheck/cmd/mtcheck/internal/output"
)

// apiDoc is the part of a document object the tests read.
type apiDoc struct {
	ID         string  `json:"id"`
	Format     string  `json:"format"`
	Score      float64 `json:"score"`
	Passed     bool    `json:"passed"`
	Error      string  `json:"error"`
	Text       *string `json:"text"`
	Paragraphs []struct {
		Start     int  `json:"start"`
		End       int  `json:"end"`
		TextStart *int `json:"text_start"`
		TextEnd   *int `json:"text_end"`
	} `json:"paragraphs"`
	Findings []struct {
		Rule      string `json:"rule"`
		Severity  string `json:"severity"`
		Start     int    `json:"start"`
		End       int    `json:"end"`
		Text      string `json:"text"`
		TextStart *int   `json:"text_start"`
		TextEnd   *int   `json:"text_end"`
	} `json:"findings"`
}

func decodeDoc(t *testing.T, body []byte) apiDoc {
	t.Helper()
	var d apiDoc
	if err := json.Unmarshal(body, &d); err != nil {
		t.Fatalf("%v: %s", err, body)
	}
	return d
}

func quote(s string) string { b, _ := json.Marshal(s); return string(b) }

// TestAPICheckIsTheJSONDocument checks that /api/v1/check answers exactly
// the document object of mtcheck check --format json for the same text.
func TestAPICheckIsTheJSONDocument(t *testing.T) {
	s, _ := newTestServer(t, nil)
	w := apiPost(s, `{"text": `+quote(article)+`, "id": "artikel"}`)
	if w.Code != http.StatusOK {
		t.Fatalf("status %d: %s", w.Code, w.Body)
	}
	src, _ := checker.TextSource(article)
	res, err := s.state.Load().setup.Engine.CheckSource(context.Background(), src)
	if err != nil {
		t.Fatal(err)
	}
	rec := output.NewRecord("artikel", "", res)
	rec.Format = "text"
	want, _ := rec.MarshalJSON()
	if got := strings.TrimSpace(w.Body.String()); got != string(want) {
		t.Errorf("answer\n%s\nwant the record\n%s", got, want)
	}
	d := decodeDoc(t, w.Body.Bytes())
	if d.Text != nil || d.Passed || len(d.Findings) < 5 {
		t.Errorf("document %+v", d)
	}
	for _, f := range d.Findings {
		if article[f.Start:f.End] != f.Text || f.TextStart != nil {
			t.Errorf("finding %+v: bytes %q", f, article[f.Start:f.End])
		}
	}
}

// TestAPICheckIncludeText checks text_start and text_end: UTF-16 units of
// the analysed text, for plain text with emoji and for HTML and Markdown,
// whose analysed text is the extracted one.
func TestAPICheckIncludeText(t *testing.T) {
	s, _ := newTestServer(t, nil)
	for _, tt := range []struct{ key, doc string }{
		{"text", "😀 Gute Nachricht für Mu\u0308nchen: Wir trafen Mr. Keller am November 23, 2024.\r\n\r\nIn einem TweetIn dem Beitrag."},
		{"html", "<article><h1>Titel 😀</h1><p>Wir trafen <b>Mr. Keller</b> am November 23, 2024.</p><p>Ein Tweet</a>In dem Beitrag.</p></article>"},
		{"markdown", "# Titel 😀\n\nWir trafen **Mr. Keller** am November 23, 2024.\n\n* Ein [Tweet](https://x.test)In dem Beitrag.\n"},
	} {
		t.Run(tt.key, func(t *testing.T) {
			w := apiPost(s, fmt.Sprintf(`{%q: %s, "include_text": true}`, tt.key, quote(tt.doc)))
			if w.Code != http.StatusOK {
				t.Fatalf("status %d: %s", w.Code, w.Body)
			}
			d := decodeDoc(t, w.Body.Bytes())
			if d.Text == nil || d.Format != tt.key {
				t.Fatalf("no text or format %q: %s", d.Format, w.Body)
			}
			var rules []string
			for _, f := range d.Findings {
				rules = append(rules, f.Rule)
				if f.TextStart == nil || f.TextEnd == nil {
					t.Fatalf("finding without text_start/text_end: %s", w.Body)
				}
				if got := units16(*d.Text, *f.TextStart, *f.TextEnd-*f.TextStart); got != f.Text {
					t.Errorf("%s: text[%d:%d] = %q, want %q", f.Rule, *f.TextStart, *f.TextEnd, got, f.Text)
				}
			}
			if want := []string{"english-honorific", "english-date", "glued-words"}; !slices.Equal(rules, want) {
				t.Errorf("rules %v, want %v", rules, want)
			}
			if len(d.Paragraphs) == 0 {
				t.Fatal("no paragraphs")
			}
			for _, p := range d.Paragraphs {
				if p.TextStart == nil || p.TextEnd == nil || *p.TextEnd <= *p.TextStart || *p.TextEnd > utf16Len(*d.Text) {
					t.Errorf("paragraph %+v in a text of %d units", p, utf16Len(*d.Text))
				}
			}
		})
	}
}

func TestAPICheckConfig(t *testing.T) {
	s, _ := newTestServer(t, nil)
	text := quote("Am November 23, 2024 traf Mr. Keller in einem TweetIn den Minister.")
	rules := func(body string) (string, []string) {
		t.Helper()
		w := apiPost(s, body)
		if w.Code != http.StatusOK {
			t.Fatalf("%s: status %d: %s", body, w.Code, w.Body)
		}
		d := decodeDoc(t, w.Body.Bytes())
		var out []string
		for _, f := range d.Findings {
			out = append(out, f.Rule+":"+f.Severity)
		}
		return fmt.Sprint(d.Passed), out
	}
	for _, tt := range []struct {
		config, passed string
		want           []string
	}{
		{`{}`, "false", []string{"english-date:minor", "english-honorific:minor", "glued-words:minor"}},
		{`{"disable": ["english-date", "glued-words"]}`, "false", []string{"english-honorific:minor"}},
		{`{"accept": ["Keller"], "disable": ["english-date"]}`, "false", []string{"glued-words:minor"}},
		{`{"severity": {"glued-words": "critical"}, "disable": ["english-date"], "accept": ["Keller"]}`, "false", []string{"glued-words:critical"}},
		{`{"threshold": 50}`, "true", []string{"english-date:minor", "english-honorific:minor", "glued-words:minor"}},
	} {
		passed, got := rules(`{"text": ` + text + `, "config": ` + tt.config + `}`)
		if !slices.Equal(got, tt.want) || passed != tt.passed {
			t.Errorf("config %s: %v, passed %s; want %v, passed %s", tt.config, got, passed, tt.want, tt.passed)
		}
	}
	// The same overrides in another order share one cached engine.
	n := s.state.Load().engines.len()
	rules(`{"text": ` + text + `, "config": {"disable": ["glued-words", "english-date"]}}`)
	if m := s.state.Load().engines.len(); m != n {
		t.Errorf("engines cached: %d, then %d for the same overrides", n, m)
	}
}

func TestAPICheckErrors(t *testing.T) {
	s, _ := newTestServer(t, func(o *Options) { o.MaxTextLength = 40; o.MaxBody = 2 << 10 })
	for _, tt := range []struct {
		name, body string
		status     int
		msg        string
	}{
		{"no document", `{"id": "x"}`, 400, `give the document as exactly one of "text", "html" or "markdown"`},
		{"two documents", `{"text": "a", "html": "<p>a</p>"}`, 400, `exactly one of`},
		{"unknown key", `{"text": "a", "txet": "b"}`, 400, `unknown key "txet" in the request (want text, html, markdown, id, include_text, config)`},
		{"unknown config key", `{"text": "a", "config": {"rules": ["house.yaml"]}}`, 400,
			`unknown key "rules" in config (want threshold, disable, enable, severity, accept, variant)`},
		{"bad rule name", `{"text": "a", "config": {"disable": ["english-dat"]}}`, 400,
			`config.disable: unknown rule or pack "english-dat" (did you mean "english-date"?)`},
		{"bad severity", `{"text": "a", "config": {"severity": {"glued-words": "fatal"}}}`, 400, `config.severity: glued-words:`},
		{"bad threshold", `{"text": "a", "config": {"threshold": 120}}`, 400, `config.threshold: 120 is not a number from 0 to 100`},
		{"wrong type", `{"text": "a", "config": {"threshold": "high"}}`, 400, `config.threshold: want a number, not a JSON string`},
		{"wrong text type", `{"text": 5}`, 400, `text: want a string, not a JSON number`},
		{"not JSON", `{"text": "a"`, 400, `the request body is not valid JSON`},
		{"too long text", `{"text": ` + quote(strings.Repeat("Wort ", 10)) + `}`, 413,
			`the text is 50 characters long, more than the limit of 40 (--max-text-length)`},
		{"body too large", `{"text": "a", "id": ` + quote(strings.Repeat("x", 3<<10)) + `}`, 413,
			`the request body is larger than the limit of 2KiB (--max-body)`},
	} {
		t.Run(tt.name, func(t *testing.T) {
			w := apiPost(s, tt.body)
			var e struct {
				Error string `json:"error"`
			}
			if err := json.Unmarshal(w.Body.Bytes(), &e); err != nil {
				t.Fatalf("not a JSON error: %s", w.Body)
			}
			if w.Code != tt.status || !strings.Contains(e.Error, tt.msg) {
				t.Errorf("status %d, error %q; want %d, %q", w.Code, e.Error, tt.status, tt.msg)
			}
		})
	}
}

func TestAPIBatch(t *testing.T) {
	s, _ := newTestServer(t, func(o *Options) { o.MaxTextLength = 200 })
	lines := []string{
		`{"id": "a", "text": "Wir trafen Mr. Keller."}`,
		``,
		`kaputt`,
		`{"id": "c", "text": "<p>Ein Tweet</a>In dem Beitrag.</p>", "format": "html"}`,
		`{"text": "Ein guter Satz ohne Befund."}`,
		`{"id": "e", "text": ` + quote(strings.Repeat("Wort ", 50)) + `}`,
		`{"id": "f", "text": "# Titel\n\nAm November 23, 2024.", "format": "markdown"}`,
	}
	w := serve(s, http.MethodPost, "/api/v1/batch", "application/x-ndjson", strings.Join(lines, "\n")+"\n")
	if w.Code != http.StatusOK || !strings.HasPrefix(w.Header().Get("Content-Type"), "application/x-ndjson") {
		t.Fatalf("status %d, %q: %s", w.Code, w.Header().Get("Content-Type"), w.Body)
	}
	var got []string
	sc := bufio.NewScanner(w.Body)
	for sc.Scan() {
		d := decodeDoc(t, sc.Bytes())
		desc := d.ID + " " + d.Format
		if d.Error != "" {
			desc += " error: " + d.Error
		}
		for _, f := range d.Findings {
			desc += " " + f.Rule
		}
		got = append(got, desc)
	}
	want := []string{
		"a text english-honorific",
		"#3  error: malformed JSON: the line is not a JSON object",
		"c html glued-words",
		"#5 text",
		"e text error: the text is 250 characters long, more than the limit of 200 (--max-text-length)",
		"f markdown english-date",
	}
	if !slices.Equal(got, want) {
		t.Errorf("records\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// TestAPIBatchStreams checks that a batch answers each record as soon as it
// is done, while the client is still sending.
func TestAPIBatchStreams(t *testing.T) {
	s, _ := newTestServer(t, nil)
	ts := httptest.NewServer(s.Handler())
	defer ts.Close()
	pr, pw := io.Pipe()
	req, _ := http.NewRequest(http.MethodPost, ts.URL+"/api/v1/batch", pr)
	done := make(chan *http.Response, 1)
	go func() {
		resp, err := ts.Client().Do(req)
		if err != nil {
			t.Error(err)
			close(done)
			return
		}
		done <- resp
	}()
	fmt.Fprintln(pw, `{"id": "first", "text": "Wir trafen Mr. Keller."}`)
	var resp *http.Response
	select {
	case resp = <-done:
	case <-time.After(10 * time.Second):
		t.Fatal("no answer while the body is still open")
	}
	if resp == nil {
		return
	}
	defer resp.Body.Close()
	br := bufio.NewReader(resp.Body)
	line, err := readLine(br, 10*time.Second)
	if err != nil || !strings.Contains(line, `"id":"first"`) {
		t.Fatalf("first record %q, %v", line, err)
	}
	fmt.Fprintln(pw, `{"id": "second", "text": "Am November 23, 2024."}`)
	pw.Close()
	line, err = readLine(br, 10*time.Second)
	if err != nil || !strings.Contains(line, `"id":"second"`) {
		t.Fatalf("second record %q, %v", line, err)
	}
}

func readLine(br *bufio.Reader, timeout time.Duration) (string, error) {
	type result struct {
		s   string
		err error
	}
	c := make(chan result, 1)
	go func() { s, err := br.ReadString('\n'); c <- result{s, err} }()
	select {
	case r := <-c:
		return r.s, r.err
	case <-time.After(timeout):
		return "", fmt.Errorf("no line within %v", timeout)
	}
}

func TestAPIRules(t *testing.T) {
	dir := t.TempDir()
	writeConfig(t, dir, "disable: [english-date]\nseverity: {glued-words: major}\n")
	s, _ := newTestServer(t, func(o *Options) { o.NoConfig = false; o.WorkDir = dir })
	w := serve(s, http.MethodGet, "/api/v1/rules", "", "")
	var got struct {
		Rules []ruleInfo `json:"rules"`
	}
	if err := json.Unmarshal(w.Body.Bytes(), &got); err != nil || w.Code != http.StatusOK {
		t.Fatalf("status %d, %v: %s", w.Code, err, w.Body)
	}
	byID := map[string]ruleInfo{}
	for _, r := range got.Rules {
		byID[r.ID] = r
	}
	if _, ok := byID["english-date"]; ok {
		t.Error("the disabled english-date is listed")
	}
	g, ok := byID["glued-words"]
	if !ok || g.Severity != "major" || g.Title == "" || g.Category != "fluency/spelling" || g.Doc == "" ||
		len(g.Bad) == 0 || len(g.Good) == 0 || g.Message == "" {
		t.Errorf("glued-words: %+v", g)
	}
	if l, ok := byID["image-source-label"]; !ok || l.Pack != "leftovers" {
		t.Errorf("image-source-label: %+v", l)
	}
	if len(got.Rules) < 100 {
		t.Errorf("only %d rules", len(got.Rules))
	}
}

// TestAPIBatchBodyLimit checks that a batch body over --max-body ends the
// answer with an error record that says so, after the records before it.
func TestAPIBatchBodyLimit(t *testing.T) {
	s, _ := newTestServer(t, func(o *Options) { o.MaxBody = 1 << 10 })
	var body strings.Builder
	for i := range 40 {
		fmt.Fprintf(&body, `{"id": "d%d", "text": "Wir trafen Mr. Keller."}`+"\n", i)
	}
	w := serve(s, http.MethodPost, "/api/v1/batch", "application/x-ndjson", body.String())
	lines := strings.Split(strings.TrimSpace(w.Body.String()), "\n")
	if len(lines) < 2 {
		t.Fatalf("answer %q", w.Body)
	}
	if first := decodeDoc(t, []byte(lines[0])); first.ID != "d0" || first.Error != "" {
		t.Errorf("first record %+v", first)
	}
	last := decodeDoc(t, []byte(lines[len(lines)-1]))
	if !strings.Contains(last.Error, "the request body is larger than the limit of 1KiB (--max-body)") {
		t.Errorf("last record %+v", last)
	}
}
