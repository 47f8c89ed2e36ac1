package batch

import (
	"compress/gzip"
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"iter"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/mtcheck/mtcheck/checker/walk"
)

// Reasons a directory walk passes over a file, given to Options.Skipped
// besides those of the walker (walk.ReasonHidden, walk.ReasonDirLink).
const (
	ReasonExtension = "unsupported extension"
	ReasonNotFeed   = "not a feed"
)

// srcKind is where a unit comes from.
type srcKind int

const (
	srcFile srcKind = iota
	srcStdin
	srcURL
)

// unit is one input: a file, standard input or a URL, and how to read it.
type unit struct {
	name string // the path as given or walked, "-", or the URL
	src  srcKind
	// in is how the unit is read; InputAuto (standard input and URLs only)
	// reads it by its content.
	in Input
	// gz says the file is gzip-compressed.
	gz bool
	// err says the unit cannot be read; it yields one error document.
	err error
}

// single reports whether the unit yields exactly one document whose shard
// key is its name, so that sharding can leave it out unread.
func (u unit) single() bool {
	if u.src == srcURL || u.src == srcStdin {
		return false // the content decides; sharded by document
	}
	_, ok := u.in.format()
	return ok || u.err != nil
}

// units yields the units named by paths under opt (valid options), in
// order, leaving out the single-document units of other shards.
func units(paths []string, opt Options) iter.Seq[unit] {
	if len(paths) == 0 {
		paths = []string{Stdin}
	}
	mode := opt.mode()
	skipped := func(path, reason string) {
		if opt.Skipped != nil {
			opt.Skipped(path, reason)
		}
	}
	wopt := walk.Options{
		Skipped: skipped,
		Keep: func(p string) bool {
			if reason := walkCandidate(p, mode); reason != "" {
				skipped(p, reason)
				return false
			}
			return true
		},
	}
	return func(yield func(unit) bool) {
		for _, p := range paths {
			switch {
			case p == Stdin:
				if !yield(unit{name: p, src: srcStdin, in: mode}) {
					return
				}
				continue
			case IsURL(p):
				if !yield(unit{name: p, src: srcURL, in: mode}) {
					return
				}
				continue
			}
			for f, err := range walk.Walk(p, wopt) {
				u := unit{name: f, src: srcFile}
				if err != nil {
					u.err = plainErr(err)
				} else {
					var skip string
					u.in, u.gz, skip, u.err = classify(f, f == p, mode)
					if skip != "" {
						skipped(f, skip)
						continue
					}
				}
				if u.single() && !opt.Shard.Keeps(u.name) {
					continue
				}
				if !yield(u) {
					return
				}
			}
		}
	}
}

// extInputs maps the extensions (lower case) whose files InputAuto reads
// without looking at their content to the input mode that reads them.
var extInputs = map[string]Input{
	".txt": InputText, ".md": InputMarkdown, ".markdown": InputMarkdown,
	".html": InputHTML, ".htm": InputHTML, ".xhtml": InputHTML,
	".jsonl": InputJSONL, ".rss": InputFeed, ".atom": InputFeed, ".xlf": InputXLIFF, ".xliff": InputXLIFF,
}

// sniffExts are the extensions of files that are read as feeds when their
// content is one.
var sniffExts = []string{".xml", ".json"}

// walkExts are the extensions a directory walk picks in an input mode other
// than InputAuto; feed mode also takes sniffExts when the file is a feed.
var walkExts = map[Input][]string{
	InputText:     {".txt", ".md", ".markdown"},
	InputMarkdown: {".md", ".markdown"},
	InputHTML:     {".html", ".htm", ".xhtml"},
	InputFeed:     {".rss", ".atom"},
	InputJSONL:    {".jsonl"},
	InputXLIFF:    {".xlf", ".xliff"},
}

// splitExt returns the extension of a file name in lower case, the one
// before ".gz" for a compressed file, and whether it is compressed.
func splitExt(path string) (ext string, gz bool) {
	name := strings.ToLower(filepath.Base(path))
	if base, ok := strings.CutSuffix(name, ".gz"); ok {
		name, gz = base, true
	}
	return filepath.Ext(name), gz
}

// walkCandidate tells by its name whether a file of a directory walk may be
// read in mode: "" when it may (an .xml or .json file still has to prove it
// is a feed), otherwise the reason to skip it.
func walkCandidate(path string, mode Input) string {
	ext, _ := splitExt(path)
	if slices.Contains(sniffExts, ext) && (mode == InputAuto || mode == InputFeed || mode == InputXLIFF && ext == ".xml") {
		return ""
	}
	if mode == InputAuto {
		if _, ok := extInputs[ext]; ok {
			return ""
		}
	} else if slices.Contains(walkExts[mode], ext) {
		return ""
	}
	return ReasonExtension
}

// classify decides how to read the file path, named on the command line
// (explicit) or found by a directory walk, in mode: the input mode (never
// InputAuto) and whether it is gzip-compressed, or the reason to skip it
// (walks only), or the error that makes it unreadable.
func classify(path string, explicit bool, mode Input) (in Input, gz bool, skip string, err error) {
	ext, gz := splitExt(path)
	if mode != InputAuto && (explicit || !slices.Contains(sniffExts, ext)) {
		return mode, gz, "", nil
	}
	if in, ok := extInputs[ext]; ok {
		return in, gz, "", nil
	}
	// The content decides: an .xml or .json file, or a file named
	// explicitly whose extension says nothing.
	k, gz, err := sniffFile(path, gz)
	if err != nil {
		return "", gz, "", err
	}
	feed := k == sniffRSS || k == sniffAtom || k == sniffJSONFeed
	switch {
	case feed && mode != InputXLIFF:
		return InputFeed, gz, "", nil
	case k == sniffXLIFF && (mode == InputAuto || mode == InputXLIFF):
		return InputXLIFF, gz, "", nil
	case !explicit:
		return "", gz, ReasonNotFeed, nil
	case ext == ".json":
		return "", gz, "", errors.New(`not a JSON Feed (no "version": "https://jsonfeed.org/version/…"); --input jsonl reads JSON Lines, --input text any text`)
	case ext == ".xml" && k != sniffHTML:
		return "", gz, "", errors.New("XML that is neither a feed (RSS, Atom), XLIFF nor HTML; --input text reads it as text")
	}
	return k.input(), gz, "", nil
}

// sniffFile sniffs the first bytes of a file, decompressed when it is
// compressed (by its name, gz, or found by its content).
func sniffFile(path string, gz bool) (sniffKind, bool, error) {
	f, err := os.Open(path)
	if err != nil {
		return sniffText, gz, plainErr(err)
	}
	defer f.Close()
	var r io.Reader = f
	if gz {
		zr, err := newGzipReader(f)
		if err != nil {
			return sniffText, gz, err
		}
		defer zr.Close()
		r = zr
	}
	head, err := readHead(r)
	if err != nil {
		return sniffText, gz, err
	}
	k := sniff(head)
	if k == sniffGzip && !gz {
		return sniffFile(path, true)
	}
	if k == sniffGzip {
		k = sniffText
	}
	return k, gz, nil
}

// readHead reads up to sniffLen bytes.
func readHead(r io.Reader) ([]byte, error) {
	head := make([]byte, sniffLen)
	n, err := io.ReadFull(r, head)
	if err == io.EOF || err == io.ErrUnexpectedEOF {
		err = nil
	}
	return head[:n], plainErr(err)
}

// read yields the documents of the unit and reports whether the iteration
// should go on.
func (u unit) read(ctx context.Context, stdin io.Reader, opt Options, yield func(Document) bool) bool {
	switch {
	case u.err != nil:
		return yield(errDoc(u.name, u.err))
	case u.src == srcStdin && u.in == InputAuto:
		return readSniffed(u.name, stdin, opt, nil, yield)
	case u.src == srcStdin:
		return readStream(u.name, stdin, u.in, opt, yield)
	case u.src == srcURL:
		return readURL(ctx, u.name, u.in, opt, yield)
	}
	return readFile(u, opt, yield)
}

// readFile yields the documents of a classified file. Uncompressed files
// read as one document that are larger than opt.MaxBytes are rejected
// without being read.
func readFile(u unit, opt Options, yield func(Document) bool) bool {
	f, err := os.Open(u.name)
	if err != nil {
		return yield(errDoc(u.name, plainErr(err)))
	}
	defer f.Close()
	if u.in == InputText && !u.gz && opt.StreamAbove > 0 {
		if fi, err := f.Stat(); err == nil && fi.Mode().IsRegular() && fi.Size() > int64(opt.StreamAbove) {
			name := u.name
			return yield(Document{ID: name, Path: name, Format: FormatText,
				Stream: func() (io.ReadCloser, error) {
					f, err := os.Open(name)
					return f, plainErr(err)
				}})
		}
	}
	var r io.Reader = f
	if u.gz {
		zr, err := newGzipReader(f)
		if err != nil {
			return yield(errDoc(u.name, err))
		}
		defer zr.Close()
		r = zr
	} else if u.in != InputJSONL {
		if fi, err := f.Stat(); err == nil && fi.Mode().IsRegular() && fi.Size() > int64(opt.MaxBytes) {
			if u.in == InputFeed {
				return yield(errDoc(u.name, feedTooLarge(opt.MaxBytes)))
			}
			return yield(errDoc(u.name, tooLarge(opt.MaxBytes)))
		}
	}
	return readStream(u.name, r, u.in, opt, yield)
}

// gzipReader is a gzip stream whose errors say so.
type gzipReader struct{ zr *gzip.Reader }

// newGzipReader starts reading a gzip stream. The decompressed size is
// bounded by the readers, which stop at their limit (Options.MaxBytes).
func newGzipReader(r io.Reader) (*gzipReader, error) {
	zr, err := gzip.NewReader(r)
	if err != nil {
		return nil, gzipError(err)
	}
	return &gzipReader{zr}, nil
}

func (g *gzipReader) Read(p []byte) (int, error) {
	n, err := g.zr.Read(p)
	if err != nil && err != io.EOF {
		err = gzipError(err)
	}
	return n, err
}

func (g *gzipReader) Close() error { return g.zr.Close() }

func gzipError(err error) error {
	if err == io.EOF {
		err = io.ErrUnexpectedEOF // an empty file
	}
	return fmt.Errorf("invalid gzip stream: %v", plainErr(err))
}

// TextExts and JSONLExts are the file extensions the text and JSONL modes
// of old picked up when walking a directory.
//
// Deprecated: Files yields the files InputsContext reads.
var (
	TextExts  = []string{".txt", ".md"}
	JSONLExts = []string{".jsonl"}
)

// Walk yields root itself when it is not a directory, and otherwise every
// file below root whose extension (case-insensitive) is one of exts, by the
// rules of the shared walker (package checker/walk: lexical order, hidden
// entries skipped, links to files followed, links to directories not).
// Errors are yielded with the path they concern, without repeating it.
//
// Deprecated: Files yields the files InputsContext reads, classified the
// same way; Walk is kept for callers not yet moved to it.
func Walk(root string, exts []string) iter.Seq2[string, error] {
	return func(yield func(string, error) bool) {
		keep := func(p string) bool { return slices.Contains(exts, strings.ToLower(filepath.Ext(p))) }
		for p, err := range walk.Walk(root, walk.Options{Keep: keep}) {
			if !yield(p, plainErr(err)) {
				return
			}
		}
	}
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
