package checker

import (
	"strconv"
	"strings"
)

// FileError is one problem in a file mtcheck reads: a rule pack, a
// configuration file, a corpus file or a data file of the lexicon. It names
// where the problem is, so that every such error reads
// "file:line: field: message".
type FileError struct {
	// File names the file, as it was given; "" when the problem belongs to no file.
	File string
	// Line is the 1-based line of the problem, or 0 when it concerns the whole file.
	Line int
	// Field names the offending field, e.g. `entry "video-caption": severity`
	// or "disable[1]"; "" when the problem concerns no field.
	Field string
	// Msg says what is wrong.
	Msg string
}

// Error returns "file:line: field: message", leaving out the parts that are
// empty (a line of 0 included).
func (e *FileError) Error() string {
	var b strings.Builder
	b.WriteString(e.File)
	if e.Line > 0 {
		b.WriteString(":")
		b.WriteString(strconv.Itoa(e.Line))
	}
	if b.Len() > 0 {
		b.WriteString(": ")
	}
	if e.Field != "" {
		b.WriteString(e.Field)
		b.WriteString(": ")
	}
	b.WriteString(e.Msg)
	return b.String()
}

// FileErrors is every problem found in one or more files, in the order they
// were found. Return it as an error through Err, so that an empty list is nil.
type FileErrors []*FileError

// Error returns one problem per line.
func (es FileErrors) Error() string {
	lines := make([]string, len(es))
	for i, e := range es {
		lines[i] = e.Error()
	}
	return strings.Join(lines, "\n")
}

// Unwrap gives errors.As and errors.Is access to the single problems.
func (es FileErrors) Unwrap() []error {
	out := make([]error, len(es))
	for i, e := range es {
		out[i] = e
	}
	return out
}

// Err returns es as an error, or nil when it is empty.
func (es FileErrors) Err() error {
	if len(es) == 0 {
		return nil
	}
	return es
}

// AsFileErrors returns every *FileError in the tree of err (err itself, and
// what it wraps through Unwrap, FileErrors and errors.Join included), in
// order, or nil when there is none.
func AsFileErrors(err error) FileErrors {
	var out FileErrors
	var walk func(error)
	walk = func(err error) {
		switch e := err.(type) {
		case *FileError:
			if e != nil {
				out = append(out, e)
			}
		case interface{ Unwrap() []error }:
			for _, w := range e.Unwrap() {
				walk(w)
			}
		case interface{ Unwrap() error }:
			walk(e.Unwrap())
		}
	}
	walk(err)
	return out
}
