// Package batch turns command-line inputs into a stream of documents and
// checks them on a bounded pool of workers, delivering the results in input
// order. Memory stays bounded: documents are read lazily, one at a time, and
// only a few per worker are in flight.
package batch

import (
	"fmt"
	"io"
	"iter"
)

// Document is one unit of input. When Err is set the document could not be
// read (Text is empty) and should be reported as an error record.
type Document struct {
	// ID names the document in reports: the path for text files, the "id" of a
	// JSONL record, or "#<line number>" for a JSONL record without one.
	ID string
	// Path is the file the document came from, "-" for standard input.
	Path string
	// Text is the document's text: the bytes of a file or stream as read
	// (Raw), or UTF-8 text taken from a record.
	Text string
	// Raw says Text holds bytes as read, in an encoding still to be detected
	// (checker.DecodeSource); otherwise it is UTF-8 already.
	Raw bool
	// Err tells why the document could not be read.
	Err error
}

// Options select how inputs are read.
type Options struct {
	// JSONL reads every input as JSON Lines, one {"id", "text"} record per
	// line, instead of treating each file as one document.
	JSONL bool
	// MaxBytes is the largest document (text mode) or line (JSONL mode) that
	// is read; larger ones become error documents. It must be positive.
	MaxBytes int
}

// Stdin is the operand that names standard input.
const Stdin = "-"

// TextExts and JSONLExts are the file extensions picked up when walking a
// directory in text and JSONL mode.
var (
	TextExts  = []string{".txt", ".md"}
	JSONLExts = []string{".jsonl"}
)

// Inputs returns the documents named by command-line operands, in order. An
// operand is a file, a directory (walked recursively in sorted order, picking
// files by extension) or "-" for stdin; no operands means stdin. Files named
// explicitly are read whatever their extension. Nothing is read before the
// sequence is iterated, and each file is opened only when its turn comes.
func Inputs(paths []string, stdin io.Reader, opt Options) iter.Seq[Document] {
	if len(paths) == 0 {
		paths = []string{Stdin}
	}
	exts := TextExts
	if opt.JSONL {
		exts = JSONLExts
	}
	return func(yield func(Document) bool) {
		for _, p := range paths {
			if p == Stdin {
				if !readOne(p, stdin, opt, yield) {
					return
				}
				continue
			}
			for f, err := range Walk(p, exts) {
				if err != nil {
					if !yield(Document{ID: f, Path: f, Err: err}) {
						return
					}
					continue
				}
				if !readFile(f, opt, yield) {
					return
				}
			}
		}
	}
}

// readOne yields the documents of an open stream named path. It reports
// whether the iteration should go on.
func readOne(path string, r io.Reader, opt Options, yield func(Document) bool) bool {
	if opt.JSONL {
		for d := range JSONL(r, path, opt.MaxBytes) {
			if !yield(d) {
				return false
			}
		}
		return true
	}
	return yield(ReadText(r, path, opt.MaxBytes))
}

// ReadText reads a whole stream as one document of at most maxBytes bytes.
// It does not validate UTF-8; the checker does that and names the offset.
func ReadText(r io.Reader, path string, maxBytes int) Document {
	d := Document{ID: path, Path: path}
	b, err := io.ReadAll(io.LimitReader(r, int64(maxBytes)+1))
	switch {
	case err != nil:
		d.Err = plainErr(err)
	case len(b) > maxBytes:
		d.Err = tooLarge(maxBytes)
	default:
		d.Text, d.Raw = string(b), true
	}
	return d
}

func tooLarge(maxBytes int) error {
	return fmt.Errorf("document is larger than the limit of %d bytes (--max-bytes)", maxBytes)
}
