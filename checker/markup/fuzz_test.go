package markup

import (
	"bytes"
	"errors"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/mtcheck/mtcheck/checker"
	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/extension"
	"golang.org/x/text/unicode/norm"
)

// FuzzHTML checks the invariants of the HTML reader's sources (see
// invariants), with and without a selector, and that markup-free UTF-8 text
// comes out as its words (without soft hyphens).
func FuzzHTML(f *testing.F) {
	for _, tc := range htmlCases {
		f.Add(tc.in)
	}
	f.Add("<meta charset=\"iso-8859-1\"><p>K\xe4se</p>")
	f.Add(utf16le("\uFEFF<p>Grüße</p>"))
	f.Add("<body><div class=\"a\"><p>Eins</p></div><p>Zwei</p></body>")
	f.Add(readSeed(f, "testdata/artikel.html"))
	f.Fuzz(func(t *testing.T, raw string) {
		for _, opt := range []HTMLOptions{{}, {Select: "div.a p, #b"}} {
			src, err := HTML(raw, opt)
			if err != nil {
				checkInputError(t, raw, err)
				continue
			}
			for _, p := range invariants(raw, src) {
				t.Error(p)
			}
			if opt.Select == "" && !strings.ContainsAny(raw, "<&\x00") && !strings.HasPrefix(raw, "\uFEFF") &&
				utf8.ValidString(raw) && src.Encoding == checker.UTF8 {
				if want := strings.Join(strings.Fields(norm.NFC.String(strings.ReplaceAll(raw, shy, ""))), " "); strings.Join(strings.Fields(src.Text), " ") != want {
					t.Errorf("text without markup: got %q, want the words %q", src.Text, want)
				}
			}
		}
	})
}

// FuzzMarkdown checks the invariants of the Markdown reader's sources and
// that its words are those of the document as goldmark renders it to HTML
// (read back with the HTML reader), for documents without HTML, front
// matter and NUL bytes.
func FuzzMarkdown(f *testing.F) {
	for _, tc := range markdownCases {
		f.Add(tc.in)
	}
	f.Add("# T\n\n* a *b* [c](d)\n\n> e\n\n| f | g |\n|---|---|\n| h | i |\n")
	f.Add(readSeed(f, "testdata/artikel.md"))
	f.Fuzz(func(t *testing.T, raw string) {
		src, err := Markdown(raw)
		if err != nil {
			checkInputError(t, raw, err)
			return
		}
		for _, p := range invariants(raw, src) {
			t.Error(p)
		}
		if got, want, ok := renderedWords(raw); ok && got != want {
			t.Errorf("words differ from the rendered HTML's:\n got %q\nwant %q", got, want)
		}
	})
}

// renderedWords returns the words of the Markdown reader's text and those of
// the document rendered to HTML by goldmark and read back with the HTML
// reader; ok is false for documents with HTML, front matter, NUL bytes or
// deeper nesting than the reader keeps, where the two differ by design.
// The words may come in another order when goldmark's tree has blocks out
// of input order (the reader writes blocks in input order).
func renderedWords(raw string) (got, want string, ok bool) {
	if strings.ContainsAny(raw, "<\x00\uFEFF") || strings.HasPrefix(raw, "---") || strings.HasPrefix(raw, "+++") {
		return "", "", false
	}
	if limited := []byte(raw); limitNesting(limited, maxNesting) > 0 {
		return "", "", false // the reader cuts nesting that the renderer keeps
	}
	src, err := Markdown(raw)
	if err != nil {
		return "", "", false
	}
	var rendered bytes.Buffer
	md := goldmark.New(goldmark.WithExtensions(extension.Table, extension.Strikethrough, extension.TaskList))
	if err := md.Convert([]byte(raw), &rendered); err != nil {
		return "", "", false
	}
	back, err := HTML(rendered.String(), HTMLOptions{})
	if err != nil {
		return "", "", false
	}
	g, w := strings.Fields(src.Text), strings.Fields(back.Text)
	if !slices.Equal(g, w) && slices.Equal(slices.Sorted(slices.Values(g)), slices.Sorted(slices.Values(w))) {
		w = g // the rendering follows goldmark's tree, which may have blocks out of input order
	}
	return strings.Join(g, " "), strings.Join(w, " "), true
}

// checkInputError checks that a reader's error is an input error at an
// offset of the input.
func checkInputError(t *testing.T, raw string, err error) {
	t.Helper()
	var ie *checker.InputError
	if !errors.As(err, &ie) {
		t.Fatalf("error is not an *checker.InputError: %v", err)
	}
	if ie.Offset < -1 || ie.Offset >= len(raw) {
		t.Fatalf("error offset %d outside the input of %d bytes", ie.Offset, len(raw))
	}
}
