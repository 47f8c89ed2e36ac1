package server

import (
	"context"
	"errors"
	"sync/atomic"
)

// Limiter bounds the number of documents checked at the same time.
type Limiter interface {
	// Acquire waits for a free worker until ctx is done. It fails at once
	// with ErrQueueFull when queue is true and the wait queue is full, and
	// with ErrWaitedTooLong when ctx ends first. A nil error comes with the
	// function that frees the worker again. queue false waits without
	// taking a place in the bounded queue (a batch's few workers).
	Acquire(ctx context.Context, queue bool) (release func(), err error)
	// Waiting returns the number of requests waiting for a worker.
	Waiting() int
	// Busy returns the number of workers checking a document.
	Busy() int
}

// Errors of Limiter.Acquire; both answer 503 with Retry-After.
var (
	ErrQueueFull     = errors.New("too many requests are waiting for a worker")
	ErrWaitedTooLong = errors.New("the request waited too long for a free worker")
)

// NewLimiter returns a limiter with workers concurrent checks and a queue
// of at most queue waiting requests.
func NewLimiter(workers, queue int) Limiter {
	return &semaphore{slots: make(chan struct{}, max(workers, 1)), queue: int64(queue)}
}

// semaphore is the default Limiter: a counting semaphore with a bounded
// count of waiters.
type semaphore struct {
	slots   chan struct{}
	queue   int64
	waiting atomic.Int64
}

func (s *semaphore) Acquire(ctx context.Context, queue bool) (func(), error) {
	select {
	case s.slots <- struct{}{}:
		return s.release, nil
	default:
	}
	if n := s.waiting.Add(1); queue && n > s.queue {
		s.waiting.Add(-1)
		return nil, ErrQueueFull
	}
	defer s.waiting.Add(-1)
	select {
	case s.slots <- struct{}{}:
		return s.release, nil
	case <-ctx.Done():
		return nil, ErrWaitedTooLong
	}
}

func (s *semaphore) release() { <-s.slots }

func (s *semaphore) Waiting() int { return int(s.waiting.Load()) }

func (s *semaphore) Busy() int { return len(s.slots) }
