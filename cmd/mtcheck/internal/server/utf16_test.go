package server

import (
	"strings"
	"testing"
	"unicode/utf16"
	"unicode/utf8"
)

func TestUTF16Index(t *testing.T) {
	s := strings.Repeat("aä€😀\r\nu\u0308", 200) // crosses many checkpoints
	idx := newUTF16Index(s)
	for b := 0; b <= len(s); b++ {
		if b < len(s) && !utf8.RuneStart(s[b]) {
			continue
		}
		if got, want := idx.at(b), len(utf16.Encode([]rune(s[:b]))); got != want {
			t.Fatalf("at(%d) = %d, want %d", b, got, want)
		}
	}
	if idx.len() != len(utf16.Encode([]rune(s))) || utf16Len(s) != idx.len() {
		t.Errorf("len %d, utf16Len %d", idx.len(), utf16Len(s))
	}
	for _, n := range []int{0, utf16Step, 2 * utf16Step} {
		x := strings.Repeat("a", n)
		if got := newUTF16Index(x).at(n); got != n {
			t.Errorf("a string of %d bytes: at(end) = %d", n, got)
		}
	}
}

func TestMatchContext(t *testing.T) {
	long := strings.Repeat("😀 Wort ", 20)
	text := long + "Mr. Keller\r\nkam" + long
	start := len(long)
	ctx, off, n := matchContext(text, start, start+len("Mr. Keller"))
	if !strings.HasPrefix(ctx, "...") || !strings.HasSuffix(ctx, "...") || strings.ContainsAny(ctx, "\r\n") {
		t.Errorf("context %q", ctx)
	}
	if got := units16(ctx, off, n); got != "Mr. Keller" {
		t.Errorf("context %q at %d+%d shows %q", ctx, off, n, got)
	}
	if before := utf16Len(ctx[:strings.Index(ctx, "Mr.")]) - 3; before < contextSize || before > contextSize+1 {
		t.Errorf("%d units before the match, want %d", before, contextSize)
	}
	if ctx, off, _ := matchContext("Mr. Keller", 0, 4); ctx != "Mr. Keller" || off != 0 {
		t.Errorf("short text: %q %d", ctx, off)
	}
}
