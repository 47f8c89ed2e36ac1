package batch

import (
	"errors"
	"io/fs"
	"iter"
	"os"
	"path/filepath"
	"slices"
	"strings"
)

// Walk yields root itself when it is not a directory, and otherwise every
// file below root whose extension (case-insensitive) is one of exts, in
// lexical walk order so that runs are reproducible. Symbolic links to files
// are followed, links to directories are not. Errors (a missing root, an
// unreadable directory) are yielded with the path they concern.
func Walk(root string, exts []string) iter.Seq2[string, error] {
	return func(yield func(string, error) bool) {
		info, err := os.Stat(root)
		if err != nil {
			yield(root, plainErr(err))
			return
		}
		if !info.IsDir() {
			yield(root, nil)
			return
		}
		_ = filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
			if err != nil {
				if !yield(p, plainErr(err)) {
					return filepath.SkipAll
				}
				return nil // WalkDir skips the unreadable directory itself
			}
			if d.IsDir() || !slices.Contains(exts, strings.ToLower(filepath.Ext(p))) {
				return nil
			}
			if d.Type()&fs.ModeSymlink != 0 {
				if fi, err := os.Stat(p); err == nil && fi.IsDir() {
					return nil
				}
			}
			if !yield(p, nil) {
				return filepath.SkipAll
			}
			return nil
		})
	}
}

// readFile yields the documents of one file and reports whether the
// iteration should go on. Text files larger than opt.MaxBytes are rejected
// without being read.
func readFile(path string, opt Options, yield func(Document) bool) bool {
	f, err := os.Open(path)
	if err != nil {
		return yield(Document{ID: path, Path: path, Err: plainErr(err)})
	}
	defer f.Close()
	if !opt.JSONL {
		if fi, err := f.Stat(); err == nil && fi.Mode().IsRegular() && fi.Size() > int64(opt.MaxBytes) {
			return yield(Document{ID: path, Path: path, Err: tooLarge(opt.MaxBytes)})
		}
	}
	return readOne(path, f, opt, yield)
}

// plainErr drops the operation and path from a *fs.PathError, since reports
// already name the path: "permission denied" instead of
// "open a.txt: permission denied".
func plainErr(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}
