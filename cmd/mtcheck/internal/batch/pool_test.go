package batch

import (
	"context"
	"errors"
	"iter"
	"math/rand/v2"
	"strconv"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// numbered yields n documents with IDs "0", "1", …, counting how many were pulled.
func numbered(n int, pulled *atomic.Int64) iter.Seq[Document] {
	return func(yield func(Document) bool) {
		for i := range n {
			pulled.Add(1)
			if !yield(Document{ID: strconv.Itoa(i)}) {
				return
			}
		}
	}
}

func TestRunKeepsOrder(t *testing.T) {
	for _, jobs := range []int{0, 1, 3, 8} {
		t.Run(strconv.Itoa(jobs), func(t *testing.T) {
			var pulled atomic.Int64
			var got []string
			err := Run(context.Background(), numbered(300, &pulled), jobs,
				func(d Document) string {
					time.Sleep(time.Duration(rand.IntN(200)) * time.Microsecond)
					return d.ID
				},
				func(id string) error {
					got = append(got, id)
					return nil
				})
			require.NoError(t, err)
			require.Len(t, got, 300)
			for i, id := range got {
				require.Equal(t, strconv.Itoa(i), id)
			}
		})
	}
}

func TestRunRunsJobsInParallelAndBoundsMemory(t *testing.T) {
	const jobs = 4
	var pulled atomic.Int64
	var running, maxRunning atomic.Int64
	emitted := 0
	maxAhead := int64(0)
	err := Run(context.Background(), numbered(200, &pulled), jobs,
		func(d Document) int {
			n := running.Add(1)
			for {
				m := maxRunning.Load()
				if n <= m || maxRunning.CompareAndSwap(m, n) {
					break
				}
			}
			if d.ID == "0" {
				time.Sleep(20 * time.Millisecond) // a slow first document holds back delivery
			} else {
				time.Sleep(100 * time.Microsecond)
			}
			running.Add(-1)
			return 0
		},
		func(int) error {
			emitted++
			if ahead := pulled.Load() - int64(emitted); ahead > maxAhead {
				maxAhead = ahead
			}
			return nil
		})
	require.NoError(t, err)
	assert.Equal(t, 200, emitted)
	assert.LessOrEqual(t, maxRunning.Load(), int64(jobs), "no more than jobs workers")
	assert.Greater(t, maxRunning.Load(), int64(1), "workers run in parallel")
	assert.LessOrEqual(t, maxAhead, int64(2*jobs+2), "the source must not run far ahead of delivery")
}

func TestRunStopsOnEmitError(t *testing.T) {
	var pulled atomic.Int64
	boom := errors.New("boom")
	var worked atomic.Int64
	emitted := 0
	err := Run(context.Background(), numbered(100000, &pulled), 2,
		func(d Document) string { worked.Add(1); return d.ID },
		func(string) error {
			emitted++
			if emitted == 5 {
				return boom
			}
			return nil
		})
	assert.ErrorIs(t, err, boom)
	assert.Equal(t, 5, emitted)
	assert.Less(t, pulled.Load(), int64(100), "the source is abandoned")
	p := pulled.Load()
	time.Sleep(10 * time.Millisecond)
	assert.Equal(t, p, pulled.Load(), "nothing runs after Run returned")
}

func TestRunCancelled(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	var pulled atomic.Int64
	var once sync.Once
	err := Run(ctx, numbered(100000, &pulled), 2,
		func(d Document) string { return d.ID },
		func(string) error { once.Do(cancel); return nil })
	assert.ErrorIs(t, err, context.Canceled)
	assert.Less(t, pulled.Load(), int64(100000))
}

func TestRunEmptySource(t *testing.T) {
	var pulled atomic.Int64
	calls := 0
	err := Run(context.Background(), numbered(0, &pulled), 3,
		func(d Document) string { return d.ID },
		func(string) error { calls++; return nil })
	assert.NoError(t, err)
	assert.Zero(t, calls)
}
