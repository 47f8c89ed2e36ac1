package lexicon

import (
	"fmt"
	"strings"

	"github.com/mtcheck/mtcheck/checker"
)

// dataLine is one non-empty line of a data file with its comment removed.
type dataLine struct {
	file   string
	num    int
	fields []string
}

// errorf returns the problem of the line as a checker.FileError, "file:line: message".
func (l dataLine) errorf(format string, args ...any) error {
	return &checker.FileError{File: l.file, Line: l.num, Msg: fmt.Sprintf(format, args...)}
}

// splitLines cuts a data file into its meaningful lines: "#" starts a comment
// that runs to the end of the line, blank lines are skipped and fields are
// separated by white space.
func splitLines(file, text string) []dataLine {
	var out []dataLine
	for i, line := range strings.Split(text, "\n") {
		if j := strings.IndexByte(line, '#'); j >= 0 {
			line = line[:j]
		}
		f := strings.Fields(line)
		if len(f) > 0 {
			out = append(out, dataLine{file: file, num: i + 1, fields: f})
		}
	}
	return out
}

// alternatives splits a field of comma-separated alternatives; "-" stands for
// no form at all.
func alternatives(field string) []string {
	if field == "-" {
		return nil
	}
	return strings.Split(field, ",")
}
