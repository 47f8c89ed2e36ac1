package batch

import (
	"errors"
	"fmt"
	"hash/fnv"
	"strconv"
	"strings"
)

// Shard selects shard K of N (1 ≤ K ≤ N) of a batch, so that N runs, one
// per shard, share the work: together they yield exactly the documents of
// the whole batch, each once. The zero Shard, and any with N = 1, keeps
// everything.
//
// A document belongs to shard K when the FNV-1a 64-bit hash of its key,
// modulo N, is K-1. The key is taken where a document is made, so that it
// does not depend on what else the batch holds or on the other shards:
//
//   - a text, Markdown or HTML file: its path, as given on the command line
//     or as walked below a directory (the operand joined with the names below
//     it); such files of other shards are not even opened;
//   - a URL's page, or an input that cannot be read: the operand or path;
//   - a JSONL record: its "id", or "PATH#LINE" for a record without one;
//   - a feed item: its ID (see Feed), which for an item without id or link
//     is "FEED#N".
//
// Inputs that hold several records (JSONL files, feeds, URLs until their
// content is known, standard input) are read by every shard, which keeps
// its share of the records.
type Shard struct {
	K, N int
}

// ParseShard reads "K/N", as the --shard flag takes it; "" is the zero
// Shard.
func ParseShard(s string) (Shard, error) {
	if s == "" {
		return Shard{}, nil
	}
	ks, ns, ok := strings.Cut(s, "/")
	if !ok {
		return Shard{}, fmt.Errorf("--shard %q: want K/N, as in 2/5 (shard 2 of 5)", s)
	}
	k, errK := strconv.Atoi(strings.TrimSpace(ks))
	n, errN := strconv.Atoi(strings.TrimSpace(ns))
	if errK != nil || errN != nil {
		return Shard{}, fmt.Errorf("--shard %q: K and N must be whole numbers, as in 2/5", s)
	}
	sh := Shard{K: k, N: n}
	if err := sh.validate(); err != nil {
		return Shard{}, fmt.Errorf("--shard %q: %v", s, err)
	}
	return sh, nil
}

// validate reports a shard that is neither the zero Shard nor K of N.
func (s Shard) validate() error {
	switch {
	case s == Shard{}:
		return nil
	case s.N < 1:
		return errors.New("N must be at least 1")
	case s.K < 1 || s.K > s.N:
		return fmt.Errorf("K must be between 1 and %d", s.N)
	}
	return nil
}

// String returns "K/N", or "" for the zero Shard.
func (s Shard) String() string {
	if s == (Shard{}) {
		return ""
	}
	return strconv.Itoa(s.K) + "/" + strconv.Itoa(s.N)
}

// Keeps reports whether the document with shard key key belongs to s.
func (s Shard) Keeps(key string) bool {
	if s.N <= 1 {
		return true
	}
	h := fnv.New64a()
	h.Write([]byte(key))
	return h.Sum64()%uint64(s.N) == uint64(s.K-1)
}
