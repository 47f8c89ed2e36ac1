package output

import (
	"bytes"
	"fmt"
	"io"
	"os"

	"github.com/mtcheck/mtcheck/checker"
)

// PartWriter is a Writer that can also write one document in parts: a long
// text checked window by window (checker.Engine.CheckStream), whose
// paragraphs and findings are written as they come, so that memory does not
// grow with the document. Begin gets the record without scores, End the
// record with them (its Paragraphs and Findings stay empty). The text, json,
// jsonl, csv and line writers are PartWriters; sarif, github and html need
// the whole document.
type PartWriter interface {
	Writer
	Begin(r *Record) error
	Paragraphs(r *Record, ps []checker.ParagraphScore) error
	Findings(r *Record, fs []checker.Finding) error
	End(r *Record) error
}

// AsPartWriter returns w as a PartWriter, if it is one (a Tee is one when
// all its writers are).
func AsPartWriter(w Writer) (PartWriter, bool) {
	pw, ok := w.(PartWriter)
	if t, isTee := w.(tee); isTee {
		for _, m := range t {
			if _, ok := m.(PartWriter); !ok {
				return nil, false
			}
		}
		return t, true
	}
	return pw, ok
}

func (t tee) Begin(r *Record) error {
	for _, w := range t {
		if err := w.(PartWriter).Begin(r); err != nil {
			return err
		}
	}
	return nil
}

func (t tee) Paragraphs(r *Record, ps []checker.ParagraphScore) error {
	for _, w := range t {
		if err := w.(PartWriter).Paragraphs(r, ps); err != nil {
			return err
		}
	}
	return nil
}

func (t tee) Findings(r *Record, fs []checker.Finding) error {
	for _, w := range t {
		if err := w.(PartWriter).Findings(r, fs); err != nil {
			return err
		}
	}
	return nil
}

func (t tee) End(r *Record) error {
	for _, w := range t {
		if err := w.(PartWriter).End(r); err != nil {
			return err
		}
	}
	return nil
}

// jsonParts writes the JSON object of a document in parts:
//
//	{"id", "path", "format", "paragraphs": [...], "findings": [...],
//	 "score", "penalty", "penalty_per_1000_words", "words", "passed"}
//
// The paragraphs are written as they come; the findings wait in a spill
// buffer (in memory up to spillLimit bytes, then in a temporary file), since
// JSON cannot interleave two arrays; the score fields come last.
type jsonParts struct {
	enc       *encoder
	paras     int
	findings  spill
	nFindings int
}

// spillLimit is how much encoded JSON of findings waits in memory.
const spillLimit = 4 << 20

func (p *jsonParts) begin(w io.Writer, r *Record) error {
	head := struct {
		ID     string `json:"id"`
		Path   string `json:"path"`
		Format string `json:"format,omitempty"`
	}{r.ID, r.Path, r.Format}
	b, err := p.enc.marshal(head)
	if err != nil {
		return err
	}
	_, err = fmt.Fprintf(w, "%s,\"paragraphs\":[", b[:len(b)-1])
	p.paras, p.nFindings = 0, 0
	return err
}

func (p *jsonParts) paragraphs(w io.Writer, ps []checker.ParagraphScore) error {
	for _, para := range ps {
		b, err := p.enc.marshal(para)
		if err != nil {
			return err
		}
		if p.paras > 0 {
			io.WriteString(w, ",")
		}
		p.paras++
		if _, err := w.Write(b); err != nil {
			return err
		}
	}
	return nil
}

func (p *jsonParts) addFindings(fs []checker.Finding) error {
	for i := range fs {
		b, err := p.enc.marshal(&fs[i])
		if err != nil {
			return err
		}
		if p.nFindings > 0 {
			p.findings.Write([]byte{','})
		}
		p.nFindings++
		if _, err := p.findings.Write(b); err != nil {
			return err
		}
	}
	return nil
}

func (p *jsonParts) end(w io.Writer, r *Record) error {
	io.WriteString(w, `],"findings":[`)
	if err := p.findings.copyTo(w); err != nil {
		return err
	}
	var tail any = struct {
		checker.DocScore
	}{r.DocScore}
	if r.Error != "" { // the document broke off: no score
		tail = struct {
			Error string `json:"error"`
		}{r.Error}
	}
	b, err := p.enc.marshal(tail)
	if err != nil {
		return err
	}
	_, err = fmt.Fprintf(w, "],%s", b[1:])
	return err
}

// spill is a buffer that moves to a temporary file when it grows past
// spillLimit.
type spill struct {
	mem  bytes.Buffer
	file *os.File
}

func (s *spill) Write(b []byte) (int, error) {
	if s.file == nil && s.mem.Len()+len(b) > spillLimit {
		f, err := os.CreateTemp("", "mtcheck-findings-*.json")
		if err != nil {
			return 0, err
		}
		os.Remove(f.Name()) // gone when closed
		if _, err := s.mem.WriteTo(f); err != nil {
			f.Close()
			return 0, err
		}
		s.file = f
	}
	if s.file != nil {
		return s.file.Write(b)
	}
	return s.mem.Write(b)
}

// copyTo writes what was buffered to w and empties the buffer.
func (s *spill) copyTo(w io.Writer) error {
	if s.file == nil {
		_, err := s.mem.WriteTo(w)
		return err
	}
	defer func() { s.file.Close(); s.file = nil }()
	if _, err := s.file.Seek(0, io.SeekStart); err != nil {
		return err
	}
	_, err := io.Copy(w, s.file)
	return err
}

// Begin implements PartWriter.
func (j *JSONLWriter) Begin(r *Record) error {
	if j.parts == nil {
		j.parts = &jsonParts{enc: j.enc}
	}
	return j.parts.begin(j.w, r)
}

// Paragraphs implements PartWriter.
func (j *JSONLWriter) Paragraphs(_ *Record, ps []checker.ParagraphScore) error {
	return j.parts.paragraphs(j.w, ps)
}

// Findings implements PartWriter.
func (j *JSONLWriter) Findings(_ *Record, fs []checker.Finding) error { return j.parts.addFindings(fs) }

// End implements PartWriter.
func (j *JSONLWriter) End(r *Record) error {
	if err := j.parts.end(j.w, r); err != nil {
		return err
	}
	j.w.WriteByte('\n')
	return j.w.Flush()
}

// Begin implements PartWriter.
func (j *JSONWriter) Begin(r *Record) error {
	if j.parts == nil {
		j.parts = &jsonParts{enc: j.enc}
	}
	j.start()
	if j.n > 0 {
		j.w.WriteByte(',')
	}
	j.n++
	j.w.WriteByte('\n')
	return j.parts.begin(j.w, r)
}

// Paragraphs implements PartWriter.
func (j *JSONWriter) Paragraphs(_ *Record, ps []checker.ParagraphScore) error {
	return j.parts.paragraphs(j.w, ps)
}

// Findings implements PartWriter.
func (j *JSONWriter) Findings(_ *Record, fs []checker.Finding) error { return j.parts.addFindings(fs) }

// End implements PartWriter.
func (j *JSONWriter) End(r *Record) error {
	if err := j.parts.end(j.w, r); err != nil {
		return err
	}
	return j.w.Flush()
}

// Begin implements PartWriter.
func (t *TextWriter) Begin(*Record) error { return nil }

// Paragraphs implements PartWriter.
func (t *TextWriter) Paragraphs(_ *Record, ps []checker.ParagraphScore) error {
	for _, p := range ps {
		if t.opt.Verbose || p.Penalty > 0 {
			t.paragraph(p)
		}
	}
	return t.w.Flush()
}

// Findings implements PartWriter.
func (t *TextWriter) Findings(r *Record, fs []checker.Finding) error {
	label := Label(r)
	for i := range fs {
		t.finding(label, &fs[i])
	}
	return t.w.Flush()
}

// End implements PartWriter.
func (t *TextWriter) End(r *Record) error {
	if r.Error != "" {
		return t.Write(r)
	}
	return t.score(r)
}

// Begin implements PartWriter.
func (l *LineWriter) Begin(*Record) error { return nil }

// Paragraphs implements PartWriter.
func (l *LineWriter) Paragraphs(*Record, []checker.ParagraphScore) error { return nil }

// Findings implements PartWriter.
func (l *LineWriter) Findings(r *Record, fs []checker.Finding) error {
	return l.Write(&Record{ID: r.ID, Path: r.Path, Findings: fs})
}

// End implements PartWriter.
func (l *LineWriter) End(r *Record) error {
	if r.Error != "" {
		return l.Write(r)
	}
	return l.w.Flush()
}

// Begin implements PartWriter.
func (c *CSVWriter) Begin(*Record) error {
	c.parts = csvParts{}
	return nil
}

// Paragraphs implements PartWriter.
func (c *CSVWriter) Paragraphs(*Record, []checker.ParagraphScore) error { return nil }

// Findings implements PartWriter.
func (c *CSVWriter) Findings(_ *Record, fs []checker.Finding) error {
	for i := range fs {
		c.parts.bySev[min(int(fs[i].Severity), 3)]++
		c.parts.rules = countRule(c.parts.rules, &fs[i])
	}
	c.parts.n += len(fs)
	return nil
}

// End implements PartWriter.
func (c *CSVWriter) End(r *Record) error {
	return c.writeRow(r, c.parts.n, c.parts.bySev, topRules(c.parts.rules, 1))
}

// csvParts counts the findings of a document written in parts.
type csvParts struct {
	n     int
	bySev [4]int
	rules []RuleCount
}
