package output

import (
	"encoding/csv"
	"io"
	"strconv"

	"github.com/mtcheck/mtcheck/checker"
)

// CSVHeader is the header row of the csv format.
var CSVHeader = []string{"id", "path", "score", "words", "findings", "penalty", "penalty_per_1000_words", "passed",
	"critical", "major", "minor", "top_rule", "format", "feed", "item_id", "link", "title", "error"}

// CSVWriter writes one row per document, after a header row (CSVHeader),
// as RFC 4180 CSV (encoding/csv: commas, fields with commas, quotes or line
// breaks in double quotes, CRLF-free "\n" line ends):
//
//	id,path,score,words,findings,penalty,penalty_per_1000_words,passed,critical,major,minor,top_rule,format,feed,item_id,link,title,error
//	a.txt,a.txt,91.3,57,1,5,86.4,false,0,1,0,duplicate-reporting-verb,,,,,,
//
// Numbers are locale-free (a point before the decimals); passed is true or
// false; critical, major and minor count findings by severity; top_rule is
// the rule that cost the document most (highest penalty, then most
// findings, then first flagged). A document that could not be checked has
// empty score columns and its message under error. Fields are written as
// they are: a spreadsheet that evaluates cells starting with "=" should
// import the file as text.
type CSVWriter struct {
	w       *csv.Writer
	started bool
	row     []string
	parts   csvParts
}

// NewCSV returns a CSVWriter writing to w.
func NewCSV(w io.Writer) *CSVWriter {
	return &CSVWriter{w: csv.NewWriter(w), row: make([]string, len(CSVHeader))}
}

func (c *CSVWriter) header() error {
	if c.started {
		return nil
	}
	c.started = true
	return c.w.Write(CSVHeader)
}

// Write implements Writer.
func (c *CSVWriter) Write(r *Record) error {
	var bySev [4]int
	for i := range r.Findings {
		bySev[min(int(r.Findings[i].Severity), 3)]++
	}
	return c.writeRow(r, len(r.Findings), bySev, dominantRules(r.Findings, 1))
}

// writeRow writes the row of document r (after the header, on the first
// row) with its findings counted as given, and flushes it.
func (c *CSVWriter) writeRow(r *Record, findings int, bySev [4]int, top []RuleCount) error {
	if err := c.header(); err != nil {
		return err
	}
	row := c.row
	clear(row)
	row[0], row[1] = r.ID, r.Path
	row[12], row[13], row[14], row[15], row[16] = r.Format, r.Feed, r.ItemID, r.Link, r.Title
	c.scoreColumns(row, r, findings, bySev, top)
	if err := c.w.Write(row); err != nil {
		return err
	}
	c.w.Flush()
	return c.w.Error()
}

// scoreColumns fills the columns of a document's score and findings, or
// its error.
func (c *CSVWriter) scoreColumns(row []string, r *Record, findings int, bySev [4]int, top []RuleCount) {
	if r.Error != "" {
		row[17] = r.Error
		return
	}
	row[2], row[3], row[4], row[5] = num(r.Score), itoa(r.Words), itoa(findings), itoa(r.Penalty)
	row[6], row[7] = num(r.PenaltyPer1000), strconv.FormatBool(r.Passed)
	row[8], row[9], row[10] = itoa(bySev[checker.Critical]), itoa(bySev[checker.Major]), itoa(bySev[checker.Minor])
	if len(top) > 0 {
		row[11] = top[0].Rule
	}
}

// Close implements Writer; a run without documents still gets the header.
func (c *CSVWriter) Close(Summary) error {
	if err := c.header(); err != nil {
		return err
	}
	c.w.Flush()
	return c.w.Error()
}
