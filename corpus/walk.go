package corpus

import (
	"path/filepath"
	"strings"

	"github.com/mtcheck/mtcheck/checker/walk"
)

// Expand turns paths into the corpus files to load, in order: files are kept
// as given (a stand-off annotation file stands for its text); directories are
// walked by the rules of the shared walker (package checker/walk: lexical
// order within each directory, hidden entries skipped, links to files
// followed, links to directories not) for .txt, .jsonl and .jsonl.gz files,
// also skipping subdirectories named testdata or starting with "_", which
// hold test inputs and drafts rather than corpus texts. A stand-off
// annotation file without its text is an error.
func Expand(paths []string) ([]string, error) {
	var out []string
	opt := walk.Options{SkipDir: func(_, name string) bool {
		return name == "testdata" || strings.HasPrefix(name, "_")
	}}
	for _, p := range paths {
		for path, err := range walk.Walk(p, opt) {
			if err != nil {
				return out, err
			}
			if path == p {
				out = append(out, textPathOf(p))
				continue
			}
			name := filepath.Base(path)
			switch {
			case strings.HasSuffix(name, AnnotationsSuffix):
				if !fileExists(textPathOf(path)) {
					return out, &LoadError{Path: path, Msg: "annotation file without its text " + filepath.Base(textPathOf(path))}
				}
			case strings.HasSuffix(name, ".txt") || isMQMPath(name):
				out = append(out, path)
			}
		}
	}
	return out, nil
}
