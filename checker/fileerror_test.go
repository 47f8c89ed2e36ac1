package checker

import (
	"errors"
	"fmt"
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestFileErrorLeavesOutEmptyParts(t *testing.T) {
	tests := []struct {
		err  FileError
		want string
	}{
		{FileError{File: "p.yaml", Line: 3, Field: "name", Msg: "missing"}, "p.yaml:3: name: missing"},
		{FileError{File: "p.yaml", Field: "name", Msg: "missing"}, "p.yaml: name: missing"},
		{FileError{File: "p.yaml", Line: 3, Msg: "tab"}, "p.yaml:3: tab"},
		{FileError{File: "p.yaml", Msg: "cannot read"}, "p.yaml: cannot read"},
		{FileError{Field: "enable", Msg: "unknown"}, "enable: unknown"},
		{FileError{Msg: "unknown"}, "unknown"},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, tt.err.Error())
	}
}

func TestFileErrors(t *testing.T) {
	a := &FileError{File: "a.yaml", Line: 1, Msg: "one"}
	b := &FileError{File: "b.yaml", Line: 2, Field: "f", Msg: "two"}
	es := FileErrors{a, b}
	assert.Equal(t, "a.yaml:1: one\nb.yaml:2: f: two", es.Error())
	assert.NoError(t, FileErrors(nil).Err())
	assert.Equal(t, es, es.Err())

	var fe *FileError
	assert.True(t, errors.As(es, &fe))
	assert.Same(t, a, fe, "errors.As finds the first problem")
	assert.ErrorIs(t, es, b)
}

func TestAsFileErrors(t *testing.T) {
	a := &FileError{File: "a", Msg: "one"}
	b := &FileError{File: "b", Msg: "two"}
	c := &FileError{File: "c", Msg: "three"}
	tests := map[string]struct {
		err  error
		want FileErrors
	}{
		"nil":           {nil, nil},
		"another error": {errors.New("x"), nil},
		"one":           {a, FileErrors{a}},
		"list":          {FileErrors{a, b}, FileErrors{a, b}},
		"wrapped":       {fmt.Errorf("loading: %w", FileErrors{a, b}), FileErrors{a, b}},
		"joined":        {errors.Join(FileErrors{a}, errors.New("x"), fmt.Errorf("w: %w", b), c), FileErrors{a, b, c}},
	}
	for name, tt := range tests {
		t.Run(name, func(t *testing.T) {
			got := AsFileErrors(tt.err)
			assert.Equal(t, tt.want, got)
			for i := range got {
				assert.Same(t, tt.want[i], got[i], "the problems themselves, not copies")
			}
		})
	}
}
