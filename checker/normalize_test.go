package checker

import (
	"math/rand"
	"strings"
	"testing"
)

// TestNormalizeSpaceMatchesFields compares NormalizeSpace with the plain
// strings.Join(strings.Fields(s), " ") on random text.
func TestNormalizeSpaceMatchesFields(t *testing.T) {
	pieces := []string{"a", "Wort", "ä", " ", "  ", "\n", "\t", "\r\n", "\u00a0", "\u2003", "\u3000", "\u0085", ".", "😀"}
	rng := rand.New(rand.NewSource(1))
	for range 20000 {
		var b strings.Builder
		for k := rng.Intn(8); k > 0; k-- {
			b.WriteString(pieces[rng.Intn(len(pieces))])
		}
		s := b.String()
		if got, want := NormalizeSpace(s), strings.Join(strings.Fields(s), " "); got != want {
			t.Fatalf("NormalizeSpace(%q) = %q, want %q", s, got, want)
		}
	}
}

func TestNormalizeSpace(t *testing.T) {
	if got := NormalizeSpace("  a\n b\t\tc \u00a0"); got != "a b c" {
		t.Errorf("got %q", got)
	}
	if got := NormalizeSpace(" \n "); got != "" {
		t.Errorf("got %q", got)
	}
}
