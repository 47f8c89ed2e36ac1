package corpus

import (
	"compress/gzip"
	"io"
	"os"
	"strings"
)

// Format is the annotation format of a corpus file.
type Format uint8

// Formats, as detected by Detect.
const (
	FormatInline Format = iota + 1
	FormatStandOff
	FormatMQM
	FormatNative
)

var formatNames = [...]string{FormatInline: "inline", FormatStandOff: "stand-off", FormatMQM: "mqm", FormatNative: "native"}

func (f Format) String() string {
	if int(f) < len(formatNames) && formatNames[f] != "" {
		return formatNames[f]
	}
	return "unknown"
}

// unknownFormat is the message for files whose format cannot be detected.
const unknownFormat = "unknown corpus format (want .txt, .jsonl or .jsonl.gz)"

// Detect returns the format of a corpus file:
//
//   - .jsonl or .jsonl.gz: MQM JSON lines;
//   - .txt with X.annotations.tsv beside it: stand-off;
//   - .txt containing {{: inline;
//   - any other .txt: native.
//
// Naming X.annotations.tsv selects its text X.txt.
func Detect(path string) (Format, error) {
	f, _, err := detect(textPathOf(path))
	return f, err
}

// detect finds the format of a file and returns the content of text files.
func detect(path string) (Format, []byte, error) {
	if isMQMPath(path) {
		return FormatMQM, nil, nil
	}
	if !strings.HasSuffix(path, ".txt") {
		return 0, nil, loadErrorf(path, 0, "%s", unknownFormat)
	}
	b, err := os.ReadFile(path)
	switch {
	case err != nil:
		return 0, nil, err
	case fileExists(annotationsPathOf(path)):
		return FormatStandOff, b, nil
	case strings.Contains(string(b), "{{"):
		return FormatInline, b, nil
	}
	return FormatNative, b, nil
}

// LoadFile reads one corpus file in the format Detect finds and calls fn with
// each of its documents (many for MQM, one otherwise). Problems with the
// content are *checker.FileError values naming the file and, where it applies, the
// line; a malformed MQM record is reported after the other records were passed
// to fn. Errors of the file system are returned as they are.
func LoadFile(path string, fn func(*Document) error) error {
	path = textPathOf(path)
	format, b, err := detect(path)
	if err != nil {
		return err
	}
	var d *Document
	switch format {
	case FormatMQM:
		return loadMQMFile(path, fn)
	case FormatStandOff:
		tsvPath := annotationsPathOf(path)
		tsv, rerr := os.ReadFile(tsvPath)
		if rerr != nil {
			return rerr
		}
		d, err = ParseStandOff(path, string(b), tsvPath, string(tsv))
	case FormatInline:
		d, err = ParseInline(path, string(b))
	default:
		d, err = NewNative(path, string(b))
	}
	if err != nil {
		return err
	}
	return fn(d)
}

func loadMQMFile(path string, fn func(*Document) error) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	var r io.Reader = f
	if strings.HasSuffix(path, ".gz") {
		zr, err := gzip.NewReader(f)
		if err != nil {
			return loadErrorf(path, 0, "not a gzip file: %v", err)
		}
		defer zr.Close()
		r = zr
	}
	return ReadMQM(r, path, fn)
}

func isMQMPath(path string) bool {
	return strings.HasSuffix(path, ".jsonl") || strings.HasSuffix(path, ".jsonl.gz")
}

// textPathOf maps X.annotations.tsv to X.txt and leaves other paths alone.
func textPathOf(path string) string {
	if base, ok := strings.CutSuffix(path, AnnotationsSuffix); ok {
		return base + ".txt"
	}
	return path
}

// annotationsPathOf maps X.txt to X.annotations.tsv.
func annotationsPathOf(textPath string) string {
	return strings.TrimSuffix(textPath, ".txt") + AnnotationsSuffix
}

func fileExists(path string) bool {
	info, err := os.Stat(path)
	return err == nil && !info.IsDir()
}
