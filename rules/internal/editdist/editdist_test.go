package editdist

import "testing"

func TestLevenshtein(t *testing.T) {
	for _, tc := range []struct {
		a, b string
		want int
	}{
		{"", "", 0}, {"abc", "", 3}, {"", "ab", 2}, {"bwi", "bhi", 1}, {"kitten", "sitting", 3},
		{"english-date", "englsh-date", 1}, {"flaw", "lawn", 2}, {"München", "Munich", 4},
	} {
		if got := Levenshtein([]rune(tc.a), []rune(tc.b)); got != tc.want {
			t.Errorf("Levenshtein(%q, %q) = %d, want %d", tc.a, tc.b, got, tc.want)
		}
		if got := Levenshtein([]rune(tc.b), []rune(tc.a)); got != tc.want {
			t.Errorf("Levenshtein(%q, %q) = %d, want %d (symmetric)", tc.b, tc.a, got, tc.want)
		}
	}
	if got := Levenshtein([]byte("ü"), []byte("u")); got != 2 {
		t.Errorf("bytes: got %d, want 2 (ü is two bytes)", got)
	}
}
