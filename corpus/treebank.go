package corpus

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"sort"
	"strconv"
	"strings"
)

// TreebankSentence is one sentence of a CoNLL-U treebank: its surface tokens
// (what was written, with the spaces between them) and its syntactic words
// with their gold annotation.
type TreebankSentence struct {
	// ID is the sent_id comment ("dev-s17"); N is its number (17), the
	// order the sentences are split into halves by.
	ID string
	N  int
	// Tokens are the surface tokens: a multiword token ("zum") is one token
	// for the words it stands for ("zu", "dem").
	Tokens []SurfaceToken
	// Words are the syntactic words, in order; Words[i].ID is i+1.
	Words []GoldWord
}

// SurfaceToken is a token as written, and whether a space follows it.
type SurfaceToken struct {
	Form       string
	SpaceAfter bool
	// Words are the indices (into TreebankSentence.Words) of the syntactic
	// words the token stands for: one, or several for a multiword token.
	Words []int
}

// GoldWord is one syntactic word with its gold annotation (CoNLL-U columns 1–8).
type GoldWord struct {
	ID     int
	Form   string
	Lemma  string
	UPOS   string
	XPOS   string
	Feats  string
	Head   int // 0 for the root
	DepRel string
	// Token is the index of the surface token the word belongs to.
	Token int
}

// Feat returns the value of the morphological feature name ("Case"), or "".
func (w GoldWord) Feat(name string) string {
	for f := range strings.SplitSeq(w.Feats, "|") {
		if k, v, ok := strings.Cut(f, "="); ok && k == name {
			return v
		}
	}
	return ""
}

// Text returns the sentence as written: the surface tokens joined by the
// spaces the treebank records.
func (s *TreebankSentence) Text() string {
	text, _ := renderTokens(s.Tokens)
	return text
}

// ReadTreebankFile reads a CoNLL-U file (see ReadTreebank).
func ReadTreebankFile(path string) ([]TreebankSentence, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return ReadTreebank(f, path)
}

// ReadTreebank reads the sentences of a CoNLL-U treebank and returns them in
// sent_id order (by the number at the end of the sent_id, then by the ID).
// Empty nodes (decimal IDs) are skipped. A malformed line is an error naming
// path and line.
func ReadTreebank(r io.Reader, path string) ([]TreebankSentence, error) {
	var out []TreebankSentence
	var cur TreebankSentence
	rangeEnd := 0 // last word ID of the current multiword token
	flush := func() {
		if len(cur.Words) > 0 {
			if cur.ID == "" {
				cur.ID = "s" + strconv.Itoa(len(out)+1)
			}
			out = append(out, cur)
		}
		cur, rangeEnd = TreebankSentence{}, 0
	}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64*1024), 4*1024*1024)
	line := 0
	for sc.Scan() {
		line++
		l := strings.TrimRight(sc.Text(), "\r")
		switch {
		case l == "":
			flush()
			continue
		case strings.HasPrefix(l, "#"):
			if k, v, ok := strings.Cut(strings.TrimPrefix(l, "#"), "="); ok && strings.TrimSpace(k) == "sent_id" {
				cur.ID = strings.TrimSpace(v)
				cur.N = trailingNumber(cur.ID)
			}
			continue
		}
		f := strings.Split(l, "\t")
		if len(f) != 10 {
			return nil, loadErrorf(path, line, "want 10 tab-separated columns, have %d", len(f))
		}
		spaceAfter := !strings.Contains(f[9], "SpaceAfter=No")
		if a, b, ok := strings.Cut(f[0], "-"); ok {
			first, err1 := strconv.Atoi(a)
			last, err2 := strconv.Atoi(b)
			if err1 != nil || err2 != nil || last < first {
				return nil, loadErrorf(path, line, "malformed multiword token ID %q", f[0])
			}
			cur.Tokens = append(cur.Tokens, SurfaceToken{Form: f[1], SpaceAfter: spaceAfter})
			rangeEnd = last
			continue
		}
		if strings.Contains(f[0], ".") {
			continue // empty node
		}
		id, err := strconv.Atoi(f[0])
		if err != nil || id != len(cur.Words)+1 {
			return nil, loadErrorf(path, line, "word ID %q out of order", f[0])
		}
		head, err := strconv.Atoi(f[6])
		if err != nil {
			return nil, loadErrorf(path, line, "malformed head %q", f[6])
		}
		w := GoldWord{ID: id, Form: f[1], Lemma: f[2], UPOS: f[3], XPOS: f[4], Feats: f[5], Head: head, DepRel: f[7]}
		if id <= rangeEnd {
			w.Token = len(cur.Tokens) - 1
		} else {
			cur.Tokens = append(cur.Tokens, SurfaceToken{Form: f[1], SpaceAfter: spaceAfter})
			w.Token = len(cur.Tokens) - 1
		}
		cur.Tokens[w.Token].Words = append(cur.Tokens[w.Token].Words, len(cur.Words))
		cur.Words = append(cur.Words, w)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	flush()
	sort.SliceStable(out, func(i, j int) bool {
		if out[i].N != out[j].N {
			return out[i].N < out[j].N
		}
		return out[i].ID < out[j].ID
	})
	return out, nil
}

// trailingNumber returns the number at the end of s ("dev-s17" → 17), or 0.
func trailingNumber(s string) int {
	i := len(s)
	for i > 0 && s[i-1] >= '0' && s[i-1] <= '9' {
		i--
	}
	n, _ := strconv.Atoi(s[i:])
	return n
}

// renderTokens joins tokens by their spaces and returns the text and the
// byte offset of every token in it.
func renderTokens(toks []SurfaceToken) (string, []int) {
	var b strings.Builder
	starts := make([]int, len(toks))
	for i, t := range toks {
		starts[i] = b.Len()
		b.WriteString(t.Form)
		if t.SpaceAfter && i < len(toks)-1 {
			b.WriteByte(' ')
		}
	}
	return b.String(), starts
}
