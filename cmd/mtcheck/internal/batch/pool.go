package batch

import (
	"context"
	"iter"
	"sync"
)

// Run pulls the documents of src, applies work to them on jobs goroutines
// and passes the results to emit one at a time, in source order. work must
// be safe for concurrent use; emit is called from Run's goroutine only.
//
// Memory is bounded: besides the jobs documents being worked on, at most
// 2×jobs finished or pending results wait for their turn, so a slow document
// holds back only a bounded number of later ones.
//
// Run returns the first error of emit, or the context's error when ctx is
// cancelled, after stopping the source and waiting for every goroutine it
// started.
func Run[R any](ctx context.Context, src iter.Seq[Document], jobs int, work func(Document) R, emit func(R) error) error {
	if jobs < 1 {
		jobs = 1
	}
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()

	type task struct {
		doc Document
		out chan<- R
	}
	tasks := make(chan task)
	// order holds one result slot per document, in source order; its capacity
	// bounds how far the source may run ahead of emit.
	order := make(chan (<-chan R), 2*jobs)

	var wg sync.WaitGroup
	for range jobs {
		wg.Go(func() {
			for t := range tasks {
				t.out <- work(t.doc) // buffered: never blocks
			}
		})
	}
	wg.Go(func() {
		defer close(order)
		defer close(tasks)
		for d := range src {
			if ctx.Err() != nil {
				return
			}
			out := make(chan R, 1)
			select {
			case order <- out:
			case <-ctx.Done():
				return
			}
			// The slot is queued, so its task must reach a worker; workers
			// never block, so this send completes.
			tasks <- task{d, out}
		}
	})

	err := func() error {
		for slot := range order {
			select {
			case r := <-slot:
				if err := emit(r); err != nil {
					return err
				}
			case <-ctx.Done():
				return ctx.Err()
			}
		}
		return ctx.Err()
	}()
	cancel()
	wg.Wait()
	return err
}
