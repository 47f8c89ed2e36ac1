package rules

import (
	"context"
	"testing"
	"unicode/utf8"

	"github.com/mtcheck/mtcheck/checker"
)

// FuzzCheck runs every rule over arbitrary input bytes and checks what a
// report promises: findings sorted, inside the input on UTF-8 boundaries,
// text equal to the input's bytes for plain UTF-8 input, line and column
// consistent with the offset, scores between 0 and 100.
func FuzzCheck(f *testing.F) {
	for _, s := range []string{
		"", "„Das ist illegal“, sagte der Milliardär sagte er.", "Mr. Musk am November 23, 2024 um 3pm.",
		"Früher das Unternehmen Sagte er zur Kenntnisnahme dass seine Werbeplattform Twitter ab Dienstag, dem 25.",
		"Titel\n\nTitel\n\nIn einem TweetIn der Diskussion", "Bildquelle, Getty Images\n\nVideo erklären,",
		"mtcheck-disable-next-paragraph english-date: Zitat\n\nNovember 23, 2024", "according to the report of the BBC",
		"Zu\u0308rich u\u0308ber Mu\u0308nchen", "\xff\xfeM\x00r\x00.\x00 \x00M\x00u\x00s\x00k\x00",
		"Satz eins.\nSatz zwei.\nSatz drei.", "Sie möchten Twitter lesen Cookie-Richtlinie Und Datenschutz.",
	} {
		f.Add(s)
	}
	eng, err := checker.NewEngine(All(), checker.Config{})
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, raw string) {
		src, err := checker.DecodeSource(raw, nil)
		if err != nil {
			return
		}
		res, err := eng.CheckSource(context.Background(), src)
		if err != nil {
			t.Fatalf("check failed: %v", err)
		}
		lines := checker.NewLineIndex(raw)
		prev := checker.Span{}
		for _, fd := range res.Findings {
			if fd.Start < 0 || fd.End > len(raw) || fd.Start > fd.End {
				t.Fatalf("finding %s at %v outside the %d-byte input", fd.Rule, fd.Span, len(raw))
			}
			if fd.DocSpan.Start < prev.Start || fd.DocSpan.Start == prev.Start && fd.DocSpan.End < prev.End {
				t.Fatalf("findings not sorted: %v after %v", fd.DocSpan, prev)
			}
			prev = fd.DocSpan
			if !utf8.ValidString(fd.Text) || fd.Text == "" {
				t.Fatalf("finding %s has text %q", fd.Rule, fd.Text)
			}
			if src.Encoding == checker.UTF8 {
				if !boundary(raw, fd.Start) || !boundary(raw, fd.End) {
					t.Fatalf("finding %s at %v cuts a UTF-8 character", fd.Rule, fd.Span)
				}
				if !src.Extracted && raw[fd.Start:fd.End] != fd.Text {
					t.Fatalf("finding %s: text %q, input has %q", fd.Rule, fd.Text, raw[fd.Start:fd.End])
				}
				if want := lines.Position(fd.Start); want != fd.Position && !hasBOM(raw) {
					t.Fatalf("finding %s at %d: position %+v, want %+v", fd.Rule, fd.Start, fd.Position, want)
				}
			}
			if fd.Paragraph < -1 || fd.Paragraph >= len(res.Paragraphs) {
				t.Fatalf("finding %s in paragraph %d of %d", fd.Rule, fd.Paragraph, len(res.Paragraphs))
			}
		}
		for _, p := range res.Paragraphs {
			if p.Score < 0 || p.Score > 100 || p.Start < 0 || p.End > len(raw) {
				t.Fatalf("paragraph %+v out of range", p)
			}
		}
		if res.Score < 0 || res.Score > 100 {
			t.Fatalf("score %v", res.Score)
		}
	})
}

func boundary(s string, i int) bool { return i == len(s) || utf8.RuneStart(s[i]) }

func hasBOM(s string) bool { return len(s) >= 3 && s[:3] == "\uFEFF" }

// FuzzCheckBilingual runs every rule, the source-aware ones included, over
// an arbitrary translation and original, aligned by length and as one
// segment: the check must not fail, findings must lie inside the
// translation, and a finding's place in the original inside the original
// with the original's text.
func FuzzCheckBilingual(f *testing.F) {
	for _, p := range [][2]string{
		{"Das Unternehmen zahlte 4,5 Milliarden Dollar an 1.300 Arbeiter.", "The company did not pay $4.5bn to 1,200 workers."},
		{"Read more on BBC News.", "Read more on BBC News."},
		{"Er sagte: „Wir kommen nicht.“\n\nDann ging er.", "He said: \"We are not coming.\"\n\nThen he left.\n\nNobody followed."},
		{"", "Mr"}, {"Mr", ""}, {"Am 3. März um 17 Uhr.", "On March 3 at 5pm."},
	} {
		f.Add(p[0], p[1])
	}
	eng, err := checker.NewEngine(All(), checker.Config{})
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, target, original string) {
		if !utf8.ValidString(target) || !utf8.ValidString(original) {
			return
		}
		ts, err := checker.TextSource(target)
		if err != nil {
			t.Fatal(err)
		}
		os, err := checker.TextSource(original)
		if err != nil {
			t.Fatal(err)
		}
		for _, src := range []*checker.Source{ts.WithOriginal(os), checker.Segment(ts, os)} {
			res, err := eng.CheckSource(context.Background(), src)
			if err != nil {
				t.Fatalf("check failed: %v", err)
			}
			for _, fd := range res.Findings {
				if fd.Start < 0 || fd.End > len(target) || fd.Start > fd.End {
					t.Fatalf("finding %s at %v outside the %d-byte translation", fd.Rule, fd.Span, len(target))
				}
				if fd.SourceRef == nil {
					continue
				}
				r := fd.SourceRef
				if r.SourceStart < 0 || r.SourceEnd > len(original) || r.SourceStart > r.SourceEnd {
					t.Fatalf("finding %s refers to %d–%d outside the %d-byte original", fd.Rule, r.SourceStart, r.SourceEnd, len(original))
				}
				if original[r.SourceStart:r.SourceEnd] != r.SourceText {
					t.Fatalf("finding %s: source text %q, original has %q", fd.Rule, r.SourceText, original[r.SourceStart:r.SourceEnd])
				}
			}
			if res.Score < 0 || res.Score > 100 {
				t.Fatalf("score %v", res.Score)
			}
		}
	})
}
