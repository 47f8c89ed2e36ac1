// Package editdist measures how far apart two sequences are: the rules use
// it to match a name of the original with its spelling in the translation,
// the configuration to suggest the rule ID a user probably meant.
package editdist

// Levenshtein returns the number of insertions, deletions and
// substitutions that turn a into b.
func Levenshtein[T comparable](a, b []T) int {
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			sub := prev[j-1]
			if a[i-1] != b[j-1] {
				sub++
			}
			cur[j] = min(sub, prev[j]+1, cur[j-1]+1)
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}
