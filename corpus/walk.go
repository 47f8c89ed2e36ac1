package corpus

import (
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

// Expand turns paths into the corpus files to load, in order: files are kept
// as given; directories are walked in lexical order for .txt, .jsonl and
// .jsonl.gz files, skipping subdirectories named testdata or starting with
// "." or "_". A stand-off annotation file without its text is an error.
func Expand(paths []string) ([]string, error) {
	var out []string
	for _, p := range paths {
		info, err := os.Stat(p)
		if err != nil {
			return out, err
		}
		if !info.IsDir() {
			out = append(out, textPathOf(p))
			continue
		}
		var found []string
		err = filepath.WalkDir(p, func(path string, e fs.DirEntry, err error) error {
			if err != nil {
				return err
			}
			name := e.Name()
			if e.IsDir() {
				if path != p && (name == "testdata" || strings.HasPrefix(name, ".") || strings.HasPrefix(name, "_")) {
					return filepath.SkipDir
				}
				return nil
			}
			switch {
			case strings.HasSuffix(name, AnnotationsSuffix):
				if !fileExists(textPathOf(path)) {
					return &LoadError{Path: path, Msg: "annotation file without its text " + filepath.Base(textPathOf(path))}
				}
			case strings.HasSuffix(name, ".txt") || isMQMPath(name):
				found = append(found, path)
			}
			return nil
		})
		if err != nil {
			return out, err
		}
		sort.Strings(found)
		out = append(out, found...)
	}
	return out, nil
}
