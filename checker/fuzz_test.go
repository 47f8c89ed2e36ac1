package checker

import (
	"context"
	"testing"
	"unicode/utf8"
)

// fuzzSeeds are inputs that exercise the text model's corners.
var fuzzSeeds = []string{
	"", "\n\n", "„", "Er sagte: „Ja.“ Dann ging er.", "z. B. am 25. November 2024 um 14.30 Uhr",
	"• Punkt eins\n• Punkt zwei", "https://example.com/a?b=1. Mehr unter info@example.org!",
	"<!-- mtcheck-disable x: weil -->\n\nText\n\nmtcheck-enable x", "Ein- und Ausgang ... „‚“‘ »«",
	"\uFEFFTitel\r\nZeile zwei.\r\nZeile drei.\r\n", "Zu\u0308rich ist scho\u0308n.", "\xff\xfeH\x00a\x00l\x00l\x00o\x00",
	"Satz eins.\nSatz zwei.\nSatz drei.\nTitel\nSatz vier.",
}

// checkDoc checks the invariants of an analysed document: spans inside the
// text on UTF-8 boundaries, tokens in order inside their sentences,
// sentences inside their paragraphs, paragraphs in order.
func checkDoc(t *testing.T, d *Doc) {
	t.Helper()
	text := d.Text
	inText := func(what string, s Span) {
		if s.Start < 0 || s.End > len(text) || s.Start > s.End || !boundary(text, s.Start) || !boundary(text, s.End) {
			t.Fatalf("%s span %v is not a valid span of a %d-byte text", what, s, len(text))
		}
	}
	prev := 0
	for i, tk := range d.Tokens {
		inText("token", tk.Span)
		if tk.Start < prev || tk.Len() == 0 {
			t.Fatalf("token %d %v empty or before the previous token's end %d", i, tk.Span, prev)
		}
		prev = tk.End
		s := d.Sentences[tk.Sentence]
		if i < s.First || i >= s.End {
			t.Fatalf("token %d outside its sentence %d [%d,%d)", i, tk.Sentence, s.First, s.End)
		}
	}
	prevPara := -1
	for pi, p := range d.Paragraphs {
		inText("paragraph", p.Span)
		if p.Start <= prevPara {
			t.Fatalf("paragraph %d starts at %d, not after %d", pi, p.Start, prevPara)
		}
		prevPara = p.Start
		for si := p.FirstSentence; si < p.EndSentence; si++ {
			s := d.Sentences[si]
			if s.Paragraph != pi || !p.Contains(s.Span) {
				t.Fatalf("sentence %d %v not inside its paragraph %d %v", si, s.Span, pi, p.Span)
			}
		}
		words := 0
		for _, tk := range d.Tokens[p.FirstToken:p.EndToken] {
			if !p.Contains(tk.Span) {
				t.Fatalf("token %v outside paragraph %d %v", tk.Span, pi, p.Span)
			}
			if tk.IsWordLike() {
				words++
			}
		}
		if words != p.Words {
			t.Fatalf("paragraph %d counts %d words, has %d", pi, p.Words, words)
		}
	}
	for _, q := range d.Quotes {
		if q.Open >= q.Close || q.Close > len(d.Tokens) || d.QuoteMarkRole(q.Open) != 1 {
			t.Fatalf("quotation %+v is malformed", q)
		}
	}
}

// FuzzAnalyze decodes arbitrary bytes as an input and checks the document
// model and the offset map back to the input.
func FuzzAnalyze(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, raw string) {
		src, err := DecodeSource(raw, nil)
		if err != nil {
			return
		}
		if !utf8.ValidString(src.Text) {
			t.Fatalf("decoded text is not UTF-8: %q", src.Text)
		}
		d, err := AnalyzeSource(context.Background(), src)
		if err != nil {
			t.Fatal(err)
		}
		checkDoc(t, d)
		input := src.input()
		if src.Encoding == UTF8 {
			checkOffsetMap(t, src.Map, src.Text, input)
		}
		for _, p := range d.Paragraphs {
			in := d.InputSpan(p.Span)
			if in.Start < 0 || in.End > len(input) || in.Start > in.End {
				t.Fatalf("paragraph %v maps to %v outside the %d-byte input", p.Span, in, len(input))
			}
			pos := d.Position(p.Start)
			if pos.Line < 1 || pos.Column < 1 || pos.Line > d.Lines.Lines() {
				t.Fatalf("paragraph at %d has position %+v", p.Start, pos)
			}
		}
	})
}
