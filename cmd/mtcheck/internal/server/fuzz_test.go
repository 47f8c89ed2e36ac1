package server

import (
	"encoding/json"
	"net/http"
	"net/url"
	"strings"
	"sync"
	"testing"
	"unicode/utf8"
)

// fuzzServer is one server shared by the fuzz targets' iterations.
var fuzzServer = sync.OnceValue(func() *Server {
	o := DefaultOptions()
	o.NoConfig = true
	o.Logger = discardLogger()
	s, err := New(o)
	if err != nil {
		panic(err)
	}
	return s
})

// checkMatches checks an answer of /v2/check on a document whose original
// text is original: a strict LanguageTool answer whose every match lies
// within the text and whose context shows the match.
func checkMatches(t *testing.T, status int, body []byte, original string) {
	t.Helper()
	if status != http.StatusOK {
		t.Fatalf("status %d: %s", status, body)
	}
	r := strictLT(t, body)
	n := utf16Len(original)
	for _, m := range r.Matches {
		if m.Offset < 0 || m.Length < 0 || m.Offset+m.Length > n {
			t.Fatalf("%s: offset %d, length %d in a text of %d UTF-16 units", m.Rule.ID, m.Offset, m.Length, n)
		}
		words := strings.NewReplacer("\r", " ", "\n", " ").Replace(units16(original, m.Offset, m.Length))
		if ctx := units16(m.Context.Text, m.Context.Offset, m.Context.Length); ctx != words {
			t.Fatalf("%s: context %q shows %q, the match covers %q", m.Rule.ID, m.Context.Text, ctx, words)
		}
	}
}

// FuzzAnnotatedData feeds arbitrary "data" parameters to /v2/check: it
// never panics, answers 200 or 400, and every match lies within the UTF-16
// length of the concatenated parts.
func FuzzAnnotatedData(f *testing.F) {
	for _, seed := range []string{
		`{"annotation":[{"text":"Wir trafen "},{"markup":"<b>"},{"text":"Mr. Keller"},{"markup":"</b>"}]}`,
		`{"annotation":[{"markup":"<p>"},{"text":"Am November 23, 2024 😀"},{"markup":"</p>","interpretAs":"\n\n"},{"text":"Ein Tweet"},{"markup":"</a>"},{"text":"In dem Beitrag."}]}`,
		`{"annotation":[{"markup":"<!-- x -->","interpretAs":"\n\nmtcheck-disable english-date: Zitat\n\n"},{"text":"Am November 23, 2024."}]}`,
		`{"annotation":[{"text":"Mu\u0308nchen\r\n\r\nMr. Keller"},{"markup":"","interpretAs":"Mr. "},{"text":"Keller"}]}`,
		`{"annotation":[]}`,
		`{"annotation":[{"text":"x","markup":"y"}]}`,
		`{"annotation":[{"text":"\ud800 lone surrogate"}]}`,
		`{"annotation":null}`,
		`[1,2,3]`,
		`{"annotation":[{"text":"a"}]} trailing`,
	} {
		f.Add(seed)
	}
	s := fuzzServer()
	f.Fuzz(func(t *testing.T, data string) {
		w := ltPost(s, url.Values{"data": {data}, "language": {"de-DE"}})
		if w.Code == http.StatusBadRequest {
			if _, err := parseAnnotated(data); err == nil {
				t.Fatalf("400 for data the parser reads: %s", w.Body)
			}
			return
		}
		if w.Code == http.StatusRequestEntityTooLarge {
			return
		}
		var at struct {
			Annotation []struct {
				Text, Markup string
			} `json:"annotation"`
		}
		if err := json.Unmarshal([]byte(data), &at); err != nil {
			t.Fatalf("200 for data that is no annotation: %v", err)
		}
		var original strings.Builder
		for _, p := range at.Annotation {
			original.WriteString(p.Text + p.Markup)
		}
		checkMatches(t, w.Code, w.Body.Bytes(), original.String())
	})
}

// FuzzCheckForm feeds arbitrary texts to the form handler of /v2/check: it
// never panics, answers 200 (or 400 for invalid UTF-8), and every match
// lies within the text.
func FuzzCheckForm(f *testing.F) {
	for _, seed := range []string{
		article,
		"😀 Wir trafen Mr. Keller am November 23, 2024.",
		"Mu\u0308nchen\r\nTweetIn dem Beitrag\r\n\r\nBildquelle, Getty Images",
		"„Wir gehen“, sagte der Minister sagte er.",
		"\uFEFFMr. Keller\u00ad kam.",
		"",
		"\xff\xfe",
	} {
		f.Add(seed)
	}
	s := fuzzServer()
	f.Fuzz(func(t *testing.T, text string) {
		w := ltPost(s, url.Values{"text": {text}, "language": {"de"}})
		if !utf8.ValidString(text) {
			if w.Code != http.StatusBadRequest {
				t.Fatalf("invalid UTF-8: status %d", w.Code)
			}
			return
		}
		if w.Code == http.StatusRequestEntityTooLarge && utf16Len(text) > DefaultMaxTextLength {
			return
		}
		checkMatches(t, w.Code, w.Body.Bytes(), text)
	})
}
