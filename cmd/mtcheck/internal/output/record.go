// Package output renders check results: as text for editors, as one JSON
// document or JSON Lines, as CSV rows for spreadsheets, as quickfix lines for
// editors, as SARIF 2.1.0 for code-scanning tools, as GitHub Actions
// workflow commands, and as one self-contained HTML report. Every writer
// streams: it writes each record as it arrives and keeps only counters and
// the bounded lists of the Summary.
//
// Human-readable reports (text, html, the Markdown job summary of github)
// are German: German labels and German number formats (86,7 Punkte,
// 1.234 Wörter) unless Options.PlainNumbers is set. Severity names stay the
// identifiers users write in .mtcheck.yaml and read in JSON (minor, major,
// critical), like rule IDs; the HTML report explains them in German in its
// legend (gering, schwer, kritisch). Machine formats (json, jsonl, csv,
// line, sarif) write locale-free numbers.
package output

import (
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/mtcheck/mtcheck/checker"
)

// Record is the report of one document, the DOC of the JSON schema:
//
//	{"id", "path", "score", "penalty", "penalty_per_1000_words", "words",
//	 "passed", "paragraphs": [...], "findings": [...]}
//
// or, for a document that could not be checked, an error record without
// the score fields:
//
//	{"id", "path", "error", "paragraphs": [], "findings": []}
//
// Both may carry where a document came from: "format", "feed", "item_id",
// "link" and "title", each left out when empty.
type Record struct {
	ID   string `json:"id"`
	Path string `json:"path"`
	// Format is the input format the text was read as ("text", "markdown",
	// "html", …), when the batch layer knows it.
	Format string `json:"format,omitempty"`
	// Feed is the URL or path of the feed a document is an item of.
	Feed string `json:"feed,omitempty"`
	// ItemID is the feed item's own identifier (RSS guid, Atom id).
	ItemID string `json:"item_id,omitempty"`
	// Link is the address of the document on the web (the item's link).
	Link string `json:"link,omitempty"`
	// Title is the document's title (the item's title), for reports.
	Title string `json:"title,omitempty"`
	checker.DocScore
	// Error tells why the document could not be checked; DocScore is then
	// zero and left out of the JSON.
	Error      string                   `json:"error,omitempty"`
	Paragraphs []checker.ParagraphScore `json:"paragraphs"`
	// SourceParagraphs and Alignment are there for a document checked
	// against its original: the paragraphs of the original (spans and
	// lines in the original's input) and which paragraphs of the document
	// translate which of the original ({"target": [0], "source": [0, 1]},
	// with the id, state and notes of an XLIFF unit).
	SourceParagraphs []SourceParagraph       `json:"source_paragraphs,omitempty"`
	Alignment        []checker.ParagraphPair `json:"alignment,omitempty"`
	Findings         []checker.Finding       `json:"findings"`
	// Doc is the analysed document, for writers that show the text (nil for
	// error records). Its Text is what the findings' DocSpan refer to.
	Doc *checker.Doc `json:"-"`
}

// SourceParagraph is a paragraph of a document's original.
type SourceParagraph struct {
	Index int `json:"index"`
	// Span is in the original's input, as a finding's source_start and
	// source_end.
	checker.Span
	Line  int `json:"line"`
	Words int `json:"words"`
}

// NewRecord builds the record of a checked document.
func NewRecord(id, path string, res *checker.Result) *Record {
	r := &Record{ID: id, Path: path, DocScore: res.DocScore,
		Paragraphs: res.Paragraphs, Findings: res.Findings, Doc: res.Doc}
	if res.Doc != nil && res.Doc.Original != nil {
		o := res.Doc.Original
		r.Alignment = res.Doc.Alignment
		r.SourceParagraphs = make([]SourceParagraph, len(o.Paragraphs))
		for i, p := range o.Paragraphs {
			r.SourceParagraphs[i] = SourceParagraph{Index: i, Span: o.InputSpan(p.Span), Line: o.Position(p.Start).Line, Words: p.Words}
		}
	}
	if r.Paragraphs == nil {
		r.Paragraphs = []checker.ParagraphScore{}
	}
	if r.Findings == nil {
		r.Findings = []checker.Finding{}
	}
	return r
}

// ErrorRecord builds the record of a document that could not be checked. It
// has no score and neither passes nor fails.
func ErrorRecord(id, path string, err error) *Record {
	return &Record{ID: id, Path: path, Error: err.Error(),
		Paragraphs: []checker.ParagraphScore{}, Findings: []checker.Finding{}}
}

// checkedJSON is a Record without its MarshalJSON method: the JSON of a
// checked document, every field included.
type checkedJSON Record

// errorJSON is the JSON of an error record: no score fields.
type errorJSON struct {
	ID         string                   `json:"id"`
	Path       string                   `json:"path"`
	Format     string                   `json:"format,omitempty"`
	Feed       string                   `json:"feed,omitempty"`
	ItemID     string                   `json:"item_id,omitempty"`
	Link       string                   `json:"link,omitempty"`
	Title      string                   `json:"title,omitempty"`
	Error      string                   `json:"error"`
	Paragraphs []checker.ParagraphScore `json:"paragraphs"`
	Findings   []checker.Finding        `json:"findings"`
}

// jsonValue returns the value whose encoding is the record's JSON.
func (r *Record) jsonValue() any {
	if r.Error == "" {
		return (*checkedJSON)(r)
	}
	return &errorJSON{ID: r.ID, Path: r.Path, Format: r.Format, Feed: r.Feed, ItemID: r.ItemID, Link: r.Link,
		Title: r.Title, Error: r.Error, Paragraphs: r.Paragraphs, Findings: r.Findings}
}

// MarshalJSON encodes the record; an error record leaves out "score",
// "penalty", "penalty_per_1000_words", "words" and "passed".
func (r Record) MarshalJSON() ([]byte, error) {
	return newEncoder().marshal(r.jsonValue())
}

// Label names a record in text reports: its path, or "path[id]" when the ID
// differs from the path.
func Label(r *Record) string {
	if r.ID == "" || r.ID == r.Path {
		return r.Path
	}
	return r.Path + "[" + r.ID + "]"
}

// HasFile reports whether the record's positions are positions in the file
// named by Path: a text file given by path. Standard input ("-"), records of
// a JSONL file (whose ID differs from the path), feed items and documents
// fetched from a URL have no such file; SARIF names them by a logical
// location and GitHub annotations leave out file=.
func HasFile(r *Record) bool {
	return r.Path != "" && r.Path != "-" && (r.ID == "" || r.ID == r.Path) && r.Feed == "" && !isURL(r.Path)
}

func isURL(p string) bool {
	return strings.HasPrefix(p, "http://") || strings.HasPrefix(p, "https://")
}

// Writer renders records one by one and closes the report with a summary.
type Writer interface {
	// Write renders one record.
	Write(r *Record) error
	// Close ends the report with the summary and flushes it.
	Close(s Summary) error
}

// SummaryMode says when the text format prints the audit summary.
type SummaryMode uint8

const (
	// SummaryAuto prints it when the run has more than one document.
	SummaryAuto SummaryMode = iota
	// SummaryOn always prints it (--summary).
	SummaryOn
	// SummaryOff never prints it (--no-summary).
	SummaryOff
)

// Options is what writers need besides the records. The zero value is a
// plain German report without colour, rules or version.
type Options struct {
	// Rules are the enabled rules in registry order (checker.Engine.Rules):
	// SARIF's rule descriptors, the rule legend of the HTML report, the
	// titles of GitHub annotations. The engine's own suppression rule is
	// added where it is missing.
	Rules []checker.Rule
	// Version is mtcheck's version, for SARIF's tool.driver.version and the
	// footer of the HTML report.
	Version string
	// WorkDir is the directory that SARIF artifact URIs and GitHub file=
	// properties are relative to (the command's working directory); ""
	// leaves paths as given.
	WorkDir string
	// Color allows ANSI colours in the text format.
	Color bool
	// Verbose lists the score of every paragraph in the text format, not only
	// of the paragraphs with findings.
	Verbose bool
	// PlainNumbers turns German number formatting off in the human-readable
	// reports (86.7 instead of 86,7, 1234 instead of 1.234).
	PlainNumbers bool
	// Summary says when the text format prints the audit summary.
	Summary SummaryMode
	// Title is the heading of the HTML report and the GitHub job summary;
	// "" means "mtcheck-Bericht".
	Title string
	// StepSummary is the file the github format appends its Markdown job
	// summary to: the value of $GITHUB_STEP_SUMMARY; "" writes none.
	StepSummary string
	// Start is when the run started. When it is set and the summary given to
	// Close has no Elapsed, writers compute Elapsed as Now() − Start.
	Start time.Time
	// Now returns the current time; nil means time.Now.
	Now func() time.Time
}

// title returns the report's title.
func (o *Options) title() string {
	if o.Title != "" {
		return o.Title
	}
	return "mtcheck-Bericht"
}

// elapsed fills in s.Elapsed from Start and Now when the command left it unset.
func (o *Options) elapsed(s *Summary) {
	if s.Elapsed > 0 || o.Start.IsZero() {
		return
	}
	now := time.Now
	if o.Now != nil {
		now = o.Now
	}
	s.Elapsed = now().Sub(o.Start)
}

// rule returns the enabled rule with an ID, or the engine's suppression
// rule, or nil.
func (o *Options) rule(id string) *checker.Rule {
	for i := range o.Rules {
		if o.Rules[i].ID == id {
			return &o.Rules[i]
		}
	}
	if s := checker.SuppressionRule(); s.ID == id {
		return &s
	}
	return nil
}

// Formats are the names New accepts.
var Formats = []string{"text", "json", "jsonl", "csv", "line", "sarif", "github", "html"}

// New returns the writer of a format, writing the report to out:
//
//   - text: the German report for editors; error records go to errOut.
//   - json, jsonl: one JSON document, or one record per line.
//   - csv: one row per document (see CSVWriter).
//   - line: "path:line:col: rule: message" per finding, for quickfix lists.
//   - sarif: one SARIF 2.1.0 log (see SARIFWriter).
//   - github: GitHub Actions workflow commands, and a Markdown job summary
//     appended to opt.StepSummary.
//   - html: one self-contained HTML report.
//
// Only the text format writes to errOut; every other format reports error
// records in its own output so that no consumer misses them.
func New(format string, out, errOut io.Writer, opt Options) (Writer, error) {
	switch format {
	case "text":
		return NewText(out, errOut, opt), nil
	case "json":
		return NewJSON(out), nil
	case "jsonl":
		return NewJSONL(out), nil
	case "csv":
		return NewCSV(out), nil
	case "line":
		return NewLine(out), nil
	case "sarif":
		return NewSARIF(out, opt), nil
	case "github":
		return NewGitHub(out, opt), nil
	case "html":
		return NewHTML(out, opt), nil
	}
	return nil, fmt.Errorf("unknown format %q (want %s)", format, FormatList())
}

// FormatList names the formats for messages: "text, json, … or html".
func FormatList() string {
	return strings.Join(Formats[:len(Formats)-1], ", ") + " or " + Formats[len(Formats)-1]
}
