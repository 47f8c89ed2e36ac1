package corpus

import (
	"bufio"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"
	"unicode/utf8"

	"github.com/mtcheck/mtcheck/checker"
)

// mqmRecord is one line of an MQM JSON-lines file.
type mqmRecord struct {
	Dataset     string   `json:"dataset"`
	System      string   `json:"system"`
	Origin      Origin   `json:"origin"`
	Doc         string   `json:"doc"`
	DocSegIndex int      `json:"doc_seg_index"`
	SegID       int      `json:"seg_id"`
	Source      *string  `json:"source"`
	Target      *string  `json:"target"`
	MQMScore    *float64 `json:"mqm_score"`
	Errors      []struct {
		Start    *int   `json:"start"`
		End      *int   `json:"end"`
		Category string `json:"category"`
	} `json:"errors"`
}

// ReadMQM streams MQM JSON lines from r and calls fn with one Document per
// record, in file order. A malformed record does not stop the stream: it is
// reported as a *checker.FileError naming path and line, and all such errors are
// returned joined at the end. An error from fn or from reading r stops the stream.
func ReadMQM(r io.Reader, path string, fn func(*Document) error) error {
	br := bufio.NewReaderSize(r, 1<<16)
	var bad []error
	for n := 1; ; n++ {
		line, err := br.ReadBytes('\n')
		if len(strings.TrimSpace(string(line))) > 0 {
			d, perr := parseMQMLine(line, path, n)
			if perr != nil {
				bad = append(bad, perr)
			} else if ferr := fn(d); ferr != nil {
				return ferr
			}
		}
		if err == io.EOF {
			return errors.Join(bad...)
		}
		if err != nil {
			return errors.Join(append(bad, loadErrorf(path, n, "%v", err))...)
		}
	}
}

// parseMQMLine decodes and checks one record.
func parseMQMLine(line []byte, path string, n int) (*Document, error) {
	if !utf8.Valid(line) {
		return nil, loadErrorf(path, n, "invalid UTF-8")
	}
	var rec mqmRecord
	if err := json.Unmarshal(line, &rec); err != nil {
		return nil, loadErrorf(path, n, "malformed JSON: %v", err)
	}
	switch {
	case rec.Target == nil:
		return nil, loadErrorf(path, n, "record has no target")
	case rec.System == "":
		return nil, loadErrorf(path, n, "record has no system")
	case rec.MQMScore == nil:
		return nil, loadErrorf(path, n, "record has no mqm_score")
	case rec.Origin != OriginMT && rec.Origin != OriginHuman:
		return nil, loadErrorf(path, n, "origin %q is neither %q nor %q", rec.Origin, OriginMT, OriginHuman)
	}
	target := *rec.Target
	info := &MQMInfo{Dataset: rec.Dataset, System: rec.System, Origin: rec.Origin, Doc: rec.Doc,
		SegIndex: rec.DocSegIndex, SegID: rec.SegID, Score: *rec.MQMScore}
	for i, e := range rec.Errors {
		if e.Start == nil || e.End == nil {
			return nil, loadErrorf(path, n, "error %d has no start or end", i+1)
		}
		s := checker.Span{Start: *e.Start, End: *e.End}
		if s.Start < 0 || s.End < s.Start || s.End > len(target) {
			return nil, loadErrorf(path, n, "error %d span [%d,%d) lies outside the target of %d bytes", i+1, s.Start, s.End, len(target))
		}
		if !runeBoundary(target, s.Start) || !runeBoundary(target, s.End) {
			return nil, loadErrorf(path, n, "error %d span [%d,%d) cuts a character of the target", i+1, s.Start, s.End)
		}
		info.Errors = append(info.Errors, s)
		info.Categories = append(info.Categories, e.Category)
	}
	d := &Document{
		ID:   fmt.Sprintf("%s#%s/%s/%d", path, rec.System, rec.Doc, rec.DocSegIndex),
		Path: path, Kind: MQM, Text: target, MQM: info, Line: n,
	}
	if rec.Source != nil {
		d.Source = *rec.Source
	}
	return d, nil
}

func runeBoundary(s string, i int) bool { return i == len(s) || utf8.RuneStart(s[i]) }
