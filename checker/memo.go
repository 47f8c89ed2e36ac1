package checker

import (
	"hash/maphash"
	"strings"
	"sync"
	"sync/atomic"
)

// FormMemo is a function of a word form's text whose answers an engine keeps
// across the documents it checks, for per-form work that costs more than a
// map lookup (a lexicon search over a word's possible stems) and that short
// documents would otherwise repeat for every one of them. The function must
// depend on the text alone. Declare one per function, as a package-level
// value; it holds no state of its own: the answers live in the engine, are
// shared by its goroutines, and stop being added once the engine holds
// maxMemoEntries of them (they are still computed, only not kept).
type FormMemo[T any] struct {
	compute func(text string) T
}

// NewFormMemo returns the memo of compute.
func NewFormMemo[T any](compute func(text string) T) *FormMemo[T] {
	return &FormMemo[T]{compute: compute}
}

// maxMemoEntries bounds the answers an engine keeps, so that a long-running
// server that sees ever new words does not grow without end.
const maxMemoEntries = 1 << 20

// memoStore holds an engine's FormMemo answers, in shards so that the
// goroutines of a batch rarely wait for each other.
type memoStore struct {
	shards [memoShards]memoShard
	n      atomic.Int64
}

const memoShards = 16

type memoShard struct {
	mu      sync.RWMutex
	answers map[memoKey]any
}

type memoKey struct {
	memo any
	text string
}

var memoSeed = maphash.MakeSeed()

// Get returns compute(text), from the engine's store when it has it.
func (m *FormMemo[T]) Get(p *Pass, text string) T {
	st := p.run.memo
	if st == nil {
		return m.compute(text)
	}
	sh := &st.shards[maphash.String(memoSeed, text)%memoShards]
	sh.mu.RLock()
	v, ok := sh.answers[memoKey{m, text}]
	sh.mu.RUnlock()
	if ok {
		return v.(T)
	}
	answer := m.compute(text)
	if st.n.Add(1) <= maxMemoEntries {
		sh.mu.Lock()
		if sh.answers == nil {
			sh.answers = map[memoKey]any{}
		}
		// The text is cloned: a form's text is a piece of its document,
		// which the store must not keep alive.
		sh.answers[memoKey{m, strings.Clone(text)}] = answer
		sh.mu.Unlock()
	}
	return answer
}
