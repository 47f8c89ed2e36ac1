package pack

import (
	"errors"
	"fmt"
	"strings"
)

// Error is one problem in a pack file: where it is and which field it concerns.
type Error struct {
	// File is the name the pack was parsed under.
	File string
	// Line is the 1-based line of the offending YAML node, or 0 when unknown.
	Line int
	// Field names the offending field, e.g. `entry "video-caption": severity`; empty for
	// problems of the file as a whole (YAML syntax).
	Field string
	// Msg says what is wrong.
	Msg string
}

func (e *Error) Error() string {
	var b strings.Builder
	b.WriteString(e.File)
	if e.Line > 0 {
		fmt.Fprintf(&b, ":%d", e.Line)
	}
	b.WriteString(": ")
	if e.Field != "" {
		b.WriteString(e.Field)
		b.WriteString(": ")
	}
	b.WriteString(e.Msg)
	return b.String()
}

// Errors is every problem found in one or more pack files, in file order.
// It is returned as an error only when it is not empty.
type Errors []*Error

func (es Errors) Error() string {
	lines := make([]string, len(es))
	for i, e := range es {
		lines[i] = e.Error()
	}
	return strings.Join(lines, "\n")
}

// Unwrap gives errors.As and errors.Is access to the single problems.
func (es Errors) Unwrap() []error {
	out := make([]error, len(es))
	for i, e := range es {
		out[i] = e
	}
	return out
}

// err returns es as an error, or nil when it is empty.
func (es Errors) err() error {
	if len(es) == 0 {
		return nil
	}
	return es
}

// AsErrors returns the single problems of an error returned by this package
// (one *Error, or Errors), or nil for any other error.
func AsErrors(err error) Errors {
	var es Errors
	if errors.As(err, &es) {
		return es
	}
	var e *Error
	if errors.As(err, &e) {
		return Errors{e}
	}
	return nil
}
