// Package walk is mtcheck's one directory walker: the inputs of
// `mtcheck check` and the evaluation corpora are found by the same rules.
//
// The rules: a root that is not a directory is yielded as it is; a directory
// is walked recursively, in lexical order of the names within each directory
// (depth first, the order of filepath.WalkDir), so that runs are
// reproducible; entries below the root whose names start with "." are skipped
// (the root itself never is, so "." and ".drafts/" can be walked); symbolic
// links to files are followed, links to directories are not. What else is
// skipped, whole directories or files by name, is up to the caller (Options).
package walk

import (
	"io/fs"
	"iter"
	"os"
	"path/filepath"
	"strings"
)

// Options say which entries a walk passes over besides the hidden ones.
type Options struct {
	// Keep, when set, decides whether a file found below a directory is
	// yielded; it is given the file's path as walked. Nil keeps every file.
	// A root that is not a directory is always yielded.
	Keep func(path string) bool
	// SkipDir, when set, reports whether a directory below the root, given
	// by its path as walked and its name, is skipped with all it holds.
	SkipDir func(path, name string) bool
	// Hidden walks hidden entries too: files and directories below the root
	// whose names start with ".", which are skipped by default.
	Hidden bool
	// Skipped, when set, is told of every entry the walk itself passes over
	// and why (one of the Reason constants): hidden entries, directories
	// SkipDir rejects and symbolic links to directories. A skipped directory
	// is reported once, not with its contents. Files Keep rejects are not
	// reported: Keep knows why it rejects them.
	Skipped func(path, reason string)
}

// Reasons given to Options.Skipped.
const (
	ReasonHidden  = "hidden"
	ReasonSkipDir = "directory skipped"
	ReasonDirLink = "symbolic link to a directory"
)

// Walk yields root itself when it is not a directory, and otherwise every
// file below root that the rules of the package and opt let through. A path
// comes with a nil error, or with the error met reading it: a missing root,
// an unreadable directory (whose contents are then left out), a dangling
// symbolic link. Errors are passed on as the file system returns them (they
// name the path). Nothing is read before the sequence is iterated.
func Walk(root string, opt Options) iter.Seq2[string, error] {
	return func(yield func(string, error) bool) {
		info, err := os.Stat(root)
		if err != nil {
			yield(root, err)
			return
		}
		if !info.IsDir() {
			yield(root, nil)
			return
		}
		walkRoot := root
		if li, err := os.Lstat(root); err == nil && li.Mode()&fs.ModeSymlink != 0 &&
			!strings.HasSuffix(root, string(filepath.Separator)) {
			// WalkDir does not follow a link, not even the root; a trailing
			// separator makes the system resolve it.
			walkRoot = root + string(filepath.Separator)
		}
		skipped := func(p, reason string) {
			if opt.Skipped != nil {
				opt.Skipped(p, reason)
			}
		}
		keep := func(p string) bool { return opt.Keep == nil || opt.Keep(p) }
		_ = filepath.WalkDir(walkRoot, func(p string, d fs.DirEntry, err error) error {
			if err != nil {
				if !yield(p, err) {
					return filepath.SkipAll
				}
				return nil // WalkDir skips the unreadable directory itself
			}
			if p == walkRoot {
				return nil
			}
			name := d.Name()
			if !opt.Hidden && strings.HasPrefix(name, ".") {
				skipped(p, ReasonHidden)
				if d.IsDir() {
					return filepath.SkipDir
				}
				return nil
			}
			if d.IsDir() {
				if opt.SkipDir != nil && opt.SkipDir(p, name) {
					skipped(p, ReasonSkipDir)
					return filepath.SkipDir
				}
				return nil
			}
			var statErr error
			if d.Type()&fs.ModeSymlink != 0 {
				fi, err := os.Stat(p)
				if err == nil && fi.IsDir() {
					skipped(p, ReasonDirLink)
					return nil
				}
				statErr = err
			}
			if !keep(p) {
				return nil
			}
			if !yield(p, statErr) {
				return filepath.SkipAll
			}
			return nil
		})
	}
}
