// Package batch turns command-line inputs into a stream of documents and
// checks them on a bounded pool of workers, delivering the results in input
// order. Memory stays bounded: documents are read lazily, one at a time, and
// only a few per worker are in flight.
//
// An input (a unit) is a file, standard input or a URL. A unit holds one
// document (a text, Markdown or HTML file) or a stream of records (JSON
// Lines, or a feed: RSS, Atom or JSON Feed, one document per item). Every
// unit and every record yields exactly one Document, a readable one or one
// with Err set, so that nothing is lost silently; files a directory walk
// passes over are reported through Options.Skipped.
//
// The batch layer only reads and classifies inputs: turning a Document into
// a checker.Source by its Format (plain text, Markdown or HTML) is up to the
// caller.
package batch

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"iter"
	"slices"
	"strings"
)

// Format is the markup of a document's text.
type Format string

// The document formats.
const (
	FormatText     Format = "text"
	FormatMarkdown Format = "markdown"
	FormatHTML     Format = "html"
	// FormatXLIFF is an XLIFF 1.2 or 2.0 file: translations with their
	// originals (checker/markup.XLIFF). It is a format of files only, not
	// of JSON Lines records.
	FormatXLIFF Format = "xliff"
)

// Formats lists the document formats a JSON Lines record may name.
var Formats = []Format{FormatText, FormatMarkdown, FormatHTML}

// ParseFormat returns the format named s.
func ParseFormat(s string) (Format, error) {
	if f := Format(s); slices.Contains(Formats, f) {
		return f, nil
	}
	return "", fmt.Errorf("unknown format %q (want text, markdown or html)", s)
}

// Document is one unit of input, or one record of a unit that holds several
// (a line of JSON Lines, an item of a feed). When Err is set the document
// could not be read (Text is empty) and should be reported as an error
// record.
type Document struct {
	// ID names the document in reports: the path or URL of a file or page,
	// the "id" of a JSONL record ("#<line number>" for a record without
	// one), the id of a feed item (see Feed).
	ID string
	// Path is the file or URL the document came from, "-" for standard input.
	Path string
	// Format is the markup of Text. It is set for every document that could
	// be read; an error document may leave it empty.
	Format Format
	// Text is the document's text: the bytes of a file, stream or response
	// as read (Raw), or UTF-8 text taken from a record or feed item.
	Text string
	// Source is the English original the text translates, in the same
	// Format, when the input gives one: the "source" of a JSON Lines
	// record. Empty for none. (An XLIFF file carries its sources in Text.)
	Source string
	// Stream, when not nil, opens a long plain text that is read only as it
	// is checked, window by window (Options.StreamAbove); Text is then
	// empty. It may be called once.
	Stream func() (io.ReadCloser, error)
	// Raw says Text holds bytes as read, in an encoding still to be detected
	// (checker.DecodeSource, or the HTML reader); otherwise it is UTF-8
	// already.
	Raw bool
	// Feed is the path or URL of the feed a feed item came from; empty for
	// documents that are not feed items.
	Feed string
	// ItemID is the feed item's own id (RSS guid, Atom id, JSON Feed id),
	// empty when it has none.
	ItemID string
	// Link is the feed item's link.
	Link string
	// Title is the feed item's title, as plain text. It is also the first
	// heading (<h1>) of Text, so that it is checked as a headline.
	Title string
	// Unit numbers the input the document came from (a file, standard input
	// or a URL), from 0, in the order Inputs reads them; Count returns how
	// many there are. When a document of unit n arrives, every unit before n
	// is done: a progress bar can count units where it cannot count records.
	Unit int
	// Err tells why the document could not be read.
	Err error

	// key is the shard key when it is not ID (see Options.Shard).
	key string
}

// shardKey is what the document is sharded by.
func (d *Document) shardKey() string {
	if d.key != "" {
		return d.key
	}
	return d.ID
}

// Input selects how inputs are read.
type Input string

// The input modes. In InputAuto a file is read by its extension, and
// standard input, URLs and files without a known extension by their content
// (see Sniff); the other modes read every input named on the command line
// as that format and pick by extension the files of a directory walk.
const (
	InputAuto     Input = "auto"
	InputText     Input = "text"
	InputMarkdown Input = "markdown"
	InputHTML     Input = "html"
	InputFeed     Input = "feed"
	InputJSONL    Input = "jsonl"
	InputXLIFF    Input = "xliff"
)

// InputModes lists the input modes.
var InputModes = []Input{InputAuto, InputText, InputMarkdown, InputHTML, InputFeed, InputJSONL, InputXLIFF}

// ParseInput returns the input mode named s; "" is InputAuto.
func ParseInput(s string) (Input, error) {
	if s == "" {
		return InputAuto, nil
	}
	if in := Input(s); slices.Contains(InputModes, in) {
		return in, nil
	}
	return "", fmt.Errorf("unknown --input %q (want auto, text, markdown, html, feed, jsonl or xliff)", s)
}

// format is the document format of a single-document input mode.
func (in Input) format() (Format, bool) {
	switch in {
	case InputText:
		return FormatText, true
	case InputMarkdown:
		return FormatMarkdown, true
	case InputHTML:
		return FormatHTML, true
	case InputXLIFF:
		return FormatXLIFF, true
	}
	return "", false
}

// Options select how inputs are read.
type Options struct {
	// Input is the input mode; "" is InputAuto.
	Input Input
	// JSONL is the same as Input: InputJSONL when Input is empty.
	//
	// Deprecated: set Input.
	JSONL bool
	// MaxBytes is the largest document, feed, HTTP response or JSONL line
	// that is read; larger ones become error documents. It must be positive.
	MaxBytes int
	// Shard keeps only the documents of one shard; the zero Shard keeps all.
	Shard Shard
	// Opener opens the operands that are http:// or https:// URLs; nil
	// means NewHTTPOpener(HTTPOptions{MaxBytes: MaxBytes}).
	Opener Opener
	// StreamAbove, when positive, makes a plain-text file or standard input
	// longer than this many bytes a streamed document (Document.Stream),
	// which is read only when it is checked and to which MaxBytes does not
	// apply.
	StreamAbove int
	// Skipped, when set, is told of every file or directory a directory
	// walk passes over and why ("hidden", "unsupported extension", "not a
	// feed", …). It is called from the goroutine that iterates the
	// documents, which with Run is not the goroutine of emit.
	Skipped func(path, reason string)
}

// mode is the input mode opt selects.
func (opt *Options) mode() Input {
	switch {
	case opt.Input != "":
		return opt.Input
	case opt.JSONL:
		return InputJSONL
	}
	return InputAuto
}

// Validate reports options Inputs cannot work with.
func (opt Options) Validate() error {
	if !slices.Contains(InputModes, opt.mode()) {
		_, err := ParseInput(string(opt.Input))
		return err
	}
	if opt.MaxBytes < 1 {
		return errors.New("--max-bytes must be positive")
	}
	return opt.Shard.validate()
}

// Stdin is the operand that names standard input.
const Stdin = "-"

// Inputs is InputsContext with a background context.
func Inputs(paths []string, stdin io.Reader, opt Options) iter.Seq[Document] {
	return InputsContext(context.Background(), paths, stdin, opt)
}

// InputsContext returns the documents named by command-line operands, in
// order. An operand is a file, a directory (walked recursively, see Files),
// an http:// or https:// URL, or "-" for stdin; no operands means stdin.
// ctx bounds the fetching of URLs. Nothing is read before the sequence is
// iterated, and each input is opened only when its turn comes.
//
// In InputAuto mode (see Input) a file is read by its extension, any of them
// also gzip-compressed as .gz: .txt as text, .md and .markdown as Markdown,
// .html, .htm and .xhtml as HTML, .jsonl as JSON Lines, .rss and .atom as
// feeds, and .xml and .json as feeds when their content is one (Sniff). A
// file named on the command line whose extension says nothing is read by its
// content; one named .xml or .json that is neither a feed nor (.xml) HTML is
// an error document. Standard input and URLs are read by their content and,
// for URLs, the Content-Type of the response.
//
// Every input yields at least one document, unless Shard leaves it out or it
// is a directory walk's file that Skipped is told of: an input that cannot
// be read yields an error document named after it, a feed without items
// yields the error document "feed has no items".
//
// With invalid options (see Validate) the sequence is one error document.
func InputsContext(ctx context.Context, paths []string, stdin io.Reader, opt Options) iter.Seq[Document] {
	return func(yield func(Document) bool) {
		if err := opt.Validate(); err != nil {
			yield(Document{ID: "(options)", Path: "(options)", Err: err})
			return
		}
		if opt.Opener == nil {
			opt.Opener = NewHTTPOpener(HTTPOptions{MaxBytes: opt.MaxBytes})
		}
		n := 0
		for u := range units(paths, opt) {
			unit := n
			n++
			ok := u.read(ctx, stdin, opt, func(d Document) bool {
				if !opt.Shard.Keeps(d.shardKey()) {
					return true
				}
				d.Unit = unit
				return yield(d)
			})
			if !ok {
				return
			}
		}
	}
}

// Count returns the number of input units InputsContext reads for paths
// under opt, for a progress bar: files, URLs and standard input, after
// directory walks, classification and sharding. Each unit counts once, however
// many documents it yields (a JSONL file or a feed yields one per record;
// Document.Unit tells which unit a document belongs to). It is cheap: it
// walks directories and reads the first bytes of the few files whose
// extension does not decide how they are read, but reads no document,
// fetches no URL, never reads standard input and does not call Skipped.
func Count(paths []string, opt Options) (int, error) {
	if err := opt.Validate(); err != nil {
		return 0, err
	}
	opt.Skipped = nil
	n := 0
	for range units(paths, opt) {
		n++
	}
	return n, nil
}

// Files yields the local files InputsContext reads for paths under opt, in
// the same order, with the error met finding or classifying a file (the
// file's document then is an error document). Standard input and URLs are
// left out. It serves a caller that must know every input file before the
// run, to resolve configuration files, say; it does not call Skipped.
//
// Directories are walked by the rules of the shared walker (package
// checker/walk): lexical order within each directory, hidden entries
// skipped, links to files followed, links to directories not. A file of a
// walk is read when its extension is one the input mode reads (see
// InputsContext), and an .xml or .json file only when it is a feed;
// everything else is passed over and reported to Options.Skipped.
func Files(paths []string, opt Options) iter.Seq2[string, error] {
	return func(yield func(string, error) bool) {
		if opt.Validate() != nil {
			return
		}
		opt.Skipped = nil
		for u := range units(paths, opt) {
			if u.src == srcFile && !yield(u.name, u.err) {
				return
			}
		}
	}
}

// IsURL reports whether an operand is a URL that InputsContext fetches:
// it starts with http:// or https://. Documents from a URL, and items of a
// feed read from one, carry the URL as their Path.
func IsURL(s string) bool {
	return strings.HasPrefix(s, "http://") || strings.HasPrefix(s, "https://")
}

// readStream yields the documents of an open stream named name, read as in
// (not InputAuto). It reports whether the iteration should go on.
func readStream(name string, r io.Reader, in Input, opt Options, yield func(Document) bool) bool {
	switch in {
	case InputJSONL:
		for d := range JSONL(r, name, opt.MaxBytes) {
			if !yield(d) {
				return false
			}
		}
		return true
	case InputFeed:
		for d := range Feed(r, name, opt.MaxBytes) {
			if !yield(d) {
				return false
			}
		}
		return true
	}
	if in == InputText && opt.StreamAbove > 0 {
		return readLongText(name, r, opt, yield)
	}
	d := ReadText(r, name, opt.MaxBytes)
	if f, ok := in.format(); ok && d.Err == nil {
		d.Format = f
	}
	return yield(d)
}

// readLongText reads a plain-text stream that may be longer than
// opt.StreamAbove: a shorter one is an ordinary document, a longer one a
// streamed document that goes on reading r when it is checked.
func readLongText(name string, r io.Reader, opt Options, yield func(Document) bool) bool {
	head, err := io.ReadAll(io.LimitReader(r, int64(opt.StreamAbove)+1))
	if err != nil {
		return yield(errDoc(name, plainErr(err)))
	}
	if len(head) <= opt.StreamAbove {
		if len(head) > opt.MaxBytes {
			return yield(errDoc(name, tooLarge(opt.MaxBytes)))
		}
		return yield(Document{ID: name, Path: name, Text: string(head), Raw: true, Format: FormatText})
	}
	rest := io.MultiReader(bytes.NewReader(head), r)
	return yield(Document{ID: name, Path: name, Format: FormatText,
		Stream: func() (io.ReadCloser, error) { return io.NopCloser(rest), nil }})
}

// readSniffed yields the documents of a stream whose format is still to be
// found (InputAuto): it reads the stream by its first bytes (see Sniff),
// decompressing it first when it is gzip-compressed. decide maps the sniffed
// kind to an input mode, or to an error; nil reads feeds as feeds, HTML as
// HTML and the rest as text.
func readSniffed(name string, r io.Reader, opt Options, decide func(sniffKind) (Input, error), yield func(Document) bool) bool {
	br := bufio.NewReaderSize(r, sniffLen)
	head, err := br.Peek(sniffLen)
	if err != nil && err != io.EOF && err != bufio.ErrBufferFull {
		return yield(errDoc(name, plainErr(err)))
	}
	k := sniff(head)
	var stream io.Reader = br
	if k == sniffGzip {
		zr, err := newGzipReader(br)
		if err != nil {
			return yield(errDoc(name, err))
		}
		defer zr.Close()
		br = bufio.NewReaderSize(zr, sniffLen)
		head, err = br.Peek(sniffLen)
		if err != nil && err != io.EOF && err != bufio.ErrBufferFull {
			return yield(errDoc(name, plainErr(err)))
		}
		k, stream = sniff(head), br
		if k == sniffGzip { // gzip inside gzip: read as it is
			k = sniffText
		}
		opt.StreamAbove = 0 // the gzip reader closes when this returns
	}
	in := k.input()
	if decide != nil {
		if in, err = decide(k); err != nil {
			return yield(errDoc(name, err))
		}
	}
	return readStream(name, stream, in, opt, yield)
}

// ReadText reads a whole stream as one text document of at most maxBytes
// bytes. It does not validate UTF-8; the checker does that and names the
// offset.
func ReadText(r io.Reader, path string, maxBytes int) Document {
	d := Document{ID: path, Path: path}
	b, err := io.ReadAll(io.LimitReader(r, int64(maxBytes)+1))
	switch {
	case err != nil:
		d.Err = plainErr(err)
	case len(b) > maxBytes:
		d.Err = tooLarge(maxBytes)
	default:
		d.Text, d.Raw, d.Format = string(b), true, FormatText
	}
	return d
}

// errDoc is the error document of an input.
func errDoc(name string, err error) Document {
	return Document{ID: name, Path: name, Err: err}
}

func tooLarge(maxBytes int) error {
	return fmt.Errorf("document is larger than the limit of %d bytes (--max-bytes)", maxBytes)
}
