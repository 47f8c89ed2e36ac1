package output

import "errors"

// Tee returns a writer that writes every record to each of ws, in order,
// and closes them all: the report on standard output and a --report file
// at once. Write stops at the first writer that fails; Close closes every
// writer and returns their errors joined.
func Tee(ws ...Writer) Writer { return tee(ws) }

type tee []Writer

func (t tee) Write(r *Record) error {
	for _, w := range t {
		if err := w.Write(r); err != nil {
			return err
		}
	}
	return nil
}

func (t tee) Close(s Summary) error {
	var errs []error
	for _, w := range t {
		errs = append(errs, w.Close(s))
	}
	return errors.Join(errs...)
}
