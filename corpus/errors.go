package corpus

import "fmt"

// LoadError reports a problem in a corpus file, naming the file and, when
// known, the line.
type LoadError struct {
	Path string
	// Line is 1-based; 0 when the problem concerns the whole file.
	Line int
	Msg  string
}

func (e *LoadError) Error() string {
	if e.Line > 0 {
		return fmt.Sprintf("%s:%d: %s", e.Path, e.Line, e.Msg)
	}
	return fmt.Sprintf("%s: %s", e.Path, e.Msg)
}

func loadErrorf(path string, line int, format string, args ...any) *LoadError {
	return &LoadError{Path: path, Line: line, Msg: fmt.Sprintf(format, args...)}
}
