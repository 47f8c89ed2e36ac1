package pack

import (
	"io/fs"
	"path"

	"github.com/mtcheck/mtcheck/checker"
)

// ParseFS parses every file of fsys whose name matches glob (see fs.Glob), in
// name order, naming each by its base name in errors. Problems of all files
// are returned together.
func ParseFS(fsys fs.FS, glob string) ([]*Pack, error) {
	names, err := fs.Glob(fsys, glob)
	if err != nil {
		return nil, err
	}
	var packs []*Pack
	var errs checker.FileErrors
	for _, name := range names {
		data, err := fs.ReadFile(fsys, name)
		if err != nil {
			return nil, err
		}
		p, err := Parse(path.Base(name), data)
		if err != nil {
			if es := checker.AsFileErrors(err); es != nil {
				errs = append(errs, es...)
				continue
			}
			return nil, err
		}
		packs = append(packs, p)
	}
	return packs, errs.Err()
}
