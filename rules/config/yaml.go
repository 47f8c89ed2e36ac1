package config

import (
	"cmp"
	"slices"

	"go.yaml.in/yaml/v3"

	"github.com/mtcheck/mtcheck/checker"
	"github.com/mtcheck/mtcheck/rules/yamlnode"
)

// reader reads the YAML nodes of one configuration file (yamlnode.Reader)
// and collects the problems of the file and of the names it gives.
type reader struct {
	*yamlnode.Reader
	errs checker.FileErrors
}

// newReader returns a reader of the file at path ("" for problems of no file).
func newReader(path string) *reader {
	r := &reader{}
	r.Reader = yamlnode.New(path, &r.errs)
	return r
}

// err returns the problems found, ordered by line, or nil.
func (r *reader) err() error {
	slices.SortStableFunc(r.errs, func(a, b *checker.FileError) int { return cmp.Compare(a.Line, b.Line) })
	return r.errs.Err()
}

// strs reads a list of strings; an empty value is an empty list.
func (r *reader) strs(n *yaml.Node, field string) []Name {
	if yamlnode.IsNull(n) {
		return nil
	}
	return r.Strs(n, field, ", e.g. [a, b]")
}
