package corpus

import (
	"fmt"

	"github.com/mtcheck/mtcheck/checker"
)

// Problems with the content of a corpus file are *checker.FileError values
// naming the file and, when known, the line: "file:line: message".

// loadErrorf returns the problem of a corpus file at line (0: the whole file).
func loadErrorf(path string, line int, format string, args ...any) *checker.FileError {
	return &checker.FileError{File: path, Line: line, Msg: fmt.Sprintf(format, args...)}
}

// LoadError is a problem of a whole corpus file under the shape corpus/walk.go
// still builds; it reads as, and unwraps to, the checker.FileError it stands
// for, so that errors.As and checker.AsFileErrors find it.
//
// Deprecated: report a *checker.FileError (loadErrorf); LoadError goes once
// walk.go does.
type LoadError struct {
	Path string
	Msg  string
}

func (e *LoadError) Error() string { return e.Unwrap().Error() }

// Unwrap returns the problem as a checker.FileError.
func (e *LoadError) Unwrap() error { return &checker.FileError{File: e.Path, Msg: e.Msg} }
